import { describe, expect, it } from 'vitest';
import { CONTOH_NIK, contohDoc } from '../test-data/doc-fixtures';
import { makeKeluhan, makeRujukan, makeUsulan } from '../test-data/event-factory';
import { makeRumahtangga } from '../test-data/household-factory';
import { barisKiriman, KOLOM_KIRIMAN, namaKolom, nomorPmks, sumberPerubahan, sumberPrelist, type NilaiKolom } from './kolom-kiriman';
import type { JenisKiriman } from './pengiriman';

/** Rows as records by column name, so a test reads what a file holds. */
function rekaman(jenis: JenisKiriman, baris: NilaiKolom[][]): Record<string, NilaiKolom>[] {
  const kolom = namaKolom(jenis);
  return baris.map((b) => Object.fromEntries(kolom.map((k, i) => [k, b[i]])));
}

const DISETUJUI = '2026-10-09T03:05:00.000Z';

describe('export columns', () => {
  it('are unique names within each kind', () => {
    for (const jenis of Object.keys(KOLOM_KIRIMAN) as JenisKiriman[]) {
      expect(new Set(namaKolom(jenis)).size, jenis).toBe(namaKolom(jenis).length);
    }
  });

  it('give SIKS-NG one row per member of a pre-list household, the head first, with the household keys', () => {
    const usulan = makeUsulan('prelist');
    const [kepala, pasangan] = usulan.rumahtangga.anggota;
    usulan.rumahtangga.anggota = [pasangan, kepala];
    const rows = rekaman('prelist', barisKiriman('prelist', sumberPrelist(usulan, DISETUJUI)));
    expect(rows.map((r) => r.nik)).toEqual([kepala.nik, pasangan.nik]);
    expect(rows[0]).toMatchObject({
      id_usulan: usulan._id,
      kode_lacak: usulan.kodeLacak,
      kode_desa: usulan.wilayah.desa,
      no_kk: usulan.rumahtangga.noKK,
      rt: usulan.rumahtangga.alamat.rt,
      rw: usulan.rumahtangga.alamat.rw,
      nama: kepala.nama,
      jenis_kelamin: kepala.jenisKelamin,
      tanggal_lahir: kepala.tanggalLahir,
      hubungan: 'kepala',
      diusulkan_pada: usulan.createdAt,
      disetujui_pada: DISETUJUI
    });
    expect(rows[1].hubungan).toBe(pasangan.hubungan);
  });

  it('give one row per changed field, naming the member from the registry or from the joining row', () => {
    const rt = { ...makeRumahtangga(), idDtks: 'DTKS-7401-000123' };
    const anggota = rt.anggota[1];
    const baru = '7401015505200003';
    const usulan = makeUsulan('perubahan-data', {
      rumahtanggaId: rt._id,
      perubahan: [
        { field: 'alamat.rt', sebelum: '001', sesudah: '004' },
        { field: 'pendidikan', nik: anggota.nik, sebelum: 'smp', sesudah: 'sma' },
        { field: 'anggota-lahir', nik: baru, sebelum: null, sesudah: 'Nur Aisyah' },
        { field: 'jenisKelamin', nik: baru, sebelum: null, sesudah: 'P' }
      ]
    });
    const rows = rekaman('perubahan-data', barisKiriman('perubahan-data', sumberPerubahan(usulan, rt, null)));
    expect(rows.map((r) => [r.isian, r.nik, r.nama_anggota, r.sebelum, r.sesudah])).toEqual([
      ['alamat.rt', null, null, '001', '004'],
      ['pendidikan', anggota.nik, anggota.nama, 'smp', 'sma'],
      ['anggota-lahir', baru, 'Nur Aisyah', null, 'Nur Aisyah'],
      ['jenisKelamin', baru, 'Nur Aisyah', null, 'P']
    ]);
    expect(rows[0]).toMatchObject({ id_dtks: 'DTKS-7401-000123', no_kk: rt.noKK, disetujui_pada: null });
  });

  it('number PMKS types as Permensos 8/2012 does and mark a record sent before as a change', () => {
    expect(nomorPmks('anak-balita-terlantar')).toBe(1);
    expect(nomorPmks('lanjut-usia-terlantar')).toBe(8);
    expect(nomorPmks('komunitas-adat-terpencil')).toBe(26);
    expect(nomorPmks('korban-banjir-rob')).toBeNull();
    const rt = makeRumahtangga({ alamat: { rt: '001', rw: '002', jalan: 'Jl. Poros Kolaka' } });
    const pmks = contohDoc('pmks', { jenisPmks: 'lanjut-usia-terlantar', rumahtanggaId: rt._id, updatedAt: '2026-11-20T06:45:00.000Z' });
    const [baru, ubah] = rekaman('pmks', barisKiriman('pmks', [{ pmks, rumahtangga: rt, pernahDikirim: false }, { pmks, rumahtangga: null, pernahDikirim: true }]));
    expect(baru).toMatchObject({
      id_pmks: pmks._id,
      status_data: 'baru',
      kode_pmks: 8,
      jenis_pmks: 'Lanjut Usia Terlantar',
      nama: pmks.nama,
      kode_desa: pmks.wilayah.desa,
      no_kk: rt.noKK,
      alamat: 'Jl. Poros Kolaka, RT 001/RW 002',
      diperbarui_pada: '2026-11-20T06:45:00.000Z'
    });
    expect(ubah).toMatchObject({ status_data: 'perubahan', no_kk: null, alamat: null });
  });

  it('give LAPOR! the complainant only with consent, and an anonymous report without', () => {
    const keluhan = makeKeluhan({ programId: 'pip-kemendikbud' });
    const pemohon = { nama: 'Andi Baso', nik: CONTOH_NIK.kepala, telepon: '081234567890', alamat: 'RT 001/RW 002' };
    const setuju = makeRujukan(keluhan, { kanal: 'lapor', persetujuanBerbagiData: true, pemohon, kasusDibuka: keluhan.createdAt });
    const anonim = makeRujukan(keluhan, { kanal: 'lapor', persetujuanBerbagiData: false });
    const namaWilayah = { '74.01.01': 'Wundulako', '74.01': 'Kabupaten Kolaka' };
    const sumber = [setuju, anonim].map((rujukan) => ({ rujukan, namaWilayah, namaProgram: 'PIP Kemendikbud' }));
    const [a, b] = rekaman('keluhan', barisKiriman('keluhan', sumber));
    expect(a).toMatchObject({
      id_rujukan: setuju._id,
      id_kasus: keluhan._id,
      judul: 'Keluhan pelaksanaan PIP Kemendikbud',
      isi_laporan: setuju.perihal.uraian,
      program: 'pip-kemendikbud',
      kode_desa: '74.01.01',
      lokasi: 'Wundulako, Kabupaten Kolaka',
      tanggal_keluhan: keluhan.createdAt,
      anonim: 'tidak',
      nama_pelapor: 'Andi Baso',
      nik_pelapor: CONTOH_NIK.kepala,
      telepon_pelapor: '081234567890',
      alamat_pelapor: 'RT 001/RW 002'
    });
    expect(b).toMatchObject({ anonim: 'ya', nama_pelapor: null, nik_pelapor: null, telepon_pelapor: null, alamat_pelapor: null });
  });
});
