/**
 * Where a dashboard reads the overlap of programmes (irisan.ts) and how it becomes tables: the
 * district from the exact documents in its kabupaten database (view `irisan/dokumen`), provinces
 * and the nation from the protected ones in `slrt-agregat` (view `dasbor/tabel`, figure
 * `irisan`). The overlap is a stock: the last document up to `sampai` counts. A province or the
 * country adds its kabupaten; a sum that meets a suppressed cell is unknown (null).
 */
import type { FilterDasbor, TabelAngka } from './dasbor';
import type { TanyaView } from './dasbor-kueri';
import { irisanSchema, kunciKombinasi, PEMISAH_KOMBINASI, type IrisanDoc, type IrisanWilayah } from './irisan';

/** How many sets of programmes the ranking shows. */
export const KOMBINASI_TERATAS = 10;

/** The one column of the ranking: households. */
export const KOLOM_RUMAHTANGGA = 'rumahtangga';

export interface TabelIrisan {
  /** Rows and columns: programmes; a cell: households receiving both (the diagonal: the row's programme). */
  matriks: TabelAngka;
  /** Rows: sets of programmes (kunciKombinasi), most households first; one column, KOLOM_RUMAHTANGGA. */
  kombinasi: TabelAngka;
}

export interface SumberIrisan {
  muat(filter: Pick<FilterDasbor, 'wilayah' | 'sampai'>): Promise<TabelIrisan>;
}

export class IrisanTidakSahError extends Error {
  override name = 'IrisanTidakSahError';
  constructor(id: string) {
    super(`Data irisan program ${id} tidak sesuai format; jalankan ulang rekap (npm run rollup) atau hubungi administrator.`);
  }
}

function baca(row: { id?: string; doc?: unknown }): IrisanDoc {
  const parsed = irisanSchema.safeParse(row.doc);
  if (!parsed.success) throw new IrisanTidakSahError(String(row.id));
  return parsed.data;
}

type Sel = number | null;
const tambah = (a: Sel, b: Sel): Sel => (a === null || b === null ? null : a + b);

/** Several areas' overlap added up: what one area lacks counts 0, a suppressed cell makes its sum null. */
export function gabungIrisan(kode: string, bagian: readonly IrisanWilayah[]): IrisanWilayah {
  if (bagian.length === 1) return { ...bagian[0], kode };
  const program = [...new Set(bagian.flatMap((w) => w.program))].sort();
  const sel = (w: IrisanWilayah, a: string, b: string): Sel => {
    const [i, j] = [w.program.indexOf(a), w.program.indexOf(b)];
    return i < 0 || j < 0 ? 0 : w.matriks[i][j];
  };
  const matriks = program.map((a) => program.map((b) => bagian.reduce<Sel>((t, w) => tambah(t, sel(w, a, b)), 0)));
  const kombinasi = new Map<string, Sel>();
  for (const w of bagian) for (const s of w.kombinasi) {
    const k = kunciKombinasi(s.program);
    kombinasi.set(k, tambah(kombinasi.get(k) ?? 0, s.rumahtangga));
  }
  return { kode, program, matriks, kombinasi: [...kombinasi].map(([k, n]) => ({ program: k.split(PEMISAH_KOMBINASI), rumahtangga: n })) };
}

/** An area's overlap as the dashboard's two tables; nothing recorded gives two empty tables. */
export function tabelIrisan(w: IrisanWilayah | undefined): TabelIrisan {
  if (!w) return { matriks: { baris: [], kolom: [], nilai: [] }, kombinasi: { baris: [], kolom: [KOLOM_RUMAHTANGGA], nilai: [] } };
  // Known counts first, most households first; hidden ones after them (their size is unknown).
  const urut = [...w.kombinasi].sort(
    (x, y) => (y.rumahtangga ?? -1) - (x.rumahtangga ?? -1) || kunciKombinasi(x.program).localeCompare(kunciKombinasi(y.program))
  );
  const teratas = urut.slice(0, KOMBINASI_TERATAS);
  return {
    matriks: { baris: w.program, kolom: w.program, nilai: w.matriks },
    kombinasi: { baris: teratas.map((s) => kunciKombinasi(s.program)), kolom: [KOLOM_RUMAHTANGGA], nilai: teratas.map((s) => [s.rumahtangga]) }
  };
}

/** The district's exact overlap, from the documents the rollup wrote into its kabupaten database. */
export function sumberIrisanDistrik(tanya: TanyaView): SumberIrisan {
  return {
    async muat(filter) {
      const rows = await tanya('irisan/dokumen', { startkey: filter.sampai, endkey: '', descending: true, limit: 1, include_docs: true });
      const doc = rows.length > 0 ? baca(rows[0]) : null;
      return tabelIrisan(doc?.isi.find((w) => w.kode === filter.wilayah));
    }
  };
}

/** The aggregates' protected overlap: a kabupaten or kecamatan as stored, a province or the country added up. */
export function sumberIrisanAgregat(tanya: TanyaView): SumberIrisan {
  return {
    async muat(filter) {
      const kecamatan = filter.wilayah.length === 8;
      const cakupan = kecamatan ? filter.wilayah.slice(0, 5) : filter.wilayah;
      const rows = await tanya('dasbor/tabel', { startkey: [cakupan, 'irisan', ''], endkey: [cakupan, 'irisan', filter.sampai, {}], include_docs: true });
      const terakhir = new Map<string, IrisanDoc>();
      for (const doc of rows.map(baca)) {
        const ada = terakhir.get(doc.kabupaten);
        if (!ada || doc.bulan > ada.bulan) terakhir.set(doc.kabupaten, doc);
      }
      const docs = [...terakhir.values()];
      if (filter.wilayah.length >= 5) return tabelIrisan(docs.flatMap((d) => d.isi).find((w) => w.kode === filter.wilayah));
      const bagian = docs.flatMap((d) => d.isi.filter((w) => w.kode === d.kabupaten));
      return tabelIrisan(bagian.length > 0 ? gabungIrisan(filter.wilayah, bagian) : undefined);
    }
  };
}

