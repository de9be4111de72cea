/**
 * What the user endpoint reads and writes as server admin: `_users` documents, the audit trail
 * in the kabupaten database, and what exists in a district (its kecamatan and desa from
 * idn-area-data, its programmes' referral inboxes). Only couch/server/pengguna.ts uses it, after
 * checking the caller.
 */
import { kabupatenDb, parseDbName } from '../../app/lib/domain/databases';
import { newDocId } from '../../app/lib/domain/ids';
import type { Jejak } from '../../app/lib/domain/jejak';
import type { AkunProfil } from '../../app/lib/domain/pengguna';
import { parseDocOf } from '../../app/lib/domain/schemas';
import { wilayahOf } from '../../app/lib/domain/wilayah';
import { desaOfKecamatan, kecamatanOfKabupaten, type Area } from '../provision/areas';
import type { CouchAdmin } from '../router/couch-admin';

/**
 * A `_users` document. CouchDB keeps the password only as a hash (`derived_key`, `salt`, …);
 * setting `password` makes it hash a new one, on Apache CouchDB and PouchDB Server alike.
 */
export interface AkunDoc extends AkunProfil {
  _id: string;
  _rev?: string;
  type: 'user';
  roles: string[];
  password?: string;
  nonaktifSejak?: string;
  [field: string]: unknown;
}

const HASH_FIELDS = ['derived_key', 'salt', 'iterations', 'password_scheme', 'pbkdf2_prf'];

export function akunId(name: string): string {
  return `org.couchdb.user:${name}`;
}

/** The document with a new password, which CouchDB will hash; the old hash goes with it. */
export function denganSandi(doc: AkunDoc, password: string): AkunDoc {
  const baru: AkunDoc = { ...doc, password };
  for (const field of HASH_FIELDS) delete baru[field];
  return baru;
}

export interface WilayahKabupaten {
  kecamatan: (Area & { desa: Area[] })[];
}

export interface AkunStore {
  get(name: string): Promise<AkunDoc | null>;
  all(): Promise<AkunDoc[]>;
  /** False when the document changed (or, new, exists) meanwhile: CouchDB's 409. */
  put(doc: AkunDoc): Promise<boolean>;
  catat(jejak: Omit<Jejak, '_id' | 'type' | 'schema' | 'wilayah' | 'createdAt' | 'peran'> & { kabupaten: string }): Promise<void>;
  wilayah(kabupaten: string): Promise<WilayahKabupaten>;
  /** Programme ids with a referral inbox in the district. */
  program(kabupaten: string): Promise<string[]>;
}

export function akunStore(couch: CouchAdmin): AkunStore {
  const wilayahCache = new Map<string, Promise<WilayahKabupaten>>();
  const path = (name: string) => `/_users/${encodeURIComponent(akunId(name))}`;

  async function bacaWilayah(kabupaten: string): Promise<WilayahKabupaten> {
    const kecamatan = await kecamatanOfKabupaten(kabupaten);
    return { kecamatan: await Promise.all(kecamatan.map(async (k) => ({ ...k, desa: await desaOfKecamatan(k.code) }))) };
  }

  return {
    async get(name) {
      const response = await couch.request(path(name));
      if (response.status === 404) return null;
      if (!response.ok) throw new Error(`_users ${name}: ${response.status}`);
      return (await response.json()) as AkunDoc;
    },

    async all() {
      const query = new URLSearchParams({
        include_docs: 'true',
        startkey: JSON.stringify('org.couchdb.user:'),
        endkey: JSON.stringify('org.couchdb.user:\ufff0')
      });
      const body = await couch.json<{ rows: { doc?: AkunDoc }[] }>(`/_users/_all_docs?${query}`);
      return body.rows.flatMap((row) => (row.doc ? [row.doc] : []));
    },

    async put(doc) {
      const response = await couch.request(path(doc.name), { method: 'PUT', body: JSON.stringify(doc) });
      if (response.status === 409) return false;
      if (!response.ok) throw new Error(`_users ${doc.name}: ${response.status} ${await response.text()}`);
      return true;
    },

    async catat({ kabupaten, ...isi }) {
      const doc = {
        _id: newDocId('jejak', kabupaten),
        type: 'jejak',
        schema: 1,
        wilayah: wilayahOf(kabupaten),
        peran: 'admin-kab',
        createdAt: new Date().toISOString(),
        ...isi
      };
      const parsed = parseDocOf('jejak', doc);
      if (!parsed.ok) throw new Error(`jejak tidak sah: ${JSON.stringify(parsed.issues)}`);
      await couch.json(`/${kabupatenDb(kabupaten)}`, { method: 'POST', body: JSON.stringify(doc) });
    },

    wilayah(kabupaten) {
      let cached = wilayahCache.get(kabupaten);
      if (!cached) {
        cached = bacaWilayah(kabupaten);
        // A failed read is tried again next time, not remembered.
        cached.catch(() => wilayahCache.delete(kabupaten));
        wilayahCache.set(kabupaten, cached);
      }
      return cached;
    },

    async program(kabupaten) {
      return (await couch.allDbs()).flatMap((name) => {
        const db = parseDbName(name);
        return db?.kind === 'rujukan' && db.kabupaten === kabupaten ? [db.programId] : [];
      });
    }
  };
}
