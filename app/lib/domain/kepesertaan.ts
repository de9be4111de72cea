import { z } from 'zod';
import { baseDocFields, refTo, typeFields } from './base';
import { nikFormat, profilSchema } from './household';
import { ringkasanKebutuhanSchema } from './kebutuhan';
import { programIdSchema } from './program';

/** Seen by a facilitator during verification, or imported from a programme's beneficiary list. */
export const SUMBER_KEPESERTAAN = ['verifikasi', 'impor'] as const;

/** A programme the household (or one member) receives. */
export const kepesertaanSchema = z.object({
  ...baseDocFields,
  ...typeFields('kepesertaan'),
  rumahtanggaId: refTo('rumahtangga'),
  programId: programIdSchema,
  /** The member who receives it, for member-level programmes. */
  nik: nikFormat.optional(),
  sumber: z.enum(SUMBER_KEPESERTAAN),
  /** Sex and disability of the member named by `nik`, else of the head (absent on older records). */
  profil: profilSchema.optional(),
  /** The household's needs of this programme it meets, still open when it was recorded (kesenjangan.ts). */
  memenuhi: z.array(ringkasanKebutuhanSchema).optional()
});
export type Kepesertaan = z.infer<typeof kepesertaanSchema>;
