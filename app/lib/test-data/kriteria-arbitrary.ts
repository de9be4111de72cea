/**
 * fast-check arbitraries of eligibility criteria and of the household facts they read, for the
 * property tests of the evaluator and of the candidate ranking.
 */
import fc from 'fast-check';
import { HUBUNGAN, JENIS_KELAMIN, STATUS_REGISTRI, STATUS_SEKOLAH, DISABILITAS } from '../domain/household';
import { OPERATOR_DESIL, type FaktaRumahtangga, type Kriteria, type SyaratAnggota } from '../domain/kriteria';

export const PADA = '2025-06-30';

const syarat: fc.Arbitrary<SyaratAnggota> = fc
  .record(
    {
      umurMin: fc.integer({ min: 0, max: 80 }),
      umurMaks: fc.integer({ min: 0, max: 80 }),
      jenisKelamin: fc.constantFrom(...JENIS_KELAMIN),
      hubungan: fc.constantFrom(...HUBUNGAN),
      statusSekolah: fc.constantFrom(...STATUS_SEKOLAH),
      disabilitas: fc.boolean()
    },
    { requiredKeys: [] }
  )
  .filter((s) => Object.keys(s).length > 0)
  .map((s) =>
    s.umurMin !== undefined && s.umurMaks !== undefined && s.umurMin > s.umurMaks
      ? { ...s, umurMin: s.umurMaks, umurMaks: s.umurMin }
      : s
  );

export const faktaArb: fc.Arbitrary<Kriteria> = fc.oneof(
  fc.record({ fakta: fc.constant('desil' as const), op: fc.constantFrom(...OPERATOR_DESIL), nilai: fc.integer({ min: 1, max: 10 }) }),
  fc.record({ fakta: fc.constant('status-registri' as const), nilai: fc.constantFrom(...STATUS_REGISTRI) }),
  fc.record({ fakta: fc.constant('ada-anggota' as const), syarat }),
  fc.constant({ fakta: 'ada-disabilitas' as const }),
  fc.constant({ fakta: 'ada-lansia' as const }),
  fc.constant({ fakta: 'kepala-perempuan' as const })
);

/** Trees up to three levels deep. */
export const kriteriaArb: fc.Arbitrary<Kriteria> = fc.letrec<{ k: Kriteria }>((tie) => ({
  k: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    faktaArb,
    fc.record({ dan: fc.array(tie('k'), { minLength: 1, maxLength: 3 }) }),
    fc.record({ atau: fc.array(tie('k'), { minLength: 1, maxLength: 3 }) })
  )
})).k;

export const anggotaArb: fc.Arbitrary<FaktaRumahtangga['anggota'][number]> = fc.record({
  jenisKelamin: fc.constantFrom(...JENIS_KELAMIN),
  tanggalLahir: fc.date({ min: new Date('1930-01-01'), max: new Date('2025-06-30'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  hubungan: fc.constantFrom(...HUBUNGAN),
  disabilitas: fc.constantFrom(...DISABILITAS),
  statusSekolah: fc.constantFrom(...STATUS_SEKOLAH)
});

export const rumahtanggaArb: fc.Arbitrary<FaktaRumahtangga> = fc.record({
  desil: fc.option(fc.integer({ min: 1, max: 10 }), { nil: null }),
  statusRegistri: fc.constantFrom(...STATUS_REGISTRI),
  anggota: fc.array(anggotaArb, { minLength: 1, maxLength: 6 })
});

/** Households with distinct ids, as a kecamatan's list has them. */
export const calonArb = fc
  .uniqueArray(fc.tuple(fc.stringMatching(/^[0-9a-z]{4}$/), rumahtanggaArb), { selector: ([id]) => id, maxLength: 30 })
  .map((list) => list.map(([id, rt]) => ({ ...rt, _id: `rumahtangga:7401072001:${id}` })));
