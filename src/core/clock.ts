/** Time as the scheduler and the outbound queue see it; tests pass a virtual clock. */
export interface Clock {
  now(): number;
  /**
   * Resolves after `ms` of this clock's time, or as soon as `signal` aborts (then early, without
   * an error), so a stopped loop leaves no timer behind. Clocks may ignore the signal; callers that
   * must wake on abort race the sleep with it.
   */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise((resolve) => {
      if (signal?.aborted) {
        resolve();
        return;
      }
      const wake = (): void => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', wake);
        resolve();
      };
      const timer = setTimeout(wake, Math.max(0, ms));
      signal?.addEventListener('abort', wake, { once: true });
    }),
};

/** The UTC calendar day of an instant, 'YYYY-MM-DD': the day budgets, quotas and "items today" count in. */
export function utcDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
