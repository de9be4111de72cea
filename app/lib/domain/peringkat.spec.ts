import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calonArb, kriteriaArb, anggotaArb, PADA, rumahtanggaArb } from '../test-data/kriteria-arbitrary';
import type { FaktaRumahtangga, Kriteria } from './kriteria';
import { bandingkanCalon, faktaKriteria, nilaiCalon, peringkatkan, uraikanAlasan, type Calon } from './peringkat';

type AnggotaFakta = FaktaRumahtangga['anggota'][number];
const kepala: AnggotaFakta = { jenisKelamin: 'L', tanggalLahir: '1980-01-01', hubungan: 'kepala', disabilitas: 'tidak', statusSekolah: 'tidak-lagi' };
const lansia: AnggotaFakta = { ...kepala, hubungan: 'orang-tua', tanggalLahir: '1950-01-01' };
const disabilitas: AnggotaFakta = { ...kepala, hubungan: 'anak', tanggalLahir: '2010-01-01', disabilitas: 'fisik' };

function calon(id: string, desil: number | null, ...anggota: AnggotaFakta[]): Calon {
  return { _id: `rumahtangga:7401072001:${id}`, desil, statusRegistri: 'dtks', anggota: [kepala, ...anggota] };
}

const bedahRumah: Kriteria = {
  dan: [{ fakta: 'desil', op: '<=', nilai: 3 }, { atau: [{ fakta: 'ada-lansia' }, { fakta: 'ada-disabilitas' }] }]
};

describe('the score of one household', () => {
  it('gives 11 − desil for a met desil bound and +2 for every other fact met, with the reasons', () => {
    const n = nilaiCalon(bedahRumah, calon('a', 2, lansia, disabilitas), PADA);
    expect(n).toEqual({
      layak: true,
      skor: 9 + 2 + 2,
      alasan: [
        { uraian: 'Desil 2', poin: 9 },
        { uraian: 'ada anggota lanjut usia (≥ 60 tahun)', poin: 2 },
        { uraian: 'ada anggota penyandang disabilitas', poin: 2 }
      ]
    });
    expect(uraikanAlasan(n.alasan)).toBe('Desil 2 (+9), ada anggota lanjut usia (≥ 60 tahun) (+2), ada anggota penyandang disabilitas (+2)');
  });

  it('scores what an ineligible household meets, and nothing for a desil it does not meet', () => {
    expect(nilaiCalon(bedahRumah, calon('b', 5, lansia), PADA)).toMatchObject({ layak: false, skor: 2 });
    expect(nilaiCalon(bedahRumah, calon('c', null, lansia), PADA)).toMatchObject({ layak: false, skor: 2 });
  });

  it('counts a lower desil bound as any other fact: poorer is not better there', () => {
    expect(nilaiCalon({ fakta: 'desil', op: '>=', nilai: 5 }, calon('d', 6), PADA).alasan).toEqual([{ uraian: 'Desil ≥ 5', poin: 2 }]);
  });

  it('counts a fact named twice in the tree once', () => {
    expect(faktaKriteria({ dan: [{ fakta: 'ada-lansia' }, { atau: [{ fakta: 'ada-lansia' }, { fakta: 'kepala-perempuan' }] }] })).toEqual([
      { fakta: 'ada-lansia' },
      { fakta: 'kepala-perempuan' }
    ]);
  });
});

describe('the ranking', () => {
  it('puts the eligible first, the poorer and more vulnerable before, and marks who already receives', () => {
    const list = [calon('a', 3, lansia), calon('b', 1, lansia), calon('c', 6, lansia, disabilitas), calon('d', 1, lansia, disabilitas)];
    const hasil = peringkatkan(bedahRumah, list, new Set([list[1]._id]), PADA);
    expect(hasil.map((h) => [h.nomor, h.rumahtangga._id.slice(-1), h.layak, h.skor, h.sudahMenerima])).toEqual([
      [1, 'd', true, 14, false],
      [2, 'b', true, 12, true],
      [3, 'a', true, 10, false],
      [4, 'c', false, 4, false]
    ]);
  });

  it('is a total order, the same whatever the input order', () => {
    fc.assert(
      fc.property(kriteriaArb, calonArb, (k, list) => {
        const ids = (l: Calon[]) => peringkatkan(k, l, new Set(), PADA).map((h) => h.rumahtangga._id);
        const shuffled = [...list].reverse();
        expect(ids(shuffled)).toEqual(ids(list));
        const hasil = peringkatkan(k, list, new Set(), PADA);
        for (let i = 1; i < hasil.length; i++) expect(bandingkanCalon(hasil[i - 1], hasil[i])).toBeLessThan(0);
      })
    );
  });

  it('never ranks an eligible household below an ineligible one', () => {
    fc.assert(
      fc.property(kriteriaArb, calonArb, (k, list) => {
        const layak = peringkatkan(k, list, new Set(), PADA).map((h) => h.layak);
        expect(layak).toEqual([...layak].sort((a, b) => Number(b) - Number(a)));
      })
    );
  });

  it('never lowers a score, nor takes eligibility away, when a household meets more (one member more)', () => {
    fc.assert(
      fc.property(kriteriaArb, rumahtanggaArb, anggotaArb, (k, rt, tambahan) => {
        const sebelum = nilaiCalon(k, rt, PADA);
        const sesudah = nilaiCalon(k, { ...rt, anggota: [...rt.anggota, tambahan] }, PADA);
        expect(sesudah.skor).toBeGreaterThanOrEqual(sebelum.skor);
        if (sebelum.layak) expect(sesudah.layak).toBe(true);
      })
    );
  });

  it('a poorer desil never lowers the score under an upper desil bound', () => {
    fc.assert(
      fc.property(kriteriaArb, rumahtanggaArb, fc.integer({ min: 1, max: 10 }), (k, rt, d) => {
        const bounds = faktaKriteria(k).filter((f) => 'fakta' in f && f.fakta === 'desil');
        fc.pre(bounds.every((f) => 'op' in f && (f.op === '<' || f.op === '<=')));
        const kaya = nilaiCalon(k, { ...rt, desil: d }, PADA).skor;
        const miskin = nilaiCalon(k, { ...rt, desil: Math.max(1, d - 1) }, PADA).skor;
        expect(miskin).toBeGreaterThanOrEqual(kaya);
      })
    );
  });
});
