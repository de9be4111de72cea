import { z } from 'zod';
import { caseEventFields, kasusIdSchema, typeFields } from './base';

/** The supervisor reviews first (kecamatan), then the manager (kabupaten). */
export const TAHAP_REVIEW = ['supervisor', 'manajer'] as const;
/** `kembalikan`: back to the facilitator to correct; `tolak`: the case stops here. */
export const KEPUTUSAN_REVIEW = ['setuju', 'kembalikan', 'tolak'] as const;

export const reviewSchema = z
  .object({
    ...caseEventFields,
    ...typeFields('review'),
    kasusId: kasusIdSchema,
    tahap: z.enum(TAHAP_REVIEW),
    keputusan: z.enum(KEPUTUSAN_REVIEW),
    catatan: z.string().trim().optional()
  })
  .refine((r) => r.keputusan === 'setuju' || !!r.catatan, {
    message: 'Catatan wajib diisi bila usulan dikembalikan atau ditolak',
    path: ['catatan']
  });
export type Review = z.infer<typeof reviewSchema>;
