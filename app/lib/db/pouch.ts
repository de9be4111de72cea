import PouchDB from 'pouchdb-browser';
import PouchFind from 'pouchdb-find';
import { localName } from './placement';
import { limitBulkDocs } from './request-limit';

/**
 * The one module that imports PouchDB. Local databases live in IndexedDB; remote ones are the
 * server's through `/db/` on the app's own origin with the cookie session.
 */
PouchDB.plugin(PouchFind);

export type Db = PouchDB.Database<Record<string, unknown>>;

const REGISTRY_KEY = 'slrt.db-lokal';

type Listener = () => void;
const unauthorizedListeners = new Set<Listener>();

/** Called whenever the server answers 401 to a data request: the cookie session has ended. */
export function onUnauthorized(listener: Listener): () => void {
  unauthorizedListeners.add(listener);
  return () => unauthorizedListeners.delete(listener);
}

const sessionFetch = async (url: string | Request, opts?: RequestInit): Promise<Response> => {
  const response = await fetch(url, { ...opts, credentials: 'include' });
  if (response.status === 401) for (const listener of unauthorizedListeners) listener();
  return response;
};

/** A server database; its `bulkDocs` (the push's writes) keeps each request within the server's limit. */
export function openRemote(dbName: string): Db {
  return limitBulkDocs(new PouchDB(`${location.origin}/db/${dbName}`, { fetch: sessionFetch, skip_setup: true } as PouchDB.Configuration.RemoteDatabaseConfiguration));
}

const opened = new Map<string, Db>();

/** The device's copy of a server database; one instance per name, so listeners see every write. */
export function openLocal(dbName: string): Db {
  const name = localName(dbName);
  let db = opened.get(name);
  if (!db) {
    db = new PouchDB(name, { auto_compaction: true });
    opened.set(name, db);
    const known = localNames();
    if (!known.includes(name)) localStorage.setItem(REGISTRY_KEY, JSON.stringify([...known, name]));
  }
  return db;
}

/**
 * After a write hits the storage quota, PouchDB's IndexedDB adapter closes its connection for
 * good ("global failure") and refuses everything after. The next use gets a fresh instance on
 * the same data, so the person can save again once there is room, without restarting the app.
 */
export function reopenLocal(dbName: string): void {
  const name = localName(dbName);
  const broken = opened.get(name);
  opened.delete(name);
  void broken?.close().catch(() => undefined);
}

function localNames(): string[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(REGISTRY_KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((n): n is string => typeof n === 'string') : [];
  } catch {
    return [];
  }
}

/**
 * Every SLRT database on this device: the ones this app opened, and any IndexedDB database of
 * PouchDB's naming (`_pouch_slrt-…`) left by an earlier version or an interrupted logout.
 */
export async function allLocalNames(): Promise<string[]> {
  const names = new Set(localNames());
  const listed = typeof indexedDB.databases === 'function' ? await indexedDB.databases() : [];
  for (const { name } of listed) if (name?.startsWith('_pouch_slrt-')) names.add(name.slice('_pouch_'.length));
  return [...names];
}

/** Opens a device database by its local name, for counting and wiping. */
export function openLocalByName(name: string): Db {
  return opened.get(name) ?? new PouchDB(name);
}

export async function destroyLocal(name: string): Promise<void> {
  const db = openLocalByName(name);
  opened.delete(name);
  await db.destroy();
  localStorage.setItem(REGISTRY_KEY, JSON.stringify(localNames().filter((n) => n !== name)));
}
