import type { HASIL_TINDAKLANJUT } from '../../app/lib/domain/tindaklanjut';
import type { LembagaNasional } from '../../app/lib/domain/routing';
import type { DemoProgramId } from './program-katalog';

/** What staff write in the free-text fields of the demo's documents, in their words. */

export const CATATAN_KEMBALIKAN = [
  'Foto KK belum dilampirkan, mohon dilengkapi.',
  'NIK pelapor tidak sesuai dengan KK, mohon dicek ulang.',
  'Uraian keluhan kurang jelas: kapan dan di mana kejadiannya?',
  'Alamat RT/RW belum diisi.'
] as const;

export const CATATAN_TOLAK = [
  'Keluhan ganda, sudah tercatat sebelumnya.',
  'Bukan kewenangan SLRT, disarankan ke kantor desa.',
  'Setelah dicek, keluarga sudah terdaftar sebagai penerima.'
] as const;

export const CATATAN_SETUJU = ['Data lengkap.', 'Sudah diverifikasi di lapangan.', 'Lanjutkan.'] as const;

type Hasil = (typeof HASIL_TINDAKLANJUT)[number];
export const TANGGAPAN: Record<Hasil, readonly string[]> = {
  diterima: [
    'Rujukan diterima, data keluarga sedang diverifikasi.',
    'Diterima dan dijadwalkan untuk pemeriksaan lapangan oleh pendamping.'
  ],
  ditinjau: [
    'Perlu peninjauan lapangan bersama pendamping program.',
    'Menunggu konfirmasi data dari pemerintah desa.'
  ],
  'perlu-informasi': [
    'Mohon lengkapi nomor KK dan alamat lengkap keluarga.',
    'Mohon lampirkan keterangan dari pemerintah desa.'
  ],
  ditolak: [
    'Tidak memenuhi kriteria program berdasarkan hasil verifikasi.',
    'Kuota penerima tahun ini sudah penuh; diusulkan untuk tahun berikutnya.'
  ],
  selesai: [
    'Masalah telah diselesaikan dan keluarga sudah diberi tahu.',
    'Keluarga ditetapkan sebagai penerima mulai tahap penyaluran berikutnya.'
  ],
  'ditangani-langsung': [
    'Dijelaskan langsung kepada pelapor jadwal dan tata cara penyaluran.',
    'Kartu pengganti diurus bersama petugas back office; selesai.'
  ]
};

export interface TemplateKeluhan {
  uraian: string;
  /** The destination of the programme's routing row this complaint goes to (e.g. BULOG for rice quality). */
  lembaga?: LembagaNasional;
}

export const KELUHAN_NON_KEPESERTAAN: Record<DemoProgramId, readonly TemplateKeluhan[]> = {
  pkh: [
    { uraian: 'Bantuan PKH tahap ini belum cair padahal jadwal penyaluran sudah lewat.' },
    { uraian: 'Ada oknum yang meminta potongan dari bantuan PKH yang diterima.' },
    { uraian: 'Kartu KKS hilang sehingga bantuan PKH tidak bisa diambil.' }
  ],
  bpnt: [
    { uraian: 'Beras yang diterima di e-Warong berkutu dan berbau apek.', lembaga: 'bulog' },
    { uraian: 'Bahan pangan yang diterima kurang dari nilai bantuan.' },
    { uraian: 'Saldo KKS kosong saat akan berbelanja di e-Warong.' }
  ],
  rastra: [
    { uraian: 'Beras Rastra yang dibagikan di desa kualitasnya buruk.', lembaga: 'bulog' },
    { uraian: 'Pembagian Rastra dipungut biaya tebus oleh aparat dusun.' }
  ],
  'pip-kemendikbud': [
    { uraian: 'Dana PIP anak belum cair walaupun sudah terdaftar sebagai penerima KIP.' },
    { uraian: 'Sekolah menahan buku tabungan PIP siswa.' }
  ],
  'pip-kemenag': [{ uraian: 'Dana PIP madrasah belum diterima siswa sampai akhir semester.' }],
  'pis-kis': [
    { uraian: 'Kartu KIS dinyatakan tidak aktif saat berobat ke puskesmas.', lembaga: 'bpjs-kesehatan' },
    { uraian: 'Pasien KIS diminta membayar obat di rumah sakit daerah.', lembaga: 'dinkes' }
  ],
  listrik: [{ uraian: 'Subsidi listrik dicabut sehingga token harus dibeli dengan tarif penuh.' }],
  'bedah-rumah-kolaka': [{ uraian: 'Bahan bangunan bantuan bedah rumah belum lengkap diterima.' }]
};

export function uraianKepesertaan(namaProgram: string, alasan: string): string {
  return `Keluarga ${alasan} tetapi tidak terdaftar sebagai penerima ${namaProgram}.`;
}

export const ALASAN_KEBUTUHAN: Record<DemoProgramId, string> = {
  pkh: 'Keluarga miskin dengan anak sekolah/balita/lansia belum menerima PKH.',
  bpnt: 'Keluarga kesulitan pangan dan belum menerima BPNT.',
  rastra: 'Belum ada e-Warong di desa; keluarga membutuhkan Rastra.',
  'pip-kemendikbud': 'Anak bersekolah di sekolah umum dan belum menerima PIP.',
  'pip-kemenag': 'Anak bersekolah di madrasah dan belum menerima PIP.',
  'pis-kis': 'Anggota keluarga sakit dan belum memiliki KIS-PBI.',
  listrik: 'Rumah masih menumpang sambungan listrik tetangga.',
  'bedah-rumah-kolaka': 'Rumah berdinding papan lapuk dan atap bocor.'
};

/** Why the complainant believes the family should receive the programme (kepesertaan). */
export const ALASAN_KEPESERTAAN: Record<DemoProgramId, string> = {
  pkh: 'memiliki anak sekolah dan tergolong miskin',
  bpnt: 'tergolong miskin',
  rastra: 'tergolong miskin',
  'pip-kemendikbud': 'memiliki anak sekolah dan tergolong miskin',
  'pip-kemenag': 'memiliki anak madrasah dan tergolong miskin',
  'pis-kis': 'tidak mampu membayar iuran BPJS Kesehatan',
  listrik: 'tergolong miskin dan memakai listrik 450 VA',
  'bedah-rumah-kolaka': 'tinggal di rumah tidak layak huni'
};
