import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TAHAP_KASUS, TAHAP_USULAN, TahapPicker, planKasus } from './kasus';
import { Rng } from './rng';
import { DAY, WINDOW_DAYS } from './waktu';

describe('planKasus', () => {
  it('opens within the window and dates each step after the previous, before now', () => {
    fc.assert(
      fc.property(fc.integer(), fc.constantFrom(...TAHAP_KASUS), fc.integer({ min: 1.6e12, max: 1.9e12 }), (seed, tahap, now) => {
        const plan = planKasus(new Rng(seed), tahap, now);
        expect(plan.openedAt).toBeGreaterThan(now - (WINDOW_DAYS + 1) * DAY);
        let prev = plan.openedAt;
        for (const t of plan.times) {
          expect(t).toBeGreaterThan(prev);
          prev = t;
        }
        expect(prev).toBeLessThan(now);
      })
    );
  });

  it.each([
    ['diajukan', 0],
    ['ditolak-manajer', 2],
    ['ditangani-langsung', 2],
    ['selesai', 5]
  ] as const)('plans %s in %i steps', (tahap, steps) => {
    expect(planKasus(new Rng(1), tahap, Date.UTC(2025, 0, 1)).times).toHaveLength(steps);
  });
});

describe('TahapPicker', () => {
  it('walks every state first, then draws from them', () => {
    const rng = new Rng(4);
    const picker = new TahapPicker(TAHAP_USULAN);
    const first = TAHAP_USULAN.map(() => picker.next(rng));
    expect(first).toEqual([...TAHAP_USULAN]);
    const later = new Set(Array.from({ length: 200 }, () => picker.next(rng)));
    for (const t of later) expect(TAHAP_USULAN).toContain(t);
  });
});

describe('Rng', () => {
  it('repeats its sequence for a seed and stays in range', () => {
    const a = new Rng([7, 1]);
    const b = new Rng([7, 1]);
    const xs = Array.from({ length: 1000 }, () => a.next());
    expect(Array.from({ length: 1000 }, () => b.next())).toEqual(xs);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    expect(new Rng([7, 2]).next()).not.toBe(xs[0]);
  });

  it('draws integers across the whole inclusive range', () => {
    const rng = new Rng(9);
    const seen = new Set(Array.from({ length: 500 }, () => rng.int(1, 8)));
    expect([...seen].sort()).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });
});
