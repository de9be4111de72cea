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
 * the TypeScript transform (tsx, vitest) but not when a rule they call changes. They also carry
 * a secret of the server: the source and target ids are the server's public uuid (`GET /`)
 * and the database names, so without it any member of a database could compute the id of the
 * router's checkpoint there, move it past new documents, and the router would never carry
 * them (docs/security.md).
 */
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import type { CouchAdmin } from './couch-admin';
import { parseDbName } from '../../app/lib/domain/databases';
import {
  belongsToKecamatan,
  isReferralOf,
  isReplicable,
  isResponseTo,
  PLACEMENT_RULES_VERSION,
  type ReferralsHeld,
  type Route,
  type RoutedDoc
} from './rules';

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
      since?: string | number;
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

/**
 * A digest of the admin URL, credentials included: only the server knows it, and it stays the
 * same across restarts. A new admin password replays every route once (cheap, see rules.ts).
 */
function secretOf(couch: CouchAdmin): string {
  return createHash('sha256').update(couch.dbUrl('')).digest('hex');
}

function identified(filter: DocFilter, rule: string, couch: CouchAdmin): DocFilter {
  const identity = `slrt-router:${rule}:v${PLACEMENT_RULES_VERSION}:${secretOf(couch)}`;
  return Object.defineProperty(filter, 'toString', { value: () => identity });
}

/** The referrals an inbox holds, from its `rujukan/per-program` view (value: kasusId, kecamatan). */
async function referralsHeld(couch: CouchAdmin, inbox: string): Promise<ReferralsHeld> {
  const view = await couch.json<{ rows: { id: string; value: { kasusId: string; kecamatan: string } }[] }>(
    `/${encodeURIComponent(inbox)}/_design/rujukan/_view/per-program`
  );
  return new Map(view.rows.map((r) => [r.id, { kasusId: r.value.kasusId, kecamatan: r.value.kecamatan }]));
}

async function filterOf(route: Route, couch: CouchAdmin): Promise<DocFilter> {
  const kecamatan = route.kecamatan;
  if (kecamatan !== null) return identified((doc) => belongsToKecamatan(doc, kecamatan), 'kecamatan', couch);
  const inbox = parseDbName(route.target);
  if (inbox?.kind === 'rujukan') return identified((doc) => isReferralOf(doc, inbox.programId), `rujukan-${inbox.programId}`, couch);
  if (parseDbName(route.source)?.kind === 'rujukan') {
    // Read before the changes: a response is written after the referral it answers reached the inbox.
    const referrals = await referralsHeld(couch, route.source);
    return identified((doc) => isResponseTo(doc, referrals), 'tanggapan', couch);
  }
  return identified((doc) => isReplicable(doc), 'everything', couch);
}

export interface ReplicateOptions {
  batchSize: number;
  signal: AbortSignal;
  /**
   * Start from this seq of the source instead of the checkpoint, and checkpoint it at once
   * (PouchDB's `since`): the bench's fixture, placed by its loader, is marked as routed so
   * (mark-routed.ts).
   */
  since?: string | number;
}

/**
 * PouchDB writes its checkpoint at the end of the source's changes only when no batch is being
 * written at that moment; otherwise a run ends at the seq of its last batch. When the changes
 * after it are all filtered out (a referral inbox takes a few documents of many), nothing would
 * ever move the checkpoint on, and the route would show a lag forever. A pass that wrote
 * documents is therefore followed by another, which finds nothing to write and checkpoints the end.
 */
const MAX_PASSES = 3;

export async function replicateRoute(route: Route, couch: CouchAdmin, options: ReplicateOptions): Promise<ReplicationOutcome> {
  await couch.requireDb(route.source);
  await couch.requireDb(route.target);
  const filter = await filterOf(route, couch);
  let total: ReplicationOutcome = { lastSeq: 0, docsWritten: 0, writeFailures: 0, cancelled: false };
  for (let pass = 1; pass <= MAX_PASSES; pass++) {
    // `since` is where the first pass starts; a second pass resumes from the checkpoint it wrote.
    const outcome = await replicateOnce(route, couch, filter, pass === 1 ? options : { ...options, since: undefined });
    total = {
      lastSeq: outcome.lastSeq,
      docsWritten: total.docsWritten + outcome.docsWritten,
      writeFailures: total.writeFailures + outcome.writeFailures,
      cancelled: outcome.cancelled
    };
    if (outcome.cancelled || outcome.docsWritten + outcome.writeFailures === 0) break;
  }
  return total;
}

async function replicateOnce(
  route: Route,
  couch: CouchAdmin,
  filter: DocFilter,
  { batchSize, signal, since }: ReplicateOptions
): Promise<ReplicationOutcome> {
  const source = new PouchDB(couch.dbUrl(route.source), { skip_setup: true });
  const target = new PouchDB(couch.dbUrl(route.target), { skip_setup: true });
  const replication = PouchDB.replicate(source, target, {
    filter,
    batch_size: batchSize,
    retry: false,
    ...(since === undefined ? {} : { since })
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
