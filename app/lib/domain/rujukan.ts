import { z } from 'zod';
import { caseEventFields, kasusIdSchema, typeFields } from './base';
import { programIdSchema } from './program';
import { KANAL_RUJUKAN, tujuanIdSchema } from './routing';

/**
 * A case referred to a programme manager. `tujuan`, `namaTujuan` and `kanal` come from
 * `routeKeluhan` (routing.ts) or the programme's catalogue entry; the name travels with the
 * referral so the manager's inbox and the case timeline read without the catalogue.
 */
export const rujukanSchema = z.object({
  ...caseEventFields,
  ...typeFields('rujukan'),
  kasusId: kasusIdSchema,
  programId: programIdSchema,
  tujuan: tujuanIdSchema,
  namaTujuan: z.string().trim().min(1, 'Nama tujuan rujukan wajib diisi'),
  kanal: z.enum(KANAL_RUJUKAN),
  catatan: z.string().trim().optional()
});
export type Rujukan = z.infer<typeof rujukanSchema>;
