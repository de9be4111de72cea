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

/**
 * A need as the service-gap figure (kesenjangan) counts it, copied onto the events that meet
 * it: which need, its programme and the profile of the person concerned. No identity: the
 * programme's inbox and the dashboards read it.
 */
export const ringkasanKebutuhanSchema = z.object({
  kebutuhanId: refTo('kebutuhan'),
  programId: programIdSchema,
  profil: profilSchema.optional()
});
export type RingkasanKebutuhan = z.infer<typeof ringkasanKebutuhanSchema>;

export function ringkasanKebutuhan(k: Pick<Kebutuhan, '_id' | 'programId' | 'profil'>): RingkasanKebutuhan {
  return { kebutuhanId: k._id, programId: k.programId, ...(k.profil ? { profil: k.profil } : {}) };
}
