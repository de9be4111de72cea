import type { Db } from './pouch';

/**
 * Small bookkeeping records kept in `_local/` documents of a device database: they never
 * replicate and are destroyed with the database. Updates to one record are serialised, so
 * two saves in quick succession never lose each other's entry to a 409.
 */
export const PENDING_DOC = '_local/slrt-menunggu';
export const REJECTED_DOC = '_local/slrt-ditolak';
export const SYNC_META_DOC = '_local/slrt-sinkron';
/** The sequence of the last page the first download wrote (muat-awal.ts). */
export const FIRST_DOWNLOAD_DOC = '_local/slrt-unduhan-awal';

interface Stored<T> {
  _id: string;
  _rev?: string;
  value: T;
}

const queues = new WeakMap<Db, Map<string, Promise<unknown>>>();

export async function readLocal<T>(db: Db, id: string, fallback: T): Promise<T> {
  try {
    const doc = (await db.get(id)) as unknown as Stored<T>;
    return doc.value;
  } catch (error) {
    if ((error as { status?: number }).status === 404) return fallback;
    throw error;
  }
}

export function updateLocal<T>(db: Db, id: string, fallback: T, change: (value: T) => T): Promise<T> {
  let perDb = queues.get(db);
  if (!perDb) queues.set(db, (perDb = new Map()));
  const previous = perDb.get(id) ?? Promise.resolve();
  const next = previous.catch(() => undefined).then(async () => {
    let stored: Stored<T> = { _id: id, value: fallback };
    try {
      stored = (await db.get(id)) as unknown as Stored<T>;
    } catch (error) {
      if ((error as { status?: number }).status !== 404) throw error;
    }
    const value = change(stored.value);
    await db.put({ ...stored, value } as never);
    return value;
  });
  perDb.set(id, next);
  return next;
}
