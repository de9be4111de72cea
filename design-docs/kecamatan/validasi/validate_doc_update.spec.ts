import { describe, expect, it } from 'vitest';
import { DOC_TYPE_NAMES, DOC_TYPES } from '$lib/domain/doc-types';
import { kuesionerBawaan } from '$lib/domain/kuesioner-bawaan';
import { contohDoc } from '$lib/test-data/doc-fixtures';
import { JOB_ROLES } from '$lib/domain/roles';
import { wilayahOf } from '$lib/domain/wilayah';
import {
  makeKebutuhan,
  makeKeluhan,
  makeKepesertaan,
  makeReview,
  makeRujukan,
  makeTindaklanjut,
  makeUsulan
} from '$lib/test-data/event-factory';
import { DESA_LAIN, makeRumahtangga, timestampAt } from '$lib/test-data/household-factory';
import type { UserCtx } from '../../couchdb-types';
import { validatorOf, type Verdict } from '../../spec-harness';

const KEC = 'slrt-kec-740101';
const KEC_LAIN = 'slrt-kec-740104';
const KAB = 'slrt-kab-7401';
const RUJUKAN_PKH = 'slrt-rujukan-7401-pkh';

type User = UserCtx;
const fasilitator: User = { name: 'fasilitator.wundulako', roles: ['fasilitator', 'kec:740101'] };
const supervisor: User = { name: 'supervisor.wundulako', roles: ['supervisor', 'kec:740101'] };
const manajer: User = { name: 'manajer.kolaka', roles: ['manajer', 'kab:7401'] };
const manajerLain: User = { name: 'manajer.konawe', roles: ['manajer', 'kab:7402'] };
const adminKab: User = { name: 'admin.kolaka', roles: ['admin-kab', 'kab:7401'] };
const backOffice: User = { name: 'backoffice.kolaka', roles: ['back-office', 'kab:7401'] };
const pengelolaPkh: User = { name: 'pengelola.pkh.kolaka', roles: ['pengelola', 'pengelola:7401:pkh'] };
const pengelolaBpnt: User = { name: 'pengelola.pkh.kolaka', roles: ['pengelola', 'pengelola:7401:bpnt'] };
const provinsi: User = { name: 'dinsos.sultra', roles: ['provinsi', 'prov:74'] };
const tanpaWilayah: User = { name: 'fasilitator.wundulako', roles: ['fasilitator'] };
const serverAdmin: User = { name: 'admin', roles: ['_admin'] };
const anonim: User = { name: null, roles: [] };

const keluhan = makeKeluhan();
const keluhanLain = makeKeluhan({ wilayah: wilayahOf(DESA_LAIN) });
const rumahtangga = { ...makeRumahtangga(), _rev: '1-a' };
const ubahRumahtangga = (changes: object) => ({
  ...rumahtangga,
  _rev: '2-b',
  desil: 1,
  updatedBy: 'manajer.kolaka',
  updatedAt: timestampAt(10_000),
  ...changes
});
const program = {
  _id: 'program:7401:pkh',
  type: 'program',
  schema: 1,
  wilayah: wilayahOf('74.01'),
  createdBy: 'manajer.kolaka',
  createdAt: timestampAt(1),
  programId: 'pkh'
};
const jenisPmks = {
  ...program,
  _id: 'jenispmks:7401:anak-jalanan',
  type: 'jenispmks',
  kode: 'anak-jalanan'
};
const kuesioner = kuesionerBawaan('74.01', '2024-01-01T00:00:00.000Z', 'admin.kolaka');
const rujukanPkh = makeRujukan(makeKebutuhan({ programId: 'pkh' }));
const tanggapan = makeTindaklanjut(rujukanPkh);
const kiriman = (sistem: string, jenis: string, id: string, createdBy = 'manajer.kolaka') => ({
  _id: 'pengiriman:7401:01JP0000000000000000000099',
  type: 'pengiriman',
  schema: 1,
  wilayah: wilayahOf('74.01'),
  createdBy,
  createdAt: timestampAt(5),
  sistem,
  jenis,
  format: 'csv',
  item: [{ id }]
});
const kirimPrelist = kiriman('siks-ng', 'prelist', 'usulan:7401012006:EV000001');
const kirimLapor = kiriman('lapor', 'keluhan', 'rujukan:740101:EV000002', 'backoffice.kolaka');
// Information given at a desk: the Puskesos's kecamatan, or the secretariat's kabupaten alone.
const informasi = contohDoc('layananinformasi');
const frontOffice: User = { name: 'frontoffice.wundulako', roles: ['front-office', 'kec:740101'] };
const frontOfficeKab: User = { name: 'frontoffice.kolaka', roles: ['front-office', 'kab:7401'] };
const informasiKab = { ...informasi, _id: 'layananinformasi:7401:01JP0000000000000000000019', wilayah: wilayahOf('74.01'), createdBy: 'frontoffice.kolaka' };
const dihapus = (doc: { _id: string }, updatedBy?: string) => ({ _id: doc._id, _rev: '2-x', _deleted: true, ...(updatedBy ? { updatedBy } : {}) });

