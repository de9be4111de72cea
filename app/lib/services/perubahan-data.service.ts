/**
 * Verification of a registry household during a visit: each field of the household and of its
 * members is confirmed or given a new value, members are added (born, moved in) or leave (died,
 * moved out), and what changed becomes one `usulan` of jenis `perubahan-data`.
 *
 * How the changes are written (docs/document-fields.md): a field of the household
 * `{field: 'alamat.rt', sebelum, sesudah}`; a field of a member `{field: 'pendidikan', nik, …}`;
 * a member leaving `{field: 'anggota-meninggal' | 'anggota-pindah-keluar', nik, sebelum: nama,
 * sesudah: null}`; a member joining `{field: 'anggota-lahir' | 'anggota-pindah-masuk', nik,
 * sebelum: null, sesudah: nama}` followed by one row per other field of the new member.
 */
import {
  DISABILITAS,
  FIELD_ANGGOTA,
  HUBUNGAN,
  JENIS_KELAMIN,
  PENDIDIKAN,
  STATUS_SEKOLAH,
  type Anggota,
  type Rumahtangga
} from '$lib/domain/household';
import { hariIni, nikAgrees, validateNik, validateNoKk } from '$lib/domain/nik';
import type { StoreUser } from '$lib/db/user-store';
import { kasusHead, simpanEvent, type Problems, type SimpanHasil } from './event-doc';

/** `kondisiRumah`: housing as seen, which the registry record does not hold (before is empty). */
export const FIELD_RUMAHTANGGA = ['noKK', 'alamat.rt', 'alamat.rw', 'alamat.jalan', 'kondisiRumah'] as const;
export { FIELD_ANGGOTA };
export type FieldRumahtangga = (typeof FIELD_RUMAHTANGGA)[number];
export type FieldAnggota = (typeof FIELD_ANGGOTA)[number];

/** The values a field may take, for the fields that are a choice. */
export const PILIHAN: Partial<Record<FieldAnggota, readonly string[]>> = {
  jenisKelamin: JENIS_KELAMIN,
  hubungan: HUBUNGAN,
  disabilitas: DISABILITAS,
  pendidikan: PENDIDIKAN,
  statusSekolah: STATUS_SEKOLAH
};

export const ALASAN_KELUAR = ['meninggal', 'pindah-keluar'] as const;
export const ALASAN_MASUK = ['lahir', 'pindah-masuk'] as const;

export type AnggotaBaru = Record<FieldAnggota, string> & { alasan: (typeof ALASAN_MASUK)[number] };

export interface PerubahanInput {
  /** New values by key: `alamat.rt` for the household, `anggota:<nik>:<field>` for a member. */
  ubah: Record<string, string>;
  /** Members leaving, by NIK. */
  keluar: Record<string, (typeof ALASAN_KELUAR)[number]>;
  baru: AnggotaBaru[];
}

export const perubahanKosong = (): PerubahanInput => ({ ubah: {}, keluar: {}, baru: [] });

export function anggotaBaruKosong(alasan: AnggotaBaru['alasan']): AnggotaBaru {
  return {
    alasan,
    nama: '',
    nik: '',
    jenisKelamin: '',
    tanggalLahir: '',
    hubungan: alasan === 'lahir' ? 'anak' : '',
    disabilitas: 'tidak',
    pendidikan: alasan === 'lahir' ? 'belum-sekolah' : '',
    statusSekolah: alasan === 'lahir' ? 'tidak-bersekolah' : '',
    pekerjaan: alasan === 'lahir' ? 'Belum bekerja' : ''
  };
}

export const kunciAnggota = (nik: string, field: FieldAnggota) => `anggota:${nik}:${field}`;

interface Kunci {
  field: string;
  nik?: string;
}

function bacaKunci(kunci: string): Kunci {
  const m = /^anggota:(\d+):(\w+)$/.exec(kunci);
  return m ? { nik: m[1], field: m[2] } : { field: kunci };
}

/** The registry's value of a key, as a form shows it ('' when the record has none). */
export function nilaiSekarang(rt: Rumahtangga, kunci: string): string {
  const { field, nik } = bacaKunci(kunci);
  if (nik !== undefined) {
    const anggota = rt.anggota.find((a) => a.nik === nik);
    return anggota ? String(anggota[field as FieldAnggota] ?? '') : '';
  }
  if (field === 'noKK') return rt.noKK;
  if (field.startsWith('alamat.')) return rt.alamat[field.slice('alamat.'.length) as keyof Rumahtangga['alamat']] ?? '';
  return '';
}

