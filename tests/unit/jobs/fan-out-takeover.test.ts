import { randomUUID } from 'node:crypto';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import type { Digest } from '../../../src/digest/build-digest.js';
import { createDigestDelivery, type DigestDelivery, type DigestSender, type FanOutReport } from '../../../src/digest/digest-delivery.js';
import { createSubscriptions } from '../../../src/digest/subscriptions.js';
import { openJobConnections } from '../../../src/jobs/job-connections.js';
import { createQueueScheduler } from '../../../src/jobs/queue-scheduler.js';
import { silentLogger } from '../../../src/logger.js';
import { createArticlePool, type PoolArticle } from '../../../src/store/article-pool.js';
import { createDeliveryLog } from '../../../src/store/delivery-log.js';
import type { Coordination } from '../../../src/store/coordination.js';
import { createKeyedLock } from '../../../src/store/keyed-lock.js';
import { openStore, type Store } from '../../../src/store/open-store.js';
import { createSubscriberStore } from '../../../src/store/subscriber-store.js';
import { createVirtualClock, type VirtualClock } from '../../support/virtual-clock.js';
import { createRecordingLogger, describeOnRedis, redisDatabaseUrl, deleteBotKeys } from '../../support/test-redis.js';

const HOUR = 3_600_000;
const start = Date.parse('2026-11-25T06:00:00Z');
const PREFIX = 'newsdigest-test:jobs';
/** The bot's own keys (the digest cursor is one key for the whole bot): in a database of their own, emptied before and after. */
const DATABASE = 15;
const SUBSCRIBERS = 40;
const FAN_OUT_CONCURRENCY = 5;
const DIGEST = ['world: Story a about aa', 'science: Story b about bb'];

const renderEachStory = (digest: Digest) => digest.sections.flatMap((section) => section.items.map((item) => `${section.topic}: ${item.title}`));

function poolArticle(id: string, topic: PoolArticle['topics'][number]): PoolArticle {
  return { id, title: `Story ${id} about ${id}${id}`, gist: `Gist ${id}`, topics: [topic], url: `https://news.example/${id}`, source: 'News', addedAt: start - HOUR };
}

/** One bot instance's digest side over its own connection to the shared Redis store. */
function createInstance(store: Store, clock: VirtualClock, sender: DigestSender, logger = silentLogger, leases: Pick<Coordination, 'tryLease'> = store.coordination) {
  const lock = createKeyedLock();
  const subscribers = createSubscriberStore({ store, lock });
  const pool = createArticlePool({ store, lock, ttlMs: 7 * 24 * HOUR });
  const subscriptions = createSubscriptions({ subscribers, clock, defaults: { deliveryTime: '08:00', timeZone: 'UTC' } });
  const delivery = createDigestDelivery({
    pool,
    subscribers,
    subscriptions,
    deliveries: createDeliveryLog({ store }),
    leases,
    sender,
    render: renderEachStory,
    clock,
    logger,
    // A digest's lease as short as the tick's lock here (2 s), so the digests the dead instance had under way are free when its tick is taken over.
    settings: { maxItemsPerTopic: 5, fanOutConcurrency: FAN_OUT_CONCURRENCY, digestLeaseMs: 2_000 },
  });
  return { pool, subscriptions, delivery };
}

