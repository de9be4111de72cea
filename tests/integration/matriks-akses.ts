/**
 * The access matrix of issue 9, as one table of what the server must allow: every column (a
 * demo account, a deactivated account, a visitor) × every database × every operation. The
 * suite `matriks-akses.test.ts` asserts each cell over HTTP, and `docs/security.md` shows the
 * same tables, rendered from here (`matriks-akses-md.ts`, `npm run docs:security`), so the
 * reviewer's document and the proof cannot drift apart.
 *
 * A new document type in app/lib/domain/doc-types.ts needs one row in `TULIS` (the compiler
 * asks for it); everything else follows.
 */
import type { DocType } from '../../app/lib/domain/doc-types';

/** Who asks: each demo account (scripts/demo/accounts.ts), then two that must get nothing. */
export const KOLOM = [
  { kunci: 'fas-W', akun: 'fasilitator.wundulako' },
  { kunci: 'fas-P', akun: 'fasilitator.pomalaa' },
  { kunci: 'fo-W', akun: 'frontoffice.wundulako' },
  { kunci: 'sup-W', akun: 'supervisor.wundulako' },
  { kunci: 'sup-P', akun: 'supervisor.pomalaa' },
  { kunci: 'fo-K', akun: 'frontoffice.kolaka' },
  { kunci: 'bo-K', akun: 'backoffice.kolaka' },
  { kunci: 'man-K', akun: 'manajer.kolaka' },
  { kunci: 'adm-K', akun: 'admin.kolaka' },
  { kunci: 'pkh-K', akun: 'pengelola.pkh.kolaka' },
  { kunci: 'bpnt-K', akun: 'pengelola.bpnt.kolaka' },
  { kunci: 'prov', akun: 'provinsi.sultra' },
  { kunci: 'nas', akun: 'nasional' },
  /** A facilitator of Wundulako, made for the run, logged in, then deactivated: its old session. */
  { kunci: 'nonaktif', akun: null },
  /** A visitor without a session. */
  { kunci: 'anonim', akun: null }
] as const;
export type Kolom = (typeof KOLOM)[number]['kunci'];

/**
 * The SLRT databases people work in, each with its own area and another area to forge. A
 * `register` holds mutable documents (households, the catalogue); an inbox its programme's referrals.
 */
export const BASIS_DATA = [
  { kunci: 'kec-W', nama: 'slrt-kec-740101', judul: 'kecamatan Wundulako (74.01.01)', wilayah: '74.01.01', wilayahLain: '74.01.07', register: true },
  { kunci: 'kec-P', nama: 'slrt-kec-740107', judul: 'kecamatan Pomalaa (74.01.07)', wilayah: '74.01.07', wilayahLain: '74.01.01', register: true },
  { kunci: 'kab', nama: 'slrt-kab-7401', judul: 'kabupaten Kolaka (74.01)', wilayah: '74.01', wilayahLain: '74.02', register: true },
  { kunci: 'rujukan-pkh', nama: 'slrt-rujukan-7401-pkh', judul: 'referral inbox of PKH in Kolaka', wilayah: '74.01', wilayahLain: '74.02', program: 'pkh', programLain: 'bpnt' },
  { kunci: 'rujukan-bpnt', nama: 'slrt-rujukan-7401-bpnt', judul: 'referral inbox of BPNT in Kolaka', wilayah: '74.01', wilayahLain: '74.02', program: 'bpnt', programLain: 'pkh' },
  { kunci: 'agregat', nama: 'slrt-agregat', judul: 'aggregates (numbers only)', wilayah: '74.01', wilayahLain: '74.02' }
] as const;
export type BasisData = (typeof BASIS_DATA)[number];
export type Db = BasisData['kunci'];

const KEC_W_LAPANGAN = ['fas-W', 'fo-W'] as const;
const KAB_LAPANGAN = ['fo-K', 'bo-K'] as const;
const KATALOG = { kab: ['man-K', 'adm-K'] } as const;

/** Who reads each database (`_security` members). */
export const BACA: Record<Db, readonly Kolom[]> = {
  'kec-W': ['fas-W', 'fo-W', 'sup-W'],
  'kec-P': ['fas-P', 'sup-P'],
  kab: ['fo-K', 'bo-K', 'man-K', 'adm-K'],
  'rujukan-pkh': ['fo-K', 'bo-K', 'man-K', 'adm-K', 'pkh-K'],
  'rujukan-bpnt': ['fo-K', 'bo-K', 'man-K', 'adm-K', 'bpnt-K'],
  agregat: ['pkh-K', 'bpnt-K', 'prov', 'nas']
};

/** Who writes `_local` checkpoints: the members of the databases devices replicate, the kecamatan. */
export const CHECKPOINT: Partial<Record<Db, readonly Kolom[]>> = {
  'kec-W': ['fas-W', 'fo-W', 'sup-W'],
  'kec-P': ['fas-P', 'sup-P']
};