type Expected = 'allowed' | 'unauthorized' | RegExp;
interface Case {
  name: string;
  db: string;
  user: User;
  newDoc: object;
  oldDoc?: object | null;
  expected: Expected;
}

const cases: Case[] = [
  // Field work in the kecamatan database.
  { name: 'fasilitator records a complaint', db: KEC, user: fasilitator, newDoc: keluhan, expected: 'allowed' },
  { name: 'fasilitator records a need', db: KEC, user: fasilitator, newDoc: makeKebutuhan(), expected: 'allowed' },
  { name: 'fasilitator records participation', db: KEC, user: fasilitator, newDoc: makeKepesertaan(), expected: 'allowed' },
  { name: 'fasilitator proposes a pre-list', db: KEC, user: fasilitator, newDoc: makeUsulan('prelist'), expected: 'allowed' },
  { name: 'supervisor decides on a case', db: KEC, user: supervisor, newDoc: makeReview(keluhan), expected: 'allowed' },
  { name: 'supervisor names its own role', db: KEC, user: supervisor, newDoc: makeReview(keluhan, { peran: 'supervisor' }), expected: 'allowed' },
  { name: 'manajer decides after the supervisor', db: KAB, user: manajer, newDoc: makeReview(keluhan, { tahap: 'manajer', createdBy: 'manajer.kolaka' }), expected: 'allowed' },
  { name: 'fasilitator resubmits a returned case', db: KEC, user: fasilitator, newDoc: { ...makeReview(keluhan), _id: 'perbaikan:740101:P1', type: 'perbaikan', tahap: undefined, keputusan: undefined, catatan: 'x', createdBy: 'fasilitator.wundulako' }, expected: 'allowed' },
  { name: 'manajer (kabupaten area) proposes in a kecamatan', db: KEC, user: manajer, newDoc: makeUsulan('pmks', { createdBy: 'manajer.kolaka' }), expected: 'allowed' },
  // District work in the kabupaten database.
  { name: 'manajer adds a household', db: KAB, user: manajer, newDoc: makeRumahtangga(), expected: 'allowed' },
  { name: 'manajer updates a household', db: KAB, user: manajer, newDoc: ubahRumahtangga({}), oldDoc: rumahtangga, expected: 'allowed' },
  {
    name: 'another writer role updates a mutable document it did not create',
    db: KAB,
    user: adminKab,
    newDoc: { ...program, _rev: '2-b', updatedBy: 'admin.kolaka', aktif: true },
    oldDoc: { ...program, _rev: '1-a' },
    expected: 'allowed'
  },
  {
    name: 'a district sets a national programme’s target days',
    db: KAB,
    user: manajer,
    newDoc: { ...program, _rev: '2-b', updatedBy: 'manajer.kolaka', targetHari: 21 },
    oldDoc: { ...program, _rev: '1-a' },
    expected: 'allowed'
  },
  { name: 'admin publishes a questionnaire version', db: KAB, user: adminKab, newDoc: kuesioner, expected: 'allowed' },
  {
    name: 'a published questionnaire version is rewritten',
    db: KAB,
    user: manajer,
    newDoc: { ...kuesioner, _rev: '2-b', updatedBy: 'manajer.kolaka', bagian: [{ ...kuesioner.bagian[0], pertanyaan: kuesioner.bagian[0].pertanyaan.slice(1) }] },
    oldDoc: { ...kuesioner, _rev: '1-a' },
    expected: /Kuesioner versi yang sudah diterbitkan tidak dapat diubah/
  },
  {
    name: 'the losing side of a questionnaire version in conflict is closed',
    db: KAB,
    user: adminKab,
    newDoc: dihapus(kuesioner, 'admin.kolaka'),
    oldDoc: { ...kuesioner, _rev: '1-a' },
    expected: 'allowed'
  },
  {
    name: 'a district changes a national programme’s criteria',
    db: KAB,
    user: adminKab,
    newDoc: { ...program, _rev: '2-b', updatedBy: 'admin.kolaka', kriteria: { fakta: 'ada-lansia' } },
    oldDoc: { ...program, _rev: '1-a' },
    expected: /kriteria program nasional ditetapkan secara nasional/
  },
  {
    name: 'a district reroutes a national programme',
    db: KAB,
    user: manajer,
    newDoc: { ...program, _rev: '2-b', updatedBy: 'manajer.kolaka', kanal: 'lapor' },
    oldDoc: { ...program, _rev: '1-a' },
    expected: /kanal program nasional/
  },
  {
    name: 'a national programme saved back with its criteria keys in another order',
    db: KAB,
    user: manajer,
    newDoc: { ...program, _rev: '2-b', updatedBy: 'manajer.kolaka', kriteria: { nilai: 4, op: '<=', fakta: 'desil' } },
    oldDoc: { ...program, _rev: '1-a', kriteria: { fakta: 'desil', op: '<=', nilai: 4 } },
    expected: 'allowed'
  },
  { name: 'a user adds a national programme', db: KAB, user: manajer, newDoc: { ...program, createdBy: 'manajer.kolaka' }, expected: /dimuat oleh penyiapan sistem/ },
  {
    name: 'a district adds and edits its own programme’s criteria',
    db: KAB,
    user: manajer,
    newDoc: { ...program, _id: 'program:7401:bedah-rumah', programId: 'bedah-rumah', _rev: '2-b', updatedBy: 'manajer.kolaka', kriteria: { fakta: 'ada-lansia' } },
    oldDoc: { ...program, _id: 'program:7401:bedah-rumah', programId: 'bedah-rumah', _rev: '1-a' },
    expected: 'allowed'
  },
  { name: 'manajer refers a case', db: KAB, user: manajer, newDoc: makeRujukan(keluhan), expected: 'allowed' },
  {
    name: 'back office answers a case itself',
    db: KAB,
    user: backOffice,
    newDoc: { ...makeTindaklanjut(rujukanPkh, { hasil: 'ditangani-langsung' }), createdBy: 'backoffice.kolaka' },
    expected: 'allowed'
  },
  { name: 'the writer closes a losing version of a conflict', db: KAB, user: manajer, newDoc: dihapus(rumahtangga, 'manajer.kolaka'), oldDoc: rumahtangga, expected: 'allowed' },
  { name: 'a deleted id is written again as new', db: KAB, user: manajer, newDoc: makeRumahtangga({ _id: rumahtangga._id }), oldDoc: dihapus(rumahtangga), expected: 'allowed' },
  // A programme manager's inbox.
  { name: 'pengelola answers a referral of its programme', db: RUJUKAN_PKH, user: pengelolaPkh, newDoc: tanggapan, expected: 'allowed' },
  { name: 'manajer puts a referral in the inbox', db: RUJUKAN_PKH, user: manajer, newDoc: rujukanPkh, expected: 'allowed' },
  // Server admins: router, provisioning, rollup.
  { name: 'admin deletes', db: KEC, user: serverAdmin, newDoc: dihapus(keluhan), oldDoc: keluhan, expected: 'allowed' },
  { name: 'admin copies a document of another kecamatan', db: KEC, user: serverAdmin, newDoc: keluhanLain, expected: 'allowed' },
  { name: 'admin changes an event', db: KEC, user: serverAdmin, newDoc: { ...keluhan, uraian: 'x' }, oldDoc: keluhan, expected: 'allowed' },
  { name: 'admin writes a document without type', db: 'slrt-router', user: serverAdmin, newDoc: { _id: 'x' }, expected: 'allowed' },

  { name: 'anonymous user', db: KEC, user: anonim, newDoc: keluhan, expected: 'unauthorized' },
  { name: 'deletion of own event', db: KEC, user: fasilitator, newDoc: dihapus(keluhan), oldDoc: keluhan, expected: /tidak boleh dihapus/ },
  { name: 'deletion of a version without naming who closed it', db: KAB, user: manajer, newDoc: dihapus(rumahtangga), oldDoc: rumahtangga, expected: /updatedBy/ },
  { name: 'deletion of a version naming someone else', db: KAB, user: manajer, newDoc: dihapus(rumahtangga, 'admin.kolaka'), oldDoc: rumahtangga, expected: /updatedBy/ },
  { name: 'deletion of a mutable document by a role that may not write it', db: KEC, user: fasilitator, newDoc: dihapus(rumahtangga, 'fasilitator.wundulako'), oldDoc: rumahtangga, expected: /tidak berwenang/ },
  { name: 'deletion of a mutable document of another kabupaten', db: KAB, user: manajerLain, newDoc: dihapus(rumahtangga, 'manajer.konawe'), oldDoc: rumahtangga, expected: /di luar wilayah/ },
  { name: 'deletion with nothing to delete', db: KAB, user: manajer, newDoc: dihapus(rumahtangga, 'manajer.kolaka'), expected: /tidak boleh dihapus/ },
  { name: 'unknown type', db: KEC, user: fasilitator, newDoc: { ...keluhan, _id: 'catatan:1', type: 'catatan' }, expected: /tidak dikenal: catatan/ },
  { name: 'no type', db: KEC, user: fasilitator, newDoc: { ...keluhan, type: undefined }, expected: /tidak dikenal/ },
  { name: 'a type named like an Object property', db: KEC, user: fasilitator, newDoc: { ...keluhan, _id: 'constructor:1', type: 'constructor' }, expected: /tidak dikenal/ },
  { name: 'id not prefixed by its type', db: KEC, user: fasilitator, newDoc: { ...keluhan, _id: 'kebutuhan:7401011002:X' }, expected: /diawali "keluhan:"/ },
  { name: 'forged createdBy', db: KEC, user: fasilitator, newDoc: { ...keluhan, createdBy: 'fasilitator.lain' }, expected: /createdBy/ },
  { name: 'a role the author does not hold', db: KEC, user: fasilitator, newDoc: { ...keluhan, peran: 'supervisor' }, expected: /peran Anda sendiri/ },
  { name: 'missing createdBy', db: KEC, user: fasilitator, newDoc: { ...keluhan, createdBy: undefined }, expected: /createdBy/ },
  { name: 'wrong role: fasilitator reviews', db: KEC, user: fasilitator, newDoc: { ...makeReview(keluhan), createdBy: 'fasilitator.wundulako' }, expected: /Peran Anda tidak berwenang menyimpan data review/ },
  { name: 'wrong role: supervisor records a complaint', db: KEC, user: supervisor, newDoc: { ...keluhan, createdBy: 'supervisor.wundulako' }, expected: /Peran/ },
  { name: 'wrong role: fasilitator edits a household', db: KEC, user: fasilitator, newDoc: { ...ubahRumahtangga({}), updatedBy: 'fasilitator.wundulako' }, oldDoc: rumahtangga, expected: /Peran/ },
  { name: 'wrong role: provincial user', db: KAB, user: provinsi, newDoc: { ...makeRumahtangga(), createdBy: 'dinsos.sultra' }, expected: /Peran/ },
  { name: 'update of an event by its author', db: KEC, user: fasilitator, newDoc: { ...keluhan, _rev: '2-b', uraian: 'diubah' }, oldDoc: keluhan, expected: /keluhan tidak dapat diubah/ },
  { name: 'update of a review by a manager', db: KAB, user: manajer, newDoc: { ...makeReview(keluhan), keputusan: 'tolak' }, oldDoc: makeReview(keluhan), expected: /tidak dapat diubah/ },
  { name: 'mutable update changes createdBy', db: KAB, user: manajer, newDoc: ubahRumahtangga({ createdBy: 'admin.kolaka' }), oldDoc: rumahtangga, expected: /createdBy tidak boleh diubah/ },
  { name: 'mutable update changes the author\u2019s role', db: KAB, user: manajer, newDoc: ubahRumahtangga({ peran: 'manajer' }), oldDoc: rumahtangga, expected: /peran tidak boleh diubah/ },
  { name: 'mutable update changes createdAt', db: KAB, user: manajer, newDoc: ubahRumahtangga({ createdAt: timestampAt(99_999) }), oldDoc: rumahtangga, expected: /createdAt tidak boleh diubah/ },
  { name: 'mutable update changes type', db: KAB, user: manajer, newDoc: ubahRumahtangga({ type: 'pmks' }), oldDoc: rumahtangga, expected: /pmks/ },
  { name: 'mutable update without updatedBy', db: KAB, user: manajer, newDoc: ubahRumahtangga({ updatedBy: undefined }), oldDoc: rumahtangga, expected: /updatedBy/ },
  { name: 'mutable update in someone else\u2019s name', db: KAB, user: manajer, newDoc: ubahRumahtangga({ updatedBy: 'admin.kolaka' }), oldDoc: rumahtangga, expected: /updatedBy/ },
  // Where: levels, codes, area and database.
  { name: 'no wilayah', db: KEC, user: fasilitator, newDoc: { ...keluhan, wilayah: undefined }, expected: /sampai tingkat desa/ },
  { name: 'wilayah short of the type\u2019s level', db: KEC, user: fasilitator, newDoc: { ...keluhan, wilayah: wilayahOf('74.01.01') }, expected: /sampai tingkat desa/ },
  { name: 'desa outside its kecamatan', db: KEC, user: fasilitator, newDoc: { ...keluhan, wilayah: { ...wilayahOf('74.01.01'), desa: DESA_LAIN } }, expected: /tidak saling sesuai: 74.01.04.1001/ },
  { name: 'malformed code', db: KEC, user: fasilitator, newDoc: { ...keluhan, wilayah: { ...keluhan.wilayah, desa: '74.01.01.x' } }, expected: /tidak sah/ },
  { name: 'a level skipped', db: KEC, user: fasilitator, newDoc: { ...keluhan, wilayah: { ...keluhan.wilayah, kabupaten: undefined } }, expected: /sampai tingkat desa/ },
  { name: 'another kecamatan\u2019s document in this kecamatan database', db: KEC, user: fasilitator, newDoc: keluhanLain, expected: /hanya menerima data kecamatan 74.01.01/ },
  { name: 'another kecamatan\u2019s database', db: KEC_LAIN, user: fasilitator, newDoc: keluhanLain, expected: /di luar wilayah kerja/ },
  { name: 'a job role without an area role', db: KEC, user: tanpaWilayah, newDoc: keluhan, expected: /di luar wilayah kerja/ },
  { name: 'shared catalogue written in a kecamatan database', db: KEC, user: manajer, newDoc: { ...program, _id: 'program:7401:bedah-rumah', programId: 'bedah-rumah' }, expected: /dikelola di basis data kabupaten/ },
  { name: 'a PMKS type written in a kecamatan database', db: KEC, user: manajer, newDoc: jenisPmks, expected: /dikelola di basis data kabupaten/ },
  { name: 'the manager adds a PMKS type to the district catalogue', db: KAB, user: manajer, newDoc: jenisPmks, expected: 'allowed' },
  {
    name: 'back office (who records PMKS) changes the PMKS catalogue',
    db: KAB,
    user: backOffice,
    newDoc: { ...jenisPmks, createdBy: 'backoffice.kolaka' },
    expected: /tidak berwenang menyimpan data jenispmks/
  },
  { name: 'another kabupaten\u2019s document in this kabupaten database', db: KAB, user: manajer, newDoc: makeRumahtangga({ wilayah: wilayahOf('74.02.01.1001') }), expected: /hanya menerima data kabupaten 74.01/ },
  { name: 'manager of another kabupaten', db: KAB, user: manajerLain, newDoc: { ...makeRumahtangga(), createdBy: 'manajer.konawe' }, expected: /di luar wilayah kerja/ },
  { name: 'pengelola writes outside its inbox', db: KAB, user: pengelolaPkh, newDoc: tanggapan, expected: /di luar wilayah kerja/ },
  { name: 'pengelola of another programme answers', db: RUJUKAN_PKH, user: pengelolaBpnt, newDoc: tanggapan, expected: /Hanya pengelola program pkh/ },
  { name: 'manajer answers in a pengelola\u2019s inbox', db: RUJUKAN_PKH, user: manajer, newDoc: { ...tanggapan, createdBy: 'manajer.kolaka' }, expected: /Hanya pengelola program pkh/ },
  { name: 'referral of another programme in the inbox', db: RUJUKAN_PKH, user: manajer, newDoc: makeRujukan(keluhan), expected: /hanya untuk program pkh/ },
  { name: 'supervisor decides at the manager\u2019s stage', db: KEC, user: supervisor, newDoc: makeReview(keluhan, { tahap: 'manajer' }), expected: /tahap manajer hanya dapat disimpan oleh peran manajer/ },
  { name: 'manager decides at the supervisor\u2019s stage', db: KAB, user: manajer, newDoc: makeReview(keluhan, { tahap: 'supervisor', createdBy: 'manajer.kolaka' }), expected: /tahap supervisor hanya/ },
  { name: 'a response naming no referral in an inbox', db: RUJUKAN_PKH, user: pengelolaPkh, newDoc: { ...tanggapan, rujukanId: undefined }, expected: /rujukanId/ },
  { name: 'a programme handling a case as the secretariat', db: RUJUKAN_PKH, user: pengelolaPkh, newDoc: { ...tanggapan, hasil: 'ditangani-langsung' }, expected: /hanya dapat menanggapi dengan/ },
  { name: 'a complaint in an inbox', db: RUJUKAN_PKH, user: fasilitator, newDoc: keluhan, expected: /hanya menerima rujukan dan tindak lanjut/ },
  // Exports to the national systems: recorded in the district database, never changed.
  { name: 'the manager records a SIKS-NG export', db: KAB, user: manajer, newDoc: kirimPrelist, expected: 'allowed' },
  { name: 'back office records a LAPOR! export', db: KAB, user: backOffice, newDoc: kirimLapor, expected: 'allowed' },
  { name: 'back office records a SIKS-NG export', db: KAB, user: backOffice, newDoc: { ...kirimPrelist, createdBy: 'backoffice.kolaka' }, expected: /hanya dapat dicatat oleh manajer/ },
  { name: 'a supervisor records an export', db: KAB, user: supervisor, newDoc: { ...kirimLapor, createdBy: 'supervisor.wundulako' }, expected: /tidak berwenang menyimpan data pengiriman/ },
  { name: 'an export changed after it was recorded', db: KAB, user: manajer, newDoc: { ...kirimPrelist, _rev: '2-b', item: [] }, oldDoc: { ...kirimPrelist, _rev: '1-a' }, expected: /pengiriman tidak dapat diubah/ },
  { name: 'an export deleted', db: KAB, user: manajer, newDoc: dihapus(kirimPrelist, 'manajer.kolaka'), oldDoc: kirimPrelist, expected: /tidak boleh dihapus/ },
  { name: 'an export in a kecamatan database', db: KEC, user: manajer, newDoc: kirimPrelist, expected: /hanya menerima data kecamatan/ },
  { name: 'an unknown database', db: 'catatan-lain', user: fasilitator, newDoc: keluhan, expected: /tidak menerima data dari pengguna/ },
  // Schema versions and sizes (docs/keandalan.md).
  { name: 'a document without a schema version', db: KEC, user: fasilitator, newDoc: { ...keluhan, schema: undefined }, expected: /Versi skema data tidak sah \(schema: undefined\)/ },
  { name: 'schema 0, from no SLRT release', db: KEC, user: fasilitator, newDoc: { ...keluhan, schema: 0 }, expected: /Versi skema data tidak sah \(schema: 0\)/ },
  { name: 'schema as text', db: KEC, user: fasilitator, newDoc: { ...keluhan, schema: '1' }, expected: /Versi skema data tidak sah/ },
  { name: 'a fractional schema', db: KEC, user: fasilitator, newDoc: { ...keluhan, schema: 1.5 }, expected: /Versi skema data tidak sah/ },
  { name: 'a newer app’s schema 2 event is kept', db: KEC, user: fasilitator, newDoc: { ...keluhan, schema: 2, kolomBaru: 'x' }, expected: 'allowed' },
  { name: 'a newer app updates a household to schema 2', db: KAB, user: manajer, newDoc: ubahRumahtangga({ schema: 2 }), oldDoc: rumahtangga, expected: 'allowed' },
  {
    name: 'an older app writes schema 1 over a schema 2 household',
    db: KAB,
    user: manajer,
    newDoc: ubahRumahtangga({}),
    oldDoc: { ...rumahtangga, schema: 2 },
    expected: /versi aplikasi yang lebih baru \(skema 2\)/
  },
  { name: 'a document over 2 MB', db: KEC, user: fasilitator, newDoc: { ...keluhan, uraian: 'x'.repeat(2_000_001) }, expected: /Data terlalu besar/ },
  {
    name: 'a photo within the limit (base64 data, as PouchDB Server passes it)',
    db: KEC,
    user: fasilitator,
    newDoc: { ...keluhan, _attachments: { 'foto-dokumen.jpg': { content_type: 'image/jpeg', data: 'A'.repeat(400_000) } } },
    expected: 'allowed'
  },
  {
    name: 'an attachment over 1 MB (base64 data)',
    db: KEC,
    user: fasilitator,
    newDoc: { ...keluhan, _attachments: { 'besar.jpg': { content_type: 'image/jpeg', data: 'A'.repeat(1_500_000) } } },
    expected: /Lampiran besar.jpg terlalu besar/
  },
  // Layanan informasi: an event of the desk, in its own area, by itself.
  { name: 'a Puskesos desk records information given', db: KEC, user: frontOffice, newDoc: informasi, expected: 'allowed' },
  { name: 'the secretariat desk records information given for the kabupaten', db: KAB, user: frontOfficeKab, newDoc: informasiKab, expected: 'allowed' },
  { name: 'information given under another user’s name', db: KEC, user: frontOffice, newDoc: { ...informasi, createdBy: 'fasilitator.wundulako' }, expected: /createdBy harus berisi nama pengguna Anda/ },
  { name: 'information given, changed afterwards', db: KEC, user: frontOffice, newDoc: { ...informasi, _rev: '2-b', penjelasan: 'lain' }, oldDoc: { ...informasi, _rev: '1-a' }, expected: /tidak dapat diubah setelah disimpan/ },
  { name: 'information given, by a supervisor', db: KEC, user: supervisor, newDoc: { ...informasi, createdBy: 'supervisor.wundulako' }, expected: /Peran Anda tidak berwenang menyimpan data layananinformasi/ },
  { name: 'information given for the kabupaten alone, in a kecamatan database', db: KEC, user: frontOffice, newDoc: { ...informasiKab, createdBy: 'frontoffice.wundulako' }, expected: /hanya menerima data kecamatan 74.01.01/ },
  { name: 'information given for another kecamatan', db: KEC_LAIN, user: frontOffice, newDoc: informasi, expected: /hanya menerima data kecamatan 74.01.04/ },
  { name: 'information given without a wilayah down to the kabupaten', db: KAB, user: frontOfficeKab, newDoc: { ...informasiKab, wilayah: wilayahOf('74') }, expected: /harus diisi sampai tingkat kabupaten/ },
  {
    name: 'an attachment over 1 MB (a stub with its length, as CouchDB passes it)',
    db: KEC,
    user: fasilitator,
    newDoc: { ...keluhan, _attachments: { 'besar.jpg': { content_type: 'image/jpeg', stub: true, length: 2_000_000 } } },
    expected: /Lampiran besar.jpg terlalu besar/
  }
];

