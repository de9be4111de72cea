import { memenuhiKriteria, type FaktaRumahtangga, type Kriteria } from './kriteria';

/**
 * The programmes a household appears eligible for but does not receive: what a facilitator
 * offers to record as needs (kebutuhan) during a visit, one tap each.
 */

export interface ProgramKriteria {
  programId: string;
  kriteria: Kriteria | null;
}

/**
 * Programmes of `katalog` whose criteria the household meets on the day `pada`, leaving out
 * those it (or one of its members) receives and those already recorded as its needs. A
 * programme without criteria (the national fallback list) is never suggested: nothing says
 * the household fits it.
 */
export function layakBelumDiterima<P extends ProgramKriteria>(
  katalog: readonly P[],
  rt: FaktaRumahtangga,
  sudah: { diterima: readonly string[]; dibutuhkan: readonly string[] },
  pada: string
): P[] {
  const dikecualikan = new Set([...sudah.diterima, ...sudah.dibutuhkan]);
  return katalog.filter((p) => p.kriteria !== null && !dikecualikan.has(p.programId) && memenuhiKriteria(p.kriteria, rt, pada));
}
