/**
 * Apache CouchDB's `_db_updates` as an update source: one longpoll request at a time, resumed
 * from the last `last_seq` it answered after a failure, so a restarted server or a dropped
 * connection loses nothing the feed still remembers. Needs server-admin credentials.
 */
import { CouchHttpError, describeError, type CouchAdmin } from './couch-admin';
import type { RouterLog, UpdateSource } from './update-source';

type Seq = string | number;

interface DbUpdates {
  results: { db_name: string; type: string }[];
  last_seq: Seq;
}

const LONGPOLL_TIMEOUT_MS = 30_000;
const MAX_BACKOFF_MS = 30_000;

/** The feed's current seq when the server has `_db_updates`; null when it does not. */
export async function probeDbUpdates(couch: CouchAdmin): Promise<Seq | null> {
  try {
    const now = await couch.json<DbUpdates>('/_db_updates?since=now&feed=normal');
    return now.last_seq;
  } catch (error) {
    if (error instanceof CouchHttpError && [400, 404, 405, 501].includes(error.status)) return null;
    throw error;
  }
}

/** Follows `_db_updates` from `since` (a seq from probeDbUpdates, so nothing is missed). */
export function dbUpdatesFeed(couch: CouchAdmin, since: Seq, log: RouterLog): UpdateSource {
  return (listener) => {
    const abort = new AbortController();
    void follow();
    return () => abort.abort();

    async function follow(): Promise<void> {
      let backoff = 1_000;
      while (!abort.signal.aborted) {
        try {
          const path = `/_db_updates?feed=longpoll&timeout=${LONGPOLL_TIMEOUT_MS}&since=${encodeURIComponent(String(since))}`;
          const page = await couch.json<DbUpdates>(path, { signal: abort.signal });
          for (const update of page.results) {
            if (!abort.signal.aborted) listener(update.db_name);
          }
          since = page.last_seq;
          backoff = 1_000;
        } catch (error) {
          if (abort.signal.aborted) return;
          log(`_db_updates terputus (${describeError(error)}); menyambung lagi dalam ${backoff} ms`);
          await sleep(backoff, abort.signal);
          backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
        }
      }
    }
  };
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
    function done(): void {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
  });
}
