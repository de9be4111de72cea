import { z } from 'zod';
import { mutableDocFields, typeFields } from './base';
import { compactCode, kodeDesa } from './wilayah';

/**
 * A Puskesos (Pusat Kesejahteraan Sosial) of the district: the desa service point where the
 * front office receives residents (guideline IV). The district administrator keeps the list;
 * it is shared with every kecamatan, so the desks and the facilitators' tablets can tell a
 * resident where to go, offline. One document per desa (`puskesos:<kab>:<desa>`): two admins
 * adding the same desa make one document in conflict, never two entries. Closing one keeps
 * the document with `aktif: false`, so an earlier mention of it still has its name.
 */
export const puskesosSchema = z
  .object({
    ...mutableDocFields,
    ...typeFields('puskesos'),
    desa: kodeDesa,
    nama: z.string().trim().min(2, 'Nama Puskesos wajib diisi').max(120, 'Nama Puskesos paling banyak 120 karakter'),
    alamat: z.string().trim().max(200, 'Alamat paling banyak 200 karakter').optional(),
    /** Days and hours of service as the desk tells residents ("Senin–Jumat 08.00–15.00"). */
    jamLayanan: z.string().trim().max(120, 'Jam layanan paling banyak 120 karakter').optional(),
    telepon: z
      .string()
      .trim()
      .regex(/^\+?[0-9 -]{6,20}$/, 'Nomor telepon hanya angka, spasi, tanda hubung, boleh diawali +')
      .optional(),
    aktif: z.boolean()
  })
  .refine((p) => !p.wilayah.kabupaten || p.desa.startsWith(`${p.wilayah.kabupaten}.`), {
    message: 'Desa harus berada di kabupaten ini',
    path: ['desa']
  })
  .refine((p) => !p.wilayah.kabupaten || p._id === puskesosDocId(p.wilayah.kabupaten, p.desa), {
    message: 'ID Puskesos harus puskesos:<kabupaten>:<desa>',
    path: ['_id']
  });
export type Puskesos = z.infer<typeof puskesosSchema>;

/** `puskesos:7401:7401012001`. */
export function puskesosDocId(kodeKabupaten: string, desa: string): string {
  return `puskesos:${compactCode(kodeKabupaten)}:${compactCode(desa)}`;
}
