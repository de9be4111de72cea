import type { Kriteria } from '../../app/lib/domain/kriteria';
import { PROGRAM_NASIONAL, programDocId, type Program } from '../../app/lib/domain/program';
import { LEMBAGA_NASIONAL, type KanalRujukan, type LembagaNasional } from '../../app/lib/domain/routing';
import { wilayahOf } from '../../app/lib/domain/wilayah';

/**
 * The programme catalogue of the demo district: the national programmes and one regional
 * programme of Kolaka. Participation is drawn from these same criteria, so programme overlaps
 * (irisan) in the dashboards come from shared criteria, as they do in the field.
 */
export const BEDAH_RUMAH = 'bedah-rumah-kolaka';
export type DemoProgramId = keyof typeof PROGRAM_NASIONAL | typeof BEDAH_RUMAH;

const desilSampai = (nilai: number): Kriteria => ({ fakta: 'desil', op: '<=', nilai });
const pelajar: Kriteria = { fakta: 'ada-anggota', syarat: { umurMin: 6, umurMaks: 21, statusSekolah: 'masih-sekolah' } };

interface Entri {
  programId: DemoProgramId;
  nama: string;
  pemilik: Program['pemilik'];
  sasaran: Program['sasaran'];
  kriteria: Kriteria;
  tujuan: { id: string; nama: string };
  kanal: KanalRujukan;
  targetHari: number;
  mulai: string;
  uraian: string;
}

const nasional = (id: LembagaNasional) => ({ id, nama: LEMBAGA_NASIONAL[id] });

const ENTRI: readonly Entri[] = [
  {
    programId: 'pkh', nama: PROGRAM_NASIONAL.pkh, pemilik: 'kementerian', sasaran: 'rumahtangga',
    kriteria: {
      dan: [
        desilSampai(4),
        { atau: [{ fakta: 'ada-anggota', syarat: { umurMaks: 6 } }, pelajar, { fakta: 'ada-lansia' }, { fakta: 'ada-disabilitas' }] }
      ]
    },
    tujuan: nasional('kemensos-jsk'), kanal: 'langsung', targetHari: 14, mulai: '2007-07-01',
    uraian: 'Bantuan tunai bersyarat bagi keluarga miskin dengan komponen kesehatan, pendidikan dan kesejahteraan sosial.'
  },
  {
    programId: 'bpnt', nama: PROGRAM_NASIONAL.bpnt, pemilik: 'kementerian', sasaran: 'rumahtangga',
    kriteria: desilSampai(4), tujuan: nasional('tikor-rastra'), kanal: 'lapor', targetHari: 30, mulai: '2017-02-01',
    uraian: 'Bantuan pangan melalui kartu elektronik yang dibelanjakan di e-Warong.'
  },
  {
    programId: 'rastra', nama: PROGRAM_NASIONAL.rastra, pemilik: 'kementerian', sasaran: 'rumahtangga',
    kriteria: desilSampai(3), tujuan: nasional('tikor-rastra'), kanal: 'lapor', targetHari: 30, mulai: '2017-01-01',
    uraian: 'Beras 10 kg per bulan bagi keluarga di wilayah yang belum terjangkau BPNT.'
  },
  {
    programId: 'pip-kemendikbud', nama: PROGRAM_NASIONAL['pip-kemendikbud'], pemilik: 'kementerian', sasaran: 'anggota',
    kriteria: { dan: [desilSampai(4), pelajar] }, tujuan: nasional('kemendikbud'), kanal: 'lapor', targetHari: 30, mulai: '2014-11-03',
    uraian: 'Bantuan tunai pendidikan bagi siswa sekolah umum usia 6–21 tahun dari keluarga miskin.'
  },
  {
    programId: 'pip-kemenag', nama: PROGRAM_NASIONAL['pip-kemenag'], pemilik: 'kementerian', sasaran: 'anggota',
    kriteria: { dan: [desilSampai(4), pelajar] }, tujuan: nasional('kemenag'), kanal: 'langsung', targetHari: 30, mulai: '2014-11-03',
    uraian: 'Bantuan tunai pendidikan bagi siswa madrasah usia 6–21 tahun dari keluarga miskin.'
  },
  {
    programId: 'pis-kis', nama: PROGRAM_NASIONAL['pis-kis'], pemilik: 'kementerian', sasaran: 'anggota',
    kriteria: desilSampai(4), tujuan: nasional('bpjs-kesehatan'), kanal: 'lapor', targetHari: 14, mulai: '2014-11-03',
    uraian: 'Iuran jaminan kesehatan (KIS) dibayar pemerintah bagi fakir miskin dan orang tidak mampu.'
  },
  {
    programId: 'listrik', nama: PROGRAM_NASIONAL.listrik, pemilik: 'kementerian', sasaran: 'rumahtangga',
    kriteria: desilSampai(3), tujuan: { id: 'pln-up3-kolaka', nama: 'PT PLN (Persero) UP3 Kolaka' }, kanal: 'langsung',
    targetHari: 14, mulai: '2017-01-01',
    uraian: 'Tarif listrik bersubsidi (450 VA dan 900 VA) bagi rumah tangga miskin dan rentan.'
  },
  {
    programId: BEDAH_RUMAH, nama: 'Bedah Rumah Kabupaten Kolaka (Rehabilitasi Rumah Tidak Layak Huni)',
    pemilik: 'kabupaten', sasaran: 'rumahtangga',
    kriteria: { dan: [desilSampai(2), { fakta: 'status-registri', nilai: 'dtks' }] },
    tujuan: { id: 'dinsos-kolaka', nama: 'Dinas Sosial Kabupaten Kolaka, Bidang Penanganan Fakir Miskin' },
    kanal: 'langsung', targetHari: 30, mulai: '2019-01-01',
    uraian: 'Bantuan bahan bangunan dan upah tukang APBD Kolaka untuk memperbaiki rumah tidak layak huni keluarga paling miskin.'
  }
];

/** Catalogue documents of a kabupaten, written by its manager (national) and admin (regional). */
export function katalogProgram(kodeKabupaten: string, createdAt: string, manajer: string, admin: string): Program[] {
  return ENTRI.map((e) => ({
    _id: programDocId(kodeKabupaten, e.programId),
    type: 'program',
    schema: 1,
    wilayah: wilayahOf(kodeKabupaten),
    createdBy: e.pemilik === 'kabupaten' ? admin : manajer,
    createdAt,
    programId: e.programId,
    nama: e.nama,
    pemilik: e.pemilik,
    sasaran: e.sasaran,
    kriteria: e.kriteria,
    tujuanRujukan: e.tujuan,
    kanal: e.kanal,
    targetHari: e.targetHari,
    aktif: { mulai: e.mulai },
    uraian: e.uraian
  }));
}
