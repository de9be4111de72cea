import { z } from 'zod';
import { caseEventFields, kasusIdSchema, typeFields } from './base';

/**
 * An appeal: a rejected or closed case is opened again with the household's reason, and goes
 * back to the supervisor's queue. The timeline keeps the first decision and the appeal.
 */
export const bandingSchema = z.object({
  ...caseEventFields,
  ...typeFields('banding'),
  kasusId: kasusIdSchema,
  alasan: z.string().trim().min(1, 'Alasan banding wajib diisi')
});
export type Banding = z.infer<typeof bandingSchema>;
