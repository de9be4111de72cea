import { z } from 'zod';
import { baseDocFields, refTo, typeFields } from './base';
import { nikFormat, profilSchema } from './household';
import { programIdSchema } from './program';

/** A programme the household (or one member) needs and does not receive; it opens a case. */
export const kebutuhanSchema = z.object({
  ...baseDocFields,
  ...typeFields('kebutuhan'),
  rumahtanggaId: refTo('rumahtangga'),
  programId: programIdSchema,
  /** The member who needs it, for member-level programmes. */
  nik: nikFormat.optional(),
  alasan: z.string().trim().min(1).optional(),
  /** Sex and disability of the member named by `nik`, else of the head (absent on older records). */
  profil: profilSchema.optional()
});
export type Kebutuhan = z.infer<typeof kebutuhanSchema>;
