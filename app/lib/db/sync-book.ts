import { PENDING_DOC, readLocal, REJECTED_DOC, SYNC_META_DOC, updateLocal } from './local-docs';
import { revsDiffQuery, stillMissing, withPushed, without, type PendingRevs } from './pending';
import { openLocal, openRemote } from './pouch';
import { refusalOf, withRejected, type RejectedDoc } from './rejected';
import { statusOf } from './errors';
import { notifyLocalWrite } from './write-events';

/**
 * What the sync engine writes down about one device database: which saves the server has
 * confirmed, which it refused, whether the first sync has finished and when the last one did.
 */
export interface SyncMeta {
  /** The first full download of this database has finished once. */
  firstSyncDone: boolean;
  lastSyncAt: string | null;
}

const NO_META: SyncMeta = { firstSyncDone: false, lastSyncAt: null };

export function readSyncMeta(dbName: string): Promise<SyncMeta> {
  return readLocal(openLocal(dbName), SYNC_META_DOC, NO_META);
}

export function writeSyncMeta(dbName: string, change: Partial<SyncMeta>): Promise<SyncMeta> {
  return updateLocal(openLocal(dbName), SYNC_META_DOC, NO_META, (meta) => ({ ...meta, ...change }));
}

export async function recordPushed(dbName: string, docs: readonly { _id: string; _rev?: string }[]): Promise<void> {
  await updateLocal<PendingRevs>(openLocal(dbName), PENDING_DOC, {}, (p) => withPushed(p, docs));
  notifyLocalWrite();
}

/**
 * Keeps a refused document with the server's reason. A refused deletion of a document the
 * person discarded here is not kept: the discard was deliberate and the server never had it.
 */
export async function recordRefusal(dbName: string, denied: unknown): Promise<boolean> {
  const refusal = refusalOf(denied, new Date().toISOString());
  if (!refusal) return false;
  const db = openLocal(dbName);
  try {
    await db.get(refusal.id);
  } catch (error) {
    if (statusOf(error) === 404) return false;
    throw error;
  }
  await updateLocal<RejectedDoc[]>(db, REJECTED_DOC, [], (list) => withRejected(list, refusal));
  await updateLocal<PendingRevs>(db, PENDING_DOC, {}, (p) => without(p, [refusal.id]));
  notifyLocalWrite();
  return true;
}

/** Ids of the saves waiting for the server. */
export async function pendingIds(dbName: string): Promise<string[]> {
  return Object.keys(await readLocal<PendingRevs>(openLocal(dbName), PENDING_DOC, {}));
}

/** Asks the server which waiting saves it already has; those stop waiting. */
export async function reconcilePending(dbName: string): Promise<void> {
  const local = openLocal(dbName);
  const pending = await readLocal<PendingRevs>(local, PENDING_DOC, {});
  const query = revsDiffQuery(pending);
  if (Object.keys(query).length === 0) return;
  const missing = (await openRemote(dbName).revsDiff(query)) as Record<string, { missing: string[] }>;
  await updateLocal<PendingRevs>(local, PENDING_DOC, {}, (p) => stillMissing(p, query, missing));
  notifyLocalWrite();
}

export async function localDocCount(dbName: string): Promise<number> {
  return (await openLocal(dbName).info()).doc_count;
}

export async function remoteDocCount(dbName: string): Promise<number> {
  return (await openRemote(dbName).info()).doc_count;
}
