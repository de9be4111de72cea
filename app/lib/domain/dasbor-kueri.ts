/**
 * How the district reads a figure from the `dasbor/angka` view of its database (the key layout
 * is in design-docs/kecamatan/dasbor/views/angka/map.ts): the view query for a figure and filter,
 * and the rows it returns turned into a TabelAngka. Pure, so the browser's district source
 * and the server's rollup read the views the same way.
 */
import {
  berprogram,
  berumur,
  CIRI_FIGUR,
  DIMENSI_RINCIAN,
  KOLOM_PERSENTIL,
  persentil,
  rincianFigur,
  TIDAK_DIKETAHUI,
  type Dimensi,
  type Figur,
  type FilterDasbor,
  type TabelAngka
} from './dasbor';
import { KELOMPOK_UMUR } from './kelompok-umur';
import { KATEGORI_KELUHAN } from './keluhan';
import { KANAL_RUJUKAN } from './routing';
import { HASIL_TINDAKLANJUT } from './tindaklanjut';
import { JENIS_USULAN } from './usulan';
import { HASIL_VERIFIKASI } from './verifikasi';

/** Columns always shown, in this order, for dimensions with a closed set of values. */
const URUTAN_KOLOM: Partial<Record<Dimensi, readonly string[]>> = {
  jenis: JENIS_USULAN,
  kategori: KATEGORI_KELUHAN,
  kanal: KANAL_RUJUKAN,
  hasil: HASIL_TINDAKLANJUT,
  hasilVerifikasi: HASIL_VERIFIKASI,
  jenisKelamin: ['L', 'P'],
  disabilitas: ['ya', 'tidak'],
  kelompokUmur: KELOMPOK_UMUR
};

/** The month before every month: a stock's query starts there. */
const AWAL = '';

export class WilayahDasborError extends Error {
  override name = 'WilayahDasborError';
  constructor(wilayah: string) {
    super(`Dasbor kabupaten hanya menampilkan kabupaten, kecamatan atau desa; "${wilayah}" bukan salah satunya.`);
  }
}

/** The area whose rows a query reads: a desa is read from its kecamatan's rows. */
function indukKueri(wilayah: string): string {
  const parts = wilayah.split('.');
  if (parts.length < 2 || parts.length > 4 || !/^\d{2}(\.\d{2}){1,2}(\.\d{4})?$/.test(wilayah)) {
    throw new WilayahDasborError(wilayah);
  }
  return parts.length === 4 ? parts.slice(0, 3).join('.') : wilayah;
}

export const VIEW_ANGKA = 'dasbor/angka';

export interface KueriView {
  view: typeof VIEW_ANGKA;
  options: { startkey: unknown[]; endkey: unknown[]; group_level: number; reduce: true };
}

/** figur, area, month, child area, then the dimensions. */
export function panjangKunci(figur: Figur): number {
  return 4 + CIRI_FIGUR[figur].dimensi.length;
}

/** The first month a figure counts for a filter: the beginning of time for a stock. */
function dariUntuk(figur: Figur, filter: Pick<FilterDasbor, 'dari'>): string {
  return CIRI_FIGUR[figur].stok ? AWAL : filter.dari;
}

/**
 * One range per figure and area: `[figur, area, dari]` to `[figur, area, sampai, {}]`, grouped
 * to the whole key, so each row is one month, one child area and one combination of the
 * figure's dimensions. `dari` other than the filter's: the months after a stock's snapshot (dasbor-stok.ts).
 */
export function kueriDasbor(figur: Figur, filter: Pick<FilterDasbor, 'wilayah' | 'dari' | 'sampai'>, dari = dariUntuk(figur, filter)): KueriView {
  const induk = indukKueri(filter.wilayah);
  return {
    view: VIEW_ANGKA,
    options: {
      startkey: [figur, induk, dari],
      endkey: [figur, induk, filter.sampai, {}],
      group_level: panjangKunci(figur),
      reduce: true
    }
  };
}

export interface BarisView {
  id?: string;
  key: unknown;
  value: unknown;
  doc?: unknown;
}

export interface OpsiView {
  startkey?: unknown;
  endkey?: unknown;
  group_level?: number;
  reduce?: boolean;
  include_docs?: boolean;
  descending?: boolean;
  limit?: number;
  /** With `skip: 1`, pages on from the last row read (the rollup reads a whole view in pages). */
  startkey_docid?: string;
  skip?: number;
}

/** A CouchDB view query, however it travels: the data port in the browser, HTTP as admin in the rollup. */
export type TanyaView = (view: string, options: OpsiView) => Promise<BarisView[]>;

/** A grouped row of the figure in parts; null for a row of another figure or shape. */
function uraikan(figur: Figur, row: BarisView) {
  if (!Array.isArray(row.key) || row.key.length !== panjangKunci(figur) || typeof row.value !== 'number') return null;
  const [namaFigur, area, bulan, anak, ...nilai] = row.key.map(String);
  if (namaFigur !== figur) return null;
  const dimensi = Object.fromEntries(CIRI_FIGUR[figur].dimensi.map((d, i) => [d, nilai[i]])) as Record<Dimensi, string>;
  return { area, bulan, anak, dimensi, jumlah: row.value };
}

/** The dimension a filter's columns come from: a breakdown where it applies, else the figure's own. */
export function dimensiKolom(figur: Figur, filter: Pick<FilterDasbor, 'rincian'>): Dimensi {
  const rincian = filter.rincian && rincianFigur(figur).includes(filter.rincian) ? filter.rincian : null;
  return rincian ? DIMENSI_RINCIAN[rincian] : CIRI_FIGUR[figur].kolom;
}

