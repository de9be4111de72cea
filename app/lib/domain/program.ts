import { z } from 'zod';
import { mutableDocFields, tanggal, typeFields } from './base';
import { kriteriaSchema } from './kriteria';
import { KANAL_RUJUKAN, tujuanIdSchema } from './routing';
import { compactCode } from './wilayah';

/** Programme ids appear in database names and roles (databases.ts): lower case, digits, dashes. */
export const programIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Kode program hanya huruf kecil, angka dan tanda hubung, mis. pkh');

/** The national programmes every district's catalogue starts with. */
export const PROGRAM_NASIONAL = {
  pkh: 'Program Keluarga Harapan (PKH)',
  bpnt: 'Bantuan Pangan Non Tunai (BPNT)',
  rastra: 'Bantuan Sosial Beras Sejahtera (Bansos Rastra)',
  'pip-kemendikbud': 'Program Indonesia Pintar (PIP/KIP) Kemendikbud',
  'pip-kemenag': 'Program Indonesia Pintar (PIP/KIP) Kemenag',
  'pis-kis': 'Program Indonesia Sehat (KIS-PBI)',
  listrik: 'Subsidi Listrik'
} as const;
export type ProgramNasional = keyof typeof PROGRAM_NASIONAL;
export const NATIONAL_PROGRAM_IDS = Object.keys(PROGRAM_NASIONAL) as ProgramNasional[];

export const PEMILIK_PROGRAM = ['kementerian', 'provinsi', 'kabupaten', 'lsm-csr'] as const;
/** Whole households, or single members (a child's school aid). */
export const SASARAN_PROGRAM = ['rumahtangga', 'anggota'] as const;

export const periodeAktifSchema = z
  .object({ mulai: tanggal, selesai: tanggal.optional() })
  .refine((a) => a.selesai === undefined || a.selesai >= a.mulai, {
    message: 'Tanggal selesai tidak boleh sebelum tanggal mulai',
    path: ['selesai']
  });

/** Catalogue entries have one id per district and programme, so the catalogue is updated in place. */
export function programDocId(kodeKabupaten: string, programId: string): string {
  return `program:${compactCode(kodeKabupaten)}:${programId}`;
}

export const programSchema = z
  .object({
    ...mutableDocFields,
    ...typeFields('program'),
    programId: programIdSchema,
    nama: z.string().trim().min(1, 'Nama program wajib diisi'),
    pemilik: z.enum(PEMILIK_PROGRAM),
    sasaran: z.enum(SASARAN_PROGRAM),
    kriteria: kriteriaSchema,
    /** Who receives this programme's referrals: its manager (pengelola program). */
    tujuanRujukan: z.object({
      id: tujuanIdSchema,
      nama: z.string().trim().min(1, 'Nama tujuan rujukan wajib diisi')
    }),
    kanal: z.enum(KANAL_RUJUKAN),
    /** Days the manager has to respond to a referral. */
    targetHari: z.number().int().min(1, 'Target hari minimal 1').max(365, 'Target hari maksimal 365'),
    aktif: periodeAktifSchema,
    uraian: z.string().trim().optional()
  })
  // Without a kabupaten the wilayah already fails; one problem is enough.
  .refine((p) => p.wilayah.kabupaten === undefined || p._id === programDocId(p.wilayah.kabupaten, p.programId), {
    message: 'ID program harus program:<kode kabupaten tanpa titik>:<kode program>',
    path: ['_id']
  });
export type Program = z.infer<typeof programSchema>;

/** Whether the programme runs on the day `pada` (`YYYY-MM-DD`); the end day still counts. */
export function programAktif(program: Pick<Program, 'aktif'>, pada: string): boolean {
  const { mulai, selesai } = program.aktif;
  return mulai <= pada && (selesai === undefined || pada <= selesai);
}
