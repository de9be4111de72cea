/**
 * The district's stocks kept per month (decision 0002, amendment "stocks"). A stock
 * (participation, needs, gaps, members) counts every record up to the period's end, and the
 * embedded PouchDB Server reduces a view range in JavaScript at query time, reading each of its
 * rows: a stock read the whole history of the area on every render (the members of 20,000
 * households: seconds). The rollup therefore keeps, per kabupaten and stock figure, one `stok`
 * document in the kabupaten database: the view's rows summed over every month up to the last
 * closed month (`bulan`), by area, child area and dimensions. The district reads those few rows
 * and the view's rows of the months after `bulan` only, so a record written today counts at
 * once; where no snapshot serves (a kecamatan database, an area with nothing up to `bulan`, a
 * period ending before it) it reads the whole range, as before.
 * Known limit: an older record changed or deleted after the rollup (a member added to a household
 * imported last year) shows in the stocks at the next rollup, 15 minutes at most.
 */
import { z } from 'zod';
import { CIRI_FIGUR, FIGUR, type Bulan, type Figur, type SumberAngka } from './dasbor';
import { kueriDasbor, panjangKunci, tabelDari, VIEW_ANGKA, type BarisView, type KueriView, type TanyaView } from './dasbor-kueri';
import { compactCode, kodeKabupaten } from './wilayah';

export const FIGUR_STOK: readonly Figur[] = FIGUR.filter((f) => CIRI_FIGUR[f].stok);

/** The snapshots' rows, keyed like `dasbor/angka` (design-docs/kecamatan/dasbor/views/stok). */
export const VIEW_STOK = 'dasbor/stok';

const bulanSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Bulan harus berformat TTTT-BB');

/** Numbers and codes only, like the view rows they sum: no record leaves its database whole. */
export const stokSchema = z.strictObject({
  _id: z.string().regex(/^stok:\d{4}:[a-z]+$/),
  _rev: z.string().optional(),
  type: z.literal('stok'),
  schema: z.literal(1),
  kabupaten: kodeKabupaten,
  figur: z.enum(FIGUR).refine((f) => CIRI_FIGUR[f].stok, 'Hanya angka stok'),
  /** The last month summed: every month up to it. */
  bulan: bulanSchema,
  /** `[[area, anak, ...dimensi], jumlah]`: the view's key without figure and month, and its sum. */
  baris: z.array(z.tuple([z.array(z.union([z.string(), z.number(), z.null()])), z.number().int()]))
});
export type StokDoc = z.infer<typeof stokSchema>;

export function stokDocId(kabupaten: string, figur: Figur): string {
  return `stok:${compactCode(kabupaten)}:${figur}`;
}

/** `bulan` moved by `n` months. */
export function geserBulan(bulan: Bulan, n: number): Bulan {
  const [y, m] = bulan.split('-').map(Number);
  const t = y * 12 + (m - 1) + n;
  return `${Math.floor(t / 12)}-${String((t % 12) + 1).padStart(2, '0')}`;
}

/** The rollup's query of a stock figure: every area of the database, every month, grouped to the whole key. */
export function kueriSemua(figur: Figur): KueriView {
  return { view: VIEW_ANGKA, options: { startkey: [figur], endkey: [figur, {}], group_level: panjangKunci(figur), reduce: true } };
}

/** The snapshot of one figure: the rows of `kueriSemua(figur)` up to `bulan`, months summed. */
export function stokDoc(kabupaten: string, figur: Figur, bulan: Bulan, rows: readonly BarisView[]): StokDoc {
  const jumlah = new Map<string, { kunci: (string | number | null)[]; n: number }>();
  for (const row of rows) {
    if (!Array.isArray(row.key) || row.key[0] !== figur || typeof row.value !== 'number' || !(String(row.key[2]) <= bulan)) continue;
    const kunci = [row.key[1], ...row.key.slice(3)] as (string | number | null)[];
    const k = JSON.stringify(kunci);
    const ada = jumlah.get(k);
    if (ada) ada.n += row.value;
    else jumlah.set(k, { kunci, n: row.value });
  }
  // A sum of 0 stays: the live view gives it too (a gap whose needs were all met), and it makes its area a row.
  const baris = [...jumlah.values()].map((b): [typeof b.kunci, number] => [b.kunci, b.n]);
  // A stable order, so the rollup rewrites the document only when a number changed.
  const urut = (k: unknown) => JSON.stringify(k);
  baris.sort(([a], [b]) => (urut(a) < urut(b) ? -1 : urut(a) > urut(b) ? 1 : 0));
  return { _id: stokDocId(kabupaten, figur), type: 'stok', schema: 1, kabupaten, figur, bulan, baris };
}

/** The month a snapshot's rows stand at (all of one document share it); null when there are none. */
function bulanStok(rows: readonly BarisView[]): Bulan | null {
  const key = rows[0]?.key;
  return Array.isArray(key) ? String(key[2]) : null;
}

/**
 * The district's live numbers, from the `dasbor/angka` view of its databases: a flow by its
 * months, a stock by the rollup's snapshot and the months after it where one serves.
 */
export function sumberDistrik(tanya: TanyaView): SumberAngka {
  return {
    figur: FIGUR,
    async muat(figur, filter) {
      const { view, options } = kueriDasbor(figur, filter);
      if (!CIRI_FIGUR[figur].stok) return tabelDari(figur, filter, await tanya(view, options));
      const [area] = options.startkey.slice(1);
      const stok = await tanya(VIEW_STOK, { startkey: [figur, area], endkey: [figur, area, {}] });
      const bulan = bulanStok(stok);
      if (!bulan || bulan > filter.sampai) return tabelDari(figur, filter, await tanya(view, options));
      if (bulan === filter.sampai) return tabelDari(figur, filter, stok);
      const sesudah = kueriDasbor(figur, filter, geserBulan(bulan, 1));
      return tabelDari(figur, filter, [...stok, ...(await tanya(sesudah.view, sesudah.options))]);
    }
  };
}
