/**
 * The numbers provinces and the nation see (SumberAngka over the aggregate documents): a
 * kabupaten by its kecamatan, a kecamatan alone, a province by its kabupaten, the country by
 * its provinces; an age-group filter cut from the tables split by age group (tabelUmur).
 * Months are summed for a flow; a stock is the last month up to `sampai`. A
 * sum that meets a suppressed cell is itself unknown (null): adding what was hidden to what was
 * not must not give it back.
 */
import { berumur, CIRI_FIGUR, FIGUR_AGREGAT, type Bulan, type Figur, type FilterDasbor, type SumberAngka, type TabelAngka } from './dasbor';
import { dimensiKolom, urutkanKolom, type TanyaView } from './dasbor-kueri';
import { agregatSchema, tabelUntuk, type AgregatDoc, type TabelAgregat } from './agregat';
import type { KelompokUmur } from './kelompok-umur';

/**
 * The aggregate documents of `figur` for the kabupaten under `wilayah` (`''` the country, a
 * province, or one kabupaten), months `dari` to `sampai` (`dari = ''`: from the first).
 */
export type BacaAgregat = (figur: Figur, wilayah: string, dari: Bulan, sampai: Bulan) => Promise<AgregatDoc[]>;

/** A document of the aggregate database that is not what the rollup writes. */
export class AgregatTidakSahError extends Error {
  override name = 'AgregatTidakSahError';
  constructor(id: string) {
    super(`Data agregat ${id} tidak sesuai format; jalankan ulang rekap (npm run rollup) atau hubungi administrator.`);
  }
}

/** BacaAgregat by the `dasbor/tabel` view of the aggregate database. */
export function bacaDariView(tanya: TanyaView): BacaAgregat {
  return async (figur, wilayah, dari, sampai) => {
    const rows = await tanya('dasbor/tabel', { startkey: [wilayah, figur, dari], endkey: [wilayah, figur, sampai, {}], include_docs: true });
    return rows.map((row) => {
      const parsed = agregatSchema.safeParse(row.doc);
      if (!parsed.success) throw new AgregatTidakSahError(String(row.id));
      return parsed.data;
    });
  };
}

export class WilayahAgregatError extends Error {
  override name = 'WilayahAgregatError';
  constructor(wilayah: string) {
    super(`Data agregat tersedia sampai tingkat kecamatan; "${wilayah}" tidak dapat ditampilkan.`);
  }
}

type Tingkat = 'nasional' | 'provinsi' | 'kabupaten' | 'kecamatan';

function tingkatOf(wilayah: string): Tingkat {
  if (wilayah === '') return 'nasional';
  if (/^\d{2}$/.test(wilayah)) return 'provinsi';
  if (/^\d{2}\.\d{2}$/.test(wilayah)) return 'kabupaten';
  if (/^\d{2}\.\d{2}\.\d{2}$/.test(wilayah)) return 'kecamatan';
  throw new WilayahAgregatError(wilayah);
}

/** A stock's documents: the last month of each kabupaten. */
function terakhirPerKabupaten(docs: readonly AgregatDoc[]): AgregatDoc[] {
  const terakhir = new Map<string, AgregatDoc>();
  for (const doc of docs) {
    const ada = terakhir.get(doc.kabupaten);
    if (!ada || doc.bulan > ada.bulan) terakhir.set(doc.kabupaten, doc);
  }
  return [...terakhir.values()];
}

type Sel = number | null;
const tambah = (a: Sel, b: Sel): Sel => (a === null || b === null ? null : a + b);
/** A cell no part had is 0; a suppressed one stays null. */
const selDi = (isi: Map<string, Sel> | undefined, kolom: string): Sel => (isi?.has(kolom) ? (isi.get(kolom) as Sel) : 0);

/** Cells of `bagian` added by row and column name; a cell missing from a part counts 0. */
class Penjumlah {
  readonly sel = new Map<string, Map<string, Sel>>();
  readonly kolom = new Set<string>();

  tambahBaris(baris: string, kolom: readonly string[], nilai: readonly Sel[]): void {
    const isi = this.sel.get(baris) ?? new Map<string, Sel>();
    this.sel.set(baris, isi);
    kolom.forEach((k, j) => {
      this.kolom.add(k);
      isi.set(k, tambah(selDi(isi, k), nilai[j]));
    });
  }

  tabel(baris: readonly string[], kolom: readonly string[]): Pick<TabelAngka, 'baris' | 'kolom' | 'nilai'> {
    return { baris: [...baris], kolom: [...kolom], nilai: baris.map((b) => kolom.map((k) => selDi(this.sel.get(b), k))) };
  }
}

