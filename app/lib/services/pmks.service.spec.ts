import '../test-data/browser-globals';
import { beforeEach, describe, expect, it } from 'vitest';
import { openUserStore, type StoredDoc, type UserStore } from '$lib/db/user-store';
import type { Pmks } from '$lib/domain/pmks';
import { CONTOH_NIK } from '$lib/test-data/doc-fixtures';
import { siapkanDb } from '$lib/test-data/kasus-store';
import { JENIS_PMKS_PERMENSOS, type JenisPmksPilihan } from './jenis-pmks.service';
import { daftarPmks, formDariPmks, hubungkan, pmksKosong, simpanPmks, type PmksForm } from './pmks.service';
import { daftarPsks, formDariPsks, psksKosong, simpanPsks } from './psks.service';

/**
 * The secretariat records PMKS and PSKS on the kabupaten database, remotely; here the same data
 * port runs on a real PouchDB of Wundulako, for a user of that kabupaten (the services read the
 * kabupaten from the roles, the database from the record's wilayah).
 */
const DESA = '74.01.01.2001';
let store: UserStore;
beforeEach(async () => {
  await siapkanDb();
  store = openUserStore({ name: 'backoffice.kolaka', roles: ['supervisor', 'kec:740101', 'kab:7401'] });
});

const jenis: readonly JenisPmksPilihan[] = [
  ...JENIS_PMKS_PERMENSOS.filter((j) => j.kode !== 'pemulung'),
  { kode: 'pemulung', nama: 'Pemulung', aktif: false }
];
const isi = (ubah: Partial<PmksForm> = {}): PmksForm => ({ ...pmksKosong(), jenisPmks: 'lanjut-usia-terlantar', nama: 'La Ode Saleh', desa: DESA, ...ubah });
const now = new Date('2025-05-02T08:00:00.000Z');

async function simpan(form: PmksForm, lama: StoredDoc | null = null, pada = now) {
  const hasil = await simpanPmks(store, form, jenis, lama, pada);
  if (!hasil.ok) throw new Error(JSON.stringify(hasil));
  return (await store.get(hasil.id)) as StoredDoc & Pmks;
}

