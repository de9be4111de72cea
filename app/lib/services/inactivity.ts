/**
 * The inactivity lock: no input for `INACTIVITY_LOCK_MS` → lock. It compares clock times
 * instead of trusting one long timer, because a tablet that sleeps or a tab in the background
 * pauses timers: the lock must still hold when the screen comes back after an hour.
 */
export const INACTIVITY_LOCK_MS = 15 * 60_000;
const CHECK_EVERY_MS = 15_000;
const INPUT_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart', 'input'] as const;

export interface InactivityOptions {
  /** Where input is listened for; `window` in the browser. */
  target: EventTarget;
  /** Told when the page becomes visible again; `document` in the browser. */
  visibility?: EventTarget;
  timeoutMs?: number;
  now?: () => number;
}

/** Call `onIdle` once after `timeoutMs` without input; returns the function that stops watching. */
export function watchInactivity(onIdle: () => void, options: InactivityOptions): () => void {
  const timeoutMs = options.timeoutMs ?? INACTIVITY_LOCK_MS;
  const now = options.now ?? Date.now;
  let lastInput = now();
  let stopped = false;

  const touch = () => {
    lastInput = now();
  };
  const check = () => {
    if (!stopped && now() - lastInput >= timeoutMs) {
      stop();
      onIdle();
    }
  };
  const timer = setInterval(check, Math.min(CHECK_EVERY_MS, timeoutMs));
  for (const type of INPUT_EVENTS) options.target.addEventListener(type, touch, { passive: true });
  options.visibility?.addEventListener('visibilitychange', check);

  function stop() {
    stopped = true;
    clearInterval(timer);
    for (const type of INPUT_EVENTS) options.target.removeEventListener(type, touch);
    options.visibility?.removeEventListener('visibilitychange', check);
  }
  return stop;
}
