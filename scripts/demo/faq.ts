import type { Faq } from '../../app/lib/domain/faq';
import { compactCode, wilayahOf } from '../../app/lib/domain/wilayah';

/**
 * The questions a Puskesos desk hears every day, with the district's answers (Pedoman Umum
 * SLRT: registration, complaints, referral, status). Shared with every kecamatan like the
 * catalogue, and the same for every seed.
 */
const ENTRI: readonly (Pick<Faq, 'topik' | 'pertanyaan' | 'jawaban'> & { slug: string; programId?: string })[] = [
  {
    slug: 'daftar-dtks',
    topik: 'Pendaftaran',
    pertanyaan: 'Keluarga kami belum terdaftar sebagai penerima bantuan. Bagaimana cara mendaftar?',
    jawaban:
      'Datang ke Puskesos atau minta fasilitator berkunjung dengan membawa KTP dan Kartu Keluarga. Petugas mencatat keluarga Anda sebagai usulan baru (pre-list); setelah diperiksa supervisor dan manajer, usulan dikirim ke SIKS-NG untuk dimasukkan ke data terpadu.'
  },
  {
    slug: 'ubah-data',
    topik: 'Pendaftaran',
    pertanyaan: 'Ada anggota keluarga yang lahir, meninggal atau pindah. Apakah data harus diubah?',
    jawaban:
      'Ya. Laporkan ke fasilitator atau Puskesos dengan dokumen pendukung (akta lahir, surat kematian, surat pindah). Perubahan dicatat sebagai usulan perubahan data dan Anda menerima tanda terima dengan kode lacak.'
  },
  {
    slug: 'lapor-keluhan',
    topik: 'Keluhan',
    pertanyaan: 'Bagaimana cara menyampaikan keluhan tentang bantuan sosial?',
    jawaban:
      'Sampaikan kepada fasilitator saat kunjungan, di Puskesos, di sekretariat SLRT kabupaten, atau lewat telepon. Setiap keluhan dicatat dan dirujuk kepada pengelola program yang dapat menindaklanjutinya.'
  },
  {
    slug: 'cek-status',
    topik: 'Keluhan',
    pertanyaan: 'Bagaimana mengetahui perkembangan keluhan atau usulan saya?',
    jawaban:
      'Gunakan kode lacak pada tanda terima di halaman Cek status (/lacak) tanpa perlu masuk, atau tanyakan kepada fasilitator. Halaman itu hanya menampilkan status dan tanggal langkah terakhir, tanpa data pribadi.'
  },
  {
    slug: 'pkh-syarat',
    topik: 'Program',
    programId: 'pkh',
    pertanyaan: 'Siapa yang dapat menerima PKH?',
    jawaban:
      'Keluarga miskin yang terdaftar di data terpadu dan mempunyai komponen PKH: ibu hamil atau menyusui, anak usia dini, anak sekolah, penyandang disabilitas berat, atau lanjut usia.'
  },
  {
    slug: 'bpnt-kurang',
    topik: 'Program',
    programId: 'bpnt',
    pertanyaan: 'Bantuan pangan yang kami terima kurang atau terlambat. Apa yang harus dilakukan?',
    jawaban:
      'Catat keluhan non-kepesertaan BPNT dengan menyebut bulan penyaluran dan jumlah yang diterima. Keluhan dirujuk kepada pengelola BPNT kabupaten dan dapat dipantau dengan kode lacak.'
  },
  {
    slug: 'kis-sakit',
    topik: 'Program',
    programId: 'pis-kis',
    pertanyaan: 'Anggota keluarga sakit tetapi belum punya KIS. Bisakah dibantu?',
    jawaban:
      'Bisa. Fasilitator mencatat kebutuhan KIS-PBI dan, bila keluarga memenuhi kriteria, kebutuhan itu dirujuk kepada Dinas Kesehatan atau BPJS Kesehatan. Untuk keadaan darurat, datang langsung ke Puskesos.'
  },
  {
    slug: 'data-pribadi',
    topik: 'Data pribadi',
    pertanyaan: 'Apakah data keluarga kami dibagikan kepada pihak lain?',
    jawaban:
      'Hanya bila Anda setuju. Saat mencatat keluhan, petugas menanyakan persetujuan untuk membagikan data kepada pengelola program yang menindaklanjuti; tanpa persetujuan hanya informasi tanpa identitas yang dikirim.'
  }
];

export function faqKabupaten(kodeKabupaten: string, createdAt: string, admin: string): Faq[] {
  return ENTRI.map((e) => ({
    _id: `faq:${compactCode(kodeKabupaten)}:${e.slug}`,
    type: 'faq',
    schema: 1,
    wilayah: wilayahOf(kodeKabupaten) as Faq['wilayah'],
    createdBy: admin,
    createdAt,
    topik: e.topik,
    pertanyaan: e.pertanyaan,
    jawaban: e.jawaban,
    ...(e.programId ? { programId: e.programId } : {})
  }));
}
