import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { INACTIVITY_LOCK_MS, watchInactivity } from './inactivity';

const MINUTE = 60_000;

describe('inactivity lock', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('locks after fifteen minutes without input by default', () => {
    expect(INACTIVITY_LOCK_MS).toBe(15 * MINUTE);
    const onIdle = vi.fn();
    watchInactivity(onIdle, { target: new EventTarget() });
    vi.advanceTimersByTime(14 * MINUTE);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(MINUTE);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it('counts from the last input, and calls once only', () => {
    const onIdle = vi.fn();
    const target = new EventTarget();
    watchInactivity(onIdle, { target, timeoutMs: 10 * MINUTE });
    vi.advanceTimersByTime(8 * MINUTE);
    target.dispatchEvent(new Event('keydown'));
    vi.advanceTimersByTime(8 * MINUTE);
    target.dispatchEvent(new Event('pointerdown'));
    vi.advanceTimersByTime(9 * MINUTE);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(MINUTE);
    vi.advanceTimersByTime(30 * MINUTE);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it('locks as soon as a page that slept past the limit becomes visible', () => {
    const onIdle = vi.fn();
    const visibility = new EventTarget();
    let clock = 0;
    watchInactivity(onIdle, { target: new EventTarget(), visibility, timeoutMs: 10 * MINUTE, now: () => clock });
    clock = 60 * MINUTE; // timers did not run while the tablet slept
    visibility.dispatchEvent(new Event('visibilitychange'));
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it('does nothing once stopped', () => {
    const onIdle = vi.fn();
    const stop = watchInactivity(onIdle, { target: new EventTarget(), timeoutMs: MINUTE });
    stop();
    vi.advanceTimersByTime(10 * MINUTE);
    expect(onIdle).not.toHaveBeenCalled();
  });
});
