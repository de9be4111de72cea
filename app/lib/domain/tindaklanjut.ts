import { z } from 'zod';
import { hariTerbuka } from './antrean';
import { caseEventFields, kasusIdSchema, refTo, typeFields } from './base';
import { ringkasanKebutuhanSchema } from './kebutuhan';
import { programIdSchema } from './program';

/**
 * A programme manager accepts, rejects or reviews further (guideline IV.B.1 f), asks the
 * secretariat for more information (`perlu-informasi`) and closes; back office may handle a
 * case itself without referring it (`ditangani-langsung`).
 */
export const HASIL_TINDAKLANJUT = ['diterima', 'ditolak', 'ditinjau', 'perlu-informasi', 'selesai', 'ditangani-langsung'] as const;
/** What a programme manager may answer a referral with; `ditangani-langsung` is the secretariat's. */
export const HASIL_PENGELOLA = ['diterima', 'ditolak', 'ditinjau', 'perlu-informasi', 'selesai'] as const;

export const tindaklanjutSchema = z.object({
  ...caseEventFields,
  ...typeFields('tindaklanjut'),
  kasusId: kasusIdSchema,
  /** The referral answered; absent when back office handled the case itself. */
  rujukanId: refTo('rujukan').optional(),
  hasil: z.enum(HASIL_TINDAKLANJUT),
  /** The programme of the referral answered, or of the case handled directly; absent on older responses. */
  programId: programIdSchema.optional(),
  tanggapan: z.string().trim().min(1, 'Tanggapan wajib diisi'),
  /**
   * A response that changes whether the referred need is met (kesenjangan.ts): `terpenuhi`
   * when the programme accepts or closes it, `batal` when it takes an acceptance back.
   */
  pemenuhan: ringkasanKebutuhanSchema.extend({ arah: z.enum(['terpenuhi', 'batal']) }).optional(),
  /** On a closing response (HASIL_PENUTUP): whole days since the case was opened, for the days-to-resolution figure. */
  hariSejakDibuka: z.number().int().nonnegative().optional()
});
export type Tindaklanjut = z.infer<typeof tindaklanjutSchema>;

/** Responses that close a case: it is resolved, refused by the programme, or handled by the secretariat. */
export const HASIL_PENUTUP = ['selesai', 'ditolak', 'ditangani-langsung'] as const;

/** `hariSejakDibuka` of a response `hasil` made at `now` to a case opened at `dibuka` (unknown on older referrals). */
export function hariPenyelesaian(dibuka: string | undefined, hasil: Tindaklanjut['hasil'], now: Date): Pick<Tindaklanjut, 'hariSejakDibuka'> {
  return dibuka && (HASIL_PENUTUP as readonly string[]).includes(hasil) ? { hariSejakDibuka: hariTerbuka(dibuka, now) } : {};
}
