import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Kriteria } from './kriteria';
import { faktaArb, kriteriaArb } from '../test-data/kriteria-arbitrary';
import { uraikanKriteria, uraikanSyaratAnggota } from './uraian-kriteria';

const pelajar: Kriteria = { fakta: 'ada-anggota', syarat: { umurMin: 6, umurMaks: 21, statusSekolah: 'masih-sekolah' } };

describe('criteria in plain words', () => {
  it.each<[string, Kriteria, string]>([
    ['desil ≤', { fakta: 'desil', op: '<=', nilai: 4 }, 'Desil ≤ 4'],
    ['desil >', { fakta: 'desil', op: '>', nilai: 7 }, 'Desil > 7'],
    ['registry', { fakta: 'status-registri', nilai: 'dtks' }, 'terdaftar di data terpadu (DTKS)'],
    ['pre-list', { fakta: 'status-registri', nilai: 'prelist' }, 'usulan baru (pre-list)'],
    ['a schoolchild', pelajar, 'ada anggota umur 6–21 yang masih sekolah'],
    ['a disability', { fakta: 'ada-disabilitas' }, 'ada anggota penyandang disabilitas'],
    ['an elder', { fakta: 'ada-lansia' }, 'ada anggota lanjut usia (≥ 60 tahun)'],
    ['a female head', { fakta: 'kepala-perempuan' }, 'kepala rumah tangga perempuan'],
    ['the issue’s example', { dan: [{ fakta: 'desil', op: '<=', nilai: 4 }, pelajar] }, 'Desil ≤ 4 DAN ada anggota umur 6–21 yang masih sekolah'],
    [
      'a nested group in brackets',
      { dan: [{ fakta: 'desil', op: '<=', nilai: 4 }, { atau: [pelajar, { fakta: 'ada-lansia' }] }] },
      'Desil ≤ 4 DAN (ada anggota umur 6–21 yang masih sekolah ATAU ada anggota lanjut usia (≥ 60 tahun))'
    ],
    ['a group of one reads as its member', { atau: [{ dan: [{ fakta: 'ada-lansia' }] }] }, 'ada anggota lanjut usia (≥ 60 tahun)']
  ])('%s', (_, k, teks) => {
    expect(uraikanKriteria(k)).toBe(teks);
  });

  it.each([
    [{ umurMaks: 6 }, 'ada anggota umur ≤ 6'],
    [{ umurMin: 60, jenisKelamin: 'P' as const }, 'ada anggota perempuan umur ≥ 60'],
    [{ umurMin: 18, umurMaks: 18 }, 'ada anggota umur 18'],
    [{ hubungan: 'anak' as const, disabilitas: true }, 'ada anggota sebagai anak, dengan disabilitas'],
    [{ disabilitas: false }, 'ada anggota tanpa disabilitas'],
    [{ jenisKelamin: 'L' as const, statusSekolah: 'tidak-lagi' as const }, 'ada anggota laki-laki yang tidak sekolah lagi']
  ])('member conditions %o', (syarat, teks) => {
    expect(uraikanSyaratAnggota(syarat)).toBe(teks);
  });

  it('names every fact of a tree and joins a group of n rules with n − 1 words', () => {
    fc.assert(
      fc.property(fc.array(faktaArb, { minLength: 2, maxLength: 5 }), fc.boolean(), (fakta, dan) => {
        const teks = uraikanKriteria(dan ? { dan: fakta } : { atau: fakta });
        for (const f of fakta) expect(teks).toContain(uraikanKriteria(f));
        expect(teks.split(dan ? ' DAN ' : ' ATAU ')).toHaveLength(fakta.length);
      })
    );
  });

  it('balances its brackets for any tree', () => {
    fc.assert(
      fc.property(kriteriaArb, (k) => {
        const teks = uraikanKriteria(k).replace(/\(≥ 60 tahun\)|\(DTKS\)|\(pre-list\)/g, '');
        let buka = 0;
        for (const c of teks) {
          buka += c === '(' ? 1 : c === ')' ? -1 : 0;
          expect(buka).toBeGreaterThanOrEqual(0);
        }
        expect(buka).toBe(0);
      })
    );
  });
});
