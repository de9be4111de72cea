import { describe, expect, it, vi } from 'vitest';

// The service imports the data port, which loads pouchdb-browser: give it the browser globals it reads.
vi.hoisted(() => {
  Object.assign(globalThis, { self: globalThis, navigator: { userAgent: 'node', onLine: true }, addEventListener: () => undefined });
});

import { anggotaKosong, lengkapiDariNik, masalahNikAnggota, masalahNoKk, prelistDoc, prelistKosong } from './prelist.service';

// Wundulako (740101), a woman born 23-04-1991 (day 23 + 40).
const NIK_PEREMPUAN = '7401016304910012';
const NIK_LAKI = '7401011708850003';

describe('checking as the user types', () => {
  it('says nothing of a NIK or No. KK still being typed, and judges it once whole', () => {
    expect(masalahNikAnggota({ ...anggotaKosong(), nik: '740101' })).toBeUndefined();
    expect(masalahNoKk('74010101')).toBeUndefined();
    expect(masalahNikAnggota({ ...anggotaKosong(), nik: '740101a' })).toMatch(/16 digit/);
    expect(masalahNikAnggota({ ...anggotaKosong(), nik: '7401019999990001' })).toMatch(/Tanggal lahir dalam NIK tidak valid/);
    expect(masalahNoKk('7401010107190000')).toMatch(/tidak boleh 0000/);
  });

  it('judges a short NIK at saving', () => {
    expect(masalahNikAnggota({ ...anggotaKosong(), nik: '740101' }, false)).toMatch(/16 digit/);
  });

  it('flags a NIK that disagrees with the sex or birth date beside it', () => {
    const a = { ...anggotaKosong(), nik: NIK_PEREMPUAN, jenisKelamin: 'L', tanggalLahir: '1991-04-23' };
    expect(masalahNikAnggota(a)).toBe('Jenis kelamin tidak sesuai dengan NIK');
    expect(masalahNikAnggota({ ...a, jenisKelamin: 'P' })).toBeUndefined();
  });
});

describe('lengkapiDariNik', () => {
  const kosong = { jenisKelamin: '', tanggalLahir: '' };

  it('fills sex and birth date from a valid NIK into empty fields', () => {
    expect(lengkapiDariNik({ ...anggotaKosong(), nik: NIK_PEREMPUAN }, kosong)).toMatchObject({ jenisKelamin: 'P', tanggalLahir: '1991-04-23' });
  });

  it('replaces what an earlier NIK filled in, but not what the user chose', () => {
    const filled = lengkapiDariNik({ ...anggotaKosong(), nik: NIK_PEREMPUAN }, kosong);
    const corrected = lengkapiDariNik({ ...filled, nik: NIK_LAKI }, { jenisKelamin: 'P', tanggalLahir: '1991-04-23' });
    expect(corrected).toMatchObject({ jenisKelamin: 'L', tanggalLahir: '1985-08-17' });
    const chosen = lengkapiDariNik({ ...anggotaKosong(), nik: NIK_LAKI, tanggalLahir: '1985-08-18' }, kosong);
    expect(chosen.tanggalLahir).toBe('1985-08-18');
  });
});

describe('prelistDoc', () => {
  it('is an usulan prelist of the desa, by the user, with a tracking code of the kabupaten', () => {
    const input = { ...prelistKosong(), desa: '7401011002', rt: '003', rw: '001', noKK: '7401010107199001' };
    const doc = prelistDoc(input, { name: 'fasilitator.wundulako', roles: ['fasilitator', 'kec:740101'] }, new Date('2026-01-05T02:00:00Z'));
    expect(doc).toMatchObject({
      type: 'usulan',
      jenis: 'prelist',
      createdBy: 'fasilitator.wundulako',
      wilayah: { desa: '74.01.01.1002', kecamatan: '74.01.01' },
      rumahtangga: { alamat: { rt: '003', rw: '001' }, noKK: '7401010107199001' }
    });
    expect(doc._id).toMatch(/^usulan:7401011002:/);
    expect(doc.kodeLacak).toMatch(/^7401-/);
  });
});
