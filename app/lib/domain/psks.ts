import { z } from 'zod';
import { mutableDocFields, teleponSchema, typeFields } from './base';

/** Potensi dan Sumber Kesejahteraan Sosial of Permensos 8/2012: people and institutions that help. */
export const PSKS_LABEL = {
  'pekerja-sosial-profesional': 'Pekerja Sosial Profesional',
  'pekerja-sosial-masyarakat': 'Pekerja Sosial Masyarakat (PSM)',
  tagana: 'Taruna Siaga Bencana (Tagana)',
  lks: 'Lembaga Kesejahteraan Sosial (LKS)',
  'karang-taruna': 'Karang Taruna',
  lk3: 'Lembaga Konsultasi Kesejahteraan Keluarga (LK3)',
  'keluarga-pioner': 'Keluarga Pioner',
  wksbm: 'Wahana Kesejahteraan Sosial Berbasis Masyarakat (WKSBM)',
  'wanita-pemimpin-kesos': 'Wanita Pemimpin Kesejahteraan Sosial',
  'penyuluh-sosial': 'Penyuluh Sosial',
  tksk: 'Tenaga Kesejahteraan Sosial Kecamatan (TKSK)',
  'dunia-usaha': 'Dunia Usaha'
} as const;
export type JenisPsks = keyof typeof PSKS_LABEL;
export const JENIS_PSKS = Object.keys(PSKS_LABEL) as [JenisPsks, ...JenisPsks[]];

export const psksSchema = z.object({
  ...mutableDocFields,
  ...typeFields('psks'),
  jenisPsks: z.enum(JENIS_PSKS),
  /** A person's or an institution's name. */
  nama: z.string().trim().min(1, 'Nama wajib diisi'),
  telepon: teleponSchema.optional(),
  keterangan: z.string().trim().optional()
});
export type Psks = z.infer<typeof psksSchema>;
