import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createScheduler, type SchedulerOptions } from './scheduler';

/** A runner whose runs end only when the test says so. */
function manualRunner() {
  const started: { key: string; signal: AbortSignal; finish: (error?: Error) => void }[] = [];
  const live = new Set<string>();
  let maxParallel = 0;
  let overlap = false;
  const run: SchedulerOptions['run'] = (key, signal) =>
    new Promise<void>((resolve, reject) => {
      if (live.has(key)) overlap = true;
      live.add(key);
      maxParallel = Math.max(maxParallel, live.size);
      started.push({
        key,
        signal,
        finish(error) {
          live.delete(key);
          if (error) reject(error);
          else resolve();
        }
      });
    });
  return {
    run,
    started,
    runsOf: (key: string) => started.filter((s) => s.key === key).length,
    get maxParallel() {
      return maxParallel;
    },
    get overlap() {
      return overlap;
    },
    /** Ends the oldest run still going. */
    finishNext(error?: Error) {
      const next = started.find((s) => live.has(s.key) && !('ended' in s));
      if (!next) throw new Error('nothing runs');
      Object.assign(next, { ended: true });
      next.finish(error);
    }
  };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
const noRetry = () => null;

describe('createScheduler', () => {
  it('runs a key requested while it runs exactly once more', async () => {
    const runner = manualRunner();
    const scheduler = createScheduler({ concurrency: 2, run: runner.run, retryDelay: noRetry });
    scheduler.request('slrt-kab-7401');
    for (let i = 0; i < 5; i++) scheduler.request('slrt-kab-7401');
    expect(runner.runsOf('slrt-kab-7401')).toBe(1);
    runner.finishNext();
    await tick();
    expect(runner.runsOf('slrt-kab-7401')).toBe(2);
    runner.finishNext();
    await scheduler.idle();
    expect(runner.runsOf('slrt-kab-7401')).toBe(2);
    expect(runner.overlap).toBe(false);
  });

  it('runs a key requested many times while queued once', async () => {
    const runner = manualRunner();
    const scheduler = createScheduler({ concurrency: 1, run: runner.run, retryDelay: noRetry });
    scheduler.request('a');
    for (let i = 0; i < 3; i++) scheduler.request('b');
    expect(scheduler.queued()).toEqual(['b']);
    runner.finishNext();
    await tick();
    runner.finishNext();
    await scheduler.idle();
    expect([runner.runsOf('a'), runner.runsOf('b')]).toEqual([1, 1]);
  });

  it('never runs more than `concurrency` at once', async () => {
    const runner = manualRunner();
    const scheduler = createScheduler({ concurrency: 3, run: runner.run, retryDelay: noRetry });
    for (let i = 0; i < 10; i++) scheduler.request(`db-${i}`);
    expect(scheduler.running()).toHaveLength(3);
    while (runner.started.length < 10 || scheduler.running().length > 0) {
      runner.finishNext();
      await tick();
    }
    await scheduler.idle();
    expect(runner.maxParallel).toBe(3);
    expect(runner.started.map((s) => s.key).sort()).toEqual(Array.from({ length: 10 }, (_, i) => `db-${i}`).sort());
  });

  it('retries a failed run with the delays it is given, and starts counting again after a success', async () => {
    const runner = manualRunner();
    const failures: [string, number, number | null][] = [];
    const scheduler = createScheduler({
      concurrency: 1,
      run: runner.run,
      retryDelay: (_error, attempt) => attempt * 5,
      onFailure: (key, _error, attempt, retryIn) => failures.push([key, attempt, retryIn])
    });
    scheduler.request('a');
    runner.finishNext(new Error('down'));
    await tick();
    expect(scheduler.retrying()).toEqual(['a']);
    // A request during the back-off adds nothing: the retry is the run it asked for.
    scheduler.request('a');
    await new Promise((resolve) => setTimeout(resolve, 20));
    runner.finishNext(new Error('still down'));
    await new Promise((resolve) => setTimeout(resolve, 30));
    runner.finishNext();
    await scheduler.idle();
    scheduler.request('a');
    runner.finishNext(new Error('down again'));
    await tick();
    expect(failures).toEqual([
      ['a', 1, 5],
      ['a', 2, 10],
      ['a', 1, 5]
    ]);
    expect(runner.runsOf('a')).toBe(4);
    await scheduler.stop();
  });

  it('gives up when retryDelay says so, and runs again on the next request', async () => {
    const runner = manualRunner();
    const scheduler = createScheduler({ concurrency: 1, run: runner.run, retryDelay: noRetry });
    scheduler.request('a');
    runner.finishNext(new Error('target missing'));
    await scheduler.idle();
    expect(runner.runsOf('a')).toBe(1);
    scheduler.request('a');
    expect(runner.runsOf('a')).toBe(2);
    runner.finishNext();
    await scheduler.idle();
  });

  it('stops: aborts what runs, drops what waits, ignores later requests', async () => {
    const runner = manualRunner();
    const scheduler = createScheduler({ concurrency: 1, run: runner.run, retryDelay: noRetry });
    scheduler.request('a');
    scheduler.request('b');
    const first = runner.started[0];
    first.signal.addEventListener('abort', () => first.finish());
    await scheduler.stop();
    expect(first.signal.aborted).toBe(true);
    scheduler.request('c');
    await scheduler.idle();
    expect(runner.started.map((s) => s.key)).toEqual(['a']);
  });

  it('rejects a concurrency that is not a positive integer', () => {
    expect(() => createScheduler({ concurrency: 0, run: async () => {}, retryDelay: noRetry })).toThrow(RangeError);
  });

  it('never loses a request, never overlaps a key, never exceeds the bound (any interleaving)', async () => {
    const step = fc.oneof(
      fc.record({ kind: fc.constant('request' as const), key: fc.constantFrom('a', 'b', 'c', 'd') }),
      fc.record({ kind: fc.constant('finish' as const), fail: fc.boolean() })
    );
    await fc.assert(
      fc.asyncProperty(fc.array(step, { maxLength: 40 }), fc.integer({ min: 1, max: 3 }), async (steps, concurrency) => {
        const runner = manualRunner();
        const scheduler = createScheduler({ concurrency, run: runner.run, retryDelay: noRetry });
        // For each key, how many runs had started when it was last requested.
        const startedAtLastRequest = new Map<string, number>();
        for (const s of steps) {
          if (s.kind === 'request') {
            startedAtLastRequest.set(s.key, runner.runsOf(s.key));
            scheduler.request(s.key);
          } else if (scheduler.running().length > 0) {
            runner.finishNext(s.fail ? new Error('x') : undefined);
            await tick();
          }
        }
        while (scheduler.running().length > 0) {
          runner.finishNext();
          await tick();
        }
        await scheduler.idle();
        expect(runner.overlap).toBe(false);
        expect(runner.maxParallel).toBeLessThanOrEqual(concurrency);
        for (const [key, before] of startedAtLastRequest) {
          expect(runner.runsOf(key)).toBeGreaterThan(before);
        }
      })
    );
  });
});
