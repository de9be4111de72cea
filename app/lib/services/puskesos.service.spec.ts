import '../test-data/browser-globals';
import { describe, expect, it } from 'vitest';
import { puskesosSchema, type Puskesos } from '$lib/domain/puskesos';
import type { RingkasanPengguna } from '$lib/domain/pengguna';
import { kepalaDokumen } from './dokumen-ubah';
import { cakupanSupervisor } from './pengguna.service';
import { formDariPuskesos, mengelolaPuskesos, puskesosDariForm, puskesosKosong, puskesosTerdekat } from './puskesos.service';

const admin = { name: 'admin.kolaka', roles: ['admin-kab', 'kab:7401'] };
const now = new Date('2025-05-02T08:00:00.000Z');

function puskesos(desa: string, nama: string, aktif = true): Puskesos {
  const head = kepalaDokumen('puskesos', `puskesos:7401:${desa.replaceAll('.', '')}`, '74.01', admin, null, now);
  return puskesosDariForm(head, { ...puskesosKosong(), desa, nama }, aktif) as Puskesos;
}

describe('a Puskesos from the form', () => {
  it('is a valid document with the optional fields left out when empty', () => {
    const p = puskesosDariForm(kepalaDokumen('puskesos', 'puskesos:7401:7401012001', '74.01', admin, null, now), { ...puskesosKosong(), desa: '74.01.01.2001', nama: 'Puskesos Wundulako', jamLayanan: ' Senin–Jumat ' }, true);
    expect(puskesosSchema.safeParse(p).success).toBe(true);
    expect(p).toMatchObject({ desa: '74.01.01.2001', nama: 'Puskesos Wundulako', jamLayanan: 'Senin–Jumat', aktif: true, createdBy: 'admin.kolaka' });
    expect(p).not.toHaveProperty('alamat');
  });

  it('drops an optional field emptied in an edit, and closing keeps the rest', () => {
    const lama = { ...puskesos('74.01.01.2001', 'Puskesos Wundulako'), alamat: 'Jl. Poros', _rev: '1-a' };
    const head = kepalaDokumen('puskesos', lama._id, '74.01', admin, lama, now);
    expect(puskesosDariForm(head, { ...formDariPuskesos(lama), alamat: '' }, true)).not.toHaveProperty('alamat');
    expect(puskesosDariForm(head, formDariPuskesos(lama), false)).toMatchObject({ aktif: false, alamat: 'Jl. Poros', updatedBy: 'admin.kolaka' });
  });

  it('refuses a desa of another kabupaten, an id not of its desa, and a telephone with letters', () => {
    const lain = { ...puskesos('74.01.01.2001', 'Puskesos Wundulako'), desa: '74.02.01.2001' };
    expect(puskesosSchema.safeParse(lain).error?.issues.map((i) => i.message)).toEqual(
      expect.arrayContaining(['Desa harus berada di kabupaten ini', 'ID Puskesos harus puskesos:<kabupaten>:<desa>'])
    );
    expect(puskesosSchema.safeParse({ ...puskesos('74.01.01.2001', 'Puskesos W'), telepon: 'nol delapan' }).error?.issues[0].message).toMatch(/Nomor telepon/);
  });

  it('is kept by the district administrator alone', () => {
    expect(mengelolaPuskesos('admin-kab')).toBe(true);
    expect(mengelolaPuskesos('manajer')).toBe(false);
    expect(mengelolaPuskesos('front-office')).toBe(false);
  });
});

describe('the Puskesos a desk tells a resident about', () => {
  const daftar = [
    puskesos('74.01.01.2001', 'Puskesos Wundulako'),
    puskesos('74.01.01.2005', 'Puskesos Lamekongga'),
    puskesos('74.01.01.2009', 'Puskesos tutup', false),
    puskesos('74.01.07.2002', 'Puskesos Pomalaa')
  ];

  it('are the open ones of the kecamatan, the resident’s own desa first', () => {
    expect(puskesosTerdekat(daftar, '74.01.01.2005').map((p) => p.nama)).toEqual(['Puskesos Lamekongga', 'Puskesos Wundulako']);
    expect(puskesosTerdekat(daftar, '74.01.01').map((p) => p.nama)).toEqual(['Puskesos Wundulako', 'Puskesos Lamekongga']);
    expect(puskesosTerdekat(daftar, '74.01.03.2001')).toEqual([]);
  });
});

describe('which kecamatan the supervisors cover', () => {
  const orang = (name: string, jobRole: RingkasanPengguna['jobRole'], kecamatan: string[], aktif = true): RingkasanPengguna => ({
    name,
    displayName: name,
    jobRole,
    kecamatan,
    program: [],
    aktif,
    menggantikan: []
  });

  it('lists every kecamatan with its active supervisors, none where nobody covers it', () => {
    const kecamatan = [
      { kode: '74.01.01', nama: 'Wundulako', desa: [] },
      { kode: '74.01.07', nama: 'Pomalaa', desa: [] },
      { kode: '74.01.08', nama: 'Tanggetada', desa: [] }
    ];
    const pengguna = [
      orang('supervisor.utara', 'supervisor', ['74.01.01', '74.01.07']),
      orang('supervisor.lama', 'supervisor', ['74.01.08'], false),
      orang('fasilitator.tanggetada', 'fasilitator', ['74.01.08'])
    ];
    expect(cakupanSupervisor({ kecamatan, pengguna }).map((c) => [c.kecamatan.nama, c.supervisor.map((s) => s.name)])).toEqual([
      ['Wundulako', ['supervisor.utara']],
      ['Pomalaa', ['supervisor.utara']],
      ['Tanggetada', []]
    ]);
  });
});