describeOnRedis('a scheduled fan-out on Redis whose instance dies', (redisUrl) => {
  const url = redisDatabaseUrl(redisUrl, DATABASE);
  const admin = new Redis(url, { lazyConnect: true });
  beforeAll(async () => {
    await admin.connect();
    await deleteBotKeys(admin);
  });
  afterAll(async () => {
    await deleteBotKeys(admin);
    await admin.quit();
  });

  it('is finished by another instance: every subscriber gets the digest, a message again only if it was in flight', async () => {
    const queueName = `ticks-${randomUUID().slice(0, 8)}`;
    // Short locks here, to keep the test quick; queue-scheduler.test.ts measures the takeover at production timings.
    const settings = { queueName, prefix: PREFIX, tickEveryMs: 1_000, tickOffsetMs: 0, lockDurationMs: 2_000, stalledIntervalMs: 1_000 };
    const clock = createVirtualClock(start, { autoAdvance: false });
    /** What Telegram received, from both instances. */
    const received: Array<{ chatId: number; html: string }> = [];
    /** Messages the dying instance sent whose answer never came back: sent, not recorded. */
    const inFlight: Array<{ chatId: number; html: string }> = [];
    const CUT_AFTER = 23;
    const dyingSender: DigestSender = {
      async send(chatId, html) {
        received.push({ chatId, html });
        if (received.length > CUT_AFTER) {
          inFlight.push({ chatId, html });
          await new Promise(() => undefined); // the instance dies with this message on the wire
        }
      },
    };
    const survivorSender: DigestSender = {
      async send(chatId, html) {
        received.push({ chatId, html });
      },
    };

    const dyingStore = await openStore(url);
    // Its digests' leases stop being renewed when it dies, as a killed process's timers would (its hung sends
    // stay in this test's process, and would renew them for ever).
    let dead = false;
    const dyingLeases: Pick<Coordination, 'tryLease'> = {
      async tryLease(key, ttlMs) {
        const lease = await dyingStore.coordination.tryLease(key, ttlMs);
        return (
          lease && {
            key,
            extend: (ttl) => (dead ? new Promise<boolean>(() => undefined) : lease.extend(ttl)),
            release: () => (dead ? new Promise<void>(() => undefined) : lease.release()),
          }
        );
      },
    };
    const dying = createInstance(dyingStore, clock, dyingSender, silentLogger, dyingLeases);
    for (let chatId = 1; chatId <= SUBSCRIBERS; chatId++) await dying.subscriptions.subscribe(chatId, ['world', 'science']);
    await dying.pool.add(poolArticle('a', 'world'));
    await dying.pool.add(poolArticle('b', 'science'));
    clock.set(Date.parse('2026-11-25T08:00:00Z'));

    const dyingConnections = await openJobConnections(url, { logger: silentLogger });
    const dyingScheduler = createQueueScheduler({ delivery: dying.delivery, connections: dyingConnections, logger: silentLogger, settings });
    dyingScheduler.start();
    await vi.waitFor(() => expect(inFlight).toHaveLength(FAN_OUT_CONCURRENCY), { timeout: 5_000, interval: 20 });

    const survivorStore = await openStore(url);
    const logger = createRecordingLogger();
    const survivor = createInstance(survivorStore, clock, survivorSender, logger);
    const reports: FanOutReport[] = [];
    const recordingDelivery: DigestDelivery = {
      sendNow: (chatId) => survivor.delivery.sendNow(chatId),
      runDue: async (signal) => {
        const report = await survivor.delivery.runDue(signal);
        reports.push(report);
        return report;
      },
    };
    const survivorConnections = await openJobConnections(url, { logger: silentLogger });
    const survivorScheduler = createQueueScheduler({ delivery: recordingDelivery, connections: survivorConnections, logger, settings });
    survivorScheduler.start();

    try {
      const diedAt = Date.now();
      const sentBeforeDeath = received.length;
      dead = true;
      await dyingScheduler.abandon();
      await dyingConnections.close();
      await dyingStore.close();

      const chats = Array.from({ length: SUBSCRIBERS }, (_, index) => index + 1);
      const messagesOf = (chatId: number) => received.filter((message) => message.chatId === chatId).map((message) => message.html);
      await vi.waitFor(() => expect(chats.filter((chatId) => new Set(messagesOf(chatId)).size < DIGEST.length)).toEqual([]), { timeout: 10_000, interval: 20 });
      const deliveredAfter = Date.now() - diedAt;
      // The run that took over has recorded every delivery and reported.
      await vi.waitFor(() => expect(reports.filter((report) => report.sent > 0)).toHaveLength(1), { timeout: 5_000, interval: 20 });
      console.info(`fan-out taken over: the other instance sent ${received.length - sentBeforeDeath} messages, the last ${deliveredAfter} ms after the first instance died`);

      // Every subscriber has the digest, in order, and nothing else.
      for (const chatId of chats) expect([...new Set(messagesOf(chatId))]).toEqual(DIGEST);
      // A message went out twice only if it was in flight when the instance died, and the run that resumed it counted it.
      const duplicates = received.length - SUBSCRIBERS * DIGEST.length;
      const resumed = reports.reduce((sum, report) => sum + report.resumed, 0);
      expect(duplicates).toBeGreaterThan(0);
      expect(duplicates).toBeLessThanOrEqual(inFlight.length);
      expect(duplicates).toBeLessThanOrEqual(resumed);
      for (const chatId of chats) {
        const again = messagesOf(chatId).length - DIGEST.length;
        expect(again).toBe(inFlight.filter((message) => message.chatId === chatId).length);
      }
      const logged = logger.lines.flatMap((line) => ('possibleDuplicates' in line.details && line.level === 'warn' ? [line.details.possibleDuplicates] : []));
      expect(logged.reduce((sum: number, count) => sum + Number(count), 0)).toBe(resumed);
      // Delivered means recorded: the next day's schedule is set for everyone.
      for (const chatId of chats) expect((await survivor.subscriptions.get(chatId))?.nextDigestAt).toBe(Date.parse('2026-11-26T08:00:00Z'));
    } finally {
      await survivorScheduler.stop();
      const queue = new Queue(queueName, { connection: survivorConnections.queue, prefix: PREFIX });
      await queue.obliterate({ force: true });
      await queue.close();
      await survivorConnections.close();
      await survivorStore.close();
    }
  });
});
