import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Anggota } from './household';
import {
  anggotaMemenuhi,
  kriteriaSchema,
  memenuhiKriteria,
  umur,
  type FaktaRumahtangga,
  type Kriteria
} from './kriteria';
import { kriteriaArb, rumahtanggaArb } from '../test-data/kriteria-arbitrary';

const PADA = '2025-06-30';

type AnggotaFakta = FaktaRumahtangga['anggota'][number];
function orang(ubah: Partial<Anggota>): AnggotaFakta {
  return {
    jenisKelamin: 'L',
    tanggalLahir: '1980-05-17',
    hubungan: 'anak',
    disabilitas: 'tidak',
    statusSekolah: 'tidak-lagi',
    ...ubah
  };
}

const kepalaLaki = orang({ hubungan: 'kepala' });
const anakSekolah = orang({ tanggalLahir: '2012-08-01', statusSekolah: 'masih-sekolah' });
const nenek = orang({ hubungan: 'orang-tua', jenisKelamin: 'P', tanggalLahir: '1965-06-30' });
const anakDisabilitas = orang({ tanggalLahir: '2018-01-01', disabilitas: 'sensorik-netra', statusSekolah: 'tidak-bersekolah' });

function rt(desil: number | null, ...anggota: AnggotaFakta[]): FaktaRumahtangga {
  return { desil, statusRegistri: desil === null ? 'prelist' : 'dtks', anggota };
}

describe('umur', () => {
  it.each([
    ['1965-06-30', 60],
    ['1965-07-01', 59],
    ['2012-08-01', 12],
    ['2000-02-29', 25]
  ])('born %s is %i on 2025-06-30', (lahir, tahun) => {
    expect(umur(lahir, PADA)).toBe(tahun);
  });
});

describe('memenuhiKriteria', () => {
  const sekolah6sd21: Kriteria = { fakta: 'ada-anggota', syarat: { umurMin: 6, umurMaks: 21, statusSekolah: 'masih-sekolah' } };
  const pkh: Kriteria = {
    dan: [{ fakta: 'desil', op: '<=', nilai: 4 }, { atau: [sekolah6sd21, { fakta: 'ada-disabilitas' }, { fakta: 'ada-lansia' }] }]
  };

  it.each<[string, Kriteria, FaktaRumahtangga, boolean]>([
    ['desil 3 <= 4', { fakta: 'desil', op: '<=', nilai: 4 }, rt(3, kepalaLaki), true],
    ['desil 5 <= 4', { fakta: 'desil', op: '<=', nilai: 4 }, rt(5, kepalaLaki), false],
    ['desil 4 < 4', { fakta: 'desil', op: '<', nilai: 4 }, rt(4, kepalaLaki), false],
    ['desil 1 = 1', { fakta: 'desil', op: '=', nilai: 1 }, rt(1, kepalaLaki), true],
    ['desil 7 >= 7', { fakta: 'desil', op: '>=', nilai: 7 }, rt(7, kepalaLaki), true],
    ['desil 7 > 7', { fakta: 'desil', op: '>', nilai: 7 }, rt(7, kepalaLaki), false],
    ['an unranked pre-list and a desil rule', { fakta: 'desil', op: '>=', nilai: 1 }, rt(null, kepalaLaki), false],
    ['a pre-list', { fakta: 'status-registri', nilai: 'prelist' }, rt(null, kepalaLaki), true],
    ['a child of 12 in school', sekolah6sd21, rt(2, kepalaLaki, anakSekolah), true],
    ['no child in school', sekolah6sd21, rt(2, kepalaLaki, nenek), false],
    ['a member with a disability', { fakta: 'ada-disabilitas' }, rt(2, kepalaLaki, anakDisabilitas), true],
    ['nobody with a disability', { fakta: 'ada-disabilitas' }, rt(2, kepalaLaki, nenek), false],
    ['an elder who turned 60 today', { fakta: 'ada-lansia' }, rt(2, kepalaLaki, nenek), true],
    ['an elder of 59', { fakta: 'ada-lansia' }, rt(2, kepalaLaki, orang({ tanggalLahir: '1965-07-01' })), false],
    ['a female head', { fakta: 'kepala-perempuan' }, rt(2, orang({ hubungan: 'kepala', jenisKelamin: 'P' })), true],
    ['a male head with a wife', { fakta: 'kepala-perempuan' }, rt(2, kepalaLaki, orang({ hubungan: 'pasangan', jenisKelamin: 'P' })), false],
    ['PKH: poor with a schoolchild', pkh, rt(3, kepalaLaki, anakSekolah), true],
    ['PKH: poor with an elder', pkh, rt(1, kepalaLaki, nenek), true],
    ['PKH: poor with no component', pkh, rt(1, kepalaLaki), false],
    ['PKH: a schoolchild but not poor', pkh, rt(6, kepalaLaki, anakSekolah), false]
  ])('%s → %s', (_, k, fakta, hasil) => {
    expect(memenuhiKriteria(k, fakta, PADA)).toBe(hasil);
  });
});

