/**
 * Small-cell suppression of an aggregate table (DESIGN.md "Aggregates": no one may be
 * re-identified). A count of 1 to AMBANG_SEL − 1 is hidden (primary suppression; 0 is shown:
 * it names no one). Then, because every row total and every column total is published (the
 * kabupaten's totals in `jumlah`, a kecamatan's total in another table of the figure), a row or
 * column holding exactly one hidden cell would give that cell away by subtraction: another cell
 * of that line is hidden too (secondary suppression), until no line holds exactly one hidden
 * cell. The partner is the smallest non-zero cell of the rows, else a zero of the rows, and a
 * total only when the line has nothing else: totals are what provinces add up.
 */
import { AMBANG_SEL } from './dasbor';

export interface SelTerlindungi {
  nilai: (number | null)[][];
  jumlah: (number | null)[];
}

type Sel = [baris: number, kolom: number];

/** `nilai` (rows × columns) and its column totals `jumlah`, with small cells and their partners null. */
export function lindungiSelKecil(nilai: readonly (readonly number[])[], jumlah: readonly number[]): SelTerlindungi {
  const grid = [...nilai, jumlah];
  const tersembunyi = grid.map((baris) => baris.map((v) => v > 0 && v < AMBANG_SEL));
  const lebar = jumlah.length;
  const garis: Sel[][] = [
    ...grid.map((_, i) => Array.from({ length: lebar }, (_, j): Sel => [i, j])),
    ...Array.from({ length: lebar }, (_, j) => grid.map((_, i): Sel => [i, j]))
  ].filter((sel) => sel.length >= 2);

  let berubah = true;
  while (berubah) {
    berubah = false;
    for (const sel of garis) {
      if (sel.filter(([i, j]) => tersembunyi[i][j]).length !== 1) continue;
      const urutan = ([i, j]: Sel) => (i === nilai.length ? 2 : grid[i][j] === 0 ? 1 : 0) * 1e15 + grid[i][j];
      const pasangan = sel.filter(([i, j]) => !tersembunyi[i][j]).sort((a, b) => urutan(a) - urutan(b))[0];
      tersembunyi[pasangan[0]][pasangan[1]] = true;
      berubah = true;
    }
  }
  const tampil = grid.map((baris, i) => baris.map((v, j) => (tersembunyi[i][j] ? null : v)));
  return { nilai: tampil.slice(0, -1), jumlah: tampil[tampil.length - 1] };
}
