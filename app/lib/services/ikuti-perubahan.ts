/**
 * A screen that lists what others decide (a queue, the cases returned to a facilitator) must
 * follow the documents the sync brings in. Sync writes in batches, so the list is read again a
 * moment after the documents stop arriving, not once per document.
 */
import type { UserStore } from '$lib/db/user-store';

type Perubahan = Parameters<Parameters<UserStore['onDocChange']>[0]>[0];

/**
 * Calls `muat` now and again `jedaMs` after each burst of changes — only of changes `relevan`
 * accepts, when given (a page about one household ignores the rest of the kecamatan's sync);
 * returns the function that stops.
 */
export function ikutiPerubahan(store: UserStore, muat: () => void, jedaMs = 300, relevan?: (doc: Perubahan) => boolean): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  muat();
  const stop = store.onDocChange((doc) => {
    if (relevan && !relevan(doc)) return;
    clearTimeout(timer);
    timer = setTimeout(muat, jedaMs);
  });
  return () => {
    clearTimeout(timer);
    stop();
  };
}