/**
 * Who creates a new document of each type in each database (absent: nobody), written as the
 * app writes it: the writer's own name in `createdBy`, the database's own area. `agregat` is
 * the rollup's numbers-only document, written by the server alone.
 */
export const TULIS: Record<DocType | 'agregat', Partial<Record<Db, readonly Kolom[]>>> = {
  rumahtangga: { kab: ['man-K', 'adm-K'] },
  kepesertaan: { 'kec-W': KEC_W_LAPANGAN, 'kec-P': ['fas-P'], kab: KAB_LAPANGAN },
  kebutuhan: { 'kec-W': KEC_W_LAPANGAN, 'kec-P': ['fas-P'], kab: KAB_LAPANGAN },
  keluhan: { 'kec-W': KEC_W_LAPANGAN, 'kec-P': ['fas-P'], kab: KAB_LAPANGAN },
  usulan: { 'kec-W': KEC_W_LAPANGAN, 'kec-P': ['fas-P'], kab: [...KAB_LAPANGAN, 'man-K'] },
  verifikasi: { 'kec-W': KEC_W_LAPANGAN, 'kec-P': ['fas-P'], kab: KAB_LAPANGAN },
  // Written by a registry import, into the kabupaten database only (the router takes it down).
  pembaruan: { kab: ['man-K', 'adm-K'] },
  perbaikan: { 'kec-W': KEC_W_LAPANGAN, 'kec-P': ['fas-P'], kab: KAB_LAPANGAN },
  // Who came only to ask: the desk's register, by the field staff who write the other walk-in records.
  layananinformasi: { 'kec-W': KEC_W_LAPANGAN, 'kec-P': ['fas-P'], kab: KAB_LAPANGAN },
  banding: { 'kec-W': KEC_W_LAPANGAN, 'kec-P': ['fas-P'], kab: [...KAB_LAPANGAN, 'man-K'] },
  review: { 'kec-W': ['sup-W'], 'kec-P': ['sup-P'], kab: ['man-K'] },
  rujukan: { kab: ['bo-K', 'man-K'], 'rujukan-pkh': ['bo-K', 'man-K'], 'rujukan-bpnt': ['bo-K', 'man-K'] },
  tindaklanjut: { kab: ['bo-K', 'man-K'], 'rujukan-pkh': ['pkh-K'], 'rujukan-bpnt': ['bpnt-K'] },
  program: KATALOG,
  jenispmks: KATALOG,
  pmks: { kab: ['bo-K', 'man-K'] },
  psks: { kab: ['bo-K', 'man-K'] },
  kuesioner: KATALOG,
  monitoring: { 'kec-W': ['sup-W'], 'kec-P': ['sup-P'], kab: ['bo-K', 'man-K'] },
  faq: KATALOG,
  // The district's list of Puskesos locations: its administrator's alone.
  puskesos: { kab: ['adm-K'] },
  jejak: {},
  // The example is a SIKS-NG export: the manager's alone (back office sends LAPOR! only).
  pengiriman: { kab: ['man-K'] },
  agregat: {}
};
export type Tipe = keyof typeof TULIS;
export const TIPE = Object.keys(TULIS) as Tipe[];

/** Who updates a stored mutable document of a register (absent: nobody), naming themselves in `updatedBy`. */
export const UBAH: Partial<Record<Db, readonly Kolom[]>> = { kab: ['bo-K', 'man-K', 'adm-K'] };

/** What a cell does. Operations on a database name it; the others reach the server itself. */
export type Operasi =
  | { jenis: 'baca'; db: Db }
  | { jenis: 'tulis'; db: Db; tipe: Tipe }
  | { jenis: OperasiDb; db: Db }
  | { jenis: OperasiServer };

/** The other operations on one database: a checkpoint, then the rules that bind the writers of `TULIS` too. */
export type OperasiDb =
  | 'tulis-local'
  | 'createdBy-palsu'
  | 'wilayah-lain'
  | 'program-lain'
  | 'ubah-peristiwa'
  | 'hapus-peristiwa'
  | 'cabang-peristiwa'
  | 'ubah-register'
  | 'updatedBy-palsu'
  | 'baca-security'
  | 'ubah-security'
  | 'tulis-design';

export const OPERASI_SERVER = [
  'users-semua',
  'users-sendiri',
  'users-buat',
  'users-peran-sendiri',
  'router-baca',
  'router-tulis',
  'all-dbs',
  'replicator-baca',
  'replicator-tulis',
  'buat-db',
  'config',
  'pengguna-daftar',
  'pengguna-buat',
  'router-status',
  'lacak'
] as const;
export type OperasiServer = (typeof OPERASI_SERVER)[number];

export interface Baris {
  operasi: Operasi;
  /** The row's words in docs/security.md. */
  label: string;
  izin: readonly Kolom[];
}

export interface Tabel {
  judul: string;
  baris: Baris[];
}

const SEMUA: readonly Kolom[] = KOLOM.map((k) => k.kunci);
const TIDAK_SEORANG: readonly Kolom[] = [];

