/**
 * The dashboards of SLRT.md ("Dashboards", guideline I.H, IV, V.B): which figures there are,
 * what a user filters them by, and the one table shape every source answers with — the
 * district's live CouchDB views (the `dasbor` design document of its kabupaten database) and
 * the rollup's aggregate documents that provinces and the nation read. Both sources answering
 * in one shape is what lets the province see the district's numbers, without a single name.
 */

/** The figures, in the guideline's order. */
export const FIGUR = [
  /** Proposed registry updates and additions (perubahan data, pre-list, PMKS), by kind. */
  'usulan',
  /** Programme participation records, per programme. */
  'kepesertaan',
  /** Programme needs recorded, per programme. */
  'kebutuhan',
  /** Complaints by category and programme. */
  'keluhan',
  /** Referrals per programme and channel. */
  'rujukan',
  /** Responses to referrals by outcome. */
  'tindaklanjut',
  /** Household members by sex and disability. */
  'anggota',
  /** Updates entered per facilitator per month (monitoring indicator, guideline VII). */
  'pemutakhiran'
] as const;
export type Figur = (typeof FIGUR)[number];

/** Breakdowns a figure can be split by, where its records carry them. */
export const RINCIAN = ['jenis-kelamin', 'disabilitas'] as const;
export type Rincian = (typeof RINCIAN)[number];

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
  /** Only this programme, for the figures that have programmes. */
  programId?: string;
  /** Columns split by this breakdown instead of the figure's own categories. */
  rincian?: Rincian;
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
}

/** Where a dashboard reads its numbers: the district's views, or the aggregates. */
export interface SumberAngka {
  muat(figur: Figur, filter: FilterDasbor): Promise<TabelAngka>;
}

/** Aggregate cells counting fewer than this many are suppressed: no one may be re-identified. */
export const AMBANG_SEL = 5;
