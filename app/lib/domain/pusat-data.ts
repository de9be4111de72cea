/**
 * The PMKS/PSKS data center's numbers (Kolaka's Data Center, source 004): what to ask the
 * `pmks/jumlah` view for an area, and its rows as the tables the dashboard figures show —
 * by type, area, sex and age group. Ages are grouped here, on the day asked for, because the
 * view holds birth dates (an age in a view would go stale; design-docs/kecamatan/pmks).
 */
import type { TabelAngka } from './dasbor';
import { JENIS_KELAMIN } from './household';
import { KELOMPOK_UMUR, kelompokUmur, type KelompokUmur } from './pmks';
import { JENIS_PSKS } from './psks';

export const VIEW_PUSAT_DATA = 'pmks/jumlah';

export interface KueriView {
  startkey: unknown[];
  endkey: unknown[];
  group_level: number;
}

/** The kecamatan of a desa code, itself for a shorter one. */
const sampaiKecamatan = (wilayah: string) => wilayah.slice(0, 8);

/**
 * PMKS counts of an area (dotted kabupaten, kecamatan or desa): one row per child area (a
 * desa's rows are its own), type, sex and birth date.
 */
export function kueriPmks(wilayah: string): KueriView {
  const awal = wilayah.length > 8 ? ['pmks', sampaiKecamatan(wilayah), wilayah] : ['pmks', wilayah];
  return { startkey: awal, endkey: [...awal, {}], group_level: 6 };
}

/** PSKS counts by kecamatan and kind: of the kabupaten, or of the kecamatan (of a desa). */
export function kueriPsks(wilayah: string): KueriView {
  const awal = wilayah.length > 5 ? ['psks', wilayah.slice(0, 5), sampaiKecamatan(wilayah)] : ['psks', wilayah];
  return { startkey: awal, endkey: [...awal, {}], group_level: 4 };
}

export type JenisKelaminHitung = (typeof JENIS_KELAMIN)[number] | '?';

/** One group of PMKS records of the area: counted, with the age group on the day asked for. */
export interface HitunganPmks {
  /** The child area (a desa's own code when the area is a desa). */
  wilayah: string;
  jenis: string;
  jenisKelamin: JenisKelaminHitung;
  kelompokUmur: KelompokUmur;
  jumlah: number;
}

interface BarisView {
  key: unknown;
  value: unknown;
}

function kunci(row: BarisView, panjang: number): string[] | null {
  const key = row.key;
  if (!Array.isArray(key) || key.length !== panjang || typeof row.value !== 'number') return null;
  return key.map((k) => (typeof k === 'string' ? k : '?'));
}

/** The grouped rows of `kueriPmks`, with ages on `pada` (`YYYY-MM-DD`). */
export function hitunganPmks(rows: readonly BarisView[], pada: string): HitunganPmks[] {
  return rows.flatMap((row) => {
    const k = kunci(row, 6);
    if (!k) return [];
    const jenisKelamin: JenisKelaminHitung = k[4] === 'L' || k[4] === 'P' ? k[4] : '?';
    const lahir = k[5] === '?' ? undefined : k[5];
    return [{ wilayah: k[2], jenis: k[3], jenisKelamin, kelompokUmur: kelompokUmur(lahir, pada), jumlah: row.value as number }];
  });
}

export type SumbuPmks = 'wilayah' | 'jenis' | 'jenisKelamin' | 'kelompokUmur';

/** Fixed columns of sex and age group: the unknown one only where some record lacks it. */
const NILAI_TETAP: Partial<Record<SumbuPmks, readonly string[]>> = {
  jenisKelamin: [...JENIS_KELAMIN, '?'],
  kelompokUmur: KELOMPOK_UMUR
};

/**
 * A table of the counts, `baris` down and `kolom` across. Types come in `urutanJenis` (the
 * catalogue's order; a type the catalogue no longer has goes last), areas by code; a sex or
 * age column `?` shows only when some record lacks the fact. Rows and columns without any
 * count are left out, apart from the fixed columns.
 */
export function tabelPmks(
  hitungan: readonly HitunganPmks[],
  baris: SumbuPmks,
  kolom: SumbuPmks,
  urutanJenis: readonly string[] = []
): TabelAngka {
  const nilaiDari = (sumbu: SumbuPmks): string[] => {
    const ada = new Set(hitungan.map((h) => h[sumbu]));
    const tetap = NILAI_TETAP[sumbu];
    if (tetap) return tetap.filter((n) => n !== '?' || ada.has(n as never));
    const urutan = sumbu === 'jenis' ? (kode: string) => (urutanJenis.includes(kode) ? urutanJenis.indexOf(kode) : urutanJenis.length) : () => 0;
    return [...ada].map(String).sort((a, b) => urutan(a) - urutan(b) || a.localeCompare(b));
  };
  const kodeBaris = nilaiDari(baris);
  const kodeKolom = nilaiDari(kolom);
  const nilai = kodeBaris.map(() => kodeKolom.map(() => 0));
  for (const h of hitungan) {
    nilai[kodeBaris.indexOf(String(h[baris]))][kodeKolom.indexOf(String(h[kolom]))] += h.jumlah;
  }
  return { baris: kodeBaris, kolom: kodeKolom, nilai };
}

/** The grouped rows of `kueriPsks` as kecamatan down and kinds across (kinds with a record only). */
export function tabelPsks(rows: readonly BarisView[]): TabelAngka {
  const hitungan = rows.flatMap((row) => {
    const k = kunci(row, 4);
    return k ? [{ kecamatan: k[2], jenis: k[3], jumlah: row.value as number }] : [];
  });
  const urutan = (j: string) => ((JENIS_PSKS as readonly string[]).includes(j) ? JENIS_PSKS.indexOf(j as never) : JENIS_PSKS.length);
  const kolom = [...new Set(hitungan.map((h) => h.jenis))].sort((a, b) => urutan(a) - urutan(b) || a.localeCompare(b));
  const baris = [...new Set(hitungan.map((h) => h.kecamatan))].sort();
  const nilai = baris.map(() => kolom.map(() => 0));
  for (const h of hitungan) nilai[baris.indexOf(h.kecamatan)][kolom.indexOf(h.jenis)] += h.jumlah;
  return { baris, kolom, nilai };
}