/** What is wrong with `nilai` for `field`, as the user types it; null when nothing is. */
export function periksaNilai(field: string, nilai: string, pada = hariIni()): string | null {
  const v = nilai.trim();
  if (field === 'nik') return validateNik(v, pada).problems.join('; ') || null;
  if (field === 'noKK') return validateNoKk(v, pada).problems.join('; ') || null;
  if (field === 'alamat.rt' || field === 'alamat.rw') return /^\d{3}$/.test(v) ? null : `${field === 'alamat.rt' ? 'RT' : 'RW'} harus 3 digit, mis. 001`;
  if (field === 'tanggalLahir') return /^\d{4}-\d{2}-\d{2}$/.test(v) && v <= pada ? null : 'Tanggal lahir tidak valid atau di masa depan';
  const pilihan = PILIHAN[field as FieldAnggota];
  if (pilihan) return pilihan.includes(v) ? null : 'Pilih salah satu';
  if (field === 'alamat.jalan') return null;
  return v ? null : 'Wajib diisi';
}

type Nilai = string | null;
export interface Perubahan {
  field: string;
  nik?: string;
  sebelum: Nilai;
  sesudah: Nilai;
}

export interface HasilPerubahan {
  perubahan: Perubahan[];
  /** By key of `ubah`, `baru.<i>.<field>` of a new member, or `umum`. */
  problems: Record<string, string>;
}

function anggotaBaruMasalah(baru: AnggotaBaru, i: number, rt: Rumahtangga, pada: string, problems: Record<string, string>) {
  for (const field of FIELD_ANGGOTA) {
    const masalah = periksaNilai(field, baru[field], pada);
    if (masalah) problems[`baru.${i}.${field}`] = masalah;
  }
  const nik = baru.nik.trim();
  if (!problems[`baru.${i}.nik`]) {
    if (rt.anggota.some((a) => a.nik === nik)) problems[`baru.${i}.nik`] = 'NIK ini sudah tercatat di rumah tangga';
    else if (!problems[`baru.${i}.jenisKelamin`] && !problems[`baru.${i}.tanggalLahir`]) {
      const cocok = nikAgrees({ nik, jenisKelamin: baru.jenisKelamin as Anggota['jenisKelamin'], tanggalLahir: baru.tanggalLahir });
      if (!cocok.valid) problems[`baru.${i}.nik`] = cocok.problems.join('; ');
    }
  }
}

/** The changes a filled-in verification proposes, and what is wrong with it. */
export function perubahanDari(input: PerubahanInput, rt: Rumahtangga, pada = hariIni()): HasilPerubahan {
  const perubahan: Perubahan[] = [];
  const problems: Record<string, string> = {};
  for (const [kunci, nilai] of Object.entries(input.ubah)) {
    const sebelum = nilaiSekarang(rt, kunci);
    const sesudah = nilai.trim();
    if (sesudah === sebelum) continue;
    const { field, nik } = bacaKunci(kunci);
    if (nik !== undefined && input.keluar[nik]) continue;
    const masalah = periksaNilai(field, sesudah, pada);
    if (masalah) problems[kunci] = masalah;
    else perubahan.push({ field, ...(nik ? { nik } : {}), sebelum: sebelum || null, sesudah: sesudah || null });
  }
  for (const [nik, alasan] of Object.entries(input.keluar)) {
    const anggota = rt.anggota.find((a) => a.nik === nik);
    if (anggota) perubahan.push({ field: `anggota-${alasan}`, nik, sebelum: anggota.nama, sesudah: null });
  }
  input.baru.forEach((baru, i) => {
    anggotaBaruMasalah(baru, i, rt, pada, problems);
    const nik = baru.nik.trim();
    perubahan.push({ field: `anggota-${baru.alasan}`, nik, sebelum: null, sesudah: baru.nama.trim() });
    for (const field of FIELD_ANGGOTA) {
      if (field !== 'nama' && field !== 'nik') perubahan.push({ field, nik, sebelum: null, sesudah: baru[field].trim() });
    }
  });
  if (perubahan.length === 0 && Object.keys(problems).length === 0) {
    problems.umum = 'Belum ada perubahan: ubah isian yang tidak sesuai, atau catat anggota yang masuk atau keluar';
  }
  return { perubahan, problems };
}

export function usulanPerubahanDoc(perubahan: Perubahan[], rt: Rumahtangga, user: StoreUser, now: Date) {
  return {
    ...kasusHead('usulan', rt.wilayah.desa as string, user, now),
    jenis: 'perubahan-data' as const,
    rumahtanggaId: rt._id,
    perubahan
  };
}

export async function simpanPerubahan(
  user: StoreUser,
  input: PerubahanInput,
  rt: Rumahtangga,
  now = new Date()
): Promise<SimpanHasil<string>> {
  const { perubahan, problems } = perubahanDari(input, rt, hariIni(now));
  if (Object.keys(problems).length > 0) return { ok: false, problems: problems as Problems<string> };
  return simpanEvent<string>(user, usulanPerubahanDoc(perubahan, rt, user, now), () => 'umum');
}
