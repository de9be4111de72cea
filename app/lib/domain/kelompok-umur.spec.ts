import { describe, expect, it } from 'vitest';
import { makeRumahtangga, makeAnggota } from '$lib/test-data/household-factory';
import { mapOf } from '../../../design-docs/spec-harness';
import { kelompokUmur, umur } from './kelompok-umur';

describe('age groups at a record’s date', () => {
  it.each([
    ['2020-03-10', '2026-03-09', 'balita'],
    ['2020-03-10', '2026-03-10', 'anak'],
    ['2008-03-10', '2026-03-09T23:00:00.000Z', 'anak'],
    ['2008-03-10', '2026-03-10', 'dewasa'],
    ['1966-02-28', '2026-02-27', 'dewasa'],
    ['1966-02-28', '2026-02-28', 'lansia'],
    ['2026-01-01', '2026-01-01', 'balita']
  ])('born %s, on %s: %s', (lahir, pada, kelompok) => {
    expect(kelompokUmur(lahir, pada)).toBe(kelompok);
  });

  it('counts whole years, the birthday included', () => {
    expect([umur('2000-02-29', '2025-02-28'), umur('2000-02-29', '2025-03-01'), umur('1980-05-17', '2025-05-17')]).toEqual([24, 25, 45]);
  });

  it('is what dasbor/angka counts a household’s members by', () => {
    const angka = mapOf('dasbor', 'angka');
    const lahir = ['2020-03-10', '2020-03-11', '2008-03-10', '2008-03-11', '1966-03-10', '1966-03-11'];
    const createdAt = '2026-03-10T08:00:00.000Z';
    const rt = makeRumahtangga({ createdAt, anggota: lahir.map((tanggalLahir, i) => makeAnggota({ tanggalLahir, hubungan: i === 0 ? 'kepala' : 'anak' })) });
    const diView = angka(rt).filter((_, i) => i % 2 === 0).map((r) => (r.key as string[])[6]);
    expect(diView).toEqual(lahir.map((l) => kelompokUmur(l, createdAt)));
    expect(diView).toEqual(['anak', 'balita', 'dewasa', 'anak', 'lansia', 'dewasa']);
  });
});
