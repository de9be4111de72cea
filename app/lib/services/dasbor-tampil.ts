/**
 * A figure's numbers as a person reads them: labelled rows and columns, row and column totals,
 * and the same table for export. Column totals are the source's own where it gives them (exact
 * despite suppressed cells); otherwise totals add what is known, and where a suppressed cell
 * (null, the aggregates' small cells) is part of one, it is marked as a lower bound.
 */
import type { TabelAngka } from '$lib/domain/dasbor';
import type { NilaiSel, TabelEkspor } from './ekspor';

export interface Jumlah {
  nilai: number;
  /** A suppressed cell is in it: the true number is at least `nilai`. */
  sebagian: boolean;
}

export interface BarisTampil {
  kode: string;
  label: string;
  nilai: (number | null)[];
  total: Jumlah;
}

export interface TabelTampil {
  /** `label` in full (legends, exports), `singkat` for table headings. */
  kolom: { kode: string; label: string; singkat: string }[];
  baris: BarisTampil[];
  totalKolom: Jumlah[];
  total: Jumlah;
}

function jumlahkan(nilai: readonly (number | null)[]): Jumlah {
  return {
    nilai: nilai.reduce<number>((a, n) => a + (n ?? 0), 0),
    sebagian: nilai.some((n) => n === null)
  };
}

export interface Pelabel {
  baris(kode: string): string;
  kolom(kode: string): string;
}

export function tampilkan(tabel: TabelAngka, label: Pelabel): TabelTampil {
  const baris = tabel.baris.map((kode, i) => ({
    kode,
    label: label.baris(kode),
    nilai: tabel.nilai[i],
    total: tabel.totalBaris ? { nilai: tabel.totalBaris[i], sebagian: false } : jumlahkan(tabel.nilai[i])
  }));
  // A source's own column totals are exact even where cells were suppressed; else add the cells.
  const totalKolom = tabel.kolom.map((_, j) => {
    const dariSumber = tabel.jumlah?.[j];
    return typeof dariSumber === 'number' ? { nilai: dariSumber, sebagian: false } : jumlahkan(tabel.nilai.map((n) => n[j]));
  });
  return {
    kolom: tabel.kolom.map((kode) => ({ kode, label: label.kolom(kode), singkat: labelSingkat(label.kolom(kode)) })),
    baris,
    totalKolom,
    total: tabel.totalBaris
      ? { nilai: tabel.totalBaris.reduce((a, n) => a + n, 0), sebagian: false }
      : { nilai: totalKolom.reduce((a, j) => a + j.nilai, 0), sebagian: totalKolom.some((j) => j.sebagian) }
  };
}

/** How a suppressed cell and a lower-bound total are written, in the table and in exports. */
export interface TandaSel {
  disembunyikan: string;
  palingSedikit(n: number): string;
}

/** A total: exact, at least what is known, or hidden when nothing of it is known. */
export function teksJumlah(j: Jumlah, tanda: TandaSel): NilaiSel {
  if (!j.sebagian) return j.nilai;
  return j.nilai === 0 ? tanda.disembunyikan : tanda.palingSedikit(j.nilai);
}

export function untukEkspor(
  judul: string,
  tabel: TabelTampil,
  kepala: { wilayah: string; total: string },
  tanda: TandaSel,
  menjumlah = true
): TabelEkspor {
  const sel = tabel.baris.map((b) => [b.label, ...b.nilai.map((n) => n ?? tanda.disembunyikan)]);
  // Cells that do not add up (an overlap matrix) are exported without totals.
  if (!menjumlah) return { judul, kolom: [kepala.wilayah, ...tabel.kolom.map((k) => k.label)], baris: sel };
  return {
    judul,
    kolom: [kepala.wilayah, ...tabel.kolom.map((k) => k.label), kepala.total],
    baris: [
      ...sel.map((b, i) => [...b, teksJumlah(tabel.baris[i].total, tanda)]),
      [kepala.total, ...tabel.totalKolom.map((j) => teksJumlah(j, tanda)), teksJumlah(tabel.total, tanda)]
    ]
  };
}

/**
 * A column heading short enough for a tablet's table: a name's own abbreviation where it gives
 * one ("Program Keluarga Harapan (PKH)" → "PKH", "Program Indonesia Pintar (PIP/KIP) Kemenag" →
 * "PIP/KIP Kemenag"), else the name without a long explanation in brackets.
 */
export function labelSingkat(label: string): string {
  const m = /^(.*?)\s*\(([^)]+)\)\s*(.*)$/.exec(label);
  if (!m) return label;
  const [, sebelum, dalam, sesudah] = m;
  return (dalam.length <= 16 ? `${dalam} ${sesudah}` : `${sebelum} ${sesudah}`).trim();
}
