import { afterEach, describe, expect, it } from 'vitest';
import { ukuranEnv } from './bersama';

describe('ukuranEnv', () => {
  afterEach(() => {
    delete process.env.BENCH_UJI;
  });

  it('takes the default when unset or empty', () => {
    expect(ukuranEnv('BENCH_UJI', 300_000)).toBe(300_000);
    process.env.BENCH_UJI = '';
    expect(ukuranEnv('BENCH_UJI', 5)).toBe(5);
  });

  it('reads a size, underscores allowed', () => {
    process.env.BENCH_UJI = '20_000';
    expect(ukuranEnv('BENCH_UJI', 5)).toBe(20_000);
  });

  it('refuses what is not a positive whole number', () => {
    for (const salah of ['0', '-3', '1.5', 'banyak']) {
      process.env.BENCH_UJI = salah;
      expect(() => ukuranEnv('BENCH_UJI', 5)).toThrow(/BENCH_UJI/);
    }
  });
});
