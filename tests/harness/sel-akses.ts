/**
 * One cell of the access matrix (tests/integration/matriks-akses.ts), tried over HTTP with the
 * column's own session, through the SLRT server's `/db/` firewall and `/api/` as the app's
 * pages send them, and read back as allowed (`ya`), refused (`tidak`: 401 or 403), or anything
 * else in words, which no cell expects.
 */
import { DOC_TYPES, type DocType } from '../../app/lib/domain/doc-types';
import { securityFor } from '../../couch/provision/security';
import { parseDbName } from '../../app/lib/domain/databases';
import type { CouchAdmin } from '../../couch/router/couch-admin';
import { BASIS_DATA, CARA_BACA, TIPE, TULIS, type BasisData, type Db, type Kolom, type Operasi, type OperasiServer, type Sel, type Tipe } from '../integration/matriks-akses';
import type { BahanAkses } from './bahan-akses';
import { agregatUji, dokumenUji, type Penulis } from './dokumen-uji';
import type { UserClient } from './http';

export type HasilSel = 'ya' | 'tidak' | string;

export interface Penanya {
  kolom: Kolom;
  client: UserClient;
  /** Who it writes as; a visitor claims to be a facilitator. */
  penulis: Penulis;
}

export interface KonteksMatriks {
  couch: CouchAdmin;
  penanya: Record<Kolom, Penanya>;
  /** The stored documents each column updates, deletes and branches in each database. */
  bahan: BahanAkses;
  /** Per database: a document and a view to read. */
  bacaan: Record<Db, { docId: string; view: string }>;
  /** A real case's code on the public status page. */
  kodeLacak: string;
  /** Unique to the run: names of users and databases it tries to make. */
  unik: string;
}

type Jawaban = { status: number; body: any };

const basisData = (db: Db): BasisData => BASIS_DATA.find((b) => b.kunci === db)!;
const enc = encodeURIComponent;

function hasil(res: Jawaban): HasilSel {
  if (res.status >= 200 && res.status < 300) return 'ya';
  if (res.status === 401 || res.status === 403) return 'tidak';
  return `HTTP ${res.status} ${JSON.stringify(res.body).slice(0, 160)}`;
}

/** `_bulk_docs` with `new_edits: false` answers 201 and lists only the refused documents. */
function hasilReplikasi(res: Jawaban): HasilSel {
  if (res.status !== 201) return hasil(res);
  if (Array.isArray(res.body) && res.body.length === 0) return 'ya';
  const error = Array.isArray(res.body) ? res.body[0]?.error : undefined;
  return error === 'forbidden' || error === 'unauthorized' ? 'tidak' : `_bulk_docs ${JSON.stringify(res.body).slice(0, 160)}`;
}

const revisiAcak = () => `1-${crypto.randomUUID().replaceAll('-', '')}`;

/**
 * Writes a new document both ways a client can: `PUT` (the app's direct saves, or a modified
 * client) and `_bulk_docs` with `new_edits: false` (every replication from a device). Both
 * must answer alike.
 */
async function tulis(p: Penanya, db: BasisData, buat: () => Record<string, unknown> & { _id: string }): Promise<HasilSel> {
  const doc = buat();
  const [put, replikasi] = await Promise.all([
    p.client.request('PUT', `/${db.nama}/${enc(doc._id)}`, doc).then(hasil),
    p.client.request('POST', `/${db.nama}/_bulk_docs`, { docs: [{ ...buat(), _rev: revisiAcak() }], new_edits: false }).then(hasilReplikasi)
  ]);
  return put === replikasi ? put : `PUT: ${put}; _bulk_docs: ${replikasi}`;
}

/** The first type of `kind` the column may write in `db`, if any. */
export function tipeSendiri(kolom: Kolom, db: Db, kind?: 'event' | 'mutable'): DocType | undefined {
  return TIPE.find((t): t is DocType => t !== 'agregat' && !!TULIS[t][db]?.includes(kolom) && (!kind || DOC_TYPES[t].kind === kind));
}

/** What a column forges: a type it may write there, so only the forgery is refused; else a complaint. */
const tipePalsuan = (kolom: Kolom, db: Db): DocType => tipeSendiri(kolom, db) ?? (db.startsWith('rujukan-') ? 'rujukan' : 'keluhan');

/** A valid new document of `tipe` by the column, for the database's own area unless told otherwise. */
export function dokumen(tipe: Tipe, p: Penanya, db: BasisData, ubah: { wilayah?: string; program?: string; createdBy?: string } = {}) {
  if (tipe === 'agregat') return agregatUji();
  const doc = dokumenUji(tipe, p.penulis, { wilayah: ubah.wilayah ?? db.wilayah, program: ubah.program ?? ('program' in db ? db.program : undefined) });
  return ubah.createdBy ? { ...doc, createdBy: ubah.createdBy } : doc;
}

