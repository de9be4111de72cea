import { z } from 'zod';
import { mutableDocFields, typeFields } from './base';
import { programIdSchema } from './program';

/** A question the front office and facilitators are often asked, with the district's answer. */
export const faqSchema = z.object({
  ...mutableDocFields,
  ...typeFields('faq'),
  pertanyaan: z.string().trim().min(1, 'Pertanyaan wajib diisi'),
  jawaban: z.string().trim().min(1, 'Jawaban wajib diisi'),
  /** Free grouping chosen by the district admin, e.g. "Pendaftaran", "Keluhan". */
  topik: z.string().trim().min(1, 'Topik wajib diisi'),
  programId: programIdSchema.optional()
});
export type Faq = z.infer<typeof faqSchema>;
