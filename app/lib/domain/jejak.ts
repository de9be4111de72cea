import { z } from 'zod';
import { baseDocFields, typeFields } from './base';

/**
 * The audit trail of user administration (asas akuntabel): one immutable document per action of
 * a district administrator, in the kabupaten database, where the district's manager and
 * administrators (and the server's backups) keep it. Only the server writes it, on the admin's
 * behalf after checking the request (`createdBy` is the admin), so no client can forge or drop an
 * entry. Never a password: a password change is recorded as the fact that it happened.
 */
export const AKSI_PENGGUNA = ['buat', 'ubah', 'nonaktifkan', 'aktifkan', 'setel-sandi', 'ganti'] as const;
export type AksiPengguna = (typeof AKSI_PENGGUNA)[number];

export const jejakSchema = z.strictObject({
  ...baseDocFields,
  ...typeFields('jejak'),
  aksi: z.enum(AKSI_PENGGUNA),
  /** The account acted on (for `ganti`: the predecessor). */
  pengguna: z.string().min(1),
  /** `ganti`: who took over. */
  pengganti: z.string().min(1).optional(),
  /** The account's roles before and after, when they changed. */
  peranSebelum: z.array(z.string()).optional(),
  peranSesudah: z.array(z.string()).optional()
});
export type Jejak = z.infer<typeof jejakSchema>;
