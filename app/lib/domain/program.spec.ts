import { describe, expect, it } from 'vitest';
import { NATIONAL_PROGRAM_IDS, programAktif, programDocId, programIdSchema } from './program';

describe('programDocId', () => {
  it.each([
    ['74.01', 'pkh', 'program:7401:pkh'],
    ['7401', 'kartu-kolaka-sehat', 'program:7401:kartu-kolaka-sehat']
  ])('%s + %s → %s', (kab, programId, id) => {
    expect(programDocId(kab, programId)).toBe(id);
  });
});

describe('programIdSchema', () => {
  it.each([
    ['pkh', true],
    ['pip-kemendikbud', true],
    ['kis2', true],
    ['PKH', false],
    ['pip_kemenag', false],
    ['-pkh', false],
    ['pkh-', false],
    ['', false]
  ])('%s is valid: %s', (id, valid) => {
    expect(programIdSchema.safeParse(id).success).toBe(valid);
  });

  it('accepts every national programme id', () => {
    expect(NATIONAL_PROGRAM_IDS).toEqual(['pkh', 'bpnt', 'rastra', 'pip-kemendikbud', 'pip-kemenag', 'pis-kis', 'listrik']);
    for (const id of NATIONAL_PROGRAM_IDS) expect(programIdSchema.safeParse(id).success).toBe(true);
  });
});

describe('programAktif', () => {
  const tahun2025 = { aktif: { mulai: '2025-01-01', selesai: '2025-12-31' } };
  const terbuka = { aktif: { mulai: '2025-01-01' } };

  it.each([
    [tahun2025, '2024-12-31', false],
    [tahun2025, '2025-01-01', true],
    [tahun2025, '2025-12-31', true],
    [tahun2025, '2026-01-01', false],
    [terbuka, '2030-06-01', true]
  ])('%o on %s → %s', (program, pada, aktif) => {
    expect(programAktif(program, pada)).toBe(aktif);
  });
});
