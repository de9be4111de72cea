/**
 * A screen that lists what others decide (a queue, the cases returned to a facilitator) must
 * follow the documents the sync brings in. Sync writes in batches, so the list is read again a
 * moment after the documents stop arriving, not once per document.
 */
import type { UserStore } from '$lib/db/user-store';

/** Calls `muat` now and again `jedaMs` after each burst of changes; returns the function that stops. */
export function ikutiPerubahan(store: UserStore, muat: () => void, jedaMs = 300): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  muat();
  const stop = store.onDocChange(() => {
    clearTimeout(timer);
    timer = setTimeout(muat, jedaMs);
  });
  return () => {
    clearTimeout(timer);
    stop();
  };
}
