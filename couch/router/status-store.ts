/**
 * What the router did for each route, kept in the `slrt-router` database (one document per
 * route) so that `npm run router:status` and the admin endpoint can show the lag without the
 * router being reachable. The replication checkpoints themselves stay in PouchDB's `_local`
 * documents; this is the report, not the source of truth.
 */
import { ROUTER_DB } from '../../app/lib/domain/databases';
import { securityFor } from '../provision/security';
import { CouchHttpError, type CouchAdmin } from './couch-admin';
import type { ReplicationOutcome } from './replicate';
import type { Route } from './rules';

export interface RouteStatus {
  source: string;
  target: string;
  /** The source's seq the last finished replication reached; null before the first one. */
  lastSeq: string | number | null;
  lastReplicatedAt: string | null;
  /** Since the route's first run. */
  docsWritten: number;
  writeFailures: number;
  /** The last failure, cleared by the next success. */
  lastError: { message: string; at: string } | null;
}

interface StatusDoc extends RouteStatus {
  _id: string;
  _rev?: string;
  kind: 'route-status';
}

const PREFIX = 'route:';
const DB_PATH = `/${ROUTER_DB}`;

function docId(route: Pick<Route, 'source' | 'target'>): string {
  return `${PREFIX}${route.source}:${route.target}`;
}

export function emptyStatus(route: Pick<Route, 'source' | 'target'>): RouteStatus {
  return {
    source: route.source,
    target: route.target,
    lastSeq: null,
    lastReplicatedAt: null,
    docsWritten: 0,
    writeFailures: 0,
    lastError: null
  };
}

/** Every stored route status; none when the router database does not exist yet. */
export async function readStatuses(couch: CouchAdmin): Promise<RouteStatus[]> {
  return (await readStatusDocs(couch)).map(toStatus);
}

function toStatus(doc: StatusDoc): RouteStatus {
  const { source, target, lastSeq, lastReplicatedAt, docsWritten, writeFailures, lastError } = doc;
  return { source, target, lastSeq, lastReplicatedAt, docsWritten, writeFailures, lastError };
}

async function readStatusDocs(couch: CouchAdmin): Promise<StatusDoc[]> {
  const query = `?include_docs=true&startkey=${encodeURIComponent(JSON.stringify(PREFIX))}&endkey=${encodeURIComponent(JSON.stringify(PREFIX + '\ufff0'))}`;
  try {
    const result = await couch.json<{ rows: { doc: StatusDoc }[] }>(`${DB_PATH}/_all_docs${query}`);
    return result.rows.map((row) => row.doc);
  } catch (error) {
    if (error instanceof CouchHttpError && error.status === 404) return [];
    throw error;
  }
}

export class StatusStore {
  private constructor(
    private readonly couch: CouchAdmin,
    private readonly docs: Map<string, StatusDoc>
  ) {}

  /** Creates the router database (admins only) when it is missing, then loads it. */
  static async open(couch: CouchAdmin): Promise<StatusStore> {
    const created = await couch.request(DB_PATH, { method: 'PUT' });
    if (created.status === 201) {
      await couch.json(`${DB_PATH}/_security`, {
        method: 'PUT',
        body: JSON.stringify(securityFor({ kind: 'router' }))
      });
    } else if (created.status !== 412) {
      throw new CouchHttpError(created.status, DB_PATH, 'basis data router tidak dapat dibuat');
    }
    const docs = await readStatusDocs(couch);
    return new StatusStore(couch, new Map(docs.map((doc) => [doc._id, doc])));
  }

  all(): RouteStatus[] {
    return [...this.docs.values()].map(toStatus);
  }

  async recordSuccess(route: Route, outcome: ReplicationOutcome, at: Date): Promise<void> {
    const previous = this.current(route);
    await this.save({
      ...previous,
      lastSeq: outcome.lastSeq,
      lastReplicatedAt: at.toISOString(),
      docsWritten: previous.docsWritten + outcome.docsWritten,
      writeFailures: previous.writeFailures + outcome.writeFailures,
      lastError: null
    });
  }

  async recordFailure(route: Route, message: string, at: Date): Promise<void> {
    await this.save({ ...this.current(route), lastError: { message, at: at.toISOString() } });
  }

  private current(route: Route): StatusDoc {
    return this.docs.get(docId(route)) ?? { ...emptyStatus(route), _id: docId(route), kind: 'route-status' };
  }

  /** A second router (or a restored backup) may have moved the revision on: take theirs once. */
  private async save(doc: StatusDoc): Promise<void> {
    const path = `${DB_PATH}/${encodeURIComponent(doc._id)}`;
    let response = await this.couch.request(path, { method: 'PUT', body: JSON.stringify(doc) });
    if (response.status === 409) {
      const stored = await this.couch.json<{ _rev: string }>(path);
      doc = { ...doc, _rev: stored._rev };
      response = await this.couch.request(path, { method: 'PUT', body: JSON.stringify(doc) });
    }
    if (!response.ok) throw new CouchHttpError(response.status, path, 'status router tidak tersimpan');
    const { rev } = (await response.json()) as { rev: string };
    this.docs.set(doc._id, { ...doc, _rev: rev });
  }
}
