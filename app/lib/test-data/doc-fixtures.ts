import type { DocType } from '../domain/doc-types';
import type { DocOf } from '../domain/schemas';
import { wilayahOf } from '../domain/wilayah';

/**
 * One valid document of every type, in desa Wundulako area of Kabupaten Kolaka: the starting
 * point of tests that change one field and expect one problem. Not used by the app itself.
 */

const DESA = wilayahOf('74.01.01.2006');
const KECAMATAN = wilayahOf('74.01.01');
const KABUPATEN = wilayahOf('74.01');
const DIBUAT = { createdBy: 'fasilitator.wundulako', createdAt: '2025-03-10T02:15:00.000Z' };

export const CONTOH_ID = {
  rumahtangga: 'rumahtangga:7401012006:01JP0000000000000000000001',
  keluhan: 'keluhan:7401012006:01JP0000000000000000000002',
  kebutuhan: 'kebutuhan:7401012006:01JP0000000000000000000003',
  usulan: 'usulan:7401012006:01JP0000000000000000000004',
  rujukan: 'rujukan:740101:01JP0000000000000000000005',
  kuesioner: 'kuesioner:7401:pemantauan-v1'
} as const;

/** NIKs that pass `validateNik`: a man born 1980-05-17 and a woman born 1985-02-03. */
export const CONTOH_NIK = { kepala: '7401011705800001', pasangan: '7401014302850002' } as const;

const anggota = [
  {
    nik: CONTOH_NIK.kepala,
    nama: 'Lukman Hakim',
    jenisKelamin: 'L',
    tanggalLahir: '1980-05-17',
    hubungan: 'kepala',
    disabilitas: 'tidak',
    pendidikan: 'sd',
    statusSekolah: 'tidak-lagi',
    pekerjaan: 'Petani'
  },
  {
    nik: CONTOH_NIK.pasangan,
    nama: 'Wa Ode Sitti',
    jenisKelamin: 'P',
    tanggalLahir: '1985-02-03',
    hubungan: 'pasangan',
    disabilitas: 'tidak',
    pendidikan: 'smp',
    statusSekolah: 'tidak-lagi',
    pekerjaan: 'Mengurus rumah tangga'
  }
] satisfies DocOf<'rumahtangga'>['anggota'];

