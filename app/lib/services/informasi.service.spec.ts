import '$lib/test-data/browser-globals';
import { describe, expect, it } from 'vitest';
import { openLocal } from '$lib/db/pouch';
import { parseDoc } from '$lib/domain/schemas';
import { contohDoc } from '$lib/test-data/doc-fixtures';
import { makeRumahtangga } from '$lib/test-data/household-factory';
import { informasiDoc, kanalMeja, simpanInformasi, wilayahInformasi, type InformasiInput } from './informasi.service';
import { registerHariIni } from './meja.service';

const puskesos = { name: 'frontoffice.wundulako', roles: ['front-office', 'kec:740101'] };
const sekretariat = { name: 'frontoffice.kolaka', roles: ['front-office', 'kab:7401'] };
const kosong: InformasiInput = { kanal: 'puskesos', programIds: [], faqId: '', topik: '', rumahtanggaId: '', penanyaNama: '', penjelasan: '' };
const HARI = '2025-03-10';
const jam = (h: number) => new Date(2025, 2, 10, h);

describe('information given at the desk', () => {
  it('is filed under the household’s desa, else the desk’s kecamatan, else its kabupaten', () => {
    expect(wilayahInformasi(puskesos, '74.01.01.2006')).toBe('74.01.01.2006');
    expect(wilayahInformasi(puskesos)).toBe('74.01.01');
    expect(wilayahInformasi(sekretariat)).toBe('74.01');
    expect(wilayahInformasi({ roles: ['front-office'] })).toBeNull();
  });

  it('starts from where the desk stands', () => {
    expect(kanalMeja(puskesos)).toBe('puskesos');
    expect(kanalMeja(sekretariat)).toBe('sekretariat');
    expect(kanalMeja({ roles: ['fasilitator', 'kec:740101'] })).toBe('kunjungan');
  });

  it('makes a document that passes its schema, leaving out what was not given', () => {
    const doc = informasiDoc({ ...kosong, kanal: 'sekretariat', programIds: ['pkh', 'bpnt', 'pkh'], topik: '  ', penjelasan: ' Syarat PKH ' }, sekretariat, jam(9), '74.01');
    expect(parseDoc(doc)).toMatchObject({ ok: true });
    expect(doc).toMatchObject({ type: 'layananinformasi', wilayah: { kabupaten: '74.01' }, createdBy: 'frontoffice.kolaka', peran: 'front-office', programIds: ['bpnt', 'pkh'], penjelasan: 'Syarat PKH' });
    expect(doc).not.toHaveProperty('topik');
    expect(doc).not.toHaveProperty('penanya');
    expect(doc._id).toMatch(/^layananinformasi:7401:/);
  });

  it('shows its problems next to the fields, in Bahasa Indonesia', async () => {
    const hasil = await simpanInformasi(puskesos, kosong, jam(9));
    expect(hasil).toEqual({
      ok: false,
      problems: { penjelasan: 'Tuliskan singkat apa yang dijelaskan', topik: 'Pilih program atau pertanyaan FAQ yang ditanyakan, atau tulis topiknya' }
    });
  });

  it('is saved on the device and shows in the register of the day, with or without a household', async () => {
    const db = openLocal('slrt-kec-740101');
    const rt = makeRumahtangga();
    const faq = contohDoc('faq');
    await db.bulkDocs([rt, faq] as never[]);
    const tamu = await simpanInformasi(puskesos, { ...kosong, programIds: ['bpnt'], topik: 'Jadwal penyaluran', penanyaNama: ' La Ode Tamu ', penjelasan: 'Jadwal dan tempat' }, jam(9));
    const keluarga = await simpanInformasi(puskesos, { ...kosong, faqId: faq._id, rumahtanggaId: rt._id, penjelasan: 'Cara mendaftar' }, jam(10));
    const tanpaNama = await simpanInformasi(puskesos, { ...kosong, topik: 'Kartu KIS hilang', penjelasan: 'Lapor ke BPJS' }, jam(11));
    if (!tamu.ok || !keluarga.ok || !tanpaNama.ok) throw new Error('tidak tersimpan');
    expect(tamu.lokal).toBe(true);
    expect((await db.get(keluarga.id)) as unknown).toMatchObject({ wilayah: { desa: rt.wilayah.desa }, rumahtanggaId: rt._id });

    const register = await registerHariIni(puskesos, HARI);
    expect(register.map((k) => [k.siapa, k.rumahtanggaId, k.tercatat])).toEqual([
      ['', null, [{ jenis: 'informasi', id: tanpaNama.id, tentang: 'Kartu KIS hilang' }]],
      [rt.anggota.find((a) => a.hubungan === 'kepala')!.nama, rt._id, [{ jenis: 'informasi', id: keluarga.id, tentang: faq.pertanyaan }]],
      ['La Ode Tamu', null, [{ jenis: 'informasi', id: tamu.id, tentang: 'Bantuan Pangan Non Tunai (BPNT); Jadwal penyaluran' }]]
    ]);
  });
});
