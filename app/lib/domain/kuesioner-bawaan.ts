import { kuesionerDocId, type BagianKuesioner, type Kuesioner } from './kuesioner';
import { wilayahOf } from './wilayah';

/**
 * The default quarterly SLRT/Puskesos monitoring questionnaire every district starts with
 * (guideline VII.B.1): whether the planned work was done, what the Puskesos or secretariat
 * served, how complaints and referrals moved, how many staff and facilitators were active and
 * how many updates they entered, how well facilitators handle the tablet and the application,
 * and the obstacles met. The guideline lets a district add its own variables: it edits this
 * as a new version, or adds a questionnaire of its own. Provisioning seeds it once per
 * district and never writes over it.
 */
export const KODE_KUESIONER_BAWAAN = 'slrt-triwulanan';

/** From the first quarter SLRT ran under the guideline: every quarter since has this to answer. */
export const MULAI_BAWAAN = '2017-TW1';

const angka = (id: string, teks: string, wajib = true, maks?: number) =>
  ({ id, teks, wajib, jenis: 'angka', min: 0, ...(maks === undefined ? {} : { maks }) }) as const;
const yaTidak = (id: string, teks: string, wajib = true) => ({ id, teks, wajib, jenis: 'ya-tidak' }) as const;
const teks = (id: string, teks: string) => ({ id, teks, wajib: false, jenis: 'teks' }) as const;

export const BAGIAN_BAWAAN: readonly BagianKuesioner[] = [
  {
    judul: 'Pelaksanaan layanan',
    pertanyaan: [
      yaTidak('kegiatan-sesuai-rencana', 'Apakah kegiatan triwulan ini terlaksana sesuai rencana?'),
      angka('hari-buka', 'Jumlah hari Puskesos/sekretariat buka melayani warga dalam triwulan ini', true, 92),
      angka('warga-dilayani', 'Jumlah warga yang dilayani (datang langsung dan kunjungan rumah)')
    ]
  },
  {
    judul: 'Keluhan dan rujukan',
    pertanyaan: [
      angka('keluhan-diterima', 'Jumlah keluhan yang diterima'),
      angka('keluhan-ditangani', 'Jumlah keluhan yang ditangani langsung'),
      angka('keluhan-dirujuk', 'Jumlah keluhan yang dirujuk ke pengelola program'),
      angka('rujukan-ditanggapi', 'Jumlah rujukan yang sudah ditanggapi pengelola program')
    ]
  },
  {
    judul: 'Petugas dan fasilitator',
    pertanyaan: [
      angka('petugas-aktif', 'Jumlah petugas front office/back office yang aktif'),
      angka('fasilitator-aktif', 'Jumlah fasilitator yang aktif'),
      angka('pembaruan-data', 'Jumlah pembaruan data yang diinput fasilitator'),
      {
        id: 'kemampuan-aplikasi',
        teks: 'Kemampuan fasilitator menggunakan tablet dan aplikasi SLRT',
        wajib: true,
        jenis: 'pilihan',
        pilihan: ['Baik', 'Cukup', 'Kurang']
      },
      yaTidak('pelatihan', 'Apakah ada pelatihan atau peningkatan kapasitas petugas triwulan ini?', false)
    ]
  },
  {
    judul: 'Tantangan dan rekomendasi',
    pertanyaan: [
      {
        id: 'kendala-utama',
        teks: 'Kendala utama triwulan ini',
        wajib: true,
        jenis: 'pilihan',
        pilihan: ['Jaringan internet', 'Perangkat (tablet/komputer)', 'Jumlah petugas', 'Anggaran', 'Koordinasi dengan OPD', 'Lainnya']
      },
      teks('kendala-uraian', 'Uraian kendala'),
      teks('rekomendasi', 'Rekomendasi tindak lanjut')
    ]
  }
];

/** The default questionnaire's first version in a kabupaten (dotted code). */
export function kuesionerBawaan(kodeKabupaten: string, createdAt: string, createdBy: string): Kuesioner {
  return {
    _id: kuesionerDocId(kodeKabupaten, KODE_KUESIONER_BAWAAN, 1),
    type: 'kuesioner',
    schema: 1,
    wilayah: wilayahOf(kodeKabupaten) as Kuesioner['wilayah'],
    createdBy,
    createdAt,
    kode: KODE_KUESIONER_BAWAAN,
    versi: 1,
    judul: 'Monitoring triwulanan SLRT/Puskesos',
    mulai: MULAI_BAWAAN,
    bagian: BAGIAN_BAWAAN.map((b) => ({ judul: b.judul, pertanyaan: b.pertanyaan.map((p) => ({ ...p })) }))
  };
}
