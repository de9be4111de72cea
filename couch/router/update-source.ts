/**
 * How the router learns which databases changed. A source calls the listener with a
 * database's name after it changed and returns the function that stops it; the embedded
 * server's `onDbUpdated` is one as it is. A source may name a database more often than it
 * changed (the router coalesces), but must not miss a change after it was started.
 */
import { describeError, type CouchAdmin } from './couch-admin';
import { dbUpdatesFeed, probeDbUpdates } from './db-updates-feed';
import { pollUpdateSeqs } from './poll-source';

export type DbUpdatedListener = (db: string) => void;
export type UpdateSource = (listener: DbUpdatedListener) => () => void;

/** One line for the operator's log: database names, seqs, counts and reasons, never documents. */
export type RouterLog = (message: string) => void;

export interface ChosenSource {
  kind: 'db-updates' | 'poll';
  source: UpdateSource;
}

/**
 * Apache CouchDB's `_db_updates` feed when the server has it (one feed, whatever the number
 * of databases); otherwise — PouchDB Server answers 400 — polling each database's
 * `update_seq`.
 */
export async function chooseUpdateSource(
  couch: CouchAdmin,
  { pollIntervalMs, log }: { pollIntervalMs: number; log: RouterLog }
): Promise<ChosenSource> {
  const since = await probeDbUpdates(couch).catch((error: unknown) => {
    log(`_db_updates tidak dapat diperiksa (${describeError(error)}); memakai polling update_seq`);
    return null;
  });
  if (since !== null) return { kind: 'db-updates', source: dbUpdatesFeed(couch, since, log) };
  return { kind: 'poll', source: pollUpdateSeqs(couch, { intervalMs: pollIntervalMs, log }) };
}