describe('recording a PMKS', () => {
  it('fills sex and birth date from a valid NIK, and leaves empty fields out', async () => {
    const doc = await simpan(isi({ nik: CONTOH_NIK.pasangan }));
    expect(doc).toMatchObject({ type: 'pmks', nik: CONTOH_NIK.pasangan, jenisKelamin: 'P', tanggalLahir: '1985-02-03', wilayah: { desa: DESA }, createdBy: 'backoffice.kolaka' });
    expect(doc).not.toHaveProperty('keterangan');
    expect(doc).not.toHaveProperty('rumahtanggaId');
  });

  it('names each problem at its field: type, NIK, NIK against sex, desa', async () => {
    const masalah = async (form: PmksForm) => {
      const hasil = await simpanPmks(store, form, jenis, null, now);
      return hasil.ok || !('problems' in hasil) ? {} : hasil.problems;
    };
    expect(await masalah(isi({ jenisPmks: '' }))).toEqual({ jenisPmks: 'Pilih jenis PMKS' });
    expect(await masalah(isi({ jenisPmks: 'tidak-ada' }))).toEqual({ jenisPmks: 'Jenis PMKS "tidak-ada" tidak ada di katalog kabupaten' });
    expect(await masalah(isi({ jenisPmks: 'pemulung' }))).toEqual({ jenisPmks: 'Jenis PMKS "Pemulung" sudah tidak dipakai kabupaten' });
    expect((await masalah(isi({ nik: '1234' }))).nik).toBeTruthy();
    expect((await masalah(isi({ nik: CONTOH_NIK.kepala, jenisKelamin: 'P', tanggalLahir: '1980-05-17' }))).nik).toBeTruthy();
    expect(await masalah(isi({ desa: '74.02.01.2001' }))).toEqual({ desa: 'Desa 74.02.01.2001 di luar kabupaten Anda' });
    expect(await masalah(isi({ desa: '' }))).toEqual({ desa: 'Pilih desa' });
    expect(await daftarPmks(store)).toEqual([]);
  });

  it('keeps a type the district stopped using on a record that already had it', async () => {
    const lama = await simpan(isi({ jenisPmks: 'lanjut-usia-terlantar' }));
    const tanpaLansia = jenis.map((j) => (j.kode === 'lanjut-usia-terlantar' ? { ...j, aktif: false } : j));
    const hasil = await simpanPmks(store, { ...formDariPmks(lama), keterangan: 'Tinggal sendiri' }, tanpaLansia, lama, now);
    expect(hasil.ok).toBe(true);
  });

  it('updates the version it was opened on, and gives back the newer one when someone saved first', async () => {
    const lama = await simpan(isi());
    const baru = await simpan({ ...formDariPmks(lama), keterangan: 'Dikunjungi' }, lama, new Date('2025-05-03T08:00:00.000Z'));
    expect(baru).toMatchObject({ keterangan: 'Dikunjungi', updatedBy: 'backoffice.kolaka', createdAt: lama.createdAt });
    const basi = await simpanPmks(store, { ...formDariPmks(lama), nama: 'Nama lain' }, jenis, lama, now);
    expect(basi).toMatchObject({ ok: false, konflik: { _rev: baru._rev, keterangan: 'Dikunjungi' } });
  });

  it('links a household of the registry, filling the member chosen and its desa', () => {
    const rt = { id: 'rumahtangga:7401012005:RT1', desa: '74.01.01.2005', anggota: [{ nama: 'Wa Ode Ani', nik: CONTOH_NIK.pasangan, jenisKelamin: 'P' as const, tanggalLahir: '1985-02-03' }] };
    expect(hubungkan(isi(), rt, CONTOH_NIK.pasangan)).toMatchObject({ rumahtanggaId: rt.id, desa: '74.01.01.2005', nama: 'Wa Ode Ani', nik: CONTOH_NIK.pasangan, jenisKelamin: 'P' });
    expect(hubungkan(isi(), rt)).toMatchObject({ rumahtanggaId: rt.id, desa: '74.01.01.2005', nama: 'La Ode Saleh' });
  });

  it('lists the records newest change first', async () => {
    const pertama = await simpan(isi({ nama: 'Pertama' }), null, new Date('2025-01-01T00:00:00.000Z'));
    await simpan(isi({ nama: 'Kedua' }), null, new Date('2025-02-01T00:00:00.000Z'));
    await simpan({ ...formDariPmks(pertama), keterangan: 'x' }, pertama, new Date('2025-03-01T00:00:00.000Z'));
    expect((await daftarPmks(store)).map((p) => p.nama)).toEqual(['Pertama', 'Kedua']);
  });
});

describe('recording a PSKS', () => {
  it('saves a resource of a kecamatan of the kabupaten, and lists by name', async () => {
    const a = await simpanPsks(store, { ...psksKosong(), jenisPsks: 'tksk', nama: 'Zainal', kecamatan: '74.01.01', telepon: ' ' }, null, now);
    const b = await simpanPsks(store, { ...psksKosong(), jenisPsks: 'karang-taruna', nama: 'Karang Taruna Bahari', kecamatan: '74.01.01' }, null, now);
    expect(a.ok && b.ok).toBe(true);
    const daftar = await daftarPsks(store);
    expect(daftar.map((p) => p.nama)).toEqual(['Karang Taruna Bahari', 'Zainal']);
    expect(daftar[1]).not.toHaveProperty('telepon');
    expect(formDariPsks(daftar[1])).toMatchObject({ jenisPsks: 'tksk', kecamatan: '74.01.01' });
  });

  it('refuses a kecamatan outside the kabupaten, and a missing name at its field', async () => {
    expect(await simpanPsks(store, { ...psksKosong(), jenisPsks: 'tksk', nama: 'X', kecamatan: '74.02.01' }, null, now)).toEqual({
      ok: false,
      problems: { kecamatan: 'Pilih kecamatan di kabupaten Anda' }
    });
    const tanpaNama = await simpanPsks(store, { ...psksKosong(), jenisPsks: 'tksk', nama: '', kecamatan: '74.01.01' }, null, now);
    expect(tanpaNama).toEqual({ ok: false, problems: { nama: 'Nama wajib diisi' } });
  });
});
