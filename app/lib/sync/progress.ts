import type { Progress } from './sync-status';

/** Fraction done, 0…1. */
export function fraction(p: Pick<Progress, 'done' | 'total'>): number {
  return p.total > 0 ? Math.min(1, p.done / p.total) : 0;
}

/** Wait this long before guessing: the first batch includes connecting and checkpoint lookups. */
export const MIN_ELAPSED_FOR_ESTIMATE_MS = 2_000;

/**
 * Milliseconds left at the rate of this attempt (documents that were already on the device
 * before it do not count as speed), or null while there is too little to go on.
 */
export function remainingMs(p: Progress, now: number): number | null {
  const elapsed = now - p.startedAt;
  const moved = p.done - p.doneAtStart;
  if (elapsed < MIN_ELAPSED_FOR_ESTIMATE_MS || moved <= 0) return null;
  const left = Math.max(0, p.total - p.done);
  return Math.round((left * elapsed) / moved);
}
