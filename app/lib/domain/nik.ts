import { z } from 'zod';
import kodeKecamatanList from './data/kode-kecamatan.json' with { type: 'json' };
import type { Anggota } from './household';
import { compactCode, dottedCode } from './wilayah';

/**
 * NIK (Nomor Induk Kependudukan) and No. KK (Kartu Keluarga) are both
 * `<6-digit kecamatan of issue><DDMMYY><4-digit serial>`. In a NIK DDMMYY is the birth date,
 * with 40 added to the day for women; in a No. KK it is the date the card was issued.
 */

const KODE_KECAMATAN: ReadonlySet<string> = new Set(kodeKecamatanList);

/** Whether a kecamatan code (dotted `74.01.01` or compact `740101`) is in the official list. */
export function kodeKecamatanDikenal(kode: string): boolean {
  return KODE_KECAMATAN.has(compactCode(kode));
}

export interface HasilPeriksa {
  valid: boolean;
  /** Every problem found, in Bahasa Indonesia; empty when valid. */
  problems: string[];
}

/** Today as `YYYY-MM-DD` in the device's time zone. */
export function hariIni(now: Date = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

/**
 * `DD`, `MM`, `YY` → `YYYY-MM-DD`, or null when no such day exists or it lies after `pada`.
 * Century: a two-digit year above this year's two digits is taken as 19YY, the rest as 20YY.
 */
function tanggalDariDdmmyy(dd: number, mm: number, yy: number, pada: string): string | null {
  const tahunIni = Number(pada.slice(0, 4));
  const tahun = yy > tahunIni % 100 ? 1900 + yy : 2000 + yy;
  const d = new Date(Date.UTC(tahun, mm - 1, dd));
  if (d.getUTCFullYear() !== tahun || d.getUTCMonth() !== mm - 1 || d.getUTCDate() !== dd) return null;
  const iso = d.toISOString().slice(0, 10);
  return iso <= pada ? iso : null;
}

interface Bagian {
  kode: string;
  dd: number;
  mm: number;
  yy: number;
  serial: string;
}

function bagian(nomor: string): Bagian {
  return {
    kode: nomor.slice(0, 6),
    dd: Number(nomor.slice(6, 8)),
    mm: Number(nomor.slice(8, 10)),
    yy: Number(nomor.slice(10, 12)),
    serial: nomor.slice(12)
  };
}

/** A NIK's day is 1–31 for men and 41–71 for women. */
function hariLahirNik(dd: number): { hari: number; jenisKelamin: Anggota['jenisKelamin'] } {
  return dd > 40 ? { hari: dd - 40, jenisKelamin: 'P' } : { hari: dd, jenisKelamin: 'L' };
}

interface Aturan {
  nama: string;
  tanggal: string;
  /** The real day of the month from the DD digits. */
  hari: (dd: number) => number;
}

const ATURAN_NIK: Aturan = { nama: 'NIK', tanggal: 'Tanggal lahir', hari: (dd) => hariLahirNik(dd).hari };
const ATURAN_KK: Aturan = { nama: 'Nomor KK', tanggal: 'Tanggal terbit', hari: (dd) => dd };

function periksa(nomor: string, aturan: Aturan, pada: string): HasilPeriksa {
  if (!/^\d{16}$/.test(nomor)) return { valid: false, problems: [`${aturan.nama} harus 16 digit angka`] };
  const b = bagian(nomor);
  const problems: string[] = [];
  if (!KODE_KECAMATAN.has(b.kode)) problems.push(`Kode wilayah ${aturan.nama} (6 digit pertama) tidak dikenal`);
  if (tanggalDariDdmmyy(aturan.hari(b.dd), b.mm, b.yy, pada) === null) {
    problems.push(`${aturan.tanggal} dalam ${aturan.nama} tidak valid`);
  }
  if (b.serial === '0000') problems.push(`Nomor urut ${aturan.nama} tidak boleh 0000`);
  return { valid: problems.length === 0, problems };
}

/** Checks a NIK; `pada` (`YYYY-MM-DD`, default today) is the last possible birth date. */
export function validateNik(nik: string, pada: string = hariIni()): HasilPeriksa {
  return periksa(nik, ATURAN_NIK, pada);
}

/** Checks a No. KK; `pada` (`YYYY-MM-DD`, default today) is the last possible issue date. */
export function validateNoKk(noKk: string, pada: string = hariIni()): HasilPeriksa {
  return periksa(noKk, ATURAN_KK, pada);
}

export interface FaktaNik {
  /** Dotted, e.g. `74.01.01`. */
  kodeKecamatan: string;
  tanggalLahir: string;
  jenisKelamin: Anggota['jenisKelamin'];
}

/** What a valid NIK says of its holder, or null for an invalid NIK. */
export function nikFacts(nik: string, pada: string = hariIni()): FaktaNik | null {
  if (!validateNik(nik, pada).valid) return null;
  const b = bagian(nik);
  const { hari, jenisKelamin } = hariLahirNik(b.dd);
  const tanggalLahir = tanggalDariDdmmyy(hari, b.mm, b.yy, pada);
  return tanggalLahir === null ? null : { kodeKecamatan: dottedCode(b.kode), tanggalLahir, jenisKelamin };
}

function nomorInduk(kodeKecamatan: string, tanggal: string, tambahHari: number, serial: number): string {
  const kode = compactCode(kodeKecamatan);
  if (!KODE_KECAMATAN.has(kode)) throw new RangeError(`Kode kecamatan ${kodeKecamatan} tidak dikenal`);
  const m = /^\d{2}(\d{2})-(\d{2})-(\d{2})$/.exec(tanggal);
  if (!m) throw new RangeError(`Tanggal ${tanggal} harus berformat TTTT-BB-HH`);
  if (!Number.isInteger(serial) || serial < 1 || serial > 9999) {
    throw new RangeError(`Nomor urut ${serial} harus bilangan bulat 1 sampai 9999`);
  }
  const dd = String(Number(m[3]) + tambahHari).padStart(2, '0');
  return `${kode}${dd}${m[2]}${m[1]}${String(serial).padStart(4, '0')}`;
}

export interface DataNik {
  kodeKecamatan: string;
  tanggalLahir: string;
  jenisKelamin: Anggota['jenisKelamin'];
  /** 1–9999. */
  serial: number;
}

/** The NIK of a person; throws RangeError for an unknown kecamatan or a serial outside 1–9999. */
export function makeNik(data: DataNik): string {
  return nomorInduk(data.kodeKecamatan, data.tanggalLahir, data.jenisKelamin === 'P' ? 40 : 0, data.serial);
}

/** The No. KK of a family card issued on `tanggalTerbit`. */
export function makeNoKk(data: { kodeKecamatan: string; tanggalTerbit: string; serial: number }): string {
  return nomorInduk(data.kodeKecamatan, data.tanggalTerbit, 0, data.serial);
}

/**
 * Whether a member's NIK agrees with the sex and birth date recorded for them. Compares the
 * DDMMYY digits directly, so it needs no guess of the century.
 */
export function nikAgrees(anggota: Pick<Anggota, 'nik' | 'jenisKelamin' | 'tanggalLahir'>): HasilPeriksa {
  if (!/^\d{16}$/.test(anggota.nik)) return { valid: false, problems: ['NIK harus 16 digit angka'] };
  const b = bagian(anggota.nik);
  const { hari, jenisKelamin } = hariLahirNik(b.dd);
  const [tahun, bulan, tgl] = anggota.tanggalLahir.split('-').map(Number);
  const problems: string[] = [];
  if (jenisKelamin !== anggota.jenisKelamin) problems.push('Jenis kelamin tidak sesuai dengan NIK');
  if (hari !== tgl || b.mm !== bulan || b.yy !== tahun % 100) problems.push('Tanggal lahir tidak sesuai dengan NIK');
  return { valid: problems.length === 0, problems };
}

function skemaDari(validate: (nomor: string) => HasilPeriksa) {
  return z.string().superRefine((nomor, ctx) => {
    for (const message of validate(nomor).problems) ctx.addIssue({ code: 'custom', message });
  });
}

/** For forms: a NIK with every check of `validateNik`, against today. */
export const nikSchema = skemaDari((nik) => validateNik(nik));
/** For forms: a No. KK with every check of `validateNoKk`, against today. */
export const noKkSchema = skemaDari((noKk) => validateNoKk(noKk));
