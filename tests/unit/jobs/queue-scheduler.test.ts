import { randomUUID } from 'node:crypto';
import { Queue } from 'bullmq';
import { afterEach, expect, it, vi } from 'vitest';
import type { DigestDelivery, FanOutReport } from '../../../src/digest/digest-delivery.js';
import { openJobConnections, type JobConnections } from '../../../src/jobs/job-connections.js';
import { CATCH_UP, createQueueScheduler, MINUTE_TICK, type QueueScheduler, type QueueSchedulerSettings } from '../../../src/jobs/queue-scheduler.js';
import { silentLogger, type Logger } from '../../../src/logger.js';
import { createRecordingLogger, describeOnRedis } from '../../support/test-redis.js';

const PREFIX = 'newsdigest-test:jobs';
const emptyReport: FanOutReport = { due: 0, sent: 0, resumed: 0, interrupted: 0, nothingNew: 0, unreachable: 0, failed: 0, digestsBuilt: 0 };

interface Run {
  instance: string;
  startedAt: number;
  endedAt?: number;
}

/**
 * A DigestDelivery that records each runDue, across instances, and takes `runMs` to answer; `hang` makes a run
 * that never ends (the instance dies in the middle of it). Anything else throws: the scheduler only ticks.
 */
function recordingDelivery(instance: string, runs: Run[], { runMs = 30, hang = false }: { runMs?: number; hang?: boolean } = {}): DigestDelivery {
  return {
    sendNow: () => Promise.reject(new Error('the scheduler never sends a digest now')),
    async runDue() {
      const run: Run = { instance, startedAt: Date.now() };
      runs.push(run);
      if (hang) await new Promise(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, runMs));
      run.endedAt = Date.now();
      return emptyReport;
    },
  };
}

