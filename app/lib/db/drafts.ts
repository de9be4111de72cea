import { readLocal, updateLocal } from './local-docs';
import { openLocal } from './pouch';

/**
 * Drafts of forms being filled in, kept as `_local/` documents of a device database of their
 * own (`slrt-draf`): they never replicate, and logout destroys them with every other SLRT
 * database on the device (pouch.ts registers it), so no one's unfinished recording is left
 * behind for the next user of a shared tablet.
 */
const DRAFT_DB = 'draf';

function idOf(key: string): string {
  return `_local/${key}`;
}

export function readDraft<T>(key: string): Promise<T | null> {
  return readLocal<T | null>(openLocal(DRAFT_DB), idOf(key), null);
}

export async function writeDraft<T>(key: string, value: T): Promise<void> {
  await updateLocal<T | null>(openLocal(DRAFT_DB), idOf(key), null, () => value);
}

export async function clearDraft(key: string): Promise<void> {
  // Through the same queue as writes, so a clear is never overtaken by a late autosave.
  await updateLocal<null>(openLocal(DRAFT_DB), idOf(key), null, () => null);
}
