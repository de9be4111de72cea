import { z } from 'zod';
import { umur } from './kelompok-umur';
import {
  HUBUNGAN,
  JENIS_KELAMIN,
  STATUS_REGISTRI,
  STATUS_SEKOLAH,
  type Anggota,
  type Rumahtangga
} from './household';

/**
 * Eligibility criteria of a catalogue programme: a tree of facts about a household joined by
 * `dan` (all of) and `atau` (any of). Stored as data in the programme document, so a manager
 * can change a regional programme's rules without a new release.
 */

/** Older persons are 60 and over (UU 13/1998 tentang Kesejahteraan Lanjut Usia). */
export const UMUR_LANSIA = 60;

export const OPERATOR_DESIL = ['<', '<=', '=', '>=', '>'] as const;
export type OperatorDesil = (typeof OPERATOR_DESIL)[number];

/** Conditions one member must meet together; each absent condition allows anything. */
export interface SyaratAnggota {
  umurMin?: number;
  umurMaks?: number;
  jenisKelamin?: Anggota['jenisKelamin'];
  hubungan?: Anggota['hubungan'];
  statusSekolah?: Anggota['statusSekolah'];
  /** true: any disability; false: none. */
  disabilitas?: boolean;
}

export type Kriteria =
  | { fakta: 'desil'; op: OperatorDesil; nilai: number }
  | { fakta: 'status-registri'; nilai: Rumahtangga['statusRegistri'] }
  | { fakta: 'ada-anggota'; syarat: SyaratAnggota }
  | { fakta: 'ada-disabilitas' }
  | { fakta: 'ada-lansia' }
  | { fakta: 'kepala-perempuan' }
  | { dan: Kriteria[] }
  | { atau: Kriteria[] };

const umurSchema = z.number().int().min(0).max(150);

export const syaratAnggotaSchema = z
  .strictObject({
    umurMin: umurSchema.optional(),
    umurMaks: umurSchema.optional(),
    jenisKelamin: z.enum(JENIS_KELAMIN).optional(),
    hubungan: z.enum(HUBUNGAN).optional(),
    statusSekolah: z.enum(STATUS_SEKOLAH).optional(),
    disabilitas: z.boolean().optional()
  })
  .refine((s) => Object.values(s).some((v) => v !== undefined), {
    message: 'Syarat anggota harus berisi minimal satu ketentuan'
  })
  .refine((s) => s.umurMin === undefined || s.umurMaks === undefined || s.umurMin <= s.umurMaks, {
    message: 'Umur minimal tidak boleh lebih dari umur maksimal',
    path: ['umurMaks']
  });

const faktaSchema = z.discriminatedUnion('fakta', [
  z.strictObject({
    fakta: z.literal('desil'),
    op: z.enum(OPERATOR_DESIL),
    nilai: z.number().int().min(1, 'Desil 1 sampai 10').max(10, 'Desil 1 sampai 10')
  }),
  z.strictObject({ fakta: z.literal('status-registri'), nilai: z.enum(STATUS_REGISTRI) }),
  z.strictObject({ fakta: z.literal('ada-anggota'), syarat: syaratAnggotaSchema }),
  z.strictObject({ fakta: z.literal('ada-disabilitas') }),
  z.strictObject({ fakta: z.literal('ada-lansia') }),
  z.strictObject({ fakta: z.literal('kepala-perempuan') })
]);

export const kriteriaSchema: z.ZodType<Kriteria> = z.lazy(() =>
  z.union(
    [
      faktaSchema,
      z.strictObject({ dan: z.array(kriteriaSchema).min(1, 'Gabungan "dan" harus berisi minimal satu kriteria') }),
      z.strictObject({ atau: z.array(kriteriaSchema).min(1, 'Gabungan "atau" harus berisi minimal satu kriteria') })
    ],
    { error: 'Kriteria harus berupa fakta {fakta: …} atau gabungan {dan: […]} / {atau: […]}' }
  )
);

// Moved beside the dashboards' age groups, which household.ts needs without the criteria.
export { umur };

/** What the criteria read of a household. */
export type FaktaRumahtangga = Pick<Rumahtangga, 'desil' | 'statusRegistri'> & {
  anggota: readonly Pick<
    Anggota,
    'jenisKelamin' | 'tanggalLahir' | 'hubungan' | 'disabilitas' | 'statusSekolah'
  >[];
};
type AnggotaFakta = FaktaRumahtangga['anggota'][number];

/** Whether one member meets every condition of `syarat` on the day `pada`. */
export function anggotaMemenuhi(syarat: SyaratAnggota, a: AnggotaFakta, pada: string): boolean {
  const u = umur(a.tanggalLahir, pada);
  return (
    (syarat.umurMin === undefined || u >= syarat.umurMin) &&
    (syarat.umurMaks === undefined || u <= syarat.umurMaks) &&
    (syarat.jenisKelamin === undefined || a.jenisKelamin === syarat.jenisKelamin) &&
    (syarat.hubungan === undefined || a.hubungan === syarat.hubungan) &&
    (syarat.statusSekolah === undefined || a.statusSekolah === syarat.statusSekolah) &&
    (syarat.disabilitas === undefined || (a.disabilitas !== 'tidak') === syarat.disabilitas)
  );
}

function bandingkan(kiri: number, op: OperatorDesil, kanan: number): boolean {
  switch (op) {
    case '<':
      return kiri < kanan;
    case '<=':
      return kiri <= kanan;
    case '=':
      return kiri === kanan;
    case '>=':
      return kiri >= kanan;
    case '>':
      return kiri > kanan;
  }
}

/**
 * Whether a household meets the criteria on the day `pada` (`YYYY-MM-DD`). A household not
 * yet ranked (desil null, a pre-list) meets no desil condition.
 */
export function memenuhiKriteria(k: Kriteria, rt: FaktaRumahtangga, pada: string): boolean {
  if ('dan' in k) return k.dan.every((sub) => memenuhiKriteria(sub, rt, pada));
  if ('atau' in k) return k.atau.some((sub) => memenuhiKriteria(sub, rt, pada));
  const adaAnggota = (syarat: SyaratAnggota) => rt.anggota.some((a) => anggotaMemenuhi(syarat, a, pada));
  switch (k.fakta) {
    case 'desil':
      return rt.desil !== null && bandingkan(rt.desil, k.op, k.nilai);
    case 'status-registri':
      return rt.statusRegistri === k.nilai;
    case 'ada-anggota':
      return adaAnggota(k.syarat);
    case 'ada-disabilitas':
      return adaAnggota({ disabilitas: true });
    case 'ada-lansia':
      return adaAnggota({ umurMin: UMUR_LANSIA });
    case 'kepala-perempuan':
      return adaAnggota({ hubungan: 'kepala', jenisKelamin: 'P' });
  }
}
