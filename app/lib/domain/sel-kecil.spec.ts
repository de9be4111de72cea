import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AMBANG_SEL } from './dasbor';
import { lindungiSelKecil } from './sel-kecil';

const jumlahOf = (nilai: number[][]) => nilai[0].map((_, j) => nilai.reduce((t, b) => t + b[j], 0));

/** The rank of a matrix, by Gaussian elimination (small integer matrices: floats are exact enough). */
function rank(m: number[][]): number {
  const a = m.map((r) => [...r]);
  let r = 0;
  for (let c = 0; c < (a[0]?.length ?? 0) && r < a.length; c++) {
    const p = a.findIndex((row, i) => i >= r && Math.abs(row[c]) > 1e-9);
    if (p < 0) continue;
    [a[r], a[p]] = [a[p], a[r]];
    for (let i = 0; i < a.length; i++) {
      if (i === r || Math.abs(a[i][c]) < 1e-9) continue;
      const f = a[i][c] / a[r][c];
      a[i] = a[i].map((v, k) => v - f * a[r][k]);
    }
    r++;
  }
  return r;
}

/**
 * The hidden cells someone could solve for, knowing every shown cell, every row's total (another
 * table of the figure gives it, where the table has two columns or more), the column totals shown
 * and the grand total: those whose unit vector lies in the span of the equations over the hidden cells.
 */
function dapatDihitung(grid: (number | null)[][]): [number, number][] {
  const n = grid.length - 1;
  const tersembunyi = grid.flatMap((b, i) => b.flatMap((v, j): [number, number][] => (v === null ? [[i, j]] : [])));
  const persamaan: number[][] = [];
  if (grid[0].length >= 2) for (let i = 0; i <= n; i++) persamaan.push(tersembunyi.map(([r]) => (r === i ? 1 : 0)));
  for (let j = 0; j < grid[0].length; j++) persamaan.push(tersembunyi.map(([r, c]) => (c !== j ? 0 : r === n ? -1 : 1)));
  const dasar = rank(persamaan);
  return tersembunyi.filter((_, e) => rank([...persamaan, tersembunyi.map((_, k) => (k === e ? 1 : 0))]) === dasar);
}

describe('small-cell suppression', () => {
  it.each([
    { what: 'leaves a table without small cells alone, zeros included', nilai: [[10, 0], [7, 25]], tampil: [[10, 0], [7, 25]], jumlah: [17, 25] },
    {
      what: 'hides a small cell and, in its row and column, the smallest partner, then theirs',
      // 3 is small. Its row hides 12 (the smallest other); its column hides 9, the smaller of 9
      // and the total 12. Now row [9, 40] and column [12, 40, 52] each hold one: 40 is hidden,
      // which leaves the total row [12, 52] with none and every line with 0 or 2.
      nilai: [[3, 12], [9, 40]],
      tampil: [[null, null], [null, null]],
      jumlah: [12, 52]
    },
    {
      what: 'hides as little as it must in a wider table',
      nilai: [[2, 50, 60], [30, 40, 70], [30, 50, 80]],
      tampil: [[null, null, 60], [null, null, 70], [30, 50, 80]],
      jumlah: [62, 140, 210]
    },
    {
      what: 'hides the total too where a column has one row: they are the same number',
      nilai: [[4]],
      tampil: [[null]],
      jumlah: [null]
    },
    { what: 'shows a total that is large enough', nilai: [[1], [2], [30]], tampil: [[null], [null], [30]], jumlah: [33] },
    {
      what: 'hides a partner for a small cell joining two blocks of hidden cells, which the totals would give back',
      // Every line holds two or three hidden cells, yet rows 0–1 less columns 0–1 leave the 4.
      // Hiding 50 puts the 4 on a cycle (row 0 – column 2 – row 1 – column 0).
      nilai: [[2, 3, 50, 60], [3, 2, 4, 80], [90, 99, 2, 3], [95, 97, 3, 2]],
      tampil: [[null, null, null, 60], [null, null, null, 80], [90, 99, null, null], [95, 97, null, null]],
      jumlah: [190, 201, 59, 145]
    }
  ] as { what: string; nilai: number[][]; tampil: (number | null)[][]; jumlah: (number | null)[] }[])('$what', ({ nilai, tampil, jumlah }) => {
    const hasil = lindungiSelKecil(nilai, jumlahOf(nilai));
    expect(hasil.nilai).toEqual(tampil);
    expect(hasil.jumlah).toEqual(jumlah);
  });

  it('never shows a small count, and never leaves one hidden cell alone in a row or column', () => {
    const tabel = fc.integer({ min: 1, max: 5 }).chain((lebar) =>
      fc.array(fc.array(fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 200 })), { minLength: lebar, maxLength: lebar }), {
        minLength: 1,
        maxLength: 6
      })
    );
    fc.assert(
      fc.property(tabel, (nilai) => {
        const jumlah = jumlahOf(nilai);
        const hasil = lindungiSelKecil(nilai, jumlah);
        const grid = [...hasil.nilai, hasil.jumlah];
        const asli = [...nilai, jumlah];
        for (let i = 0; i < grid.length; i++) {
          for (let j = 0; j < jumlah.length; j++) {
            const v = grid[i][j];
            if (v !== null) expect(v === 0 || v >= AMBANG_SEL).toBe(true);
            if (v !== null) expect(v).toBe(asli[i][j]);
          }
        }
        const satuSaja = (garis: (number | null)[]) => garis.length >= 2 && garis.filter((v) => v === null).length === 1;
        for (const baris of grid) expect(satuSaja(baris)).toBe(false);
        for (let j = 0; j < jumlah.length; j++) expect(satuSaja(grid.map((b) => b[j]))).toBe(false);
      })
    );
  });

  it('leaves no hidden cell that the row and column totals give back', () => {
    const contoh = [[2, 3, 50, 60], [3, 2, 4, 80], [90, 99, 2, 3], [95, 97, 3, 2]];
    const terlindungi = lindungiSelKecil(contoh, jumlahOf(contoh));
    expect(dapatDihitung([...terlindungi.nilai, terlindungi.jumlah])).toEqual([]);
    const tabel = fc.integer({ min: 1, max: 6 }).chain((lebar) =>
      fc.array(fc.array(fc.oneof(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 120 })), { minLength: lebar, maxLength: lebar }), {
        minLength: 1,
        maxLength: 7
      })
    );
    fc.assert(
      fc.property(tabel, (nilai) => {
        const hasil = lindungiSelKecil(nilai, jumlahOf(nilai));
        expect(dapatDihitung([...hasil.nilai, hasil.jumlah])).toEqual([]);
      }),
      { numRuns: 500 }
    );
  });
});
