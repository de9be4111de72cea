/**
 * Runs keyed jobs with bounded concurrency, coalescing requests: a key requested while it is
 * queued runs once; requested while it runs, it runs exactly once more afterwards, however
 * many requests came in between. A failed run is retried after the delay `retryDelay` gives
 * (null gives up until the key is requested again). What must stay true: one key never runs
 * twice at the same time, and a request is never lost while the scheduler is not stopped.
 */

export interface SchedulerOptions {
  concurrency: number;
  run(key: string, signal: AbortSignal): Promise<void>;
  /** Milliseconds before retry number `attempt` (1 for the first), or null not to retry. */
  retryDelay(error: unknown, attempt: number): number | null;
  onFailure?(key: string, error: unknown, attempt: number, retryInMs: number | null): void;
}

export interface Scheduler {
  request(key: string): void;
  /** Resolves when nothing is queued, running or waiting to be retried (or once stopped). */
  idle(): Promise<void>;
  /** Drops what is queued and waiting, aborts what runs and waits for it to end. */
  stop(): Promise<void>;
  running(): string[];
  queued(): string[];
  retrying(): string[];
}

export function createScheduler(options: SchedulerOptions): Scheduler {
  if (!Number.isInteger(options.concurrency) || options.concurrency < 1) {
    throw new RangeError(`concurrency must be a positive integer, got ${options.concurrency}`);
  }
  const queue: string[] = [];
  const running = new Map<string, { again: boolean; done: Promise<void> }>();
  const retryTimers = new Map<string, NodeJS.Timeout>();
  const attempts = new Map<string, number>();
  const idleWaiters: (() => void)[] = [];
  const abort = new AbortController();
  let stopped = false;

  function isIdle(): boolean {
    return queue.length === 0 && running.size === 0 && retryTimers.size === 0;
  }

  function settleIdle(): void {
    if (!isIdle() && !stopped) return;
    for (const resolve of idleWaiters.splice(0)) resolve();
  }

  function enqueue(key: string): void {
    if (!queue.includes(key)) queue.push(key);
  }

  function pump(): void {
    while (!stopped && running.size < options.concurrency && queue.length > 0) {
      start(queue.shift() as string);
    }
    settleIdle();
  }

  function start(key: string): void {
    const entry = { again: false, done: Promise.resolve() };
    running.set(key, entry);
    entry.done = options.run(key, abort.signal).then(
      () => {
        attempts.delete(key);
      },
      (error: unknown) => failed(key, error)
    ).finally(() => {
      running.delete(key);
      if (entry.again && !stopped && !retryTimers.has(key)) enqueue(key);
      pump();
    });
  }

  function failed(key: string, error: unknown): void {
    if (stopped) return;
    const attempt = (attempts.get(key) ?? 0) + 1;
    const delay = options.retryDelay(error, attempt);
    options.onFailure?.(key, error, attempt, delay);
    if (delay === null) {
      attempts.delete(key);
      return;
    }
    attempts.set(key, attempt);
    const timer = setTimeout(() => {
      retryTimers.delete(key);
      enqueue(key);
      pump();
    }, delay);
    retryTimers.set(key, timer);
  }

  return {
    request(key) {
      if (stopped) return;
      const current = running.get(key);
      if (current) current.again = true;
      else if (!retryTimers.has(key)) enqueue(key);
      pump();
    },
    idle() {
      if (isIdle() || stopped) return Promise.resolve();
      return new Promise((resolve) => idleWaiters.push(resolve));
    },
    async stop() {
      stopped = true;
      queue.length = 0;
      for (const timer of retryTimers.values()) clearTimeout(timer);
      retryTimers.clear();
      abort.abort();
      await Promise.all([...running.values()].map((entry) => entry.done));
      settleIdle();
    },
    running: () => [...running.keys()],
    queued: () => [...queue],
    retrying: () => [...retryTimers.keys()]
  };
}
