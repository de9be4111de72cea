import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { pembaruanSchema } from '../domain/pembaruan';
import { GudangMemori } from '../test-data/gudang-memori';
import { barisEkstrak, ekstrakBerCacat, JUDUL_STANDAR, selStandar } from '../test-data/ekstrak-registri';
import { DESA_CONTOH, DESA_LAIN, makeAnggota, makeRumahtangga } from '../test-data/household-factory';
import type { Rumahtangga } from '../domain/household';
import { wilayahOf } from '../domain/wilayah';
import { barisCsv, deteksiEncoding } from './csv';
import { imporRegistri, type HasilImpor } from './impor-registri';
import { petaOtomatis } from './kolom';
import type { SumberBerkas } from './sumber';

const DESA_DIKENAL = new Set([DESA_CONTOH, DESA_LAIN]);
const SEKARANG = new Date('2026-03-01T02:00:00Z');

function sumber(bytes: Uint8Array, potong = 7): SumberBerkas {
  return async function* () {
    for (let i = 0; i < bytes.length; i += potong) yield bytes.slice(i, i + potong);
  };
}

async function impor(bytes: Uint8Array, gudang: GudangMemori, percobaan = false): Promise<HasilImpor> {
  const s = sumber(bytes);
  const encoding = await deteksiEncoding(s);
  return imporRegistri({
    berkas: 'dtks-kolaka.csv',
    baris: () => barisCsv(s, encoding),
    peta: petaOtomatis(JUDUL_STANDAR),
    kabupaten: '74.01',
    desaDikenal: DESA_DIKENAL,
    gudang,
    oleh: 'manajer.kolaka',
    peran: 'manajer',
    percobaan,
    sekarang: SEKARANG,
    ukuranKelompok: 2
  });
}

const csv = (rows: string[][], delimiter = ';') => Papa.unparse([JUDUL_STANDAR, ...rows], { delimiter, newline: '\r\n' });

