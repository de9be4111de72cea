import type { Anggota } from '../../app/lib/domain/household';
import type { JenisKelamin, NameSource } from './names';
import type { NomorIndukAllocator } from './nomor-induk';
import type { Rng } from './rng';
import { birthDateForAge } from './waktu';

/**
 * The members of one household: an age and sex structure like a poor rural household of
 * Sulawesi Tenggara (head 20–80, spouse, children, sometimes an elderly parent or, in older
 * households, a married child and grandchildren), then education, schooling, work and
 * disability consistent with each age.
 */
type Hubungan = Anggota['hubungan'];
interface Draft {
  hubungan: Hubungan;
  jenisKelamin: JenisKelamin;
  umur: number;
}

/** Household size 1–8, mean ≈ 4. */
const SIZE: readonly (readonly [number, number])[] = [
  [1, 7], [2, 15], [3, 20], [4, 22], [5, 17], [6, 10], [7, 6], [8, 3]
];
const HEAD_AGE: readonly (readonly [[number, number], number])[] = [
  [[20, 29], 12], [[30, 39], 24], [[40, 49], 25], [[50, 59], 20], [[60, 69], 12], [[70, 80], 7]
];

function draftMembers(rng: Rng): Draft[] {
  const size = rng.weighted(SIZE);
  const [lo, hi] = rng.weighted(HEAD_AGE);
  const headAge = rng.int(lo, hi);
  const headSex: JenisKelamin = rng.chance(headAge >= 60 ? 0.25 : 0.12) ? 'P' : 'L';
  const members: Draft[] = [{ hubungan: 'kepala', jenisKelamin: headSex, umur: headAge }];
  const spouse = size >= 2 && rng.chance(headSex === 'L' ? (headAge < 65 ? 0.93 : 0.7) : 0.15);
  if (spouse) {
    const umur = headSex === 'L' ? Math.max(17, headAge - rng.int(0, 8)) : headAge + rng.int(0, 6);
    members.push({ hubungan: 'pasangan', jenisKelamin: headSex === 'L' ? 'P' : 'L', umur });
  }
  const motherAge = members.find((m) => m.jenisKelamin === 'P')?.umur ?? headAge - 3;
  let slots = size - members.length;
  if (slots >= 2 && headAge <= 55 && rng.chance(0.2)) {
    const mertua = spouse && rng.chance(0.4);
    members.push({
      hubungan: mertua ? 'mertua' : 'orang-tua',
      jenisKelamin: rng.chance(0.65) ? 'P' : 'L',
      umur: Math.min(95, headAge + rng.int(20, 32))
    });
    slots--;
  }
  const oldestChild = Math.max(0, Math.min(motherAge - 17, 40));
  const withGrandchildren = headAge >= 55 && slots >= 3 && oldestChild >= 22;
  const children = withGrandchildren ? 1 : slots;
  for (let i = 0; i < children; i++) {
    const umur = withGrandchildren ? rng.int(22, oldestChild) : rng.int(0, oldestChild);
    members.push({ hubungan: 'anak', jenisKelamin: rng.chance(0.51) ? 'L' : 'P', umur });
  }
  if (withGrandchildren) {
    const parent = members[members.length - 1];
    members.push({
      hubungan: 'menantu',
      jenisKelamin: parent.jenisKelamin === 'L' ? 'P' : 'L',
      umur: Math.max(18, parent.umur + rng.int(-4, 4))
    });
    for (let i = 0; i < slots - 2; i++) {
      members.push({ hubungan: 'cucu', jenisKelamin: rng.chance(0.51) ? 'L' : 'P', umur: rng.int(0, Math.max(0, parent.umur - 18)) });
    }
  }
  return members;
}

type Pendidikan = Anggota['pendidikan'];
type Sekolah = Pick<Anggota, 'pendidikan' | 'statusSekolah'>;

function adultEducation(rng: Rng, umur: number): Pendidikan {
  if (umur >= 25 && rng.chance(0.002)) return 's2-s3';
  if (umur >= 60) return rng.weighted<Pendidikan>([['tidak-sekolah', 30], ['sd', 50], ['smp', 10], ['sma', 8], ['s1', 2]]);
  if (umur >= 40) return rng.weighted<Pendidikan>([['tidak-sekolah', 8], ['sd', 40], ['smp', 22], ['sma', 24], ['diploma', 2], ['s1', 4]]);
  return rng.weighted<Pendidikan>([['tidak-sekolah', 3], ['sd', 25], ['smp', 25], ['sma', 38], ['diploma', 3], ['s1', 6]]);
}