describeOnRedis('minute tick on BullMQ, once across instances', (redisUrl) => {
  const cleanups: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => undefined);
  });

  /** One queue per test, gone afterwards. */
  function freshQueueName(): string {
    const queueName = `ticks-${randomUUID().slice(0, 8)}`;
    cleanups.push(async () => {
      const connections = await openJobConnections(redisUrl, { logger: silentLogger });
      const queue = new Queue(queueName, { connection: connections.queue, prefix: PREFIX });
      await queue.obliterate({ force: true });
      await queue.close();
      await connections.close();
    });
    return queueName;
  }

  async function startInstance(delivery: DigestDelivery, settings: QueueSchedulerSettings, logger: Logger = silentLogger) {
    const connections: JobConnections = await openJobConnections(redisUrl, { logger });
    const scheduler: QueueScheduler = createQueueScheduler({ delivery, connections, logger, settings: { prefix: PREFIX, ...settings } });
    scheduler.start();
    cleanups.push(async () => {
      await scheduler.stop();
      await connections.close();
    });
    return { connections, scheduler };
  }

  it('runs each tick on one instance only, one tick at a time', async () => {
    const queueName = freshQueueName();
    const runs: Run[] = [];
    const settings = { queueName, tickEveryMs: 500, tickOffsetMs: 0 };
    const first = await startInstance(recordingDelivery('first', runs), settings);
    const second = await startInstance(recordingDelivery('second', runs), settings);
    await vi.waitFor(() => expect(runs.filter((run) => run.endedAt !== undefined).length).toBeGreaterThanOrEqual(8), { timeout: 15_000, interval: 50 });
    await Promise.all([first.scheduler.stop(), second.scheduler.stop()]);

    const admin = await openJobConnections(redisUrl, { logger: silentLogger });
    const queue = new Queue(queueName, { connection: admin.queue, prefix: PREFIX });
    try {
      // Both instances registered the tick: still one scheduler, one job per slot.
      expect((await queue.getJobSchedulers()).map((scheduler) => scheduler.key)).toEqual([MINUTE_TICK]);
      expect(await queue.getJobs(['failed'])).toEqual([]);
      const finished = await queue.getJobs(['completed']);
      const ticks = finished.filter((job) => job.name === MINUTE_TICK);
      const slots = ticks.map((job) => job.id);
      expect(new Set(slots).size).toBe(slots.length);
      // One run per tick job (the two start-up catch-ups included), never two at once.
      expect(runs).toHaveLength(finished.length);
      expect(finished.filter((job) => job.name === CATCH_UP)).toHaveLength(2);
      const byStart = [...runs].sort((a, b) => a.startedAt - b.startedAt);
      for (let index = 1; index < byStart.length; index++) expect(byStart[index]?.startedAt).toBeGreaterThanOrEqual(byStart[index - 1]?.endedAt ?? Infinity);
      console.info(`ticks: ${ticks.length}; runs by instance: first ${runs.filter((run) => run.instance === 'first').length}, second ${runs.filter((run) => run.instance === 'second').length}`);
    } finally {
      await queue.close();
      await admin.close();
    }
  });

  it('runs again, on another instance within 15 s, a tick whose instance died in the middle of it', async () => {
    const queueName = freshQueueName();
    const runs: Run[] = [];
    // Production timings: the takeover time measured here is the one a deployment gets.
    const settings = { queueName };
    const dying = await startInstance(recordingDelivery('dying', runs, { hang: true }), settings);
    await vi.waitFor(() => expect(runs).toHaveLength(1), { timeout: 5_000, interval: 20 });

    const logger = createRecordingLogger();
    await startInstance(recordingDelivery('survivor', runs), settings, logger);
    // The survivor's own start-up tick waits: one tick at a time across instances.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(runs.map((run) => run.instance)).toEqual(['dying']);

    const diedAt = Date.now();
    await dying.scheduler.abandon();
    await dying.connections.close();
    await vi.waitFor(() => expect(runs.filter((run) => run.instance === 'survivor').length).toBeGreaterThanOrEqual(2), { timeout: 15_000, interval: 20 });
    const takeoverMs = (runs[1]?.startedAt ?? Infinity) - diedAt;
    console.info(`tick taken over ${takeoverMs} ms after its instance died`);
    expect(takeoverMs).toBeLessThan(15_000);
    expect(logger.lines).toContainEqual(expect.objectContaining({ level: 'warn', message: 'taking over a digest tick whose instance stopped in the middle of it' }));
  });

  it('lets another instance take the next tick at once when one stops gracefully in the middle of a tick', async () => {
    const queueName = freshQueueName();
    const runs: Run[] = [];
    const settings = { queueName };
    let stopped: () => void = () => undefined;
    const stopping: DigestDelivery = {
      sendNow: () => Promise.reject(new Error('the scheduler never sends a digest now')),
      async runDue(signal) {
        runs.push({ instance: 'stopping', startedAt: Date.now() });
        await new Promise<void>((resolve) => signal?.addEventListener('abort', () => resolve(), { once: true }));
        stopped();
        return { ...emptyReport, interrupted: 3 };
      },
    };
    const first = await startInstance(stopping, settings);
    await vi.waitFor(() => expect(runs).toHaveLength(1), { timeout: 5_000, interval: 20 });
    await startInstance(recordingDelivery('other', runs), settings);

    const stoppedAt = new Promise<number>((resolve) => (stopped = () => resolve(Date.now())));
    await first.scheduler.stop();
    // The other instance's own start-up tick and the catch-up the stop queued for the rest of the fan-out.
    await vi.waitFor(() => expect(runs.filter((run) => run.instance === 'other').length).toBe(2), { timeout: 5_000, interval: 20 });
    const handedOnMs = (runs[1]?.startedAt ?? Infinity) - (await stoppedAt);
    console.info(`tick handed on ${handedOnMs} ms after a graceful stop`);
    expect(handedOnMs).toBeLessThan(5_000);
  });
});
