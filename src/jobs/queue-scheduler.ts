import { Queue, Worker, type Job } from 'bullmq';
import type { DigestDelivery, FanOutReport } from '../digest/digest-delivery.js';
import type { Scheduler } from '../digest/scheduler.js';
import type { Logger } from '../logger.js';
import type { JobConnections } from './job-connections.js';

/** The minute tick as a scheduler once across instances, by its id: every instance registers the same one. */
export const MINUTE_TICK = 'minute-tick';
/** A tick outside the schedule: at start (what is due now, digests missed while every instance was down), and after a stop cut a fan-out short. */
export const CATCH_UP = 'catch-up';

export interface QueueSchedulerSettings {
  /** The BullMQ queue the ticks go through; default `digest-ticks`. */
  queueName?: string;
  /** Prefix of BullMQ's keys; default `newsdigest:jobs`. */
  prefix?: string;
  /** Default 60 000: one tick a minute. */
  tickEveryMs?: number;
  /**
   * Ticks land this long after each boundary of `tickEveryMs`; default 1 000, so an instance whose clock is
   * up to a second behind the one that releases the tick still reads the new minute.
   */
  tickOffsetMs?: number;
  /**
   * A tick's lock, renewed every half of it while the tick runs; when an instance dies the lock lapses within
   * this long. Default 8 000.
   */
  lockDurationMs?: number;
  /**
   * How often the workers look for a tick whose lock lapsed and give it to another instance; default 4 000.
   * A dead instance's tick runs again within `lockDurationMs + stalledIntervalMs` (12 s by default).
   */
  stalledIntervalMs?: number;
}

export interface QueueScheduler extends Scheduler {
  /**
   * Drops this instance at once, as a killed process would: the tick under way is neither finished nor
   * released, its lock just stops being renewed. For tests of the takeover; `stop` is the real shutdown.
   */
  abandon(): Promise<void>;
}

/** Finished ticks kept for inspection (a dashboard, `getJobs`), newest first; older ones are removed. */
const KEEP_FINISHED = { count: 100 };

/**
 * The minute tick once across every instance on one Redis, through BullMQ: each instance registers the same
 * job scheduler and runs a worker, and the queue's global concurrency of 1 lets one tick run at a time, on
 * whichever instance takes it. Each tick runs `delivery.runDue`, which delivers every minute since the cursor,
 * so a minute missed while every instance was down is caught up once, by the first tick.
 *
 * A tick whose instance dies keeps its lock for at most `lockDurationMs`; then a worker's stalled check moves it
 * back to the queue and another instance runs it again: `runDue` resumes the digests the dead run claimed from
 * their records. A stop aborts the run under way, so the tick finishes at the next digest boundary and the
 * worker closes at once; a catch-up tick queued on the way out lets another instance go on with the fan-out now,
 * not at the next minute.
 */
export function createQueueScheduler({
  delivery,
  connections,
  logger,
  settings = {},
}: {
  delivery: DigestDelivery;
  connections: JobConnections;
  logger: Logger;
  settings?: QueueSchedulerSettings;
}): QueueScheduler {
  const queueName = settings.queueName ?? 'digest-ticks';
  const prefix = settings.prefix ?? 'newsdigest:jobs';
  const lockDuration = settings.lockDurationMs ?? 8_000;
  const stalledInterval = settings.stalledIntervalMs ?? 4_000;
  let running: { queue: Queue; worker: Worker; stopping: AbortController; ready: Promise<void>; closed: { value: boolean } } | undefined;

  function queueCatchUp(queue: Queue): Promise<unknown> {
    return queue.add(CATCH_UP, {}, { removeOnComplete: KEEP_FINISHED, removeOnFail: KEEP_FINISHED });
  }

  async function runTick(job: Job, stopping: AbortController, queue: Queue, lockLost: AbortSignal | undefined): Promise<FanOutReport> {
    // A tick taken over from an instance that stopped without finishing it (its lock lapsed).
    if (job.stalledCounter > 0) logger.warn({ jobId: job.id, stalled: job.stalledCounter }, 'taking over a digest tick whose instance stopped in the middle of it');
    const signal = lockLost ? AbortSignal.any([stopping.signal, lockLost]) : stopping.signal;
    let report: FanOutReport;
    try {
      report = await delivery.runDue(signal);
    } catch (error) {
      logger.error({ err: error, jobId: job.id }, 'scheduled digest run failed; trying again next minute');
      throw error;
    }
    if (report.interrupted > 0 && stopping.signal.aborted) {
      await queueCatchUp(queue).catch((error: unknown) => logger.warn({ err: error }, 'could not hand the rest of the fan-out on; the next tick delivers it'));
    }
    return report;
  }

  function start(): void {
    if (running) return;
    const stopping = new AbortController();
    const closed = { value: false };
    const queue = new Queue(queueName, { connection: connections.queue, prefix });
    const worker = new Worker(
      queueName,
      // Three parameters, so BullMQ passes the signal it aborts on cancelJob (here: when the lock is lost).
      (job: Job, _token: string | undefined, lockLost: AbortSignal | undefined) => runTick(job, stopping, queue, lockLost),
      { connection: connections.worker, prefix, autorun: false, concurrency: 1, lockDuration, stalledInterval },
    );
    queue.on('error', (error) => logger.warn({ err: error }, 'digest tick queue error'));
    worker.on('error', (error) => logger.warn({ err: error }, 'digest tick worker error'));
    worker.on('lockRenewalFailed', (jobIds) => {
      // Another instance may run this tick now: this one stops starting digests, so the two overlap by at most
      // the digests under way (each finishes its current message and leaves its record).
      logger.error({ jobIds }, 'lost the lock of the digest tick under way; stopping it, another instance takes over');
      for (const jobId of jobIds) worker.cancelJob(jobId, 'lock lost');
    });
    const ready = (async () => {
      await queue.setGlobalConcurrency(1);
      await queue.upsertJobScheduler(
        MINUTE_TICK,
        { every: settings.tickEveryMs ?? 60_000, ...(settings.tickOffsetMs !== 0 && { offset: settings.tickOffsetMs ?? 1_000 }) },
        { name: MINUTE_TICK, opts: { removeOnComplete: KEEP_FINISHED, removeOnFail: KEEP_FINISHED } },
      );
      // What is due now runs at start, as with the in-process scheduler, not at the next minute.
      await queueCatchUp(queue);
      if (closed.value) return; // stopped while registering
      void worker.run().catch((error: unknown) => logger.error({ err: error }, 'digest tick worker stopped with an error'));
    })();
    ready.catch((error: unknown) => logger.error({ err: error }, 'could not register the digest tick; no digests from this instance'));
    running = { queue, worker, stopping, ready, closed };
  }

  return {
    start,
    async stop() {
      if (!running) return;
      const { queue, worker, stopping, ready, closed } = running;
      running = undefined;
      closed.value = true;
      // The run under way stops starting digests; the tick then completes and the worker closes, so the queue
      // gives the next tick to another instance at once instead of waiting for a lapsed lock.
      stopping.abort();
      await ready.catch(() => undefined);
      await worker.close();
      await queue.close();
    },
    async abandon() {
      if (!running) return;
      const { queue, worker, ready, closed } = running;
      running = undefined;
      closed.value = true;
      await ready.catch(() => undefined);
      await worker.close(true);
      await queue.close();
    },
  };
}
