import { z } from 'zod';
import { DOC_TYPES, type DocType } from './doc-types';
import { JOB_ROLES } from './roles';
import { wilayahSampai, wilayahSchema } from './wilayah';

/** ISO-8601 timestamp with time zone, as `new Date().toISOString()` writes it. */
export const timestamp = z.iso.datetime({ offset: true, message: 'Waktu harus berformat ISO-8601' });
/** Calendar date `YYYY-MM-DD`. */
export const tanggal = z.iso.date({ message: 'Tanggal harus berformat TTTT-BB-HH' });
/** Indonesian phone number, national (08…) or international (+62…). */
export const teleponSchema = z
  .string()
  .regex(/^(\+62|0)\d{8,13}$/, 'Nomor telepon tidak valid, mis. 081234567890 atau +6281234567890');

/** Fields every SLRT document carries. `schema` is the version of its type's schema. */
export const baseDocFields = {
  _id: z.string().min(1),
  _rev: z.string().optional(),
  schema: z.number().int().positive(),
  wilayah: wilayahSchema,
  createdBy: z.string().min(1),
  /**
   * The job role the author wrote it in: who, when and from which role (asas akuntabel). The
   * server checks the author holds it; documents older than the field have none.
   */
  peran: z.enum(JOB_ROLES).optional(),
  createdAt: timestamp
};

/** Mutable documents also say who changed them last and when. */
export const mutableDocFields = {
  ...baseDocFields,
  updatedBy: z.string().min(1).optional(),
  updatedAt: timestamp.optional()
};

/**
 * Events of a case point at the document that opened it (a keluhan, kebutuhan or usulan)
 * through `kasusId`; the opener's own id is its case id.
 */
export const caseEventFields = {
  ...baseDocFields,
  kasusId: z.string().min(1)
};

/**
 * `type`, `schema` version 1 and a wilayah as deep as doc-types.ts says: spread after the base
 * fields so each type's schema takes its level from the one list of document types.
 */
export function typeFields<T extends DocType>(type: T) {
  return {
    type: z.literal(type),
    schema: z.literal(1),
    wilayah: wilayahSampai(DOC_TYPES[type].level)
  };
}

/** The `_id` of another document of one of `types` (ids start with their type, see ids.ts). */
export function refTo(...types: [DocType, ...DocType[]]) {
  const pattern = new RegExp(`^(${types.join('|')}):\\S+$`);
  return z.string().regex(pattern, `Harus ID dokumen ${types.join('/')}`);
}

/** The case a review, referral or response belongs to: the id of its opener. */
export const kasusIdSchema = refTo('keluhan', 'kebutuhan', 'usulan');
