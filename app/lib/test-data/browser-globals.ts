import 'fake-indexeddb/auto';

/**
 * Import first in a spec that runs the data port on a real PouchDB over an in-memory IndexedDB
 * (fake-indexeddb): pouchdb-browser expects `self`, `navigator` and window events (it listens to
 * `storage` for other tabs), and the store remembers database names in localStorage; Node 20
 * has none of them.
 */
const memory = new Map<string, string>();
Object.assign(globalThis, {
  self: globalThis,
  navigator: { userAgent: 'node', onLine: true },
  addEventListener: () => undefined,
  removeEventListener: () => undefined,
  localStorage: {
    getItem: (k: string) => memory.get(k) ?? null,
    setItem: (k: string, v: string) => void memory.set(k, v),
    removeItem: (k: string) => void memory.delete(k)
  }
});
