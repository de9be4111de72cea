/**
 * How far behind each route is, read from the server alone (the stored route statuses and
 * each source's `update_seq`), so it answers whether the router runs or not. PouchDB Server's
 * seqs are integers and the lag is their difference; Apache CouchDB's are opaque strings, and
 * the lag is the `pending` count of the source's changes since the last replicated seq.
 */
import { couchAdmin, type CouchAdmin } from './couch-admin';
import { mapLimited } from './map-limited';
import { isRoutedDb, routeKey, routesFrom } from './rules';
import { emptyStatus, readStatuses, type RouteStatus } from './status-store';

export interface RouteLag extends RouteStatus {
  /** Changes of the source not yet looked at by this route; null when the server cannot say. */
  lag: number | null;
}

export interface DatabaseLag {
  source: string;
  updateSeq: string | number;
  routes: RouteLag[];
}

export interface RouterStatusReport {
  checkedAt: string;
  databases: DatabaseLag[];
}

const PARALLEL_REQUESTS = 8;

export async function routerStatus(couchUrl: string): Promise<RouterStatusReport> {
  const couch = couchAdmin(couchUrl);
  const names = (await couch.allDbs()).filter(isRoutedDb).sort();
  const stored = new Map((await readStatuses(couch)).map((s) => [routeKey(s), s]));
  const databases = await mapLimited(names, PARALLEL_REQUESTS, async (source): Promise<DatabaseLag> => {
    const { update_seq: updateSeq } = await couch.dbInfo(source);
    const routes = await Promise.all(
      routesFrom(source, names).map(async (route) => {
        const status = stored.get(routeKey(route)) ?? emptyStatus(route);
        return { ...status, lag: await lagOf(couch, source, updateSeq, status.lastSeq) };
      })
    );
    return { source, updateSeq, routes };
  });
  return { checkedAt: new Date().toISOString(), databases };
}

async function lagOf(
  couch: CouchAdmin,
  db: string,
  updateSeq: string | number,
  lastSeq: string | number | null
): Promise<number | null> {
  const since = lastSeq ?? 0;
  if (typeof updateSeq === 'number' && typeof since === 'number') return Math.max(0, updateSeq - since);
  const changes = await couch.json<{ pending?: number; results: unknown[] }>(
    `/${encodeURIComponent(db)}/_changes?limit=0&since=${encodeURIComponent(String(since))}`
  );
  return typeof changes.pending === 'number' ? changes.pending + changes.results.length : null;
}
