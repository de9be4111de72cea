/**
 * Recording PMKS (people with social-welfare problems) and PSKS (welfare resources) at the
 * district secretariat: back office and the manager, on the kabupaten database. A PMKS record
 * may be linked to a household of the registry, found with the desk's registry search; its
 * type must be one the district's catalogue has in use, its NIK must pass the NIK rules, and
 * sex and birth date must agree with the NIK. Edits keep the version they started from and a
 * stale one comes back as a conflict (dokumen-ubah.ts).
 */
import { DiLuarWilayahError } from '$lib/db/errors';
import type { StoredDoc, UserStore } from '$lib/db/user-store';
import type { Anggota, Rumahtangga } from '$lib/domain/household';
import { hariIni, nikAgrees, nikFacts, validateNik } from '$lib/domain/nik';
import type { Pmks } from '$lib/domain/pmks';
import { areaOfRoles, type JobRole } from '$lib/domain/roles';
import { wilayahOf } from '$lib/domain/wilayah';
import type { HasilPencarian } from '$lib/search/registri-index';
import { menulis, simpanUbah, type SimpanUbahHasil } from './dokumen-ubah';
import { eventHead, type Problems } from './event-doc';
import { daftarJenisPmks, pilihanJenis, type JenisPmksPilihan } from './jenis-pmks.service';
import { wilayahKabupaten, type PilihanWilayah } from './pusat-data.service';
import { cariDiServer } from './registri.service';

export function mencatatPmks(jobRole: JobRole | null): boolean {
  return menulis('pmks', jobRole);
}

export interface PmksForm {
  jenisPmks: string;
  nama: string;
  nik: string;
  jenisKelamin: '' | Anggota['jenisKelamin'];
  tanggalLahir: string;
  desa: string;
  rumahtanggaId: string;
  keterangan: string;
}
export type PmksField = keyof PmksForm;

export const pmksKosong = (): PmksForm => ({
  jenisPmks: '',
  nama: '',
  nik: '',
  jenisKelamin: '',
  tanggalLahir: '',
  desa: '',
  rumahtanggaId: '',
  keterangan: ''
});

export function formDariPmks(p: Pmks): PmksForm {
  return {
    jenisPmks: p.jenisPmks,
    nama: p.nama,
    nik: p.nik ?? '',
    jenisKelamin: p.jenisKelamin ?? '',
    tanggalLahir: p.tanggalLahir ?? '',
    desa: p.wilayah.desa ?? '',
    rumahtanggaId: p.rumahtanggaId ?? '',
    keterangan: p.keterangan ?? ''
  };
}

/** A household found by the registry search, as the form links it. */
export interface RumahtanggaTerpilih {
  id: string;
  desa: string;
  anggota: readonly Pick<Anggota, 'nama' | 'nik' | 'jenisKelamin' | 'tanggalLahir'>[];
}

/** The registry search of the desk (the server's views, ranked as on the device). */
export function cariRumahtangga(store: UserStore, teks: string, pada = hariIni()): Promise<HasilPencarian> {
  return cariDiServer(store, { teks }, pada);
}

export async function bacaRumahtangga(store: UserStore, id: string): Promise<RumahtanggaTerpilih | null> {
  const rt = (await store.get(id)) as Rumahtangga | null;
  if (!rt || rt.type !== 'rumahtangga' || !rt.wilayah.desa) return null;
  return { id: rt._id, desa: rt.wilayah.desa, anggota: rt.anggota };
}

/** The form linked to `rt`, and filled with the member `nik` names (its desa always). */
export function hubungkan(form: PmksForm, rt: RumahtanggaTerpilih, nik?: string): PmksForm {
  const a = rt.anggota.find((x) => x.nik === nik);
  const orang = a ? { nama: a.nama, nik: a.nik, jenisKelamin: a.jenisKelamin, tanggalLahir: a.tanggalLahir } : {};
  return { ...form, ...orang, rumahtanggaId: rt.id, desa: rt.desa };
}