describe('anggotaMemenuhi', () => {
  it.each([
    [{ disabilitas: false }, kepalaLaki, true],
    [{ disabilitas: true }, kepalaLaki, false],
    [{ jenisKelamin: 'P' as const, umurMin: 60 }, nenek, true],
    [{ umurMaks: 5 }, anakSekolah, false]
  ])('%o of a member → %s', (syarat, a, hasil) => {
    expect(anggotaMemenuhi(syarat, a, PADA)).toBe(hasil);
  });
});

describe('kriteriaSchema', () => {
  it.each<[string, unknown, string | null]>([
    ['a nested tree', { atau: [{ fakta: 'kepala-perempuan' }, { dan: [{ fakta: 'ada-lansia' }] }] }, null],
    ['an empty "dan"', { dan: [] }, 'Gabungan "dan" harus berisi minimal satu kriteria'],
    ['empty member conditions', { fakta: 'ada-anggota', syarat: {} }, 'Syarat anggota harus berisi minimal satu ketentuan'],
    ['a minimum age above the maximum', { fakta: 'ada-anggota', syarat: { umurMin: 21, umurMaks: 6 } }, 'Umur minimal tidak boleh lebih dari umur maksimal'],
    ['a "dan" that also has "atau"', { dan: [{ fakta: 'ada-lansia' }], atau: [] }, 'Kriteria harus berupa fakta {fakta: …} atau gabungan {dan: […]} / {atau: […]}']
  ])('%s', (_, k, pesan) => {
    const r = kriteriaSchema.safeParse(k);
    expect(r.success ? null : r.error.issues[0].message).toBe(pesan);
  });
});

describe('memenuhiKriteria: member conditions one by one', () => {
  const ibu = orang({ hubungan: 'pasangan', jenisKelamin: 'P', tanggalLahir: '1990-03-03' });
  it.each<[string, Kriteria, FaktaRumahtangga, boolean]>([
    ['a wife by relation and sex', { fakta: 'ada-anggota', syarat: { hubungan: 'pasangan', jenisKelamin: 'P' } }, rt(2, kepalaLaki, ibu), true],
    ['a wife, but the rule wants a son', { fakta: 'ada-anggota', syarat: { hubungan: 'anak', jenisKelamin: 'L' } }, rt(2, kepalaLaki, ibu), false],
    ['nobody without a disability', { fakta: 'ada-anggota', syarat: { disabilitas: false, hubungan: 'anak' } }, rt(2, kepalaLaki, anakDisabilitas), false],
    ['a child who never went to school', { fakta: 'ada-anggota', syarat: { statusSekolah: 'tidak-bersekolah', umurMaks: 12 } }, rt(2, kepalaLaki, anakDisabilitas), true],
    ['the age bounds are inclusive (60 on the day)', { fakta: 'ada-anggota', syarat: { umurMin: 60, umurMaks: 60 } }, rt(2, nenek), true],
    ['all conditions on the same member, not spread over two', { fakta: 'ada-anggota', syarat: { jenisKelamin: 'P', disabilitas: true } }, rt(2, nenek, anakDisabilitas), false],
    ['a registry household is not a pre-list', { fakta: 'status-registri', nilai: 'prelist' }, rt(3, kepalaLaki), false]
  ])('%s → %s', (_, k, fakta, hasil) => {
    expect(memenuhiKriteria(k, fakta, PADA)).toBe(hasil);
  });
});