function finished(pendidikan: Pendidikan): Sekolah {
  return { pendidikan, statusSekolah: pendidikan === 'tidak-sekolah' ? 'tidak-bersekolah' : 'tidak-lagi' };
}

function schooling(rng: Rng, umur: number): Sekolah {
  if (umur <= 5) return { pendidikan: 'belum-sekolah', statusSekolah: 'tidak-bersekolah' };
  if (umur <= 12) return rng.chance(0.96) ? { pendidikan: 'sd', statusSekolah: 'masih-sekolah' } : finished('tidak-sekolah');
  if (umur <= 15) return rng.chance(0.88) ? { pendidikan: 'smp', statusSekolah: 'masih-sekolah' } : finished('sd');
  if (umur <= 18)
    return rng.chance(0.72)
      ? { pendidikan: 'sma', statusSekolah: 'masih-sekolah' }
      : finished(rng.weighted<Pendidikan>([['smp', 60], ['sd', 40]]));
  if (umur <= 23 && rng.chance(0.1))
    return { pendidikan: rng.weighted<Pendidikan>([['diploma', 30], ['s1', 70]]), statusSekolah: 'masih-sekolah' };
  return finished(adultEducation(rng, umur));
}

const DISABILITAS: readonly (readonly [Anggota['disabilitas'], number])[] = [
  ['fisik', 40], ['sensorik-netra', 15], ['sensorik-rungu', 12], ['sensorik-wicara', 5],
  ['intelektual', 10], ['mental', 10], ['ganda', 8]
];

/** Prevalence rises with age; overall ≈ 2–3 % of members. */
function disability(rng: Rng, umur: number): Anggota['disabilitas'] {
  const p = umur < 18 ? 0.015 : umur < 60 ? 0.026 : 0.075;
  return rng.chance(p) ? rng.weighted(DISABILITAS) : 'tidak';
}

const TIDAK_BEKERJA = 'Belum/Tidak Bekerja';
/** Work of the poor in Kolaka: smallholder cocoa and cloves, fishing, nickel mining around Pomalaa. */
const PEKERJAAN: readonly (readonly [string, number])[] = [
  ['Petani/Pekebun', 30], ['Buruh Tani/Perkebunan', 14], ['Nelayan/Perikanan', 10],
  ['Buruh Harian Lepas', 14], ['Buruh Tambang', 6], ['Pedagang', 6], ['Wiraswasta', 6],
  ['Sopir', 3], ['Tukang Batu', 3], ['Karyawan Swasta', 4], ['Karyawan Honorer', 2],
  [TIDAK_BEKERJA, 2]
];

function work(rng: Rng, d: Draft, s: Sekolah, dis: Anggota['disabilitas']): string {
  if (s.statusSekolah === 'masih-sekolah') return 'Pelajar/Mahasiswa';
  if (d.umur < 15 || dis === 'intelektual' || dis === 'ganda') return TIDAK_BEKERJA;
  if (d.umur >= 65 && rng.chance(0.5)) return TIDAK_BEKERJA;
  if (d.jenisKelamin === 'P' && d.hubungan !== 'kepala' && rng.chance(0.6)) return 'Mengurus Rumah Tangga';
  return rng.weighted(PEKERJAAN);
}

export function generateAnggota(
  rng: Rng,
  names: NameSource,
  nomor: NomorIndukAllocator,
  kodeKecamatan: string,
  now: number
): Anggota[] {
  return draftMembers(rng).map((d) => {
    const tanggalLahir = birthDateForAge(rng, now, d.umur);
    const sekolah = schooling(rng, d.umur);
    const disabilitas = disability(rng, d.umur);
    return {
      nik: nomor.nik(kodeKecamatan, tanggalLahir, d.jenisKelamin),
      nama: names.nama(d.jenisKelamin),
      jenisKelamin: d.jenisKelamin,
      tanggalLahir,
      hubungan: d.hubungan,
      disabilitas,
      ...sekolah,
      pekerjaan: work(rng, d, sekolah, disabilitas)
    };
  });
}