/**
 * Columns in a stable order: the closed set of the dimension (all of it, so a chart keeps its
 * shape), then whatever else occurs sorted, unknown last; a programme filter on the programme
 * column leaves that programme only.
 */
export function urutkanKolom(figur: Figur, filter: Pick<FilterDasbor, 'rincian' | 'programId'>, ada: readonly string[]): string[] {
  const dimensi = dimensiKolom(figur, filter);
  if (CIRI_FIGUR[figur].persentil) return [...KOLOM_PERSENTIL];
  if (dimensi === 'programId' && filter.programId) return [filter.programId];
  const tetap = URUTAN_KOLOM[dimensi] ?? [];
  const lain = [...new Set(ada)].filter((k) => !tetap.includes(k) && k !== TIDAK_DIKETAHUI).sort();
  const tidakDiketahui = ada.includes(TIDAK_DIKETAHUI) ? [TIDAK_DIKETAHUI] : [];
  return [...tetap, ...lain, ...tidakDiketahui];
}

/** The column totals of a table's rows: null where any cell of the column is null. */
export function jumlahKolom(nilai: readonly (readonly (number | null)[])[], lebar: number): (number | null)[] {
  return Array.from({ length: lebar }, (_, j) =>
    nilai.reduce<number | null>((total, baris) => (total === null || baris[j] === null ? null : total + (baris[j] as number)), 0)
  );
}

/**
 * The rows of `kueriDasbor(figur, filter)` as a table: one row per child area in code order
 * (just the desa when a desa is looked at, even without records), months from `dari` (the
 * beginning of time for a stock) to `sampai` summed, only `filter.programId` and
 * `filter.kelompokUmur` where they apply.
 */
export function tabelDari(figur: Figur, filter: FilterDasbor, rows: readonly BarisView[]): TabelAngka {
  const induk = indukKueri(filter.wilayah);
  const desa = induk === filter.wilayah ? null : filter.wilayah;
  const dari = dariUntuk(figur, filter);
  const program = berprogram(figur) ? filter.programId : undefined;
  const umur = berumur(figur) ? filter.kelompokUmur : undefined;
  const dimensi = dimensiKolom(figur, filter);
  const sel = new Map<string, Map<string, number>>();
  if (desa) sel.set(desa, new Map());
  for (const row of rows) {
    const r = uraikan(figur, row);
    if (!r || r.area !== induk || r.bulan < dari || r.bulan > filter.sampai) continue;
    if ((desa && r.anak !== desa) || (program && r.dimensi.programId !== program) || (umur && r.dimensi.kelompokUmur !== umur)) continue;
    const baris = sel.get(r.anak) ?? new Map<string, number>();
    sel.set(r.anak, baris);
    const kolom = r.dimensi[dimensi];
    baris.set(kolom, (baris.get(kolom) ?? 0) + r.jumlah);
  }
  const baris = [...sel.keys()].sort();
  if (CIRI_FIGUR[figur].persentil) return tabelPersentil(baris, sel);
  const kolom = urutkanKolom(figur, filter, [...sel.values()].flatMap((b) => [...b.keys()]));
  // A gap below 0 is a need met twice the rollup has not corrected yet (kesenjangan-koreksi.ts): none is open there.
  const batas = figur === 'kesenjangan' ? (n: number) => Math.max(0, n) : (n: number) => n;
  const nilai = baris.map((b) => kolom.map((k) => batas(sel.get(b)?.get(k) ?? 0)));
  return { baris, kolom, nilai, jumlah: jumlahKolom(nilai, kolom.length) };
}

/** Median and 90th percentile of each row's histogram (days → cases) and of the whole area; each row's number of cases. */
function tabelPersentil(baris: string[], sel: Map<string, Map<string, number>>): TabelAngka {
  const ringkas = (h: Map<number, number>) => [persentil(h, 0.5), persentil(h, 0.9)];
  const banyak = (h: Map<number, number>) => [...h.values()].reduce((t, n) => t + n, 0);
  const totalBaris: number[] = [];
  const semua = new Map<number, number>();
  const nilai = baris.map((b) => {
    const h = new Map<number, number>();
    for (const [hari, n] of sel.get(b) ?? []) {
      h.set(Number(hari), (h.get(Number(hari)) ?? 0) + n);
      semua.set(Number(hari), (semua.get(Number(hari)) ?? 0) + n);
    }
    totalBaris.push(banyak(h));
    return ringkas(h);
  });
  return { baris, kolom: [...KOLOM_PERSENTIL], nilai, jumlah: ringkas(semua), totalBaris };
}

/** The distinct values one part of a figure's rows takes, sorted. */
function ragam(figur: Figur, rows: readonly BarisView[], bagian: (r: NonNullable<ReturnType<typeof uraikan>>) => string): string[] {
  const nilai = new Set<string>();
  for (const row of rows) {
    const r = uraikan(figur, row);
    if (r) nilai.add(bagian(r));
  }
  return [...nilai].sort();
}

/** The programmes a figure's rows name (not the unknown one): the rollup makes a table for each. */
export function programDalam(figur: Figur, rows: readonly BarisView[]): string[] {
  return berprogram(figur) ? ragam(figur, rows, (r) => r.dimensi.programId).filter((p) => p !== TIDAK_DIKETAHUI) : [];
}

/** The months a figure's rows name. */
export function bulanDalam(figur: Figur, rows: readonly BarisView[]): string[] {
  return ragam(figur, rows, (r) => r.bulan);
}
