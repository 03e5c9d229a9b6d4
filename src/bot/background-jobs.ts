import type { Logger } from '../logger.js';

/**
 * Slow work (fetching, the LLM) runs here instead of inside the update handler:
 * telegraf's polling waits for a whole batch of handlers before it asks for more
 * updates, so one slow article would otherwise hold up every other chat.
 */
export interface BackgroundJobs {
  /** Starts `job` now; its failure is logged, never thrown. */
  run(name: string, job: () => Promise<void>): void;
  /** Waits for running jobs, at most `timeoutMs`; used on shutdown. */
  drain(timeoutMs: number): Promise<void>;
  readonly running: number;
}

export function createBackgroundJobs({ logger }: { logger: Logger }): BackgroundJobs {
  const running = new Set<Promise<void>>();
  return {
    run(name, job) {
      const started = job()
        .catch((error: unknown) => logger.error({ err: error, job: name }, 'background job failed'))
        .finally(() => running.delete(started));
      running.add(started);
    },
    async drain(timeoutMs) {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<void>((resolve) => {
        timer = setTimeout(resolve, timeoutMs);
      });
      await Promise.race([Promise.allSettled([...running]), timeout]);
      clearTimeout(timer);
    },
    get running() {
      return running.size;
    },
  };
}
