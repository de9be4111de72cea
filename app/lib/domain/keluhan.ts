import { z } from 'zod';
import { baseDocFields, refTo, teleponSchema, typeFields } from './base';
import { nikFormat, profilSchema } from './household';
import { kodeLacakSchema } from './kode-lacak';
import { programIdSchema } from './program';

/**
 * Kepesertaan: eligible but not on the beneficiary list (exclusion error). Non-kepesertaan: how
 * a programme is run, or its funds misused (Pedoman Umum SLRT IV.B.2).
 */
export const KATEGORI_KELUHAN = ['kepesertaan', 'non-kepesertaan'] as const;
export type KategoriKeluhan = (typeof KATEGORI_KELUHAN)[number];

/** Where the complaint came in. */
export const KANAL_MASUK = ['kunjungan', 'puskesos', 'sekretariat', 'telepon', 'surat', 'media-sosial'] as const;

export const pelaporSchema = z.object({
  nama: z.string().trim().min(1, 'Nama pelapor wajib diisi'),
  nik: nikFormat.optional(),
  telepon: teleponSchema.optional()
});

/** A complaint opens a case: its `_id` is the case id. */
export const keluhanSchema = z.object({
  ...baseDocFields,
  ...typeFields('keluhan'),
  /** On the citizen's receipt: the public status page finds the case by it. */
  kodeLacak: kodeLacakSchema,
  /** Absent when the complainant's household is not (yet) in the registry. */
  rumahtanggaId: refTo('rumahtangga').optional(),
  kategori: z.enum(KATEGORI_KELUHAN),
  programId: programIdSchema,
  kanal: z.enum(KANAL_MASUK),
  uraian: z.string().trim().min(1, 'Uraian keluhan wajib diisi'),
  pelapor: pelaporSchema,
  /** The complainant agreed that the referral may carry their data to the programme manager. */
  persetujuanBerbagiData: z.boolean(),
  /**
   * With a household: sex and disability of the complainant when a member, else of the head
   * (absent on older records and without a household).
   */
  profil: profilSchema.optional()
});
export type Keluhan = z.infer<typeof keluhanSchema>;
