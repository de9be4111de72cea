import { describe, expect, it } from 'vitest';
import { fraction, remainingMs } from './progress';

describe('first sync progress', () => {
  it('is a fraction between 0 and 1', () => {
    expect(fraction({ done: 0, total: 0 })).toBe(0);
    expect(fraction({ done: 50, total: 200 })).toBe(0.25);
    expect(fraction({ done: 300, total: 200 })).toBe(1);
  });

  it('estimates only from documents moved in this attempt', () => {
    // Resumed at 3,000 of 6,000; 1,000 more in 5 s: 2,000 left take 10 s.
    expect(remainingMs({ done: 4_000, total: 6_000, startedAt: 0, doneAtStart: 3_000 }, 5_000)).toBe(10_000);
  });

  it('does not guess too early or with nothing moved', () => {
    expect(remainingMs({ done: 500, total: 6_000, startedAt: 0, doneAtStart: 0 }, 1_000)).toBeNull();
    expect(remainingMs({ done: 500, total: 6_000, startedAt: 0, doneAtStart: 500 }, 60_000)).toBeNull();
  });

  it('says zero when everything is here', () => {
    expect(remainingMs({ done: 6_000, total: 6_000, startedAt: 0, doneAtStart: 0 }, 9_000)).toBe(0);
  });
});
