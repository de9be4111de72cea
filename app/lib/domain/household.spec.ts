import { describe, expect, it } from 'vitest';
import { contohDoc } from '../test-data/doc-fixtures';
import { anggotaSchema, daftarAnggotaSchema, kepalaRumahTangga, rumahtanggaSchema } from './household';

const rt = contohDoc('rumahtangga');
const [kepala, pasangan] = rt.anggota;

function pesan(r: { success: boolean; error?: { issues: { message: string }[] } }): string[] {
  return r.success ? [] : (r.error?.issues.map((i) => i.message) ?? []);
}

describe('rumahtanggaSchema', () => {
  it.each<[string, Record<string, unknown>, string[]]>([
    ['the example household', {}, []],
    ['a pre-list without a decile or registry id', { statusRegistri: 'prelist', desil: null, idDtks: undefined }, []],
    ['decile 0', { desil: 0 }, ['Desil 1 sampai 10']],
    ['RT of two digits', { alamat: { rt: '01', rw: '002' } }, ['RT harus 3 digit, mis. 001']],
    ['a No. KK of 15 digits', { noKK: '740101100110000' }, ['Nomor KK harus 16 digit angka']],
    ['no members', { anggota: [] }, ['Rumah tangga harus punya minimal satu anggota', 'Rumah tangga harus punya tepat satu kepala rumah tangga']],
    ['no head', { anggota: [pasangan] }, ['Rumah tangga harus punya tepat satu kepala rumah tangga']],
    ['a wilayah above the desa', { wilayah: { provinsi: '74', kabupaten: '74.01', kecamatan: '74.01.01' } }, ['Wilayah harus sampai tingkat desa/kelurahan']]
  ])('%s', (_, ubah, masalah) => {
    expect(pesan(rumahtanggaSchema.safeParse({ ...rt, ...ubah }))).toEqual(masalah);
  });
});

describe('anggotaSchema', () => {
  it.each<[string, Record<string, unknown>, string[]]>([
    ['a NIK with letters', { nik: '74010117058000AB' }, ['NIK harus 16 digit angka']],
    ['a blank name', { nama: '   ' }, ['Nama wajib diisi']],
    ['a birth date with slashes', { tanggalLahir: '17/05/1980' }, ['Tanggal harus berformat TTTT-BB-HH']]
  ])('rejects %s', (_, ubah, masalah) => {
    expect(pesan(anggotaSchema.safeParse({ ...kepala, ...ubah }))).toEqual(masalah);
  });
});

describe('daftarAnggotaSchema', () => {
  it('rejects two heads and a NIK used twice, together', () => {
    expect(pesan(daftarAnggotaSchema.safeParse([kepala, kepala]))).toEqual([
      'Rumah tangga harus punya tepat satu kepala rumah tangga',
      'NIK anggota tidak boleh sama'
    ]);
  });
});

describe('kepalaRumahTangga', () => {
  it('finds the head wherever they are listed', () => {
    expect(kepalaRumahTangga({ anggota: [pasangan, kepala] })).toBe(kepala);
  });

  it('throws for a household without a head', () => {
    expect(() => kepalaRumahTangga({ anggota: [pasangan] })).toThrow('Rumah tangga tanpa kepala rumah tangga');
  });
});