/** A row per child area of the area looked at, and the totals of that area. */
function susun(tingkat: Tingkat, wilayah: string, bagian: { doc: AgregatDoc; baris: string[]; kolom: string[]; nilai: Sel[][]; jumlah: Sel[] }[]) {
  const rinci = new Penjumlah();
  const total = new Penjumlah();
  for (const t of bagian) {
    total.tambahBaris('', t.kolom, t.jumlah);
    if (tingkat === 'provinsi') rinci.tambahBaris(t.doc.kabupaten, t.kolom, t.jumlah);
    else if (tingkat === 'nasional') rinci.tambahBaris(t.doc.kabupaten.slice(0, 2), t.kolom, t.jumlah);
    else t.baris.forEach((b, i) => rinci.tambahBaris(b, t.kolom, t.nilai[i]));
  }
  const baris = tingkat === 'kecamatan' ? [wilayah] : [...rinci.sel.keys()].sort();
  return { rinci, total: tingkat === 'kecamatan' ? rinci : total, baris, totalBaris: tingkat === 'kecamatan' ? wilayah : '' };
}

type BagianTabel = Pick<TabelAgregat, 'baris' | 'kolom' | 'nilai' | 'jumlah'>;

/**
 * A document's table for an age-group filter. The aggregates hold no table per age group (each
 * would publish new sums that give away another table's hidden cells); they hold every figure
 * split by age group (`rincian` kelompok-umur), per programme. So the answer is cut from those,
 * publishing no number they do not: programme columns from each programme's age column; any
 * other columns become the age groups, the others' cells 0 (the filter leaves no one there).
 */
function tabelUmur(doc: AgregatDoc, filter: FilterDasbor, umur: KelompokUmur): BagianTabel | undefined {
  const kolomUmur = (t: TabelAgregat) => t.kolom.indexOf(umur);
  if (dimensiKolom(doc.figur, filter) === 'programId') {
    const perProgram = doc.tabel.filter((t) => t.rincian === 'kelompok-umur' && t.programId && (!filter.programId || t.programId === filter.programId));
    const baris = [...new Set(perProgram.flatMap((t) => t.baris))].sort();
    const sel = (t: TabelAgregat, i: number) => (i < 0 || kolomUmur(t) < 0 ? 0 : t.nilai[i][kolomUmur(t)]);
    return {
      baris,
      kolom: perProgram.map((t) => t.programId as string),
      nilai: baris.map((b) => perProgram.map((t) => sel(t, t.baris.indexOf(b)))),
      jumlah: perProgram.map((t) => (kolomUmur(t) < 0 ? 0 : t.jumlah[kolomUmur(t)]))
    };
  }
  const t = tabelUntuk(doc, { programId: filter.programId, rincian: 'kelompok-umur' });
  if (!t) return undefined;
  const hanya = <T>(baris: readonly T[]) => baris.map((n, j) => (t.kolom[j] === umur ? n : 0));
  return { baris: t.baris, kolom: t.kolom, nilai: t.nilai.map(hanya), jumlah: hanya(t.jumlah) };
}

export function sumberAgregat(baca: BacaAgregat): SumberAngka {
  return {
    figur: FIGUR_AGREGAT,
    async muat(figur: Figur, filter: FilterDasbor): Promise<TabelAngka> {
      const tingkat = tingkatOf(filter.wilayah);
      const cakupan = tingkat === 'kecamatan' ? filter.wilayah.slice(0, 5) : filter.wilayah;
      const stok = CIRI_FIGUR[figur].stok;
      const docs = await baca(figur, cakupan, stok ? '' : filter.dari, filter.sampai);
      const umur = berumur(figur) ? filter.kelompokUmur : undefined;
      const bagian = (stok ? terakhirPerKabupaten(docs) : docs).flatMap((doc) => {
        const t = umur ? tabelUmur(doc, filter, umur) : tabelUntuk(doc, filter);
        return t ? [{ doc, ...t }] : [];
      });
      const { rinci, total, baris, totalBaris } = susun(tingkat, filter.wilayah, bagian);
      // Under an age-group filter, columns other than programmes are the age groups (tabelUmur).
      const kolomDari = umur && dimensiKolom(figur, filter) !== 'programId' ? { ...filter, rincian: 'kelompok-umur' as const } : filter;
      const kolom = urutkanKolom(figur, kolomDari, [...rinci.kolom]);
      const tabel = rinci.tabel(baris, kolom);
      return { ...tabel, jumlah: total.tabel([totalBaris], kolom).nilai[0] };
    }
  };
}
