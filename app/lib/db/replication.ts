import { openLocal, openRemote, type Db } from './pouch';

/**
 * Live two-way replication of one kecamatan database, with PouchDB's events in typed form.
 * Started with `sync()` (both directions at once, so the push side checkpoints from the
 * start) and `batch_size: 1000` for the pull (STACK-NOTES: 1,600 docs/s against 870 with the
 * default); the push sends smaller batches (PUSH_BATCH_SIZE).
 * The events come from each direction's own replication: the combined `sync` object drops the
 * error that comes with a `paused`, and that error is what tells "caught up" from "retrying".
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
  complete(): void;
}

export interface LiveReplication {
  cancel(): void;
}

interface ReplicationEmitter {
  on(event: string, listener: (...args: unknown[]) => void): ReplicationEmitter;
}

interface SyncHandle extends ReplicationEmitter {
  push: ReplicationEmitter;
  pull: ReplicationEmitter;
  cancel(): void;
}

type Syncing = Db & { sync(remote: Db, options: Record<string, unknown>): SyncHandle };

export const BATCH_SIZE = 1000;
/**
 * The push sends documents with their photos inline (base64) in one `_bulk_docs` request per
 * batch; the server and nginx refuse a request over 16 MB (couch/server/kiriman.ts), and a
 * refused batch would be retried for ever. 25 documents with a 300 KB photo each is ≈ 10 MB.
 */
export const PUSH_BATCH_SIZE = 25;

/** 1 s, 2 s, 4 s … at most a minute, a little jitter so tablets do not retry in step. */
export function backOff(previousMs: number): number {
  const next = previousMs <= 0 ? 1_000 : Math.min(previousMs * 2, 60_000);
  return Math.round(next * (0.9 + Math.random() * 0.2));
}

export function startLiveSync(dbName: string, listener: ReplicationListener): LiveReplication {
  const local = openLocal(dbName) as Syncing;
  const handle = local.sync(openRemote(dbName), {
    live: true,
    retry: true,
    batch_size: BATCH_SIZE,
    push: { batch_size: PUSH_BATCH_SIZE },
    back_off_function: backOff
  });
  for (const direction of ['push', 'pull'] as const) {
    const side = handle[direction];
    side.on('active', () => listener.active(direction));
    side.on('change', (info) => listener.change(direction, (info as { docs?: { _id: string; _rev?: string }[] }).docs ?? []));
    side.on('paused', (error) => listener.paused(direction, error));
    side.on('denied', (denied) => listener.denied(direction, denied));
  }
  handle.on('error', (error) => listener.error(error));
  handle.on('complete', () => listener.complete());
  return { cancel: () => handle.cancel() };
}
