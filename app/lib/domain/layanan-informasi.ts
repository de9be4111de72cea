import { z } from 'zod';
import { baseDocFields, refTo, typeFields } from './base';
import { KANAL_MASUK } from './keluhan';
import { programIdSchema } from './program';

/**
 * Layanan informasi: a citizen came (or called) only to ask, and the desk explained — the front
 * office's "Informasi dan Registrasi" (Pedoman Umum SLRT V.D, tugas front office b and c). It
 * opens no case and goes nowhere; it is the walk-in register's trace of the visit and of what was
 * asked about. The person may stay unknown: a name is optional and no NIK is ever asked for.
 *
 * Wilayah: the linked household's desa, else the desk's own area (its kecamatan at a Puskesos,
 * the kabupaten at the district secretariat) — hence level `kabupaten` in doc-types.ts.
 */
export const layananInformasiSchema = z
  .object({
    ...baseDocFields,
    ...typeFields('layananinformasi'),
    kanal: z.enum(KANAL_MASUK),
    /** Programmes of the catalogue asked about. */
    programIds: z.array(programIdSchema).max(20, 'Paling banyak 20 program'),
    /** The FAQ item the answer came from, when one fitted. */
    faqId: refTo('faq').optional(),
    /** What was asked, in a few words, when neither a programme nor an FAQ item says it. */
    topik: z.string().trim().min(1).max(200, 'Topik paling banyak 200 karakter').optional(),
    rumahtanggaId: refTo('rumahtangga').optional(),
    /** Who asked, when they gave a name. */
    penanya: z.object({ nama: z.string().trim().min(1, 'Nama penanya kosong').max(200) }).optional(),
    /** What was explained, briefly. */
    penjelasan: z.string().trim().min(1, 'Tuliskan singkat apa yang dijelaskan').max(2000, 'Penjelasan paling banyak 2.000 karakter')
  })
  .refine((d) => d.programIds.length > 0 || d.faqId !== undefined || d.topik !== undefined, {
    message: 'Pilih program atau pertanyaan FAQ yang ditanyakan, atau tulis topiknya',
    path: ['topik']
  });
export type LayananInformasi = z.infer<typeof layananInformasiSchema>;
