import type { Logger } from '../logger.js';
import type { Clock } from '../core/clock.js';
import type { DigestDelivery } from './digest-delivery.js';

export interface Scheduler {
  /** Runs what is due now (digests missed during downtime included, once), then every minute. */
  start(): void;
  /** Stops ticking; a fan-out under way finishes the digests it started and leaves the rest for the next start. */
  stop(): Promise<void>;
}

const MINUTE_MS = 60_000;

/** Wakes at each minute boundary and delivers what is due; a minute with nobody due costs one store read. */
export function createScheduler({ delivery, clock, logger }: { delivery: DigestDelivery; clock: Clock; logger: Logger }): Scheduler {
  let stopping: AbortController | undefined;
  let currentRun: Promise<unknown> | undefined;

  async function tick(signal: AbortSignal): Promise<void> {
    while (!signal.aborted) {
      try {
        currentRun = delivery.runDue(signal);
        await currentRun;
      } catch (error) {
        logger.error({ err: error }, 'scheduled digest run failed; trying again next minute');
      }
      if (signal.aborted) break;
      await clock.sleep(MINUTE_MS - (clock.now() % MINUTE_MS) + 50);
    }
  }

  return {
    start() {
      if (stopping) return;
      stopping = new AbortController();
      void tick(stopping.signal);
    },
    async stop() {
      // A thousand-subscriber fan-out takes a minute at Telegram's rate; shutdown must not. Progress is on
      // record per subscriber, so the digests not yet started go out on the next start, none of them twice.
      stopping?.abort();
      stopping = undefined;
      await currentRun?.catch(() => undefined);
    },
  };
}
