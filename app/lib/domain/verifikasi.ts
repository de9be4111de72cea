import { z } from 'zod';
import { baseDocFields, refTo, typeFields } from './base';

/**
 * What a profile verification of a registry household found (SLRT.md "Dashboards" item 2): the
 * record as it is (`sesuai`), changes proposed (`berubah`, with the proposal), or the household
 * not found at its address (`tidak-ditemukan`).
 */
export const HASIL_VERIFIKASI = ['sesuai', 'berubah', 'tidak-ditemukan'] as const;
export type HasilVerifikasi = (typeof HASIL_VERIFIKASI)[number];

/** One finished verification, written by the facilitator (or a desk) who did it. */
export const verifikasiSchema = z
  .object({
    ...baseDocFields,
    ...typeFields('verifikasi'),
    rumahtanggaId: refTo('rumahtangga'),
    hasil: z.enum(HASIL_VERIFIKASI),
    /** The profile-change proposal saved in this verification. */
    usulanId: refTo('usulan').optional()
  })
  .refine((v) => (v.hasil === 'berubah') === (v.usulanId !== undefined), {
    message: 'Hasil "berubah" menyertakan usulan perubahan data, hasil lain tidak',
    path: ['usulanId']
  });
export type Verifikasi = z.infer<typeof verifikasiSchema>;
