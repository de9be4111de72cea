import { z } from 'zod';
import { mutableDocFields, refTo, tanggal, typeFields } from './base';
import { JENIS_KELAMIN, nikFormat } from './household';
import { umur } from './kriteria';

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

/**
 * The id of a PMKS type in the district's catalogue (jenis-pmks.ts): one of Permensos 8/2012's
 * or a type the district added. Its shape is checked here; that the district's catalogue knows
 * it is checked by the service that saves (pmks.service.ts), which holds the catalogue.
 */
export const kodeJenisPmksSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Kode jenis PMKS hanya huruf kecil, angka dan tanda hubung, mis. anak-jalanan');

export function jenisPmksNasional(kode: string): kode is JenisPmks {
  return Object.hasOwn(PMKS_LABEL, kode);
}

/** The Permensos name of a type, or its code for a district's own type (where no catalogue is at hand). */
export function labelPmks(kode: string): string {
  return jenisPmksNasional(kode) ? PMKS_LABEL[kode] : kode;
}

/** The age groups the data center counts in (children, working age, elderly), and unknown. */
export const KELOMPOK_UMUR = ['0-17', '18-59', '60+', '?'] as const;
export type KelompokUmur = (typeof KELOMPOK_UMUR)[number];

/** The age group on `pada` of a person born on `tanggalLahir` (unknown without a birth date). */
export function kelompokUmur(tanggalLahir: string | undefined, pada: string): KelompokUmur {
  if (!tanggalLahir || !/^\d{4}-\d{2}-\d{2}$/.test(tanggalLahir)) return '?';
  const u = umur(tanggalLahir, pada);
  return u < 18 ? '0-17' : u < 60 ? '18-59' : '60+';
}

/** What is known of one PMKS: also the body of an `usulan` of kind `pmks`. */
export const dataPmksFields = {
  jenisPmks: kodeJenisPmksSchema,
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
