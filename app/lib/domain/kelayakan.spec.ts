import { describe, expect, it } from 'vitest';
import { makeAnggota, makeRumahtangga } from '../test-data/household-factory';
import { layakBelumDiterima, type ProgramKriteria } from './kelayakan';

const PADA = '2025-03-01';
const katalog: ProgramKriteria[] = [
  { programId: 'pkh', kriteria: { dan: [{ fakta: 'desil', op: '<=', nilai: 4 }, { fakta: 'ada-lansia' }] } },
  { programId: 'bpnt', kriteria: { fakta: 'desil', op: '<=', nilai: 4 } },
  { programId: 'rastra', kriteria: { fakta: 'desil', op: '<=', nilai: 3 } },
  { programId: 'tanpa-kriteria', kriteria: null }
];
const ids = (list: ProgramKriteria[]) => list.map((p) => p.programId);

describe('programmes a household appears eligible for but does not receive', () => {
  const lansia = makeRumahtangga({
    desil: 2,
    anggota: [makeAnggota({ hubungan: 'kepala', tanggalLahir: '1950-01-01' })]
  });

  it('lists every programme whose criteria the household meets', () => {
    expect(ids(layakBelumDiterima(katalog, lansia, { diterima: [], dibutuhkan: [] }, PADA))).toEqual(['pkh', 'bpnt', 'rastra']);
  });

  it('leaves out what the household receives and what is already recorded as a need', () => {
    expect(ids(layakBelumDiterima(katalog, lansia, { diterima: ['bpnt'], dibutuhkan: ['rastra'] }, PADA))).toEqual(['pkh']);
  });

  it('follows the criteria: a richer household without older members fits none of them', () => {
    const muda = makeRumahtangga({ desil: 4, anggota: [makeAnggota({ hubungan: 'kepala', tanggalLahir: '1990-01-01' })] });
    expect(ids(layakBelumDiterima(katalog, muda, { diterima: [], dibutuhkan: [] }, PADA))).toEqual(['bpnt']);
    expect(ids(layakBelumDiterima(katalog, { ...muda, desil: 7 }, { diterima: [], dibutuhkan: [] }, PADA))).toEqual([]);
  });

  it('never suggests a programme without criteria', () => {
    expect(ids(layakBelumDiterima(katalog, lansia, { diterima: [], dibutuhkan: [] }, PADA))).not.toContain('tanpa-kriteria');
  });
});
