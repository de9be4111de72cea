import { openLocal, openRemote, type Db } from './pouch';

/**
 * Replication of one kecamatan database, with PouchDB's events in typed form.
 *
 * A device that has never finished a download first pulls only (muat-awal.ts): a two-way
 * `sync()` from the start makes the push side read back every pulled document from IndexedDB
 * and ask the server about it with `_revs_diff` in push batches (of 25 then) — ≈1,250 round trips
 * for a 31,000-document kecamatan, which made the app's first sync no faster than a bare
 * default `replicate` (docs/benchmarks.md, item 1). Once the pull is complete the live two-way
 * sync starts with its push side checkpointed at the sequence the pull reached (`seedPush`,
 * PouchDB's `since`), so what the pull wrote is never walked again; saves made during the
 * pull are pushed by id (`pushDocs`) before that.
 *
 * The pull takes `batch_size: 1000` (STACK-NOTES: 1,600 docs/s against 870 with the default);
 * the push sends batches of PUSH_BATCH_SIZE, cut by size into requests. The events come from
 * each direction's own replication: the combined `sync` object drops the error that comes with
 * a `paused`, and that error is what tells "caught up" from "retrying".
 */
export type Direction = 'push' | 'pull';

export interface ReplicationListener {
  active(direction: Direction): void;
  /** A batch was written; `docs` are the documents written to the other side. */
  change(direction: Direction, docs: { _id: string; _rev?: string }[]): void;
  /** Idle: caught up when `error` is undefined, waiting to retry after it otherwise. */
  paused(direction: Direction, error: unknown): void;
  denied(direction: Direction, denied: unknown): void;
  /** Stopped for good (401, 403); PouchDB retries every other error itself. */
  error(error: unknown): void;
  /** Ended: a one-shot replication has everything (or was cancelled). */
  complete(): void;
}

export interface LiveReplication {
  cancel(): void;
}

interface ReplicationEmitter {
  on(event: string, listener: (...args: unknown[]) => void): ReplicationEmitter;
}

interface ReplicationHandle extends ReplicationEmitter, PromiseLike<unknown> {
  cancel(): void;
}

interface SyncHandle extends ReplicationEmitter {
  push: ReplicationEmitter;
  pull: ReplicationEmitter;
  cancel(): void;
}

type Replicating = Db & {
  sync(remote: Db, options: Record<string, unknown>): SyncHandle;
  replicate: {
    from(remote: Db, options: Record<string, unknown>): ReplicationHandle;
    to(remote: Db, options: Record<string, unknown>): ReplicationHandle;
  };
};

export const BATCH_SIZE = 1000;
/**
 * PouchDB's default: 100 complaints written offline go up in one round (local changes,
 * `_revs_diff`, `_bulk_docs`, checkpoint). Photos travel inline, so the batch's `_bulk_docs`
 * is cut by size into requests the server accepts (request-limit.ts, through `openRemote`);
 * larger batches would only hold more photos in memory at once.
 */
export const PUSH_BATCH_SIZE = 100;
/** 1 s, 2 s, 4 s … at most a minute, a little jitter so tablets do not retry in step. */
export function backOff(previousMs: number): number {
  const next = previousMs <= 0 ? 1_000 : Math.min(previousMs * 2, 60_000);
  return Math.round(next * (0.9 + Math.random() * 0.2));
}

function follow(side: ReplicationEmitter, direction: Direction, listener: ReplicationListener): void {
  side.on('active', () => listener.active(direction));
  side.on('change', (info) => listener.change(direction, (info as { docs?: { _id: string; _rev?: string }[] }).docs ?? []));
  side.on('paused', (error) => listener.paused(direction, error));
  side.on('denied', (denied) => listener.denied(direction, denied));
}

/**
 * A one-shot pull until the server has nothing more (`complete`), under the checkpoint of the
 * live sync's pull side (PouchDB names a replication by its two databases and filter, not by
 * its batch sizes), so the live sync after it goes on from where it ended. `since`: where the
 * first download (muat-awal.ts) ended; the checkpoint is written there first.
 */
export function startFirstPull(dbName: string, listener: ReplicationListener, since: number | string): LiveReplication {
  const local = openLocal(dbName) as Replicating;
  const handle = local.replicate.from(openRemote(dbName), { retry: true, batch_size: BATCH_SIZE, back_off_function: backOff, since });
  follow(handle, 'pull', listener);
  handle.on('error', (error) => listener.error(error));
  handle.on('complete', () => listener.complete());
  return { cancel: () => handle.cancel() };
}

/** One push (not live), reporting written and refused documents like the live push; resolves when done. */
async function pushOnce(dbName: string, options: Record<string, unknown>, listener: Pick<ReplicationListener, 'change' | 'denied'>): Promise<void> {
  const local = openLocal(dbName) as Replicating;
  const handle = local.replicate.to(openRemote(dbName), { ...options, batch_size: PUSH_BATCH_SIZE });
  handle.on('change', (info) => listener.change('push', (info as { docs?: { _id: string; _rev?: string }[] }).docs ?? []));
  handle.on('denied', (denied) => listener.denied('push', denied));
  await handle;
}

/**
 * Pushes the current revisions of `ids` once, without a checkpoint (a replication of chosen
 * ids is a replication of its own; a checkpoint per set of ids would only pile up).
 */
export function pushDocs(dbName: string, ids: readonly string[], listener: Pick<ReplicationListener, 'change' | 'denied'>): Promise<void> {
  return ids.length === 0 ? Promise.resolve() : pushOnce(dbName, { doc_ids: [...ids], checkpoint: false }, listener);
}

/**
 * Writes the push side's checkpoint at the local sequence `since` (on both sides, as PouchDB's
 * `since` option does) and pushes what was written after it. The live sync's push side has
 * the same replication id (no filter), so it goes on from there.
 */
export function seedPush(dbName: string, since: number | string, listener: Pick<ReplicationListener, 'change' | 'denied'>): Promise<void> {
  return pushOnce(dbName, { since }, listener);
}

/** The local database's sequence now: where the push side of a device fresh from its first pull starts. */
export async function localSeq(dbName: string): Promise<number | string> {
  return (await openLocal(dbName).info()).update_seq;
}

/** The live two-way sync, from the checkpoints both sides hold. */
export function startLiveSync(dbName: string, listener: ReplicationListener): LiveReplication {
  const local = openLocal(dbName) as Replicating;
  const handle = local.sync(openRemote(dbName), {
    live: true,
    retry: true,
    batch_size: BATCH_SIZE,
    push: { batch_size: PUSH_BATCH_SIZE },
    back_off_function: backOff
  });
  follow(handle.push, 'push', listener);
  follow(handle.pull, 'pull', listener);
  handle.on('error', (error) => listener.error(error));
  handle.on('complete', () => listener.complete());
  return { cancel: () => handle.cancel() };
}
