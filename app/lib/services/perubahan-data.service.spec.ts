import '../test-data/browser-globals';
import { describe, expect, it } from 'vitest';
import { openUserStore } from '$lib/db/user-store';
import { makeNik, makeNoKk } from '$lib/domain/nik';
import { parseDoc } from '$lib/domain/schemas';
import { makeRumahtangga } from '../test-data/household-factory';
import {
  anggotaBaruKosong,
  kunciAnggota,
  nilaiSekarang,
  perubahanDari,
  perubahanKosong,
  periksaNilai,
  simpanPerubahan,
  usulanPerubahanDoc,
  type PerubahanInput
} from './perubahan-data.service';

const PADA = '2025-03-01';
const fasilitator = { name: 'fasilitator.wundulako', roles: ['fasilitator', 'kec:740101'] };
const rt = makeRumahtangga();
const [kepala, pasangan, anak] = rt.anggota;
const input = (over: Partial<PerubahanInput>): PerubahanInput => ({ ...perubahanKosong(), ...over });

describe('verification of a household', () => {
  it('reads the registry value of each key', () => {
    expect(nilaiSekarang(rt, 'alamat.rt')).toBe(rt.alamat.rt);
    expect(nilaiSekarang(rt, 'noKK')).toBe(rt.noKK);
    expect(nilaiSekarang(rt, 'kondisiRumah')).toBe('');
    expect(nilaiSekarang(rt, kunciAnggota(anak.nik, 'pendidikan'))).toBe('smp');
  });

  it('checks NIK and No. KK as typed, with the rules of nik.ts', () => {
    expect(periksaNilai('nik', '740101', PADA)).toBe('NIK harus 16 digit angka');
    expect(periksaNilai('nik', '9999991705800001', PADA)).toMatch(/Kode wilayah NIK/);
    expect(periksaNilai('nik', makeNik({ kodeKecamatan: '74.01.01', tanggalLahir: '1980-05-17', jenisKelamin: 'L', serial: 9 }), PADA)).toBeNull();
    expect(periksaNilai('noKK', '7401011705800000', PADA)).toMatch(/Nomor urut Nomor KK/);
    expect(periksaNilai('alamat.rt', '12', PADA)).toBe('RT harus 3 digit, mis. 001');
    expect(periksaNilai('disabilitas', 'entah', PADA)).toBe('Pilih salah satu');
  });

  it('turns changed fields into before/after rows and ignores what was confirmed unchanged', () => {
    const noKK = makeNoKk({ kodeKecamatan: '74.01.01', tanggalTerbit: '2020-01-02', serial: 77 });
    const { perubahan, problems } = perubahanDari(
      input({
        ubah: {
          noKK,
          'alamat.rt': rt.alamat.rt,
          kondisiRumah: 'Lantai tanah, atap rumbia',
          [kunciAnggota(anak.nik, 'pendidikan')]: 'sma',
          [kunciAnggota(pasangan.nik, 'disabilitas')]: 'fisik'
        }
      }),
      rt,
      PADA
    );
    expect(problems).toEqual({});
    expect(perubahan).toEqual([
      { field: 'noKK', sebelum: rt.noKK, sesudah: noKK },
      { field: 'kondisiRumah', sebelum: null, sesudah: 'Lantai tanah, atap rumbia' },
      { field: 'pendidikan', nik: anak.nik, sebelum: 'smp', sesudah: 'sma' },
      { field: 'disabilitas', nik: pasangan.nik, sebelum: 'tidak', sesudah: 'fisik' }
    ]);
  });

  it('puts a wrong corrected NIK next to its field and proposes nothing', () => {
    const kunci = kunciAnggota(kepala.nik, 'nik');
    const hasil = perubahanDari(input({ ubah: { [kunci]: '1234' } }), rt, PADA);
    expect(hasil.problems).toEqual({ [kunci]: 'NIK harus 16 digit angka' });
  });

  it('records members leaving and joining, with every field of the new member', () => {
    const bayi = {
      ...anggotaBaruKosong('lahir'),
      nama: 'Siti Aisyah',
      jenisKelamin: 'P',
      tanggalLahir: '2025-01-10',
      nik: makeNik({ kodeKecamatan: '74.01.01', tanggalLahir: '2025-01-10', jenisKelamin: 'P', serial: 31 })
    };
    const { perubahan, problems } = perubahanDari(input({ keluar: { [kepala.nik]: 'meninggal' }, baru: [bayi] }), rt, PADA);
    expect(problems).toEqual({});
    expect(perubahan[0]).toEqual({ field: 'anggota-meninggal', nik: kepala.nik, sebelum: kepala.nama, sesudah: null });
    expect(perubahan[1]).toEqual({ field: 'anggota-lahir', nik: bayi.nik, sebelum: null, sesudah: 'Siti Aisyah' });
    expect(perubahan.slice(2).map((p) => [p.field, p.sesudah])).toEqual([
      ['jenisKelamin', 'P'],
      ['tanggalLahir', '2025-01-10'],
      ['hubungan', 'anak'],
      ['disabilitas', 'tidak'],
      ['pendidikan', 'belum-sekolah'],
      ['statusSekolah', 'tidak-bersekolah'],
      ['pekerjaan', 'Belum bekerja']
    ]);
  });

  it('refuses a new member whose NIK disagrees with the sex and birth date, or is already in the household', () => {
    const baru = { ...anggotaBaruKosong('pindah-masuk'), nama: 'La Ode', jenisKelamin: 'L', tanggalLahir: '1990-02-03', hubungan: 'famili-lain', pendidikan: 'sma', statusSekolah: 'tidak-lagi', pekerjaan: 'Nelayan' };
    const salah = makeNik({ kodeKecamatan: '74.01.01', tanggalLahir: '1990-02-03', jenisKelamin: 'P', serial: 5 });
    expect(perubahanDari(input({ baru: [{ ...baru, nik: salah }] }), rt, PADA).problems).toEqual({ 'baru.0.nik': 'Jenis kelamin tidak sesuai dengan NIK' });
    expect(perubahanDari(input({ baru: [{ ...baru, nik: kepala.nik }] }), rt, PADA).problems).toEqual({ 'baru.0.nik': 'NIK ini sudah tercatat di rumah tangga' });
    expect(perubahanDari(input({ baru: [{ ...baru, nama: '', nik: '' }] }), rt, PADA).problems).toMatchObject({
      'baru.0.nama': 'Wajib diisi',
      'baru.0.nik': 'NIK harus 16 digit angka'
    });
  });

  it('says so when nothing was changed', () => {
    expect(perubahanDari(perubahanKosong(), rt, PADA).problems).toEqual({ umum: expect.stringMatching(/Belum ada perubahan/) });
  });

  it('makes one usulan perubahan-data with a tracking code, and saves it on the device', async () => {
    const perubahan = [{ field: 'pekerjaan', nik: kepala.nik, sebelum: 'Petani', sesudah: 'Nelayan' }];
    const doc = usulanPerubahanDoc(perubahan, rt, fasilitator, new Date('2025-03-01T08:00:00Z'));
    expect(doc).toMatchObject({ type: 'usulan', jenis: 'perubahan-data', rumahtanggaId: rt._id, wilayah: rt.wilayah, createdBy: fasilitator.name, perubahan });
    expect(doc.kodeLacak).toMatch(/^7401-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(parseDoc(doc)).toMatchObject({ ok: true });

    const saved = await simpanPerubahan(fasilitator, input({ ubah: { [kunciAnggota(kepala.nik, 'pekerjaan')]: 'Nelayan' } }), rt);
    expect(saved).toMatchObject({ ok: true, lokal: true });
    const stored = await openUserStore(fasilitator).get((saved as { id: string }).id);
    expect(stored).toMatchObject({ jenis: 'perubahan-data', perubahan });
  });
});
