import type { Db } from './pouch';

/**
 * One live change feed per device database, shared by everyone listening to it. Each PouchDB
 * feed reads every written document back from IndexedDB: during a first download the search
 * index, the record index and the open page each had one — three reads of every page besides
 * its write (docs/benchmarks.md, item 1).
 */
export type DocChange = { _id: string; _rev: string; _deleted?: boolean } & Record<string, unknown>;
type Listener = (doc: DocChange) => void;

interface Feed {
  listeners: Set<Listener>;
  cancel(): void;
}

// By instance: a database reopened after a full disk (pouch.ts: reopenLocal) gets a feed of its own.
const feeds = new WeakMap<Db, Feed>();

/** Documents written to `db` from now on (deletions with `_deleted`, `_local` and design documents left out); returns the function that stops listening. */
export function followDocs(db: Db, listener: Listener): () => void {
  let feed = feeds.get(db);
  if (!feed) {
    const listeners = new Set<Listener>();
    const changes = db
      .changes({ since: 'now', live: true, include_docs: true })
      .on('change', (change) => {
        if (change.id.startsWith('_')) return;
        const doc = (change.doc ?? { _id: change.id, _rev: change.changes[0].rev, _deleted: true }) as DocChange;
        for (const l of listeners) l(doc);
      })
      // A feed that failed hears nothing more: the next listener opens a new one instead of
      // joining it (each listener had its own feed before they were shared).
      .on('error', (error) => {
        console.error('[umpan] umpan perubahan terhenti', error);
        if (feeds.get(db) === opened) feeds.delete(db);
      });
    const opened: Feed = { listeners, cancel: () => changes.cancel() };
    feed = opened;
    feeds.set(db, feed);
  }
  const mine = feed;
  mine.listeners.add(listener);
  return () => {
    mine.listeners.delete(listener);
    if (mine.listeners.size > 0 || feeds.get(db) !== mine) return;
    mine.cancel();
    feeds.delete(db);
  };
}
