import type { DocTypeRule } from '$lib/domain/doc-types';
import type { CouchDoc, SecObj, StoredWilayah, UserCtx } from '../../couchdb-types';

/**
 * Who may write what: the server's half of validation, installed in kecamatan, kabupaten and
 * rujukan databases.
 *
 * Why validation is split in two: the structure of a document (fields, formats, enums, "exactly
 * one head of household") is checked by the zod schemas in app/lib/domain, which run in the
 * browser before every save, in importers and in tests. CouchDB cannot run them (a design
 * document imports nothing) and needs not: a wrong structure hurts only its writer's own data.
 * What a modified client must never get past is enforced here, on the server: the writer is
 * logged in and writes as itself, in a job role allowed to write the type, inside its area and
 * in the database the document belongs to; events are never changed or deleted; a version of a
 * mutable document is deleted only as an update by its writers would be (closing a conflict).
 *
 * Server admins (provisioning, the replication router, the rollup job) pass every rule.
 * Which database this is comes from its `_security` members, which provisioning sets
 * (couch/provision/security.ts) and both servers pass as `secObj`; `userCtx.db` cannot serve:
 * PouchDB Server leaves it out on document writes and Apache CouchDB names a shard there.
 * - members `kec:740101`: the kecamatan database, accepting only documents of kecamatan
 *   74.01.01, never the district's shared catalogue (the router copies it down);
 * - members `kab:7401` alone: the kabupaten database, only documents of kabupaten 74.01;
 * - members `pengelola:7401:pkh`: the referral inbox of pkh in 74.01, only referrals of
 *   programme pkh (by the kabupaten's writers of `rujukan`) and responses by that pengelola,
 *   each naming the referral it answers with an answer a programme may give (the router
 *   carries a response up only for a referral the inbox holds, couch/router/rules.ts);
 * - anything else refuses every write of a non-admin.
 */