describe('imporRegistri', () => {
  it('reports exactly the bad rows, holds back their households, and imports the rest', async () => {
    const { bytes, salah, ditahan, baik, diakritik } = ekstrakBerCacat();
    const gudang = new GudangMemori();
    const hasil = await impor(bytes, gudang);

    const nomor = (status: string) => [...new Set(hasil.masalah.filter((m) => m.status === status).map((m) => m.nomor))];
    expect(nomor('salah')).toEqual(salah);
    expect(nomor('ditahan')).toEqual(ditahan);
    expect(hasil.rumahtangga).toEqual({ baru: 2, berubah: 0, sama: 0, ditolak: 5 });
    const tersimpan = gudang.dariJenis('rumahtangga');
    expect(tersimpan.map((d) => d.idDtks).sort()).toEqual([baik.idDtks, diakritik.idDtks]);
    const orang = tersimpan.flatMap((d) => (d.anggota as Rumahtangga['anggota']).map((a) => a.nama));
    expect(orang).toContain('Séna Ñoman Müller');
    const alasan = (n: number) => hasil.masalah.filter((m) => m.nomor === n).map((m) => m.alasan);
    expect(alasan(10)).toEqual(['NIK harus 16 digit angka']);
    expect(alasan(12)).toEqual(['Rumah tangga tanpa kepala rumah tangga']);
    expect(alasan(18)).toEqual([expect.stringMatching(/Tanggal lahir "31-02-1990" tidak valid/)]);
    expect(alasan(21)).toHaveLength(5);
    expect(hasil.masalah.find((m) => m.nomor === 17)?.alasan).toMatch(/NIK sudah tercatat di rumah tangga 7401011002A1 \(baris 2\)/);
  });

  it('changes nothing when the same file is imported again', async () => {
    const { bytes } = ekstrakBerCacat();
    const gudang = new GudangMemori();
    await impor(bytes, gudang);
    const ditulis = gudang.ditulis;
    const kedua = await impor(bytes, gudang);
    expect(gudang.ditulis).toBe(ditulis);
    expect(kedua.rumahtangga).toEqual({ baru: 0, berubah: 0, sama: 2, ditolak: 5 });
    expect(kedua.hilang).toEqual([]);
  });

  it('updates a changed household keeping its history, and reports one that disappeared', async () => {
    const a = makeRumahtangga({ idDtks: 'B1' });
    const b = makeRumahtangga({ idDtks: 'B2' });
    const gudang = new GudangMemori();
    const rows = (...rts: Rumahtangga[]) => rts.flatMap((rt) => barisEkstrak(rt).map(selStandar));
    await impor(new TextEncoder().encode(csv(rows(a, b))), gudang);

    const lahir = makeAnggota({ nama: 'Bayi Baru', hubungan: 'anak', tanggalLahir: '2025-11-02', pendidikan: 'belum-sekolah', statusSekolah: 'tidak-bersekolah' });
    const aBaru: Rumahtangga = { ...a, alamat: { rt: '004', rw: '002' }, anggota: [...a.anggota.slice(0, 2), lahir] };
    const hasil = await impor(new TextEncoder().encode(csv(rows(aBaru))), gudang);

    expect(hasil.rumahtangga).toEqual({ baru: 0, berubah: 1, sama: 0, ditolak: 0 });
    const doc = gudang.docs.get(a._id.replace(/RT\d+$/, 'B1'));
    expect(doc?.alamat).toEqual({ rt: '004', rw: '002' });
    expect(doc?.createdBy).toBe('manajer.kolaka');
    expect(doc?.updatedAt).toBe(SEKARANG.toISOString());
    const [riwayat] = gudang.dariJenis('pembaruan');
    expect(pembaruanSchema.parse(riwayat).perubahan).toEqual(
      expect.arrayContaining([
        { field: 'alamat.rt', sebelum: '001', sesudah: '004' },
        { field: 'anggota-keluar', nik: a.anggota[2].nik, sebelum: a.anggota[2].nama, sesudah: null },
        { field: 'anggota-masuk', nik: lahir.nik, sebelum: null, sesudah: 'Bayi Baru' }
      ])
    );
    expect(hasil.hilang).toEqual([{ rumahtanggaId: expect.stringMatching(/:B2$/), idDtks: 'B2' }]);
    expect(gudang.docs.has(hasil.hilang[0].rumahtanggaId)).toBe(true);
  });

  it('reports a household that moved desa with its new id, and not one whose rows were refused', async () => {
    const a = makeRumahtangga({ idDtks: 'E1' });
    const b = makeRumahtangga({ idDtks: 'E2' });
    const c = makeRumahtangga({ idDtks: 'E3' });
    const gudang = new GudangMemori();
    const rows = (...rts: Rumahtangga[]) => rts.flatMap((rt) => barisEkstrak(rt).map(selStandar));
    await impor(new TextEncoder().encode(csv(rows(a, b, c))), gudang);

    const pindah: Rumahtangga = { ...a, wilayah: wilayahOf(DESA_LAIN) };
    const rusak: Rumahtangga = { ...c, anggota: c.anggota.map((m, i) => (i === 0 ? { ...m, nik: '123' } : m)) };
    const hasil = await impor(new TextEncoder().encode(csv(rows(b, pindah, rusak))), gudang);

    expect(hasil.rumahtangga).toEqual({ baru: 1, berubah: 0, sama: 1, ditolak: 1 });
    const idLama = [...gudang.docs.keys()].find((id) => id.endsWith(':E1') && id.includes(':7401011002:'));
    const idBaru = [...gudang.docs.keys()].find((id) => id.endsWith(':E1') && id.includes(':7401041001:'));
    expect(hasil.hilang).toEqual([{ rumahtanggaId: idLama, idDtks: 'E1', pindahKe: idBaru }]);
  });

  it('writes nothing in a dry run but says what would change', async () => {
    const a = makeRumahtangga({ idDtks: 'C1' });
    const gudang = new GudangMemori();
    const hasil = await impor(new TextEncoder().encode(csv(barisEkstrak(a).map(selStandar), ',')), gudang, true);
    expect(hasil.rumahtangga.baru).toBe(1);
    expect(gudang.docs.size).toBe(0);
  });

  it('assembles a household whose rows are scattered through the file', async () => {
    const a = makeRumahtangga({ idDtks: 'D1' });
    const b = makeRumahtangga({ idDtks: 'D2' });
    const [a1, a2, a3] = barisEkstrak(a).map(selStandar);
    const [b1, b2, b3] = barisEkstrak(b).map(selStandar);
    const gudang = new GudangMemori();
    const hasil = await impor(new TextEncoder().encode(csv([a1, b1, a2, b2, b3, a3], '\t')), gudang);
    expect(hasil.rumahtangga.baru).toBe(2);
    expect(hasil.masalah).toEqual([]);
  });
});