const validate = validatorOf('kecamatan');

function outcome(verdict: Verdict): string {
  if (verdict === 'allowed') return verdict;
  return 'unauthorized' in verdict ? 'unauthorized' : `forbidden: ${verdict.forbidden}`;
}

describe('validate_doc_update of kecamatan, kabupaten and rujukan databases', () => {
  it.each(cases)('$name', ({ db, user, newDoc, oldDoc, expected }) => {
    const verdict = outcome(validate(newDoc, oldDoc ?? null, user, db));
    if (expected instanceof RegExp) {
      expect(verdict).toMatch(/^forbidden: /);
      expect(verdict).toMatch(expected);
    } else {
      expect(verdict).toBe(expected);
    }
  });

  it.each(DOC_TYPE_NAMES)('lets exactly the writers DOC_TYPES names for %s past the role rule', (type) => {
    const doc = { _id: `${type}:1`, type, createdBy: 'pengguna' };
    const writers: readonly string[] = DOC_TYPES[type].writers;
    for (const role of JOB_ROLES) {
      const verdict = outcome(validate(doc, null, { name: 'pengguna', roles: [role, 'kab:7401'] }, KAB));
      expect(verdict.includes('Peran Anda'), `${role} on ${type}: ${verdict}`).toBe(!writers.includes(role));
    }
  });

  it('answers in Bahasa Indonesia, not with a JavaScript error', () => {
    const garbage = [{ _id: 'x' }, { _id: 'keluhan:1', type: 'keluhan' }, { ...keluhan, wilayah: 'Wundulako' }];
    for (const doc of garbage) expect(outcome(validate(doc, null, fasilitator, KEC))).toMatch(/^forbidden: /);
  });
});
