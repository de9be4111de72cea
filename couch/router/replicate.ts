/**
 * One route, one one-shot replication, with PouchDB's replicator running in this process over
 * HTTP. Its checkpoints live in `_local` documents of source and target, so a run that was
 * stopped or killed resumes from the last batch it finished; documents written again after a
 * restart are found present by `_revs_diff` and not written twice.
 *
 * Why PouchDB 7.3.1: it is what node_modules holds for pouchdb-core, pouchdb-adapter-http and
 * pouchdb-replication (pouchdb-server 4.2 hoists them; there is no 9.x of these three).
 *
 * Why a JavaScript filter and not a Mango `selector`: PouchDB Server 4.2 does not honour
 * `filter=_selector` on `_changes` — it looks for a design document `_design/_selector`, and
 * the missing-document error is emitted where nothing catches it, which kills the server
 * (tried here). Apache CouchDB 3 would honour the selector; the filter runs the same on both.
 * Its cost: the changes of the source are fetched with their documents and filtered here,
 * before `_bulk_get` fetches the ones that are missing on the target.
 *
 * PouchDB hashes `filter.toString()` into the replication id (with the source and target ids),
 * and the id names the checkpoint. The filters therefore say who they are — the rule and
 * PLACEMENT_RULES_VERSION — instead of showing their compiled source text, which changes with
 * the TypeScript transform (tsx, vitest) but not when a rule they call changes.
 */
import { createRequire } from 'node:module';
import type { CouchAdmin } from './couch-admin';
import { belongsToKecamatan, isReplicable, PLACEMENT_RULES_VERSION, type Route, type RoutedDoc } from './rules';

interface ReplicationResult {
  status: string;
  last_seq: string | number;
  docs_written: number;
  doc_write_failures: number;
}

interface OneShotReplication extends Promise<ReplicationResult> {
  cancel(): void;
}

interface HttpDb {
  close(): Promise<void>;
}

interface PouchWithReplication {
  new (name: string, options: { skip_setup: boolean }): HttpDb;
  replicate(
    source: HttpDb,
    target: HttpDb,
    options: {
      filter: DocFilter;
      batch_size: number;
      retry: false;
    }
  ): OneShotReplication;
  adapters: Record<string, unknown>;
  plugin(plugin: unknown): PouchWithReplication;
  setMaxListeners(n: number): void;
}

export interface ReplicationOutcome {
  lastSeq: string | number;
  docsWritten: number;
  /** Documents the target refused (validate_doc_update); they are not retried. */
  writeFailures: number;
  cancelled: boolean;
}

const require = createRequire(import.meta.url);

/**
 * PouchDB plugins change the one shared PouchDB class; a process that also runs the embedded
 * server in-process has registered them already, and registering twice throws.
 */
function loadPouchDB(): PouchWithReplication {
  let PouchDB = require('pouchdb-core') as PouchWithReplication;
  if (!PouchDB.adapters.http) PouchDB = PouchDB.plugin(require('pouchdb-adapter-http'));
  if (typeof PouchDB.replicate !== 'function') PouchDB = PouchDB.plugin(require('pouchdb-replication'));
  // Every open database listens on the class: two per running replication, and the embedded
  // server's own when it shares the process. Node's default of 10 would warn of a leak that
  // is not one.
  PouchDB.setMaxListeners(100);
  return PouchDB;
}

const PouchDB = loadPouchDB();

type DocFilter = (doc: RoutedDoc) => boolean;

function identified(filter: DocFilter, rule: string): DocFilter {
  const identity = `slrt-router:${rule}:v${PLACEMENT_RULES_VERSION}`;
  return Object.defineProperty(filter, 'toString', { value: () => identity });
}

function filterOf(route: Route): DocFilter {
  const kecamatan = route.kecamatan;
  if (kecamatan === null) return identified((doc) => isReplicable(doc), 'everything');
  return identified((doc) => belongsToKecamatan(doc, kecamatan), 'kecamatan');
}

export interface ReplicateOptions {
  batchSize: number;
  signal: AbortSignal;
}

export async function replicateRoute(
  route: Route,
  couch: CouchAdmin,
  { batchSize, signal }: ReplicateOptions
): Promise<ReplicationOutcome> {
  await couch.requireDb(route.source);
  await couch.requireDb(route.target);
  const source = new PouchDB(couch.dbUrl(route.source), { skip_setup: true });
  const target = new PouchDB(couch.dbUrl(route.target), { skip_setup: true });
  const replication = PouchDB.replicate(source, target, {
    filter: filterOf(route),
    batch_size: batchSize,
    retry: false
  });
  const cancel = () => replication.cancel();
  signal.addEventListener('abort', cancel, { once: true });
  try {
    const result = await replication;
    return {
      lastSeq: result.last_seq,
      docsWritten: result.docs_written,
      writeFailures: result.doc_write_failures,
      cancelled: result.status === 'cancelled' || signal.aborted
    };
  } finally {
    signal.removeEventListener('abort', cancel);
    await Promise.all([source.close(), target.close()]);
  }
}
