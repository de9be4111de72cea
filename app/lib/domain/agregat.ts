/**
 * The aggregate documents of `slrt-agregat` (DESIGN.md "Aggregates"): numbers only, per
 * kabupaten, figure and month, made by the rollup job from the district's `dasbor/angka` view
 * and read by provincial and national dashboards. A document holds one table per programme
 * filter and breakdown the figure allows, each at kabupaten level (rows = kecamatan) with the
 * kabupaten's totals, small cells suppressed. A stock is the count at the end of the month, a
 * flow the count within it (CIRI_FIGUR). Staff names stay in the district: `pemutakhiran` has
 * one column here, `pembaruan`.
 */
import { z } from 'zod';
import { berprogram, FIGUR, FIGUR_AGREGAT, RINCIAN, rincianFigur, type Bulan, type Figur, type Rincian, type TabelAngka } from './dasbor';
import { bulanDalam, programDalam, tabelDari, type BarisView } from './dasbor-kueri';
import { programIdSchema } from './program';
import { lindungiSelKecil } from './sel-kecil';
import { compactCode, kodeKabupaten, kodeKecamatan } from './wilayah';

export const KOLOM_PEMBARUAN = 'pembaruan';

const bulanSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Bulan harus berformat TTTT-BB');
const sel = z.number().int().nonnegative().nullable();

/** Strict: a field that is not a number or a code has no place here. */
export const tabelAgregatSchema = z.strictObject({
  /** The table of one programme; absent: every programme. */
  programId: programIdSchema.optional(),
  /** Columns by this breakdown; absent: the figure's own categories. */
  rincian: z.enum(RINCIAN).optional(),
  baris: z.array(kodeKecamatan),
  /** Category codes (programme ids, kinds, outcomes, L/P, ya/tidak, `?`), never free text. */
  kolom: z.array(z.string().regex(/^([a-z0-9]+(-[a-z0-9]+)*|L|P|\?)$/)),
  nilai: z.array(z.array(sel)),
  jumlah: z.array(sel)
});
export type TabelAgregat = z.infer<typeof tabelAgregatSchema>;

export const agregatSchema = z.strictObject({
  _id: z.string().regex(/^agregat:\d{4}:[a-z]+:\d{4}-\d{2}$/),
  _rev: z.string().optional(),
  type: z.literal('agregat'),
  schema: z.literal(1),
  kabupaten: kodeKabupaten,
  figur: z.enum(FIGUR),
  bulan: bulanSchema,
  tabel: z.array(tabelAgregatSchema)
});
export type AgregatDoc = z.infer<typeof agregatSchema>;

export function agregatDocId(kabupaten: string, figur: Figur, bulan: Bulan): string {
  return `agregat:${compactCode(kabupaten)}:${figur}:${bulan}`;
}

/** Every month from `dari` to `sampai`, inclusive. */
export function rentangBulan(dari: Bulan, sampai: Bulan): Bulan[] {
  const bulan: Bulan[] = [];
  let [y, m] = dari.split('-').map(Number);
  for (;;) {
    const b = `${y}-${String(m).padStart(2, '0')}`;
    if (b > sampai) return bulan;
    bulan.push(b);
    [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
  }
}

type TabelDistrik = Omit<TabelAngka, 'nilai' | 'jumlah'> & { nilai: number[][]; jumlah: number[] };

/** The one column of `pemutakhiran` in the aggregates: who entered the updates stays in the district. */
function tanpaNamaPetugas(tabel: TabelDistrik): TabelDistrik {
  const total = (baris: readonly number[]) => baris.reduce((t, v) => t + v, 0);
  return { baris: tabel.baris, kolom: [KOLOM_PEMBARUAN], nilai: tabel.nilai.map((b) => [total(b)]), jumlah: [total(tabel.jumlah)] };
}

/** The tables the provinces may ask a figure for: every programme filter by every breakdown. */
function ragamTabel(figur: Figur, rows: readonly BarisView[]): { programId?: string; rincian?: Rincian }[] {
  const program = [undefined, ...programDalam(figur, rows)];
  const rincian = [undefined, ...rincianFigur(figur)];
  return program.flatMap((programId) =>
    rincian.map((r) => ({ ...(programId ? { programId } : {}), ...(r ? { rincian: r } : {}) }))
  );
}

function tabelBulan(figur: Figur, kabupaten: string, bulan: Bulan, rows: readonly BarisView[], ragam: { programId?: string; rincian?: Rincian }): TabelAgregat {
  // The district's views are never suppressed: every cell is a number.
  const tabel = tabelDari(figur, { wilayah: kabupaten, dari: bulan, sampai: bulan, ...ragam }, rows) as TabelDistrik;
  const { baris, kolom, nilai, jumlah } = figur === 'pemutakhiran' ? tanpaNamaPetugas(tabel) : tabel;
  const terlindungi = lindungiSelKecil(nilai, jumlah);
  return { ...ragam, baris, kolom, ...terlindungi };
}

/**
 * The aggregate documents of one kabupaten, from the rows of `kueriDasbor(figur, { wilayah:
 * kabupaten, dari: '', sampai })` of each figure: one per figure and month, from the first
 * month any figure has to `sampai`, so a stock is there for every month.
 */
export function agregatDocs(kabupaten: string, rowsPerFigur: Readonly<Partial<Record<Figur, readonly BarisView[]>>>, sampai: Bulan): AgregatDoc[] {
  const rows = (f: Figur) => rowsPerFigur[f] ?? [];
  const pertama = FIGUR_AGREGAT.flatMap((f) => bulanDalam(f, rows(f)).slice(0, 1)).sort()[0];
  if (!pertama) return [];
  return rentangBulan(pertama, sampai).flatMap((bulan) =>
    FIGUR_AGREGAT.map((figur) => ({
      _id: agregatDocId(kabupaten, figur, bulan),
      type: 'agregat' as const,
      schema: 1 as const,
      kabupaten,
      figur,
      bulan,
      tabel: ragamTabel(figur, rows(figur)).map((ragam) => tabelBulan(figur, kabupaten, bulan, rows(figur), ragam))
    }))
  );
}

/** The table of a document a filter asks for; undefined when the kabupaten has none (no such programme there). */
export function tabelUntuk(doc: AgregatDoc, filter: { programId?: string; rincian?: Rincian }): TabelAgregat | undefined {
  const programId = berprogram(doc.figur) ? filter.programId : undefined;
  const rincian = filter.rincian && rincianFigur(doc.figur).includes(filter.rincian) ? filter.rincian : undefined;
  return doc.tabel.find((t) => t.programId === programId && t.rincian === rincian);
}
