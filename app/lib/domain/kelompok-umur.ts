/**
 * Age groups the dashboards split people by (issue 6 item 5): children under school age,
 * school-age children, working-age adults, older people (lansia). Neither the guideline nor the
 * Kolaka PMKS data centre names its own groups, so these are the usual ones of social
 * protection: 0–5, 6–17, 18–59, 60 and over. A record counts its person at the record's date.
 */
import { z } from 'zod';

export const KELOMPOK_UMUR = ['balita', 'anak', 'dewasa', 'lansia'] as const;
export type KelompokUmur = (typeof KELOMPOK_UMUR)[number];
export const kelompokUmurSchema = z.enum(KELOMPOK_UMUR);

/** The first age of each group after the first (design-docs/kecamatan/dasbor/views/angka/map.ts repeats them). */
export const BATAS_KELOMPOK_UMUR = [6, 18, 60] as const;

/** Whole years between a birth date and a day, both `YYYY-MM-DD`. */
export function umur(tanggalLahir: string, pada: string): number {
  const [ly, lm, ld] = tanggalLahir.split('-').map(Number);
  const [py, pm, pd] = pada.split('-').map(Number);
  const belumUlangTahun = pm < lm || (pm === lm && pd < ld);
  return py - ly - (belumUlangTahun ? 1 : 0);
}

/** The group of someone born on `tanggalLahir` on the day `pada` (`YYYY-MM-DD`, or an ISO timestamp). */
export function kelompokUmur(tanggalLahir: string, pada: string): KelompokUmur {
  const u = umur(tanggalLahir, pada.slice(0, 10));
  return KELOMPOK_UMUR[BATAS_KELOMPOK_UMUR.filter((b) => u >= b).length];
}
