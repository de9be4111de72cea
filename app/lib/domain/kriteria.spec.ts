import { describe, expect, it } from 'vitest';
import type { Anggota } from './household';
import {
  anggotaMemenuhi,
  kriteriaSchema,
  memenuhiKriteria,
  umur,
  type FaktaRumahtangga,
  type Kriteria
} from './kriteria';

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