/** Each way of reading in CARA_BACA, as the app's replication and screens send them. */
async function baca(p: Penanya, db: BasisData, bacaan: { docId: string; view: string }): Promise<HasilSel> {
  const base = `/${db.nama}`;
  const permintaan: Record<(typeof CARA_BACA)[number], () => Promise<Jawaban>> = {
    info: () => p.client.request('GET', base),
    _all_docs: () => p.client.request('GET', `${base}/_all_docs?limit=1`),
    '_all_docs keys': () => p.client.request('POST', `${base}/_all_docs`, { keys: [bacaan.docId] }),
    _changes: () => p.client.request('GET', `${base}/_changes?limit=1`),
    'POST _changes': () => p.client.request('POST', `${base}/_changes?limit=1`, {}),
    document: () => p.client.request('GET', `${base}/${enc(bacaan.docId)}`),
    view: () => p.client.request('GET', `${base}/${bacaan.view}?limit=1`),
    _bulk_get: () => p.client.request('POST', `${base}/_bulk_get`, { docs: [{ id: bacaan.docId }] }),
    _find: () => p.client.request('POST', `${base}/_find`, { selector: { _id: bacaan.docId }, limit: 1 }),
    _revs_diff: () => p.client.request('POST', `${base}/_revs_diff`, { [bacaan.docId]: ['1-00000000000000000000000000000000'] })
  };
  const jawaban = await Promise.all(CARA_BACA.map(async (cara) => [cara, hasil(await permintaan[cara]())] as const));
  const berbeda = new Set(jawaban.map(([, h]) => h));
  return berbeda.size === 1 ? jawaban[0][1] : jawaban.map(([cara, h]) => `${cara}: ${h}`).join('; ');
}

/** The document and the view each database offers to read, found as the server admin. */
export async function bacaanSemua(couch: CouchAdmin): Promise<KonteksMatriks['bacaan']> {
  const entries = await Promise.all(
    BASIS_DATA.map(async (db) => {
      const q = (query: string) => couch.json<{ rows: { id: string; doc?: { views?: Record<string, unknown> } }[] }>(`/${db.nama}/_all_docs?${query}`);
      const [docs, ddocs] = await Promise.all([
        q('startkey=%22a%22&limit=1'),
        q('startkey=%22_design%2F%22&endkey=%22_design0%22&include_docs=true')
      ]);
      const ddoc = ddocs.rows.find((r) => Object.keys(r.doc?.views ?? {}).length > 0);
      if (!docs.rows[0] || !ddoc) throw new Error(`${db.nama}: tidak ada dokumen atau view untuk dibaca.`);
      return [db.kunci, { docId: docs.rows[0].id, view: `${ddoc.id}/_view/${Object.keys(ddoc.doc!.views!)[0]}` }] as const;
    })
  );
  return Object.fromEntries(entries) as KonteksMatriks['bacaan'];
}

/** An update as the app makes it: the stored document with a change, naming who changed it. */
async function ubah(p: Penanya, db: BasisData, doc: Record<string, unknown> & { _id: string }, updatedBy: string): Promise<HasilSel> {
  const changed = { ...doc, catatan: 'diubah', updatedBy, updatedAt: new Date().toISOString() };
  return hasil(await p.client.request('PUT', `/${db.nama}/${enc(doc._id)}`, changed));
}

/** The other user a forged document names as its author. */
const palsu = (p: Penanya) => (p.penulis.name === 'manajer.kolaka' ? 'backoffice.kolaka' : 'manajer.kolaka');

