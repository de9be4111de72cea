/**
 * The dashboards of SLRT.md ("Dashboards", guideline I.H, IV, V.B): which figures there are,
 * what a user filters them by, and the one table shape every source answers with — the
 * district's live CouchDB views (the `dasbor` design document of its kabupaten database) and
 * the rollup's aggregate documents that provinces and the nation read. Both sources answering
 * in one shape is what lets the province see the district's numbers, without a single name.
 */

import type { KelompokUmur } from './kelompok-umur';

/** The figures, in the guideline's order. */
export const FIGUR = [
  /** Proposed registry updates and additions (perubahan data, pre-list, PMKS), by kind. */
  'usulan',
  /** Profile verifications finished, by what they found: confirmed, changed, not found. */
  'verifikasi',
  /** Programme participation records, per programme. */
  'kepesertaan',
  /** Programme needs recorded, per programme. */
  'kebutuhan',
  /** Service gaps: needs recorded and not (yet) met, per programme (kesenjangan.ts says when a need is met). */
  'kesenjangan',
  /** Complaints by category and programme. */
  'keluhan',
  /** Referrals per programme and channel. */
  'rujukan',
  /** Responses to referrals by outcome. */
  'tindaklanjut',
  /** Days from a case's opening to its closing response: median and 90th percentile, per programme (district only). */
  'penyelesaian',
  /** Household members by sex, disability and age group. */
  'anggota',
  /** Updates entered per facilitator per month (monitoring indicator, guideline VII). */
  'pemutakhiran'
] as const;
export type Figur = (typeof FIGUR)[number];

/** Breakdowns a figure can be split by, where its records carry them. */
export const RINCIAN = ['jenis-kelamin', 'disabilitas', 'kelompok-umur'] as const;
export type Rincian = (typeof RINCIAN)[number];

/**
 * The column of a record whose person is not known: an older record written before the
 * profile field (`profil`, household.ts), or a complaint without a registry household.
 */
export const TIDAK_DIKETAHUI = '?';

/**
 * What a figure's records are counted by, besides area and month: the dimensions of its view's
 * key (design-docs/kecamatan/dasbor, dasbor-kueri.ts). `jenisKelamin` and `disabilitas` are
 * those of the person concerned (`L`/`P`, `ya`/`tidak`, TIDAK_DIKETAHUI when not known), and so
 * is `kelompokUmur` (KELOMPOK_UMUR of kelompok-umur.ts, at the record's date).
 */
export type Dimensi =
  | 'jenis'
  | 'programId'
  | 'kategori'
  | 'kanal'
  | 'hasil'
  | 'hasilVerifikasi'
  | 'jenisKelamin'
  | 'disabilitas'
  | 'kelompokUmur'
  | 'createdBy'
  | 'hari';

export interface CiriFigur {
  /**
   * A stock (participation, needs, members) counts everything recorded up to the end of
   * `sampai`, whatever `dari` says; a flow counts what was recorded from `dari` to `sampai`.
   */
  stok: boolean;
  /** The dimensions of its records, in the order of its view's key. */
  dimensi: readonly Dimensi[];
  /**
   * Its own columns: kinds of proposal, programmes, complaint categories, outcomes, sexes, the
   * staff who entered the updates. The aggregates hold no staff names: there `pemutakhiran`
   * has one column, `pembaruan`, the number of updates entered.
   */
  kolom: Dimensi;
  /**
   * The columns are percentiles of its `kolom` (whole days): `median`, `p90` (KOLOM_PERSENTIL);
   * each row's total is its number of cases (`TabelAngka.totalBaris`). A median cannot be added up across areas or from suppressed
   * cells, so such a figure stays in the district: the rollup leaves it out (FIGUR_AGREGAT).
   */
  persentil?: true;
}

const PROFIL = ['jenisKelamin', 'disabilitas', 'kelompokUmur'] as const;

export const CIRI_FIGUR: Record<Figur, CiriFigur> = {
  usulan: { stok: false, dimensi: ['jenis'], kolom: 'jenis' },
  verifikasi: { stok: false, dimensi: ['hasilVerifikasi'], kolom: 'hasilVerifikasi' },
  kepesertaan: { stok: true, dimensi: ['programId', ...PROFIL], kolom: 'programId' },
  kebutuhan: { stok: true, dimensi: ['programId', ...PROFIL], kolom: 'programId' },
  kesenjangan: { stok: true, dimensi: ['programId', ...PROFIL], kolom: 'programId' },
  keluhan: { stok: false, dimensi: ['kategori', 'programId', ...PROFIL], kolom: 'kategori' },
  rujukan: { stok: false, dimensi: ['programId', 'kanal'], kolom: 'programId' },
  tindaklanjut: { stok: false, dimensi: ['hasil', 'programId'], kolom: 'hasil' },
  penyelesaian: { stok: false, dimensi: ['programId', 'hari'], kolom: 'hari', persentil: true },
  anggota: { stok: true, dimensi: PROFIL, kolom: 'jenisKelamin' },
  pemutakhiran: { stok: false, dimensi: ['createdBy'], kolom: 'createdBy' }
};

