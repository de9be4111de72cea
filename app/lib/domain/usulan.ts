import { z } from 'zod';
import { baseDocFields, refTo, typeFields } from './base';
import { nikFormat, rumahtanggaSchema } from './household';
import { kodeLacakSchema } from './kode-lacak';
import { dataPmksSchema } from './pmks';

/** The three kinds of proposal SLRT sends to SIKS-NG. */
export const JENIS_USULAN = ['perubahan-data', 'prelist', 'pmks'] as const;

const nilaiField = z.union([z.string(), z.number(), z.boolean(), z.null()]);

/** One changed field of a registry household; `nik` names the member for member fields. */
export const perubahanSchema = z.object({
  field: z.string().trim().min(1, 'Nama isian wajib diisi'),
  nik: nikFormat.optional(),
  sebelum: nilaiField,
  sesudah: nilaiField
});

/** The household of a pre-list: not yet in the registry, so it has no document of its own. */
export const rumahtanggaPrelistSchema = rumahtanggaSchema.pick({ alamat: true, noKK: true, anggota: true });

const usulanFields = {
  ...baseDocFields,
  ...typeFields('usulan'),
  /** On the citizen's receipt: the public status page finds the case by it. */
  kodeLacak: kodeLacakSchema,
  /** The complaint this proposal follows from (a kepesertaan complaint leads to a pre-list). */
  kasusTerkait: refTo('keluhan').optional()
};

/** A proposal opens a case: its `_id` is the case id. */
export const usulanSchema = z.discriminatedUnion('jenis', [
  z.object({
    ...usulanFields,
    jenis: z.literal('perubahan-data'),
    rumahtanggaId: refTo('rumahtangga'),
    perubahan: z.array(perubahanSchema).min(1, 'Usulan perubahan data harus berisi minimal satu perubahan')
  }),
  z.object({ ...usulanFields, jenis: z.literal('prelist'), rumahtangga: rumahtanggaPrelistSchema }),
  z.object({ ...usulanFields, jenis: z.literal('pmks'), pmks: dataPmksSchema })
]);
export type Usulan = z.infer<typeof usulanSchema>;
export type JenisUsulan = Usulan['jenis'];