async function selDb(operasi: Extract<Operasi, { db: Db }>, kolom: Kolom, k: KonteksMatriks): Promise<HasilSel> {
  const p = k.penanya[kolom];
  const db = basisData(operasi.db);
  const tipe = tipePalsuan(kolom, db.kunci);
  switch (operasi.jenis) {
    case 'baca':
      return baca(p, db, k.bacaan[db.kunci]);
    case 'tulis-local':
      return hasil(await p.client.request('PUT', `/${db.nama}/_local/matriks-${k.unik}-${kolom}`, { catatan: 'titik periksa' }));
    case 'tulis':
      return tulis(p, db, () => dokumen(operasi.tipe, p, db));
    case 'createdBy-palsu':
      return tulis(p, db, () => dokumen(tipe, p, db, { createdBy: palsu(p) }));
    case 'wilayah-lain':
      return tulis(p, db, () => dokumen(tipe, p, db, { wilayah: db.wilayahLain }));
    case 'program-lain':
      return tulis(p, db, () => dokumen('rujukan', p, db, { program: 'programLain' in db ? db.programLain : undefined }));
    case 'ubah-peristiwa':
      return ubah(p, db, k.bahan.ambil(db.kunci, kolom, 'ubah'), p.penulis.name);
    case 'hapus-peristiwa': {
      const doc = k.bahan.ambil(db.kunci, kolom, 'hapus');
      return hasil(await p.client.request('DELETE', `/${db.nama}/${enc(doc._id)}?rev=${doc._rev}`));
    }
    case 'cabang-peristiwa': {
      // A sibling of the stored revision, not a child: the stored one is not its ancestor.
      const sibling = { ...k.bahan.ambil(db.kunci, kolom, 'cabang'), catatan: 'cabang lain', _rev: revisiAcak() };
      return hasilReplikasi(await p.client.request('POST', `/${db.nama}/_bulk_docs`, { docs: [sibling], new_edits: false }));
    }
    case 'ubah-register':
      return ubah(p, db, k.bahan.ambil(db.kunci, kolom, 'register'), p.penulis.name);
    case 'updatedBy-palsu':
      return ubah(p, db, k.bahan.ambil(db.kunci, kolom, 'registerPalsu'), palsu(p));
    case 'baca-security':
      return hasil(await p.client.request('GET', `/${db.nama}/_security`));
    case 'ubah-security':
      // What provisioning sets: were it ever let through, the database would stay as it is.
      return hasil(await p.client.request('PUT', `/${db.nama}/_security`, securityFor(parseDbName(db.nama)!)));
    case 'tulis-design':
      return hasil(await p.client.request('PUT', `/${db.nama}/_design/matriks-${k.unik}`, { views: {} }));
  }
}

const akunId = (name: string) => `/_users/${enc(`org.couchdb.user:${name}`)}`;

/** The public status page as one visitor address (behind the production proxy), apart from other suites' budget. */
const ALAMAT_LACAK = { 'x-forwarded-for': '198.51.100.9' };
const KUNCI_LACAK = ['kode', 'label', 'status', 'tanggal'];

const SERVER: Record<OperasiServer, (p: Penanya, k: KonteksMatriks) => Promise<HasilSel>> = {
  'users-semua': async (p) => hasil(await p.client.request('GET', '/_users/_all_docs')),
  'users-sendiri': async (p) => hasil(await p.client.request('GET', akunId(p.penulis.name))),
  'users-buat': async (p, k) => {
    const name = `matriks.u${k.unik}.${p.kolom.toLowerCase()}`;
    return hasil(await p.client.request('PUT', akunId(name), { _id: `org.couchdb.user:${name}`, type: 'user', name, roles: [], password: 'sandiMatriks26' }));
  },
  'users-peran-sendiri': async (p, k) => {
    const akun = await k.couch.json<Record<string, unknown> & { roles: string[] }>(akunId(p.penulis.name));
    return hasil(await p.client.request('PUT', akunId(p.penulis.name), { ...akun, roles: [...akun.roles, '_admin'] }));
  },
  'router-baca': async (p) => hasil(await p.client.request('GET', '/slrt-router/_all_docs')),
  'router-tulis': async (p, k) => hasil(await p.client.request('PUT', `/slrt-router/matriks-${k.unik}`, { catatan: 'matriks' })),
  'all-dbs': async (p) => hasil(await p.client.request('GET', '/_all_dbs')),
  'replicator-baca': async (p) => hasil(await p.client.request('GET', '/_replicator/_all_docs')),
  'replicator-tulis': async (p, k) =>
    hasil(await p.client.request('POST', '/_replicator', { source: 'slrt-kab-7401', target: `matriks-${k.unik}`, create_target: false })),
  'buat-db': async (p) => hasil(await p.client.request('PUT', '/slrt-kec-749998')),
  config: async (p) => hasil(await p.client.request('GET', '/_node/_local/_config')),
  'pengguna-daftar': async (p) => hasil(await p.client.api('GET', '/pengguna')),
  'pengguna-buat': async (p, k) =>
    hasil(
      await p.client.api('POST', '/pengguna', {
        name: `matriks.p${k.unik}.${p.kolom.toLowerCase()}`,
        displayName: 'Uji Matriks',
        jobRole: 'fasilitator',
        kecamatan: ['74.01.07'],
        password: 'sandiMatriks26'
      })
    ),
  'router-status': async (p) => hasil(await p.client.api('GET', '/router/status')),
  lacak: async (p, k) => {
    const res = await p.client.api('GET', `/lacak/${enc(k.kodeLacak)}`, undefined, ALAMAT_LACAK);
    if (res.status !== 200) return hasil(res);
    const kunci = Object.keys(res.body).sort();
    return JSON.stringify(kunci) === JSON.stringify(KUNCI_LACAK) ? 'ya' : `status page answers more: ${kunci.join(', ')}`;
  }
};

export function jalankanSel(sel: Sel, k: KonteksMatriks): Promise<HasilSel> {
  const { operasi } = sel.baris;
  if ('db' in operasi) return selDb(operasi, sel.kolom, k);
  return SERVER[operasi.jenis](k.penanya[sel.kolom], k);
}
