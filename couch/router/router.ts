/**
 * The replication router (DESIGN.md "Data placement"): hears which databases changed and, for
 * each, runs one-shot checkpointed replications to where their documents belong, a bounded
 * number at a time. One replication per route (source → target) at most; a route requested
 * again while it runs runs once more after it. At start every route of every existing
 * database is requested once: checkpoints make that cheap, and it covers whatever changed
 * while no router ran.
 */
import { describeError, MissingDatabaseError, couchAdmin } from './couch-admin';
import { routerStatus } from './lag';
import { replicateRoute } from './replicate';
import { isRoutedDb, routeInto, routeKey, routesFrom, type Route } from './rules';
import { createScheduler } from './scheduler';
import { StatusStore, type RouteStatus } from './status-store';
import { chooseUpdateSource, type RouterLog, type UpdateSource } from './update-source';

export { routerStatus, type RouterStatusReport } from './lag';
export type { RouterLog, UpdateSource } from './update-source';

export interface RouterOptions {
  /** Server admin URL with credentials, e.g. http://admin:pw@127.0.0.1:5984. */
  couchUrl: string;
  /** Where changes are heard of; by default `_db_updates` if the server has it, else polling. */
  source?: UpdateSource;
  /** Replications running at once (default 4). */
  concurrency?: number;
  log?: RouterLog;
  /** Polling period when polling is the source (default 5 s). */
  pollIntervalMs?: number;
  /** Documents per replication batch, i.e. between two checkpoints (default 500). */
  batchSize?: number;
}

export interface RouterSnapshot {
  source: 'db-updates' | 'poll' | 'given';
  running: string[];
  queued: string[];
  retrying: string[];
  routes: RouteStatus[];
}

export interface Router {
  stop(): Promise<void>;
  /** Resolves when no replication is queued, running or waiting for a retry. */
  idle(): Promise<void>;
  /**
   * Resolves when every route has caught up (lag 0) and nothing runs. Unlike idle() it does not
   * rely on the change event of a write having arrived yet; rejects after `timeoutMs`.
   */
  settled(timeoutMs?: number): Promise<void>;
  status(): RouterSnapshot;
}

const MAX_RETRY_DELAY_MS = 60_000;

export const consoleLog: RouterLog = (message) => console.log(`[router] ${message}`);

export async function startRouter(options: RouterOptions): Promise<Router> {
  const couch = couchAdmin(options.couchUrl);
  const log = options.log ?? consoleLog;
  const batchSize = options.batchSize ?? 500;
  const store = await StatusStore.open(couch);
  const known = new Set((await couch.allDbs()).filter(isRoutedDb));
  const routes = new Map<string, Route>();

  async function run(key: string, signal: AbortSignal): Promise<void> {
    const route = routes.get(key) as Route;
    try {
      const outcome = await replicateRoute(route, couch, { batchSize, signal });
      if (outcome.cancelled) return;
      await store.recordSuccess(route, outcome, new Date());
      if (outcome.docsWritten > 0) log(`${key}: ${outcome.docsWritten} dokumen ditulis`);
      if (outcome.writeFailures > 0) {
        log(`${key}: ${outcome.writeFailures} dokumen ditolak tujuan (validate_doc_update)`);
      }
    } catch (error) {
      if (signal.aborted) return;
      if (error instanceof MissingDatabaseError) known.delete(error.db);
      await store
        .recordFailure(route, describeError(error), new Date())
        .catch((e: unknown) => log(`${key}: status tidak tersimpan (${describeError(e)})`));
      throw error;
    }
  }

  const scheduler = createScheduler({
    concurrency: options.concurrency ?? 4,
    run,
    // A missing database is reported, not retried: it comes back through its own changes.
    retryDelay: (error, attempt) =>
      error instanceof MissingDatabaseError ? null : Math.min(1_000 * 2 ** (attempt - 1), MAX_RETRY_DELAY_MS),
    onFailure: (key, error, attempt, retryIn) =>
      log(
        `${key} gagal (percobaan ${attempt}): ${describeError(error)}; ` +
          (retryIn === null ? 'tidak dicoba lagi sampai ada perubahan' : `dicoba lagi dalam ${retryIn} ms`)
      )
  });

  function request(route: Route): void {
    const key = routeKey(route);
    routes.set(key, route);
    scheduler.request(key);
  }

  function onDbUpdated(db: string): void {
    if (!isRoutedDb(db)) return;
    const isNew = !known.has(db);
    known.add(db);
    routesFrom(db, known).forEach(request);
    const into = isNew ? routeInto(db, known) : null;
    if (into) request(into);
  }

  let sourceKind: RouterSnapshot['source'] = 'given';
  let source = options.source;
  if (!source) {
    const chosen = await chooseUpdateSource(couch, { pollIntervalMs: options.pollIntervalMs ?? 5_000, log });
    sourceKind = chosen.kind;
    source = chosen.source;
  }
  // Listening starts before the first sweep, so a change made during the sweep is heard.
  const unsubscribe = source(onDbUpdated);
  for (const db of known) routesFrom(db, known).forEach(request);
  log(`berjalan terhadap ${couch.baseUrl}: ${known.size} basis data, sumber perubahan ${sourceKind}`);

  async function settled(timeoutMs = 60_000): Promise<void> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      await scheduler.idle();
      const report = await routerStatus(options.couchUrl);
      const behind = report.databases.flatMap((d) => d.routes).filter((r) => r.lag !== 0);
      if (behind.length === 0 && scheduler.running().length + scheduler.queued().length === 0) return;
      if (Date.now() > until) {
        throw new Error(`Router belum menyusul: ${behind.map((r) => `${r.source}>${r.target}`).join(', ')}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  return {
    async stop() {
      unsubscribe();
      await scheduler.stop();
    },
    idle: () => scheduler.idle(),
    settled,
    status: () => ({
      source: sourceKind,
      running: scheduler.running(),
      queued: scheduler.queued(),
      retrying: scheduler.retrying(),
      routes: store.all()
    })
  };
}
