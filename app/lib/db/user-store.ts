import { DOC_TYPE_NAMES, type DocType } from '../domain/doc-types';
import { parseDocId } from '../domain/ids';
import { parseDoc, type SlrtDoc } from '../domain/schemas';
import { deepestCode, dottedCode } from '../domain/wilayah';
import { KonflikBerubahError, listConflicts, resolveConflict, type Conflict } from './conflicts';
import {
  DataBerubahError,
  DiLuarWilayahError,
  DitolakServerError,
  DocumentTidakSahError,
  isQuotaError,
  PenyimpananPenuhError,
  SesiBerakhirError,
  ServerGagalError,
  statusOf
} from './errors';
import { followDocs } from './doc-feed';
import { PENDING_DOC, readLocal, REJECTED_DOC, updateLocal } from './local-docs';
import { pendingCount, withSaved, without, type PendingRevs } from './pending';
import { databaseFor, placementOf, type Placement } from './placement';
import { openLocal, openRemote, reopenLocal, type Db } from './pouch';
import { withoutRejected, type RejectedDoc } from './rejected';
import { notifyLocalWrite, savesSettled, trackSave } from './write-events';

export interface StoreUser {
  name: string;
  roles: readonly string[];
}

export type StoredDoc = SlrtDoc & { _rev: string };

/** The CouchDB view options the screens use. */
export interface ViewOptions {
  key?: unknown;
  keys?: unknown[];
  startkey?: unknown;
  endkey?: unknown;
  descending?: boolean;
  limit?: number;
  include_docs?: boolean;
  reduce?: boolean;
  group?: boolean;
  group_level?: number;
}

export interface ViewRow<V> {
  id?: string;
  key: unknown;
  value: V;
  doc?: StoredDoc;
}

export interface UserStore {
  readonly user: StoreUser;
  readonly placement: Placement;
  /** Validates, then writes: on the device for field roles (instant), on the server otherwise. */
  saveDoc(doc: unknown): Promise<StoredDoc>;
  get(id: string): Promise<StoredDoc | null>;
  /** The documents of `ids` in one read per database; those not there are left out. */
  getMany(ids: readonly string[]): Promise<StoredDoc[]>;
  countByType(): Promise<Record<DocType, number>>;
  /** Local saves the server has not acknowledged yet (0 for remote work). */
  pendingUploads(): Promise<number>;
  listRejected(): Promise<RejectedDoc[]>;
  /** Deliberately throws away a rejected document: the local copy is removed, the entry with it. */
  discardRejected(id: string): Promise<void>;
  listConflicts(): Promise<Conflict[]>;
  /** Keeps one version (`keepRev`), or a merge of them (`merged`, see mergedContent). */
  resolveConflict(id: string, keepRev: string, merged?: Record<string, unknown>): Promise<void>;
  /**
   * Every document of `type` in the user's databases (ids starting `type:` and `idPrefix`),
   * read in pages of `pageSize`; `onPage` reports progress for a slow first read.
   */
  docsOfType<T extends DocType>(
    type: T,
    options?: { idPrefix?: string; pageSize?: number; onPage?: (read: number) => void }
  ): Promise<Extract<StoredDoc, { type: T }>[]>;
  /**
   * Rows of a design-document view (`ddoc/view`) from each of the user's databases, or only
   * from `databases` (of the user's) when the view lives in some of them.
   */
  queryView<V = unknown>(view: string, options?: ViewOptions, databases?: readonly string[]): Promise<ViewRow<V>[]>;
  /**
   * Documents written from now on, in any of the user's databases, by this device or arriving
   * by sync (deletions included, `_deleted` set); returns the function that stops listening.
   */
  onDocChange(listener: (doc: StoredDoc | { _id: string; _rev: string; _deleted: true }) => void): () => void;
  /** Dotted desa codes named by the household documents the user holds. */
  desaCodes(): Promise<string[]>;
  /** Documents in each of the user's databases (design documents included, as the server counts). */
  databaseCounts(): Promise<{ name: string; docCount: number }[]>;
}

function isNetworkFailure(error: unknown): boolean {
  return error instanceof TypeError || statusOf(error) === null || statusOf(error) === 0;
}

