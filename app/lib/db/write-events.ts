/** Local saves, discards and sync confirmations announce themselves, so counts shown elsewhere refresh. */
type Listener = () => void;
const listeners = new Set<Listener>();

export function onLocalWrite(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function notifyLocalWrite(): void {
  for (const listener of listeners) listener();
}

/**
 * Saves under way: from the write until the save is in the waiting list. The sync, right after
 * a first download, reads the local sequence and then the waiting list; waiting for the saves
 * under way between the two means no save is missed by both (one written before the sequence
 * is read is in the list; one written after is past the sequence).
 */
const underWay = new Set<Promise<unknown>>();

export function trackSave<T>(save: Promise<T>): Promise<T> {
  underWay.add(save);
  const done = () => underWay.delete(save);
  save.then(done, done);
  return save;
}

/** Resolves once every save under way now has ended (succeeded or failed). */
export async function savesSettled(): Promise<void> {
  await Promise.allSettled([...underWay]);
}