/** Every way the firewall lets a member read: one cell, allowed only when all answer, refused only when none does. */
export const CARA_BACA = ['info', '_all_docs', '_all_docs keys', '_changes', 'POST _changes', 'document', 'view', '_bulk_get', '_find', '_revs_diff'] as const;

function tabelDb(db: BasisData): Tabel {
  const baris: Baris[] = [
    { operasi: { jenis: 'baca', db: db.kunci }, label: 'read (info, `_all_docs`, `_changes`, a document, a view, `_bulk_get`, `_find`, `_revs_diff`)', izin: BACA[db.kunci] },
    // A device's replication checkpoints, never replicated nor validated: only where devices replicate.
    { operasi: { jenis: 'tulis-local', db: db.kunci }, label: 'write a `_local` checkpoint', izin: CHECKPOINT[db.kunci] ?? TIDAK_SEORANG }
  ];
  for (const tipe of TIPE) {
    baris.push({ operasi: { jenis: 'tulis', db: db.kunci, tipe }, label: `write \`${tipe}\``, izin: TULIS[tipe][db.kunci] ?? TIDAK_SEORANG });
  }
  const semuaDitolak = (jenis: OperasiDb, label: string): Baris => ({ operasi: { jenis, db: db.kunci }, label, izin: TIDAK_SEORANG });
  baris.push(
    semuaDitolak('createdBy-palsu', 'write with another user in `createdBy`'),
    semuaDitolak('wilayah-lain', `write for another area (${db.wilayahLain})`)
  );
  if ('programLain' in db) baris.push(semuaDitolak('program-lain', `write a referral of another programme (${db.programLain})`));
  baris.push(
    semuaDitolak('ubah-peristiwa', 'update an event (even one\'s own)'),
    semuaDitolak('hapus-peristiwa', 'delete an event (even one\'s own)'),
    semuaDitolak('cabang-peristiwa', 'push a conflicting version of an event (even one\'s own) as replication does')
  );
  if ('register' in db) {
    baris.push(
      { operasi: { jenis: 'ubah-register', db: db.kunci }, label: 'update a mutable document (a household, a catalogue entry)', izin: UBAH[db.kunci] ?? TIDAK_SEORANG },
      semuaDitolak('updatedBy-palsu', 'update one with another user in `updatedBy`')
    );
  }
  baris.push(
    semuaDitolak('baca-security', 'read `_security`'),
    semuaDitolak('ubah-security', 'write `_security`'),
    semuaDitolak('tulis-design', 'write a design document')
  );
  return { judul: `\`${db.nama}\` — ${db.judul}`, baris };
}

const server = (operasi: OperasiServer, label: string, izin: readonly Kolom[]): Baris => ({ operasi: { jenis: operasi }, label, izin });

export const MATRIKS: readonly Tabel[] = [
  ...BASIS_DATA.map(tabelDb),
  {
    judul: '`_users` — the accounts',
    baris: [
      server('users-semua', 'read every account (`_all_docs`)', TIDAK_SEORANG),
      server('users-sendiri', 'read one\'s own account document', TIDAK_SEORANG),
      server('users-buat', 'create a user (`PUT /_users/org.couchdb.user:…`)', TIDAK_SEORANG),
      server('users-peran-sendiri', 'give oneself a role (`_admin`) in one\'s own account', TIDAK_SEORANG)
    ]
  },
  {
    judul: '`slrt-router` — the replication router\'s own database',
    baris: [server('router-baca', 'read', TIDAK_SEORANG), server('router-tulis', 'write a document', TIDAK_SEORANG)]
  },
  {
    judul: 'The server and the SLRT endpoints',
    baris: [
      server('all-dbs', 'list databases (`_all_dbs`)', TIDAK_SEORANG),
      server('replicator-baca', 'read `_replicator`', TIDAK_SEORANG),
      server('replicator-tulis', 'start a replication (write `_replicator`)', TIDAK_SEORANG),
      server('buat-db', 'create a database', TIDAK_SEORANG),
      server('config', 'read the server configuration (`_node/_local/_config`)', TIDAK_SEORANG),
      server('pengguna-daftar', 'list the district\'s users (`GET /api/pengguna`)', ['adm-K']),
      server('pengguna-buat', 'create a user (`POST /api/pengguna`)', ['adm-K']),
      server('router-status', 'read the router\'s status (`/api/router/status`)', TIDAK_SEORANG),
      server('lacak', 'public status page (`/api/lacak/<kode>`): status, label and date only', SEMUA)
    ]
  }
];

export interface Sel {
  tabel: Tabel;
  baris: Baris;
  kolom: Kolom;
  diizinkan: boolean;
}

/** Every cell of a table of the matrix. */
export function selTabel(tabel: Tabel): Sel[] {
  return tabel.baris.flatMap((baris) => SEMUA.map((kolom) => ({ tabel, baris, kolom, diizinkan: baris.izin.includes(kolom) })));
}