/** PouchDB's errors (of a write, or of a server read) in the app's words; anything unforeseen is rethrown as it is. */
function translateError(error: unknown, id: string, remote: boolean): Error {
  const status = statusOf(error);
  if (status === 409) return new DataBerubahError(id);
  if (!remote && isQuotaError(error)) return new PenyimpananPenuhError();
  if (remote) {
    if (status === 401) return new SesiBerakhirError();
    if (status === 403) {
      const e = error as { reason?: string; message?: string };
      return new DitolakServerError(e.reason ?? e.message ?? '');
    }
    if (isNetworkFailure(error)) return new ServerGagalError(null);
    if (status !== null && status >= 500) return new ServerGagalError(status);
  }
  return error instanceof Error ? error : new Error(String(error));
}

/** A local save waits for the server from now on (pending.ts). */
async function recordSaved(db: Db, id: string, rev: string): Promise<void> {
  await updateLocal<PendingRevs>(db, PENDING_DOC, {}, (p) => withSaved(p, id, rev));
  notifyLocalWrite();
}

export function openUserStore(user: StoreUser): UserStore {
  const placement = placementOf(user.roles);
  const remote = placement.mode === 'jarak-jauh';
  const remotes = new Map<string, Db>(remote ? placement.databases.map((name) => [name, openRemote(name)]) : []);
  // Local instances are looked up on each use: one may be replaced after a full disk (reopenLocal).
  const dbs = {
    get: (name: string): Db | undefined => (!placement.databases.includes(name) ? undefined : remote ? remotes.get(name) : openLocal(name)),
    values: () => placement.databases.map((name) => dbs.get(name) as Db),
    entries: () => placement.databases.map((name) => [name, dbs.get(name) as Db] as const)
  };

  function dbForId(id: string): Db[] {
    const parsed = parseDocId(id);
    if (parsed && parsed.wilayah.length >= 6) {
      const own = [...dbs.entries()].find(([name]) => name === `slrt-kec-${parsed.wilayah.slice(0, 6)}`);
      if (own) return [own[1]];
    }
    return [...dbs.values()];
  }

  async function idsWithPrefix(db: Db, prefix: string): Promise<string[]> {
    const result = await db.allDocs({ startkey: prefix, endkey: `${prefix}\ufff0` });
    return result.rows.map((r) => r.id);
  }

  return {
    user,
    placement,

    async saveDoc(doc) {
      const parsed = parseDoc(doc);
      if (!parsed.ok) throw new DocumentTidakSahError(parsed.issues);
      const target = databaseFor(placement, parsed.doc.wilayah);
      const db = target ? dbs.get(target) : undefined;
      if (!db) throw new DiLuarWilayahError(deepestCode(parsed.doc.wilayah));
      // The original is written, not the parsed copy: fields the schema does not know survive.
      const original = doc as StoredDoc;
      const written = db.put(original as never).then(
        (r) => r.rev,
        (error: unknown) => {
          const translated = translateError(error, parsed.doc._id, remote);
          if (translated instanceof PenyimpananPenuhError) reopenLocal(target as string);
          throw translated;
        }
      );
      if (!remote) {
        // The document is on the device once written: the person is told so then, and its
        // entry in the waiting list follows (pendingUploads and the sync wait for it) — a task
        // later, so the screen's update runs first instead of beside the entry's IndexedDB work
        // (docs/benchmarks.md, item 3). A failed write is the caller's to show; a failed entry
        // only leaves the count short (the push still sends the document).
        const booking = written.then(
          (rev) =>
            new Promise((next) => setTimeout(next, 0))
              .then(() => recordSaved(db, parsed.doc._id, rev))
              .catch((error: unknown) => console.error('[simpan] daftar tunggu gagal dicatat', error)),
          () => undefined
        );
        trackSave(booking);
      }
      return { ...original, _rev: await written };
    },

    async get(id) {
      for (const db of dbForId(id)) {
        try {
          return (await db.get(id)) as unknown as StoredDoc;
        } catch (error) {
          if (statusOf(error) !== 404) throw translateError(error, id, remote);
        }
      }
      return null;
    },

    async getMany(ids) {
      if (ids.length === 0) return [];
      const found = new Map<string, StoredDoc>();
      try {
        for (const db of dbs.values()) {
          const result = await db.allDocs({ keys: [...ids], include_docs: true });
          for (const row of result.rows) {
            const doc = 'doc' in row ? row.doc : undefined;
            if (doc && !found.has(doc._id)) found.set(doc._id, doc as unknown as StoredDoc);
          }
        }
      } catch (error) {
        throw translateError(error, ids[0], remote);
      }
      return ids.flatMap((id) => found.get(id) ?? []);
    },

    async countByType() {
      const counts = Object.fromEntries(DOC_TYPE_NAMES.map((t) => [t, 0])) as Record<DocType, number>;
      for (const db of dbs.values()) {
        const perType = await Promise.all(DOC_TYPE_NAMES.map(async (t) => [t, (await idsWithPrefix(db, `${t}:`)).length] as const));
        for (const [t, n] of perType) counts[t] += n;
      }
      return counts;
    },

    async pendingUploads() {
      if (remote) return 0;
      await savesSettled();
      let total = 0;
      for (const db of dbs.values()) total += pendingCount(await readLocal<PendingRevs>(db, PENDING_DOC, {}));
      return total;
    },

    async listRejected() {
      if (remote) return [];
      const lists = await Promise.all([...dbs.values()].map((db) => readLocal<RejectedDoc[]>(db, REJECTED_DOC, [])));
      return lists.flat().sort((a, b) => b.at.localeCompare(a.at));
    },

    async discardRejected(id) {
      for (const db of dbForId(id)) {
        try {
          const doc = await db.get(id);
          await db.remove(doc);
        } catch (error) {
          if (statusOf(error) !== 404) throw translateError(error, id, remote);
        }
        await updateLocal<PendingRevs>(db, PENDING_DOC, {}, (p) => without(p, [id]));
        await updateLocal<RejectedDoc[]>(db, REJECTED_DOC, [], (list) => withoutRejected(list, id));
      }
      notifyLocalWrite();
    },

    async listConflicts() {
      const lists = await Promise.all([...dbs.values()].map((db) => listConflicts(db)));
      return lists.flat();
    },

    async resolveConflict(id, keepRev, merged) {
      const at = new Date().toISOString();
      for (const db of dbForId(id)) {
        try {
          const choosing = resolveConflict(db, id, keepRev, { name: user.name, at }, merged);
          // On the device the choice is a save like any other: it waits for the server.
          if (remote) await choosing.then(notifyLocalWrite);
          else await trackSave(choosing.then((rev) => recordSaved(db, id, rev)));
          return;
        } catch (error) {
          if (statusOf(error) !== 404) throw translateError(error, id, remote);
        }
      }
      throw new KonflikBerubahError(id);
    },

    async docsOfType(type, options = {}) {
      const prefix = `${type}:${options.idPrefix ?? ''}`;
      const limit = options.pageSize ?? 1000;
      const found: StoredDoc[] = [];
      for (const db of dbs.values()) {
        let startkey = prefix;
        let skip = 0;
        for (;;) {
          const page = await db.allDocs({ startkey, endkey: `${prefix}\ufff0`, include_docs: true, limit, skip });
          for (const row of page.rows) if (row.doc) found.push(row.doc as unknown as StoredDoc);
          options.onPage?.(found.length);
          if (page.rows.length < limit) break;
          startkey = page.rows[page.rows.length - 1].id;
          skip = 1;
        }
      }
      return found as never;
    },

    async queryView(view, options = {}, databases) {
      // pouchdb-browser bundles map/reduce; @types/pouchdb-core leaves `query` out.
      type Queryable = { query(view: string, options: ViewOptions): Promise<{ rows: ViewRow<never>[] }> };
      const chosen = [...dbs.entries()].filter(([name]) => !databases || databases.includes(name)).map(([, db]) => db);
      // A dropped connection or an ended session reads as such, not as the browser's words.
      const results = await Promise.all(chosen.map((db) => (db as unknown as Queryable).query(view, options))).catch((error: unknown) => {
        throw translateError(error, view, remote);
      });
      return results.flatMap((r) => r.rows);
    },

    onDocChange(listener) {
      const stops = [...dbs.values()].map((db) => followDocs(db, listener as never));
      return () => stops.forEach((stop) => stop());
    },

    async desaCodes() {
      const codes = new Set<string>();
      for (const db of dbs.values()) {
        for (const id of await idsWithPrefix(db, 'rumahtangga:')) {
          const wilayah = parseDocId(id)?.wilayah;
          if (wilayah?.length === 10) codes.add(dottedCode(wilayah));
        }
      }
      return [...codes].sort();
    },

    async databaseCounts() {
      return Promise.all(dbs.entries().map(async ([name, db]) => ({ name, docCount: (await db.info()).doc_count })));
    }
  };
}
