import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AMBANG_SEL } from './dasbor';
import { lindungiSelKecil } from './sel-kecil';

const jumlahOf = (nilai: number[][]) => nilai[0].map((_, j) => nilai.reduce((t, b) => t + b[j], 0));

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
    { what: 'shows a total that is large enough', nilai: [[1], [2], [30]], tampil: [[null], [null], [30]], jumlah: [33] }
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
});
