import { z } from 'zod';
import { mutableDocFields, typeFields } from './base';

/** Monitoring runs every quarter (guideline VII): `2025-TW1` … `2025-TW4`. */
export const periodeSchema = z
  .string()
  .regex(/^\d{4}-TW[1-4]$/, 'Periode harus triwulan seperti 2025-TW1');

/** The quarter a day (`YYYY-MM-DD`) falls in. */
export function periodeTriwulan(tanggal: string): string {
  const [tahun, bulan] = tanggal.split('-').map(Number);
  return `${tahun}-TW${Math.ceil(bulan / 3)}`;
}

const pertanyaanFields = {
  /** Stable key of the answer in `monitoring.jawaban`. */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Kode pertanyaan hanya huruf kecil, angka dan tanda hubung'),
  teks: z.string().trim().min(1, 'Teks pertanyaan wajib diisi'),
  wajib: z.boolean()
};

export const pertanyaanSchema = z.discriminatedUnion('jenis', [
  z
    .object({
      ...pertanyaanFields,
      jenis: z.literal('angka'),
      min: z.number().optional(),
      maks: z.number().optional()
    })
    .refine((p) => p.min === undefined || p.maks === undefined || p.min <= p.maks, {
      message: 'Nilai minimal tidak boleh lebih dari nilai maksimal',
      path: ['maks']
    }),
  z.object({ ...pertanyaanFields, jenis: z.literal('ya-tidak') }),
  z.object({
    ...pertanyaanFields,
    jenis: z.literal('pilihan'),
    pilihan: z.array(z.string().trim().min(1)).min(2, 'Pertanyaan pilihan harus punya minimal dua pilihan')
  }),
  z.object({ ...pertanyaanFields, jenis: z.literal('teks') })
]);
export type Pertanyaan = z.infer<typeof pertanyaanSchema>;

export const kuesionerSchema = z.object({
  ...mutableDocFields,
  ...typeFields('kuesioner'),
  judul: z.string().trim().min(1, 'Judul kuesioner wajib diisi'),
  periode: periodeSchema,
  pertanyaan: z
    .array(pertanyaanSchema)
    .min(1, 'Kuesioner harus berisi minimal satu pertanyaan')
    .refine((ps) => new Set(ps.map((p) => p.id)).size === ps.length, {
      message: 'Kode pertanyaan tidak boleh sama'
    })
});
export type Kuesioner = z.infer<typeof kuesionerSchema>;