/** What the schema cannot know: the district's catalogue, the NIK rules, the user's kabupaten. */
function periksa(form: PmksForm, jenis: readonly JenisPmksPilihan[], lama: Pmks | null, kabupaten: string, pada: string): Problems<PmksField> {
  const masalah: Problems<PmksField> = {};
  const j = jenis.find((x) => x.kode === form.jenisPmks);
  const tetap = lama !== null && lama.jenisPmks === form.jenisPmks;
  if (!form.jenisPmks) masalah.jenisPmks = 'Pilih jenis PMKS';
  else if (!j && !tetap) masalah.jenisPmks = `Jenis PMKS "${form.jenisPmks}" tidak ada di katalog kabupaten`;
  else if (j && !j.aktif && !tetap) masalah.jenisPmks = `Jenis PMKS "${j.nama}" sudah tidak dipakai kabupaten`;
  const nik = form.nik.trim();
  if (nik) {
    const cek = validateNik(nik, pada);
    if (!cek.valid) masalah.nik = cek.problems.join('; ');
    else if (form.jenisKelamin && form.tanggalLahir) {
      const cocok = nikAgrees({ nik, jenisKelamin: form.jenisKelamin, tanggalLahir: form.tanggalLahir });
      if (!cocok.valid) masalah.nik = cocok.problems.join('; ');
    }
  }
  if (!/^\d{2}\.\d{2}\.\d{2}\.\d{4}$/.test(form.desa)) masalah.desa = 'Pilih desa';
  else if (!form.desa.startsWith(`${kabupaten}.`)) masalah.desa = `Desa ${form.desa} di luar kabupaten Anda`;
  return masalah;
}

const FIELDS: readonly PmksField[] = ['jenisPmks', 'nama', 'nik', 'jenisKelamin', 'tanggalLahir', 'rumahtanggaId', 'keterangan'];
const fieldOf = (path: string): PmksField | undefined => (path.startsWith('wilayah') ? 'desa' : FIELDS.find((f) => f === path));

/**
 * Saves a PMKS record: new (`lama` null) or the version the form was opened on. A valid NIK
 * fills an empty sex and birth date (it carries both), so the record counts in its age group.
 */
export async function simpanPmks(
  store: UserStore,
  form: PmksForm,
  jenis: readonly JenisPmksPilihan[],
  lama: StoredDoc | null,
  now = new Date()
): Promise<SimpanUbahHasil<PmksField, Pmks>> {
  const kabupaten = areaOfRoles(store.user.roles).kabupaten[0];
  if (!kabupaten) throw new DiLuarWilayahError('kabupaten');
  const pada = hariIni(now);
  const masalah = periksa(form, jenis, lama as Pmks | null, kabupaten, pada);
  if (Object.keys(masalah).length > 0) return { ok: false, problems: masalah };
  const nik = form.nik.trim();
  const fakta = nik ? nikFacts(nik, pada) : null;
  const pilihan = (v: string) => (v.trim() ? v.trim() : undefined);
  const kepala = lama
    ? { ...lama, wilayah: wilayahOf(form.desa), updatedBy: store.user.name, updatedAt: now.toISOString() }
    : eventHead('pmks', form.desa, store.user, now);
  const doc = {
    ...kepala,
    jenisPmks: form.jenisPmks,
    nama: form.nama,
    nik: pilihan(nik),
    rumahtanggaId: pilihan(form.rumahtanggaId),
    jenisKelamin: form.jenisKelamin || fakta?.jenisKelamin,
    tanggalLahir: pilihan(form.tanggalLahir) ?? fakta?.tanggalLahir,
    keterangan: pilihan(form.keterangan)
  };
  return simpanUbah<PmksField, Pmks>(store, doc, fieldOf);
}

/** Every PMKS record the user's databases hold, newest first. */
export async function daftarPmks(store: UserStore): Promise<Pmks[]> {
  const docs = (await store.docsOfType('pmks')) as Pmks[];
  return docs.sort((a, b) => (b.updatedAt ?? b.createdAt).localeCompare(a.updatedAt ?? a.createdAt));
}

export interface PilihanPmks {
  jenis: readonly JenisPmksPilihan[];
  kecamatan: PilihanWilayah[];
  desa: PilihanWilayah[];
}

/** What the PMKS and PSKS forms offer: the catalogue's types and the kabupaten's areas. */
export async function muatPilihanPmks(store: UserStore): Promise<PilihanPmks> {
  const kabupaten = areaOfRoles(store.user.roles).kabupaten[0];
  if (!kabupaten) throw new DiLuarWilayahError('kabupaten');
  const [katalog, wilayah] = await Promise.all([daftarJenisPmks(store), wilayahKabupaten(kabupaten)]);
  return { jenis: pilihanJenis(katalog), ...wilayah };
}