export default function (newDoc: CouchDoc, oldDoc: CouchDoc | null, userCtx: UserCtx, secObj: SecObj): void {
  const roles = userCtx.roles || [];
  if (roles.indexOf('_admin') !== -1) return;
  if (!userCtx.name) throw { unauthorized: 'Silakan masuk (login) terlebih dahulu untuk menyimpan data.' };

  function forbid(message: string): never {
    throw { forbidden: message };
  }

  const TYPES: Record<string, DocTypeRule> = __DOC_TYPES__;
  const SHARED: readonly string[] = __SHARED_DOC_TYPES__;
  const NASIONAL: readonly string[] = __PROGRAM_NASIONAL__;

  if (newDoc._deleted) {
    // Only a version of a mutable document, by someone who may change it anyway: how a person
    // closes the losing side of a conflict. The tombstone names who closed it, and is judged
    // as an update that keeps the old content (type, area, database), so it gives no more
    // power than writing over the document would.
    const closed = oldDoc && !oldDoc._deleted ? oldDoc : null;
    const closedType = closed ? closed.type : undefined;
    const closable = typeof closedType === 'string' && Object.prototype.hasOwnProperty.call(TYPES, closedType) && TYPES[closedType].kind === 'mutable';
    if (!closed || !closable) forbid('Data tidak boleh dihapus. Bila ada kekeliruan, catat perbaikannya sebagai data baru.');
    const tombstone: CouchDoc = { _id: newDoc._id, _rev: newDoc._rev, _deleted: true };
    for (const key in closed) if (key !== '_rev' && key !== '_deleted') tombstone[key] = closed[key];
    tombstone.updatedBy = newDoc.updatedBy;
    newDoc = tombstone;
  }
  const type = newDoc.type;
  if (typeof type !== 'string' || !Object.prototype.hasOwnProperty.call(TYPES, type)) {
    forbid('Jenis data tidak dikenal: ' + String(type) + '.');
  }
  const rule = TYPES[type];
  if (newDoc._id.indexOf(type + ':') !== 0) forbid('ID data ' + type + ' harus diawali "' + type + ':".');

  const isUpdate = !!oldDoc && !oldDoc._deleted;

  if (isUpdate && rule.kind === 'event') {
    forbid('Data ' + type + ' tidak dapat diubah setelah disimpan. Catat kejadian baru bila ada perubahan.');
  }

  let isWriter = false;
  for (const writer of rule.writers) if (roles.indexOf(writer) !== -1) isWriter = true;
  if (!isWriter) forbid('Peran Anda tidak berwenang menyimpan data ' + type + '.');
  // A review decides at one stage of the flow, and only the role of that stage decides there.
  if (type === 'review' && roles.indexOf(String(newDoc.tahap)) === -1) {
    forbid('Keputusan tahap ' + String(newDoc.tahap) + ' hanya dapat disimpan oleh peran ' + String(newDoc.tahap) + '.');
  }

  // SIKS-NG updates are the manager's to forward (guideline IV.B.1 e); back office refers
  // complaints, LAPOR! included, with the manager's approval (V.D.5.d). Mirrors jenisBolehDikirim.
  if (type === 'pengiriman' && newDoc.sistem !== 'lapor' && roles.indexOf('manajer') === -1) {
    forbid('Pengiriman ke ' + String(newDoc.sistem) + ' hanya dapat dicatat oleh manajer SLRT.');
  }

  if (oldDoc && isUpdate) {
    for (const field of ['_id', 'type', 'createdBy', 'createdAt', 'peran']) {
      if (newDoc[field] !== oldDoc[field]) forbid('Kolom ' + field + ' tidak boleh diubah.');
    }
    if (newDoc.updatedBy !== userCtx.name) forbid('Kolom updatedBy harus berisi nama pengguna Anda.');
  } else if (type === 'program' && NASIONAL.indexOf(String(newDoc.programId)) !== -1) {
    forbid('Program nasional dimuat oleh penyiapan sistem, bukan ditambahkan pengguna.');
  } else if (newDoc.createdBy !== userCtx.name) {
    forbid('Kolom createdBy harus berisi nama pengguna Anda.');
  } else if (newDoc.peran !== undefined && roles.indexOf(String(newDoc.peran)) === -1) {
    forbid('Kolom peran harus berisi peran Anda sendiri.');
  }

  // Schema versions (docs/keandalan.md): 1 is the first, so a lower or missing one comes from
  // no SLRT release; a higher one comes from a newer app and is stored as sent. An update never
  // lowers it: an older app would drop the fields it does not know.
  const schema = newDoc.schema;
  if (typeof schema !== 'number' || schema % 1 !== 0 || schema < 1) {
    forbid('Versi skema data tidak sah (schema: ' + String(schema) + '). Perbarui aplikasi SLRT di perangkat ini, lalu kirim lagi.');
  }
  if (oldDoc && isUpdate && typeof oldDoc.schema === 'number' && schema < oldDoc.schema) {
    forbid('Data ini disimpan oleh versi aplikasi yang lebih baru (skema ' + oldDoc.schema + '). Perbarui aplikasi SLRT sebelum mengubahnya.');
  }

  // Sizes, per document, so one oversized record is refused alone and the rest of a sync batch
  // goes through. An attachment is a stub with its `length` on CouchDB, base64 `data` on PouchDB Server.
  const BATAS = __BATAS_UKURAN__;
  let ukuran = 0;
  for (const key in newDoc) {
    // A field PouchDB Server leaves undefined has no JSON.
    const json = key === '_attachments' ? undefined : JSON.stringify(newDoc[key]);
    if (json) ukuran += key.length + json.length;
  }
  if (ukuran > BATAS.dokumen) forbid('Data terlalu besar (lebih dari 2 MB). Persingkat isiannya, lalu simpan lagi.');
  const lampiran = (newDoc._attachments || {}) as Record<string, { length?: unknown; data?: unknown }>;
  for (const name in lampiran) {
    const a = lampiran[name];
    const bytes = typeof a.length === 'number' ? a.length : typeof a.data === 'string' ? Math.floor((a.data.length * 3) / 4) : 0;
    if (bytes > BATAS.lampiran) forbid('Lampiran ' + name + ' terlalu besar (lebih dari 1 MB). Perkecil foto atau berkasnya, lalu simpan lagi.');
  }

  // A national programme's eligibility and routing are set nationally (guideline IV.B.2): a
  // district changes its target days, active period and description, nothing the field's
  // suggestions and the complaint routing rely on.
  // Equal as data, whatever order a client wrote the keys in.
  function sama(a: unknown, b: unknown): boolean {
    if (a === b) return true;
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
    if (Array.isArray(a) !== Array.isArray(b)) return false;
    const ka = Object.keys(a as object);
    const kb = Object.keys(b as object);
    if (ka.length !== kb.length) return false;
    for (const k of ka) if (!sama((a as CouchDoc)[k], (b as CouchDoc)[k])) return false;
    return true;
  }
  if (oldDoc && isUpdate && type === 'program' && NASIONAL.indexOf(String(oldDoc.programId)) !== -1) {
    for (const field of ['programId', 'kriteria', 'pemilik', 'sasaran', 'tujuanRujukan', 'kanal']) {
      if (!sama(newDoc[field], oldDoc[field])) {
        forbid('Kolom ' + field + ' program nasional ditetapkan secara nasional dan tidak dapat diubah kabupaten.');
      }
    }
  }

  // A published questionnaire version is what its answers were given against: a change is the
  // next version (kuesioner-rancangan.ts). Closing a conflict passes, judged as the old content.
  if (oldDoc && isUpdate && type === 'kuesioner') {
    for (const field of ['kode', 'versi', 'judul', 'mulai', 'bagian']) {
      if (!sama(newDoc[field], oldDoc[field])) {
        forbid('Kuesioner versi yang sudah diterbitkan tidak dapat diubah. Buat versi baru untuk mengubah pertanyaannya.');
      }
    }
  }

  const wilayah = (newDoc.wilayah && typeof newDoc.wilayah === 'object' ? newDoc.wilayah : {}) as StoredWilayah;
  const codes = [wilayah.provinsi, wilayah.kabupaten, wilayah.kecamatan, wilayah.desa];
  const formats = [/^\d{2}$/, /^\d{2}\.\d{2}$/, /^\d{2}\.\d{2}\.\d{2}$/, /^\d{2}\.\d{2}\.\d{2}\.\d{4}$/];
  const depth = ['provinsi', 'kabupaten', 'kecamatan', 'desa'].indexOf(rule.level) + 1;
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i];
    if (code === undefined || code === null) {
      if (i < depth) forbid('Wilayah data ' + type + ' harus diisi sampai tingkat ' + rule.level + '.');
      continue;
    }
    const parent = codes[i - 1];
    const fits = i === 0 || (typeof parent === 'string' && String(code).indexOf(parent + '.') === 0);
    if (typeof code !== 'string' || !formats[i].test(code) || !fits) {
      forbid('Kode wilayah tidak sah atau tidak saling sesuai: ' + String(code) + '.');
    }
  }

  const areaKecamatan: string[] = [];
  const areaKabupaten: string[] = [];
  const areaProvinsi: string[] = [];
  const areaProgram: string[] = [];
  for (const role of roles) {
    let m = /^kec:(\d{2})(\d{2})(\d{2})$/.exec(role);
    if (m) areaKecamatan.push(m[1] + '.' + m[2] + '.' + m[3]);
    m = /^kab:(\d{2})(\d{2})$/.exec(role);
    if (m) areaKabupaten.push(m[1] + '.' + m[2]);
    m = /^prov:(\d{2})$/.exec(role);
    if (m) areaProvinsi.push(m[1]);
    m = /^pengelola:(\d{2})(\d{2}):([a-z0-9-]+)$/.exec(role);
    if (m) areaProgram.push(m[1] + '.' + m[2] + ':' + m[3]);
  }
  function inArea(w: StoredWilayah): boolean {
    return (
      areaKecamatan.indexOf(String(w.kecamatan)) !== -1 ||
      areaKabupaten.indexOf(String(w.kabupaten)) !== -1 ||
      areaProvinsi.indexOf(String(w.provinsi)) !== -1
    );
  }
  function requireArea(): void {
    const oldWilayah = (oldDoc && isUpdate ? oldDoc.wilayah || {} : wilayah) as StoredWilayah;
    if (!inArea(wilayah) || !inArea(oldWilayah)) forbid('Wilayah data ini di luar wilayah kerja Anda.');
  }

  let dbKecamatan = '';
  let dbKabupaten = '';
  let dbProgram = '';
  const memberRoles = (secObj && secObj.members && secObj.members.roles) || [];
  for (const role of memberRoles) {
    let m = /^kec:(\d{2})(\d{2})(\d{2})$/.exec(role);
    if (m) dbKecamatan = m[1] + '.' + m[2] + '.' + m[3];
    m = /^kab:(\d{2})(\d{2})$/.exec(role);
    if (m) dbKabupaten = m[1] + '.' + m[2];
    m = /^pengelola:(\d{2})(\d{2}):([a-z0-9-]+)$/.exec(role);
    if (m) dbProgram = m[3];
  }
  if (dbProgram) {
    if (wilayah.kabupaten !== dbKabupaten) forbid('Basis data ini hanya menerima data kabupaten ' + dbKabupaten + '.');
    if (type === 'rujukan') {
      if (newDoc.programId !== dbProgram) forbid('Kotak rujukan ini hanya untuk program ' + dbProgram + '.');
      return requireArea();
    }
    if (type === 'tindaklanjut') {
      if (roles.indexOf('pengelola') === -1 || areaProgram.indexOf(dbKabupaten + ':' + dbProgram) === -1) {
        forbid('Hanya pengelola program ' + dbProgram + ' kabupaten ' + dbKabupaten + ' yang dapat menanggapi rujukan ini.');
      }
      if (typeof newDoc.rujukanId !== 'string' || newDoc.rujukanId.indexOf('rujukan:') !== 0) {
        forbid('Tindak lanjut pengelola program harus menyebut rujukan yang ditanggapi (rujukanId).');
      }
      const hasil: readonly string[] = __HASIL_PENGELOLA__;
      if (hasil.indexOf(String(newDoc.hasil)) === -1) {
        forbid('Pengelola program hanya dapat menanggapi dengan: ' + hasil.join(', ') + '.');
      }
      return;
    }
    return forbid('Kotak rujukan hanya menerima rujukan dan tindak lanjut.');
  }
  if (dbKecamatan) {
    if (SHARED.indexOf(type) !== -1) forbid('Data ' + type + ' dikelola di basis data kabupaten.');
    if (wilayah.kecamatan !== dbKecamatan) forbid('Basis data ini hanya menerima data kecamatan ' + dbKecamatan + '.');
    return requireArea();
  }
  if (dbKabupaten) {
    if (wilayah.kabupaten !== dbKabupaten) forbid('Basis data ini hanya menerima data kabupaten ' + dbKabupaten + '.');
    return requireArea();
  }
  forbid('Basis data ini tidak menerima data dari pengguna.');
}
