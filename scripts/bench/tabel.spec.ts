import { describe, expect, it } from 'vitest';
import { angka, nilaiTarget, persentil, rasio, ringkas, tabelMarkdown, teksSyarat, type BarisBench } from './tabel';

describe('persentil', () => {
  it('takes the nearest rank', () => {
    const urut = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(persentil(urut, 50)).toBe(50);
    expect(persentil(urut, 95)).toBe(95);
    expect(persentil(urut, 100)).toBe(100);
    expect(persentil([7], 95)).toBe(7);
    expect(persentil([3, 9], 0)).toBe(3);
  });

  it('is NaN without samples', () => {
    expect(persentil([], 50)).toBeNaN();
  });

  it('ringkas sorts before it ranks', () => {
    expect(ringkas([5, 1, 4, 2, 3])).toEqual({ p50: 3, p95: 5 });
  });
});

const baris = (b: Partial<BarisBench>): BarisBench => ({ item: '1', apa: 'x', kita: null, target: [], ...b });

describe('rasio and nilaiTarget', () => {
  it('divides ours by the baseline only in one unit', () => {
    expect(rasio(baris({ kita: { nilai: 3, satuan: 'ms' }, dasar: { nilai: 2, satuan: 'ms' } }))).toBe(1.5);
    expect(rasio(baris({ kita: { nilai: 3, satuan: 'ms' }, dasar: { nilai: 2, satuan: 's' } }))).toBeNull();
    expect(rasio(baris({ kita: { nilai: 3, satuan: 'ms' }, dasar: { nilai: 0, satuan: 'ms' } }))).toBeNull();
    expect(rasio(baris({ kita: { nilai: 3, satuan: 'ms' } }))).toBeNull();
  });

  it('needs every condition, absolute and relative', () => {
    const put = (kita: number, dasar: number) =>
      baris({
        kita: { nilai: kita, satuan: 'ms' },
        dasar: { nilai: dasar, satuan: 'ms' },
        target: [
          { pada: 'rasio', batas: 'maks', nilai: 1.5 },
          { pada: 'nilai', batas: 'maks', nilai: 30, satuan: 'ms' }
        ]
      });
    expect(nilaiTarget(put(12, 10))).toBe('terpenuhi');
    expect(nilaiTarget(put(16, 10))).toBe('tidak');
    expect(nilaiTarget(put(40, 30))).toBe('tidak');
  });

  it('reads a minimum as at least', () => {
    const laju = (n: number) => baris({ kita: { nilai: n, satuan: 'baris/s' }, target: [{ pada: 'nilai', batas: 'min', nilai: 2000, satuan: 'baris/s' }] });
    expect(nilaiTarget(laju(2000))).toBe('terpenuhi');
    expect(nilaiTarget(laju(1999))).toBe('tidak');
  });

  it('fails what it cannot judge, and an error; has no verdict without a target', () => {
    expect(nilaiTarget(baris({ target: [{ pada: 'rasio', batas: 'min', nilai: 2 }] }))).toBe('tidak');
    expect(nilaiTarget(baris({ kita: { nilai: 5, satuan: 's' }, target: [{ pada: 'nilai', batas: 'maks', nilai: 10, satuan: 'ms' }] }))).toBe('tidak');
    expect(nilaiTarget(baris({ galat: 'boom', kita: { nilai: 1, satuan: 'ms' }, target: [{ pada: 'nilai', batas: 'maks', nilai: 10 }] }))).toBe('tidak');
    expect(nilaiTarget(baris({ kita: { nilai: 1, satuan: 'ms' } }))).toBe('—');
  });
});

describe('formatting', () => {
  it('keeps three significant digits and groups thousands', () => {
    expect(angka(12345.6)).toBe('12,346');
    expect(angka(78.94)).toBe('78.9');
    expect(angka(4.567)).toBe('4.57');
    expect(angka(0.01234)).toBe('0.0123');
  });

  it('writes targets as a reader says them', () => {
    expect(teksSyarat({ pada: 'rasio', batas: 'min', nilai: 2 })).toBe('≥ 2× baseline');
    expect(teksSyarat({ pada: 'nilai', batas: 'maks', nilai: 300, satuan: 'ms' })).toBe('≤ 300 ms');
    expect(teksSyarat({ pada: 'nilai', batas: 'maks', nilai: 5, satuan: '%' })).toBe('≤ 5%');
  });

  it('prints one Markdown row per figure, an error in its own row', () => {
    const md = tabelMarkdown([
      baris({
        item: '8',
        apa: 'import',
        kita: { nilai: 2500, satuan: 'baris/s' },
        dasar: { nilai: 50000, satuan: 'baris/s' },
        target: [{ pada: 'nilai', batas: 'min', nilai: 2000, satuan: 'baris/s' }]
      }),
      baris({ item: '5', apa: 'queue', galat: 'ECONNREFUSED a|b' })
    ]).split('\n');
    expect(md).toHaveLength(4);
    expect(md[0]).toBe('| # | what | ours | baseline (same run) | ratio | target | met | notes |');
    expect(md[2]).toBe('| 8 | import | 2,500 baris/s | 50,000 baris/s | 0.05× | ≥ 2,000 baris/s | yes |  |');
    expect(md[3]).toBe('| 5 | queue | error | — | — | — | no | ECONNREFUSED a\\|b |');
  });
});
