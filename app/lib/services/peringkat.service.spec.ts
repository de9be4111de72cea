import '../test-data/browser-globals';
import { describe, expect, it } from 'vitest';
import { katalogNasional } from '$lib/domain/katalog-nasional';
import type { Program } from '$lib/domain/program';
import { wilayahOf } from '$lib/domain/wilayah';
import { DESA_CONTOH, makeRumahtangga } from '../test-data/household-factory';
import { desaDari, kecamatanPilihan, rangking, tabelCalon, type DataWilayah } from './peringkat.service';

const PADA = '2025-03-01';
const program: Program = {
  ...katalogNasional('74.01', '2025-01-01T00:00:00.000Z', 'x')[0],
  _id: 'program:7401:bedah-rumah',
  programId: 'bedah-rumah',
  nama: 'Bedah Rumah',
  pemilik: 'kabupaten',
  kriteria: { fakta: 'desil', op: '<=', nilai: 3 }
};
const DESA_KEDUA = '74.01.01.1003';
const miskin = makeRumahtangga({ desil: 1 });
const rentan = makeRumahtangga({ desil: 3, wilayah: wilayahOf(DESA_KEDUA) as never });
const mampu = makeRumahtangga({ desil: 7 });
const data: DataWilayah = { rumahtangga: [mampu, rentan, miskin], penerima: new Map([['bedah-rumah', new Set([rentan._id])]]) };

describe('ranking a kecamatan for the agency', () => {
  it('offers the kecamatan of the user’s kabupaten', () => {
    const kec = kecamatanPilihan({ name: 'manajer.kolaka', roles: ['manajer', 'kab:7401'] });
    expect(kec).toContain('74.01.07');
    expect(kec.every((k) => k.startsWith('74.01.'))).toBe(true);
  });

  it('ranks the whole kecamatan or one desa, marking who already receives', () => {
    expect(rangking(program, data, '', PADA).map((h) => [h.rumahtangga._id, h.layak, h.sudahMenerima])).toEqual([
      [miskin._id, true, false],
      [rentan._id, true, true],
      [mampu._id, false, false]
    ]);
    expect(rangking(program, data, DESA_KEDUA, PADA).map((h) => h.rumahtangga._id)).toEqual([rentan._id]);
    expect(desaDari(data)).toEqual([DESA_CONTOH, DESA_KEDUA]);
  });

  it('exports the eligible only, with what identifies the family and no member’s NIK', () => {
    const tabel = tabelCalon(program, '74.01.01', '', rangking(program, data, '', PADA));
    expect(tabel.kolom).toEqual(['Peringkat', 'Skor', 'Alasan', 'Nama kepala rumah tangga', 'Nomor KK', 'Kode desa', 'RW', 'RT', 'Desil', 'Sudah menerima']);
    expect(tabel.baris).toEqual([
      [1, 10, 'Desil 1 (+10)', 'Andi Baso', miskin.noKK, DESA_CONTOH, miskin.alamat.rw, miskin.alamat.rt, 1, 'tidak'],
      [2, 8, 'Desil 3 (+8)', 'Andi Baso', rentan.noKK, DESA_KEDUA, rentan.alamat.rw, rentan.alamat.rt, 3, 'ya']
    ]);
    const semua = JSON.stringify(tabel);
    for (const a of [...miskin.anggota, ...rentan.anggota]) expect(semua).not.toContain(a.nik);
  });
});
