import type { Clock } from '../../src/core/clock.js';

/**
 * A clock whose time moves only when something sleeps: each sleep is resolved
 * once the event loop has had a turn, jumping time to the earliest wake-up. Real
 * I/O (HTTP to the emulators) still runs for real, so tests cover hours of
 * schedule in milliseconds without a single real wait.
 *
 * With `autoAdvance: false` time moves only when the test calls advance() or
 * set(): the wall clock of a scheduler test ("it is now 07:59 in Berlin").
 */
export interface VirtualClock extends Clock {
  /** Moves time forward by hand (e.g. "the next morning"), waking sleepers on the way. */
  advance(ms: number): void;
  set(ms: number): void;
  readonly pendingSleeps: number;
}

export function createVirtualClock(startMs: number, { autoAdvance = true }: { autoAdvance?: boolean } = {}): VirtualClock {
  let now = startMs;
  const sleepers: Array<{ wakeAt: number; resolve: () => void }> = [];
  let scheduled = false;

  function wakeDue() {
    sleepers.sort((a, b) => a.wakeAt - b.wakeAt);
    while (sleepers.length > 0 && (sleepers[0]?.wakeAt ?? Infinity) <= now) sleepers.shift()?.resolve();
  }

  function scheduleJump() {
    if (scheduled || !autoAdvance) return;
    scheduled = true;
    setImmediate(() => {
      scheduled = false;
      if (sleepers.length === 0) return;
      sleepers.sort((a, b) => a.wakeAt - b.wakeAt);
      now = Math.max(now, sleepers[0]?.wakeAt ?? now);
      wakeDue();
      if (sleepers.length > 0) scheduleJump();
    });
  }

  return {
    now: () => now,
    sleep(ms, signal) {
      return new Promise<void>((resolve) => {
        if (signal?.aborted) {
          resolve();
          return;
        }
        // An aborted sleep leaves the list at once, like a cleared timer, so pendingSleeps shows what is really left.
        const sleeper = { wakeAt: now + Math.max(0, ms), resolve: () => {} };
        const onAbort = (): void => {
          const index = sleepers.indexOf(sleeper);
          if (index >= 0) sleepers.splice(index, 1);
          resolve();
        };
        sleeper.resolve = () => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        };
        signal?.addEventListener('abort', onAbort, { once: true });
        sleepers.push(sleeper);
        scheduleJump();
      });
    },
    advance(ms) {
      now += ms;
      wakeDue();
    },
    set(ms) {
      now = ms;
      wakeDue();
    },
    get pendingSleeps() {
      return sleepers.length;
    },
  };
}
