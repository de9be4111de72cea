import 'fake-indexeddb/auto';

/**
 * Import first in a spec that runs the data port on a real PouchDB in Node: an in-memory
 * IndexedDB (fake-indexeddb), and the browser globals pouchdb-browser reads (`self`,
 * `navigator`, window events) and the store's database registry (localStorage).
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