const CONTOH: { [T in DocType]: DocOf<T> } = {
  rumahtangga: {
    _id: CONTOH_ID.rumahtangga,
    type: 'rumahtangga',
    schema: 1,
    wilayah: DESA,
    createdBy: 'manajer.kolaka',
    createdAt: DIBUAT.createdAt,
    alamat: { rt: '001', rw: '002' },
    noKK: '7401011001100001',
    statusRegistri: 'dtks',
    idDtks: 'DTKS-7401-000123',
    desil: 2,
    anggota
  },
  kepesertaan: {
    _id: 'kepesertaan:7401012006:01JP0000000000000000000010',
    type: 'kepesertaan',
    schema: 1,
    wilayah: DESA,
    ...DIBUAT,
    rumahtanggaId: CONTOH_ID.rumahtangga,
    programId: 'pkh',
    sumber: 'verifikasi'
  },
  kebutuhan: {
    _id: CONTOH_ID.kebutuhan,
    type: 'kebutuhan',
    schema: 1,
    wilayah: DESA,
    ...DIBUAT,
    rumahtanggaId: CONTOH_ID.rumahtangga,
    programId: 'pis-kis',
    alasan: 'Belum punya jaminan kesehatan'
  },
  keluhan: {
    _id: CONTOH_ID.keluhan,
    type: 'keluhan',
    schema: 1,
    wilayah: DESA,
    ...DIBUAT,
    kodeLacak: '7401-K3QM-8ZTD',
    rumahtanggaId: CONTOH_ID.rumahtangga,
    kategori: 'non-kepesertaan',
    programId: 'rastra',
    kanal: 'kunjungan',
    uraian: 'Beras yang diterima berkutu dan kurang dari 10 kg',
    pelapor: { nama: 'Lukman Hakim', nik: CONTOH_NIK.kepala, telepon: '081234567890' },
    persetujuanBerbagiData: true
  },
  usulan: {
    _id: CONTOH_ID.usulan,
    type: 'usulan',
    schema: 1,
    wilayah: DESA,
    ...DIBUAT,
    kodeLacak: '7401-7RNW-2GQA',
    jenis: 'perubahan-data',
    rumahtanggaId: CONTOH_ID.rumahtangga,
    perubahan: [{ field: 'pekerjaan', nik: CONTOH_NIK.kepala, sebelum: 'Petani', sesudah: 'Nelayan' }]
  },
  perbaikan: {
    _id: 'perbaikan:7401012006:01JP0000000000000000000013',
    type: 'perbaikan',
    schema: 1,
    wilayah: DESA,
    ...DIBUAT,
    kasusId: CONTOH_ID.keluhan,
    catatan: 'Uraian dilengkapi dengan bulan penyaluran',
    isi: { uraian: 'Beras BPNT bulan Maret berkutu dan kurang dari 10 kg' }
  },
  banding: {
    _id: 'banding:7401012006:01JP0000000000000000000014',
    type: 'banding',
    schema: 1,
    wilayah: DESA,
    ...DIBUAT,
    kasusId: CONTOH_ID.keluhan,
    alasan: 'Keluarga membawa bukti baru: kartu KKS belum pernah diterima'
  },
  review: {
    _id: 'review:740101:01JP0000000000000000000011',
    type: 'review',
    schema: 1,
    wilayah: KECAMATAN,
    createdBy: 'supervisor.wundulako',
    createdAt: '2025-03-11T01:00:00.000Z',
    kasusId: CONTOH_ID.keluhan,
    tahap: 'supervisor',
    keputusan: 'setuju'
  },
  rujukan: {
    _id: CONTOH_ID.rujukan,
    type: 'rujukan',
    schema: 1,
    wilayah: KECAMATAN,
    createdBy: 'manajer.kolaka',
    createdAt: '2025-03-12T01:00:00.000Z',
    kasusId: CONTOH_ID.keluhan,
    programId: 'rastra',
    tujuan: 'bulog',
    namaTujuan: 'Perum BULOG',
    kanal: 'lapor',
    perihal: { jenis: 'keluhan', kategori: 'non-kepesertaan', uraian: 'Beras BPNT bulan ini berkutu dan kurang dari 10 kg' },
    persetujuanBerbagiData: true,
    pemohon: { nama: 'Lukman Hakim', nik: CONTOH_NIK.kepala }
  },
  tindaklanjut: {
    _id: 'tindaklanjut:740101:01JP0000000000000000000012',
    type: 'tindaklanjut',
    schema: 1,
    wilayah: KECAMATAN,
    createdBy: 'pengelola.bulog',
    createdAt: '2025-03-14T01:00:00.000Z',
    kasusId: CONTOH_ID.keluhan,
    rujukanId: CONTOH_ID.rujukan,
    hasil: 'diterima',
    tanggapan: 'Beras akan diganti pada penyaluran berikutnya'
  },
  program: {
    _id: 'program:7401:pkh',
    type: 'program',
    schema: 1,
    wilayah: KABUPATEN,
    createdBy: 'admin.kolaka',
    createdAt: DIBUAT.createdAt,
    programId: 'pkh',
    nama: 'Program Keluarga Harapan (PKH)',
    pemilik: 'kementerian',
    sasaran: 'rumahtangga',
    kriteria: {
      dan: [
        { fakta: 'desil', op: '<=', nilai: 4 },
        {
          atau: [
            { fakta: 'ada-anggota', syarat: { umurMin: 6, umurMaks: 21, statusSekolah: 'masih-sekolah' } },
            { fakta: 'ada-disabilitas' },
            { fakta: 'ada-lansia' }
          ]
        }
      ]
    },
    tujuanRujukan: { id: 'kemensos-jsk', nama: 'Direktorat Jaminan Sosial Keluarga' },
    kanal: 'langsung',
    targetHari: 14,
    aktif: { mulai: '2025-01-01' }
  },
  jenispmks: {
    _id: 'jenispmks:7401:anak-jalanan',
    type: 'jenispmks',
    schema: 1,
    wilayah: KABUPATEN,
    createdBy: 'slrt-provisioning',
    createdAt: DIBUAT.createdAt,
    kode: 'anak-jalanan',
    nama: 'Anak Jalanan',
    aktif: true
  },
  pmks: {
    _id: 'pmks:7401012006:01JP0000000000000000000013',
    type: 'pmks',
    schema: 1,
    wilayah: DESA,
    createdBy: 'backoffice.kolaka',
    createdAt: DIBUAT.createdAt,
    jenisPmks: 'lanjut-usia-terlantar',
    nama: 'La Ode Muhammad',
    jenisKelamin: 'L',
    tanggalLahir: '1940-08-17'
  },
  psks: {
    _id: 'psks:740101:01JP0000000000000000000014',
    type: 'psks',
    schema: 1,
    wilayah: KECAMATAN,
    createdBy: 'backoffice.kolaka',
    createdAt: DIBUAT.createdAt,
    jenisPsks: 'tksk',
    nama: 'Andi Baso',
    telepon: '+6285298765432'
  },
  kuesioner: {
    _id: CONTOH_ID.kuesioner,
    type: 'kuesioner',
    schema: 1,
    wilayah: KABUPATEN,
    createdBy: 'manajer.kolaka',
    createdAt: DIBUAT.createdAt,
    kode: 'pemantauan',
    versi: 1,
    judul: 'Pemantauan triwulan SLRT',
    mulai: '2025-TW1',
    bagian: [
      {
        judul: 'Layanan',
        pertanyaan: [
          { id: 'jumlah-keluhan', teks: 'Jumlah keluhan diterima', wajib: true, jenis: 'angka', min: 0 },
          { id: 'puskesos-aktif', teks: 'Puskesos buka setiap hari kerja?', wajib: true, jenis: 'ya-tidak' }
        ]
      },
      {
        judul: 'Tantangan',
        pertanyaan: [
          { id: 'kendala', teks: 'Kendala utama', wajib: false, jenis: 'pilihan', pilihan: ['sinyal', 'tenaga', 'anggaran'] },
          { id: 'catatan', teks: 'Catatan lain', wajib: false, jenis: 'teks' }
        ]
      }
    ]
  },
  verifikasi: {
    _id: 'verifikasi:7401012006:01JP0000000000000000000017',
    type: 'verifikasi',
    schema: 1,
    wilayah: DESA,
    ...DIBUAT,
    rumahtanggaId: CONTOH_ID.rumahtangga,
    hasil: 'berubah',
    usulanId: CONTOH_ID.usulan
  },
  pembaruan: {
    _id: 'pembaruan:7401012006:0000100001-2-k3j9x0',
    type: 'pembaruan',
    schema: 1,
    wilayah: DESA,
    createdBy: 'manajer.kolaka',
    createdAt: '2025-03-12T03:00:00.000Z',
    rumahtanggaId: CONTOH_ID.rumahtangga,
    impor: { berkas: 'dtks-kolaka-2025-03.csv', mulai: '2025-03-12T03:00:00.000Z' },
    perubahan: [{ field: 'alamat.rt', sebelum: '001', sesudah: '003' }]
  },
  layananinformasi: {
    _id: 'layananinformasi:740101:01JP0000000000000000000018',
    type: 'layananinformasi',
    schema: 1,
    wilayah: KECAMATAN,
    createdBy: 'frontoffice.wundulako',
    createdAt: DIBUAT.createdAt,
    kanal: 'puskesos',
    programIds: ['pkh', 'pis-kis'],
    penanya: { nama: 'Wa Ode Sitti' },
    penjelasan: 'Syarat PKH dan cara mendaftar KIS-PBI lewat Puskesos'
  },
  monitoring: {
    _id: 'monitoring:740101:01JP0000000000000000000015',
    type: 'monitoring',
    schema: 1,
    wilayah: KECAMATAN,
    createdBy: 'supervisor.wundulako',
    createdAt: '2025-03-28T01:00:00.000Z',
    kuesionerId: CONTOH_ID.kuesioner,
    periode: '2025-TW1',
    unit: { jenis: 'puskesos', kode: '74.01.01' },
    jawaban: { 'jumlah-keluhan': 12, 'puskesos-aktif': true, kendala: 'sinyal' }
  },
  faq: {
    _id: 'faq:7401:01JP0000000000000000000016',
    type: 'faq',
    schema: 1,
    wilayah: KABUPATEN,
    createdBy: 'admin.kolaka',
    createdAt: DIBUAT.createdAt,
    pertanyaan: 'Bagaimana cara mendaftar PKH?',
    jawaban: 'Datang ke Puskesos desa atau hubungi fasilitator SLRT.',
    topik: 'Pendaftaran',
    programId: 'pkh'
  },
  puskesos: {
    _id: 'puskesos:7401:7401012001',
    type: 'puskesos',
    schema: 1,
    wilayah: KABUPATEN,
    createdBy: 'admin.kolaka',
    createdAt: DIBUAT.createdAt,
    desa: '74.01.01.2001',
    nama: 'Puskesos Wundulako',
    alamat: 'Jl. Poros Kolaka–Kendari, dekat kantor desa',
    jamLayanan: 'Senin–Jumat 08.00–15.00',
    aktif: true
  },
  jejak: {
    _id: 'jejak:7401:01JP0000000000000000000017',
    type: 'jejak',
    schema: 1,
    wilayah: KABUPATEN,
    createdBy: 'admin.kolaka',
    peran: 'admin-kab',
    createdAt: DIBUAT.createdAt,
    aksi: 'ganti',
    pengguna: 'fasilitator.pomalaa',
    pengganti: 'fasilitator.pomalaa2',
    peranSebelum: ['fasilitator', 'kec:740107'],
    peranSesudah: ['nonaktif']
  },
  pengiriman: {
    _id: 'pengiriman:7401:01JP0000000000000000000018',
    type: 'pengiriman',
    schema: 1,
    wilayah: KABUPATEN,
    createdBy: 'manajer.kolaka',
    peran: 'manajer',
    createdAt: DIBUAT.createdAt,
    sistem: 'siks-ng',
    jenis: 'prelist',
    format: 'xlsx',
    item: [{ id: CONTOH_ID.usulan }]
  }
};

/** A fresh copy of the valid example of `type`, with `ubah` laid over it. */
export function contohDoc<T extends DocType>(type: T, ubah: Record<string, unknown> = {}): DocOf<T> {
  return { ...structuredClone(CONTOH[type]), ...ubah } as DocOf<T>;
}
