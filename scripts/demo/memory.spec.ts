import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { generateDemo } from './generate';

// The test runner does not start Node with --expose-gc; this makes `gc` reachable anyway.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

function heapAfterGc(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

const MB = 1024 * 1024;

describe('generateDemo memory', () => {
  it('stays flat over 20,000 households when the caller drops each batch', async () => {
    // Warm up: area data, faker's locale and the serial counters are loaded once per process.
    for await (const batch of generateDemo({ seed: 3, households: 500, kecamatan: ['74.01.01'] })) void batch;
    const baseline = heapAfterGc();
    let peak = baseline;
    let households = 0;
    let batches = 0;
    for await (const batch of generateDemo({ seed: 3, households: 20_000, kecamatan: ['74.01.01'] })) {
      households += batch.households;
      if (++batches % 25 === 0) peak = Math.max(peak, heapAfterGc());
    }
    expect(households).toBe(20_000);
    // Holding 20,000 households with their ~100,000 other documents would take well over 100 MB.
    expect((peak - baseline) / MB).toBeLessThan(25);
  }, 120_000);
});