describe('memenuhiKriteria: how groups combine (properties)', () => {
  const tidakPernah: Kriteria = { fakta: 'desil', op: '>', nilai: 10 };
  const selalu: Kriteria = { atau: [{ fakta: 'status-registri', nilai: 'dtks' }, { fakta: 'status-registri', nilai: 'prelist' }] };
  const cek = (k: Kriteria, r: FaktaRumahtangga) => memenuhiKriteria(k, r, PADA);

  it('a group of one rule is the rule', () => {
    fc.assert(fc.property(kriteriaArb, rumahtanggaArb, (k, r) => cek({ dan: [k] }, r) === cek(k, r) && cek({ atau: [k] }, r) === cek(k, r)));
  });

  it('"atau" with a rule never met, and "dan" with one always met, change nothing', () => {
    fc.assert(
      fc.property(kriteriaArb, rumahtanggaArb, (k, r) => {
        expect(cek(tidakPernah, r)).toBe(false);
        expect(cek(selalu, r)).toBe(true);
        expect(cek({ atau: [k, tidakPernah] }, r)).toBe(cek(k, r));
        expect(cek({ dan: [selalu, k] }, r)).toBe(cek(k, r));
        expect(cek({ dan: [k, tidakPernah] }, r)).toBe(false);
        expect(cek({ atau: [selalu, k] }, r)).toBe(true);
      })
    );
  });

  it('"dan" is every, "atau" is some, in any order and any nesting', () => {
    fc.assert(
      fc.property(fc.array(kriteriaArb, { minLength: 1, maxLength: 4 }), rumahtanggaArb, (list, r) => {
        const hasil = list.map((k) => cek(k, r));
        expect(cek({ dan: list }, r)).toBe(hasil.every(Boolean));
        expect(cek({ atau: list }, r)).toBe(hasil.some(Boolean));
        expect(cek({ dan: [...list].reverse() }, r)).toBe(cek({ dan: list }, r));
        // Flattening a nested group of the same kind changes nothing.
        expect(cek({ atau: [{ atau: list.slice(0, 1) }, { atau: list.slice(1).length ? list.slice(1) : list }] }, r)).toBe(hasil.some(Boolean));
      })
    );
  });

  it('De Morgan on the household: not every rule is met exactly when some rule is not met', () => {
    fc.assert(
      fc.property(fc.array(kriteriaArb, { minLength: 1, maxLength: 4 }), rumahtanggaArb, (list, r) => {
        expect(!cek({ dan: list }, r)).toBe(list.some((k) => !cek(k, r)));
        expect(!cek({ atau: list }, r)).toBe(list.every((k) => !cek(k, r)));
      })
    );
  });

  it('the built-in facts equal the member conditions they stand for', () => {
    fc.assert(
      fc.property(rumahtanggaArb, (r) => {
        expect(cek({ fakta: 'ada-lansia' }, r)).toBe(cek({ fakta: 'ada-anggota', syarat: { umurMin: 60 } }, r));
        expect(cek({ fakta: 'ada-disabilitas' }, r)).toBe(cek({ fakta: 'ada-anggota', syarat: { disabilitas: true } }, r));
        expect(cek({ fakta: 'kepala-perempuan' }, r)).toBe(cek({ fakta: 'ada-anggota', syarat: { hubungan: 'kepala', jenisKelamin: 'P' } }, r));
      })
    );
  });

  it('every generated tree passes the schema, so the builder and the evaluator speak the same language', () => {
    fc.assert(fc.property(kriteriaArb, (k) => kriteriaSchema.safeParse(k).success));
  });
});
