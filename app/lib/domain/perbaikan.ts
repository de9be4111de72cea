import { z } from 'zod';
import { caseEventFields, kasusIdSchema, typeFields } from './base';

/**
 * A submission corrected after a reviewer returned it (`kembalikan`): the same case goes back to
 * the supervisor's queue. `isi` holds the opener's fields as corrected (e.g. `uraian`); the
 * opener itself never changes (events are immutable), the case reads the corrections over it.
 */
export const perbaikanSchema = z.object({
  ...caseEventFields,
  ...typeFields('perbaikan'),
  kasusId: kasusIdSchema,
  catatan: z.string().trim().min(1, 'Jelaskan apa yang sudah diperbaiki'),
  isi: z.record(z.string(), z.unknown()).optional()
});
export type Perbaikan = z.infer<typeof perbaikanSchema>;

/** Fields of an opener a correction may not replace: who, where, when and which case. */
export const ISIAN_TETAP = ['_id', '_rev', '_attachments', 'type', 'schema', 'wilayah', 'createdBy', 'createdAt', 'kodeLacak'] as const;
