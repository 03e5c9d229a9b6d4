import type { Logger } from '../logger.js';
import type { Clock } from './clock.js';
import type { DigestDelivery } from './digest-delivery.js';

export interface Scheduler {
  /** Runs what is due now (digests missed during downtime included, once), then every minute. */
  start(): void;
  /** Stops ticking and waits for a run under way. */
  stop(): Promise<void>;
}

const MINUTE_MS = 60_000;

/** Wakes at each minute boundary and delivers what is due; a minute with nobody due costs one store read. */
export function createScheduler({ delivery, clock, logger }: { delivery: DigestDelivery; clock: Clock; logger: Logger }): Scheduler {
  let stopped = false;
  let loop: Promise<void> | undefined;
  let currentRun: Promise<unknown> | undefined;

  async function tick(): Promise<void> {
    while (!stopped) {
      try {
        currentRun = delivery.runDue();
        await currentRun;
      } catch (error) {
        logger.error({ err: error }, 'scheduled digest run failed; trying again next minute');
      }
      if (stopped) break;
      await clock.sleep(MINUTE_MS - (clock.now() % MINUTE_MS) + 50);
    }
  }

  return {
    start() {
      stopped = false;
      loop ??= tick();
    },
    async stop() {
      stopped = true;
      loop = undefined;
      // Wait for a fan-out under way (its progress is saved message by message either way), not for the sleep.
      await currentRun?.catch(() => undefined);
    },
  };
}
