import { z } from 'zod';
import { mutableDocFields, refTo, tanggal, typeFields } from './base';
import { JENIS_KELAMIN, nikFormat } from './household';

/** The 26 types of Penyandang Masalah Kesejahteraan Sosial of Permensos 8/2012, in its order. */
export const PMKS_LABEL = {
  'anak-balita-terlantar': 'Anak Balita Terlantar',
  'anak-terlantar': 'Anak Terlantar',
  'anak-berhadapan-hukum': 'Anak yang Berhadapan dengan Hukum',
  'anak-jalanan': 'Anak Jalanan',
  'anak-disabilitas': 'Anak dengan Kedisabilitasan',
  'anak-korban-kekerasan': 'Anak yang Menjadi Korban Tindak Kekerasan atau Diperlakukan Salah',
  'anak-perlindungan-khusus': 'Anak yang Memerlukan Perlindungan Khusus',
  'lanjut-usia-terlantar': 'Lanjut Usia Terlantar',
  'penyandang-disabilitas': 'Penyandang Disabilitas',
  'tuna-susila': 'Tuna Susila',
  gelandangan: 'Gelandangan',
  pengemis: 'Pengemis',
  pemulung: 'Pemulung',
  'kelompok-minoritas': 'Kelompok Minoritas',
  'bekas-warga-binaan-lp': 'Bekas Warga Binaan Lembaga Pemasyarakatan',
  odha: 'Orang dengan HIV/AIDS (ODHA)',
  'korban-napza': 'Korban Penyalahgunaan NAPZA',
  'korban-trafficking': 'Korban Trafficking',
  'korban-tindak-kekerasan': 'Korban Tindak Kekerasan',
  'pekerja-migran-bermasalah': 'Pekerja Migran Bermasalah Sosial',
  'korban-bencana-alam': 'Korban Bencana Alam',
  'korban-bencana-sosial': 'Korban Bencana Sosial',
  'perempuan-rawan-sosial-ekonomi': 'Perempuan Rawan Sosial Ekonomi',
  'fakir-miskin': 'Fakir Miskin',
  'keluarga-bermasalah-sosial-psikologis': 'Keluarga Bermasalah Sosial Psikologis',
  'komunitas-adat-terpencil': 'Komunitas Adat Terpencil'
} as const;
export type JenisPmks = keyof typeof PMKS_LABEL;
export const JENIS_PMKS = Object.keys(PMKS_LABEL) as [JenisPmks, ...JenisPmks[]];

/** What is known of one PMKS: also the body of an `usulan` of kind `pmks`. */
export const dataPmksFields = {
  jenisPmks: z.enum(JENIS_PMKS),
  /** A person's name, or a group's (a komunitas adat terpencil). */
  nama: z.string().trim().min(1, 'Nama wajib diisi'),
  nik: nikFormat.optional(),
  rumahtanggaId: refTo('rumahtangga').optional(),
  jenisKelamin: z.enum(JENIS_KELAMIN).optional(),
  tanggalLahir: tanggal.optional(),
  keterangan: z.string().trim().optional()
};
export const dataPmksSchema = z.object(dataPmksFields);

export const pmksSchema = z.object({
  ...mutableDocFields,
  ...typeFields('pmks'),
  ...dataPmksFields
});
export type Pmks = z.infer<typeof pmksSchema>;