/** The figures the rollup carries to provinces and the nation. */
export const FIGUR_AGREGAT: readonly Figur[] = FIGUR.filter((f) => !CIRI_FIGUR[f].persentil);

/** The columns of a percentile figure. */
export const KOLOM_PERSENTIL = ['median', 'p90'] as const;

/**
 * The `p`-th percentile (0–1) of a histogram (value → count) by the nearest-rank method: the
 * smallest value with at least p·n of the counts at or below it; null when it counts nothing.
 */
export function persentil(histogram: ReadonlyMap<number, number>, p: number): number | null {
  const urut = [...histogram.entries()].filter(([, n]) => n > 0).sort(([a], [b]) => a - b);
  const total = urut.reduce((t, [, n]) => t + n, 0);
  if (total === 0) return null;
  const peringkat = Math.max(1, Math.ceil(p * total));
  let sampai = 0;
  for (const [nilai, n] of urut) {
    sampai += n;
    if (sampai >= peringkat) return nilai;
  }
  return urut[urut.length - 1][0];
}

/** The dimension of a breakdown. */
export const DIMENSI_RINCIAN: Record<Rincian, Dimensi> = { 'jenis-kelamin': 'jenisKelamin', disabilitas: 'disabilitas', 'kelompok-umur': 'kelompokUmur' };

/** Whether `filter.programId` applies to a figure. */
export function berprogram(figur: Figur): boolean {
  return CIRI_FIGUR[figur].dimensi.includes('programId');
}

/** Whether `filter.kelompokUmur` applies to a figure: its records carry the person's age group. */
export function berumur(figur: Figur): boolean {
  return CIRI_FIGUR[figur].dimensi.includes('kelompokUmur');
}

/** The breakdowns a figure can be split by (`filter.rincian`). */
export function rincianFigur(figur: Figur): Rincian[] {
  return RINCIAN.filter((r) => CIRI_FIGUR[figur].dimensi.includes(DIMENSI_RINCIAN[r]));
}

/** A calendar month `YYYY-MM`: the period unit of every figure. */
export type Bulan = string;

export function bulanDari(isoTimestamp: string): Bulan {
  return isoTimestamp.slice(0, 7);
}

export interface FilterDasbor {
  /**
   * Dotted code of the area looked at (kabupaten `74.01`, kecamatan `74.01.07`, desa
   * `74.01.07.2001`), a province (`74`), or `''` for the whole country.
   */
  wilayah: string;
  /** First and last month counted, inclusive. */
  dari: Bulan;
  sampai: Bulan;
  /** Only this programme, for the figures that have programmes (ignored by the others). */
  programId?: string;
  /** Columns split by this breakdown instead of the figure's own categories (ignored where it does not apply). */
  rincian?: Rincian;
  /** Only people of this age group, for the figures whose records carry it (berumur; ignored by the others). */
  kelompokUmur?: KelompokUmur;
}

/**
 * A figure's numbers: one row per child area of the area looked at (kecamatan of a kabupaten,
 * desa of a kecamatan; the desa itself when a desa is looked at), one column per category of
 * the figure (programme ids, kinds, outcomes, sexes). `nilai[i][j]` belongs to `baris[i]` and
 * `kolom[j]`; null where an aggregate cell was suppressed (fewer than AMBANG_SEL households).
 */
export interface TabelAngka {
  baris: string[];
  kolom: string[];
  nilai: (number | null)[][];
  /**
   * Total of each column over the whole area looked at. Both sources fill it: with suppressed
   * cells it cannot be recomputed from `nilai` (the rollup stores it, itself protected).
   */
  jumlah?: (number | null)[];
  /**
   * Each row's total when it is not the sum of its cells: the number of cases of a percentile
   * figure (CiriFigur.persentil), whose `jumlah` holds the whole area's percentiles.
   */
  totalBaris?: number[];
}

/** Where a dashboard reads its numbers: the district's views, or the aggregates. */
export interface SumberAngka {
  /** The figures this source answers (the aggregates: FIGUR_AGREGAT). */
  figur: readonly Figur[];
  muat(figur: Figur, filter: FilterDasbor): Promise<TabelAngka>;
}

/** Aggregate cells counting fewer than this many are suppressed: no one may be re-identified. */
export const AMBANG_SEL = 5;
