/**
 * Runs read-modify-write steps on one key one at a time, so two button presses
 * at once never lose an update. In-process: the bot runs as one process per
 * store (Telegram gives one poller the updates), which this relies on.
 */
export interface KeyedLock {
  run<Result>(key: string, step: () => Promise<Result>): Promise<Result>;
}

export function createKeyedLock(): KeyedLock {
  const tails = new Map<string, Promise<unknown>>();
  return {
    run(key, step) {
      const previous = tails.get(key) ?? Promise.resolve();
      const result = previous.then(step, step);
      const tail = result.catch(() => undefined);
      tails.set(key, tail);
      void tail.then(() => {
        if (tails.get(key) === tail) tails.delete(key);
      });
      return result;
    },
  };
}
