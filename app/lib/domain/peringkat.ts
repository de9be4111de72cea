import { memenuhiKriteria, type FaktaRumahtangga, type Kriteria } from './kriteria';
import { uraikanFakta } from './uraian-kriteria';

/**
 * Ranking of candidate households for a regional programme (pemeringkatan calon penerima, the
 * guideline's task for the district secretariat). The score is built from the programme's own
 * criteria and stated beside every household, so an agency and a household can see why one
 * comes before another:
 * - eligible households (they meet the criteria) come first, always;
 * - a desil fact with an upper bound (desil < n, desil ≤ n) that the household meets gives
 *   11 − desil points: desil 1 (the poorest tenth) +10 … desil 10 +1, the poorer first;
 * - every other fact of the criteria the household meets gives +2 — also a fact in an "atau"
 *   group beyond the one needed, so a household with more of the listed vulnerabilities ranks
 *   higher (a disability and an elder count twice);
 * - equal scores keep the order of the household ids (registry id within desa), so the same
 *   data always gives the same list.
 * There is no negation among the facts, so meeting one more fact never lowers a score.
 */

type Fakta = Exclude<Kriteria, { dan: unknown } | { atau: unknown }>;

export const POIN_FAKTA = 2;

export interface Alasan {
  uraian: string;
  poin: number;
}

export interface Nilai {
  layak: boolean;
  skor: number;
  alasan: Alasan[];
}

export type Calon = FaktaRumahtangga & { _id: string };

export interface Peringkat<R extends Calon> extends Nilai {
  /** 1 for the first. */
  nomor: number;
  rumahtangga: R;
  /** Already receives the programme (a participation record): shown, not left out. */
  sudahMenerima: boolean;
}

/** The facts of a criteria tree, each once (the same fact in two groups scores once). */
export function faktaKriteria(k: Kriteria): Fakta[] {
  const semua: Fakta[] = [];
  const kunjungi = (node: Kriteria) => {
    if ('dan' in node) node.dan.forEach(kunjungi);
    else if ('atau' in node) node.atau.forEach(kunjungi);
    else if (!semua.some((f) => JSON.stringify(f) === JSON.stringify(node))) semua.push(node);
  };
  kunjungi(k);
  return semua;
}

function poin(fakta: Fakta, rt: FaktaRumahtangga): Alasan {
  if (fakta.fakta === 'desil' && (fakta.op === '<' || fakta.op === '<=') && rt.desil !== null) {
    return { uraian: `Desil ${rt.desil}`, poin: 11 - rt.desil };
  }
  return { uraian: uraikanFakta(fakta), poin: POIN_FAKTA };
}

/** Whether a household meets the criteria, its score and the reasons for it, on the day `pada`. */
export function nilaiCalon(k: Kriteria, rt: FaktaRumahtangga, pada: string): Nilai {
  const alasan = faktaKriteria(k)
    .filter((f) => memenuhiKriteria(f, rt, pada))
    .map((f) => poin(f, rt));
  return { layak: memenuhiKriteria(k, rt, pada), skor: alasan.reduce((s, a) => s + a.poin, 0), alasan };
}

/** Eligible first, then the higher score, then the household id: a total order. */
export function bandingkanCalon(a: Nilai & { rumahtangga: Calon }, b: Nilai & { rumahtangga: Calon }): number {
  if (a.layak !== b.layak) return a.layak ? -1 : 1;
  if (a.skor !== b.skor) return b.skor - a.skor;
  const [x, y] = [a.rumahtangga._id, b.rumahtangga._id];
  return x < y ? -1 : x > y ? 1 : 0;
}

/** The households ranked for a programme with criteria `k`; `penerima`: ids of those receiving it. */
export function peringkatkan<R extends Calon>(
  k: Kriteria,
  rumahtangga: readonly R[],
  penerima: ReadonlySet<string>,
  pada: string
): Peringkat<R>[] {
  return rumahtangga
    .map((rt) => ({ ...nilaiCalon(k, rt, pada), rumahtangga: rt, sudahMenerima: penerima.has(rt._id) }))
    .sort(bandingkanCalon)
    .map((p, i) => ({ ...p, nomor: i + 1 }));
}

/** "Desil 2 (+9), ada anggota penyandang disabilitas (+2)". */
export function uraikanAlasan(alasan: readonly Alasan[]): string {
  return alasan.map((a) => `${a.uraian} (+${a.poin})`).join(', ');
}
