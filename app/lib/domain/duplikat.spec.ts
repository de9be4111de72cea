import { describe, expect, it } from 'vitest';
import { DESA_LAIN, makeAnggota, makeRumahtangga } from '../test-data/household-factory';
import { cariDuplikat, type RumahtanggaDibanding } from './duplikat';
import type { Rumahtangga } from './household';
import { wilayahOf } from './wilayah';

const DESA = '74.01.01.1002';
const DESA_TETANGGA = '74.01.01.1003';

function dariRegistri(rt: Rumahtangga): RumahtanggaDibanding {
  return { id: rt._id, sumber: 'registri', desa: rt.wilayah.desa!, noKK: rt.noKK, anggota: rt.anggota };
}

function calonDengan(anggota: RumahtanggaDibanding['anggota'], overrides: Partial<RumahtanggaDibanding> = {}): RumahtanggaDibanding {
  return { id: 'usulan:baru', sumber: 'prelist', desa: DESA, noKK: makeRumahtangga().noKK, anggota, ...overrides };
}

describe('cariDuplikat', () => {
  const registri = makeRumahtangga({ wilayah: wilayahOf(DESA) });
  // The factory's families share names: the other one lives elsewhere, so only NIK or KK could match it.
  const pembanding = [dariRegistri(registri), dariRegistri(makeRumahtangga({ wilayah: wilayahOf(DESA_LAIN) }))];

  it('finds the registry household holding a member with the same NIK, naming that member', () => {
    const anggota = registri.anggota[1];
    const hasil = cariDuplikat(calonDengan([{ ...makeAnggota({ nama: 'Orang Lain' }), nik: anggota.nik }]), pembanding);
    expect(hasil).toHaveLength(1);
    expect(hasil[0]).toMatchObject({ id: registri._id, sumber: 'registri', alasan: ['nik'], kepala: 'Andi Baso' });
    expect(hasil[0].anggotaCocok.map((a) => a.nik)).toEqual([anggota.nik]);
  });

  it('finds the household with the same No. KK', () => {
    const hasil = cariDuplikat(calonDengan([makeAnggota({ nama: 'Orang Lain' })], { noKK: registri.noKK }), pembanding);
    expect(hasil.map((d) => [d.id, d.alasan])).toEqual([[registri._id, ['no-kk']]]);
  });

  it('finds a member by name and birth date in the same desa, whatever the case and diacritics', () => {
    const [kepala] = registri.anggota;
    const sama = makeAnggota({ nama: 'ANDI  BASÓ', tanggalLahir: kepala.tanggalLahir });
    expect(cariDuplikat(calonDengan([sama]), pembanding).map((d) => d.alasan)).toEqual([['nama-tanggal-desa']]);
  });

  it('does not match the same name and birth date in another desa, or another birth date', () => {
    const [kepala] = registri.anggota;
    const diDesaLain = calonDengan([makeAnggota({ nama: kepala.nama, tanggalLahir: kepala.tanggalLahir })], { desa: DESA_TETANGGA });
    const lahirLain = calonDengan([makeAnggota({ nama: kepala.nama, tanggalLahir: '1990-01-01' })]);
    expect(cariDuplikat(diDesaLain, pembanding)).toEqual([]);
    expect(cariDuplikat(lahirLain, pembanding)).toEqual([]);
  });

  it('reports a household once with every reason, registry before pre-lists', () => {
    const prelist: RumahtanggaDibanding = { ...dariRegistri(registri), id: 'usulan:lama', sumber: 'prelist' };
    const calon = calonDengan([registri.anggota[0]], { noKK: registri.noKK });
    const hasil = cariDuplikat(calon, [prelist, ...pembanding, dariRegistri(registri)]);
    expect(hasil.map((d) => [d.sumber, d.alasan])).toEqual([
      ['registri', ['nik', 'no-kk', 'nama-tanggal-desa']],
      ['prelist', ['nik', 'no-kk', 'nama-tanggal-desa']]
    ]);
    expect(hasil[0].anggotaCocok).toHaveLength(1);
  });

  it('ignores the pre-list itself and empty fields of a half-filled form', () => {
    const calon = calonDengan([{ nik: '', nama: '', tanggalLahir: '', hubungan: 'kepala' }], { noKK: '' });
    const kosong: RumahtanggaDibanding = { ...calon, id: 'usulan:lain' };
    expect(cariDuplikat(calon, [calon, kosong, ...pembanding])).toEqual([]);
  });
});
