import { describe, expect, it, vi } from 'vitest';
import type { Digest } from '../../../src/digest/build-digest.js';
import { createDigestDelivery, DeliveryError, DIGEST_LEASE_MS, type DigestRenderer, type DigestSender } from '../../../src/digest/digest-delivery.js';
import { createSubscriptions } from '../../../src/digest/subscriptions.js';
import { silentLogger } from '../../../src/logger.js';
import { createArticlePool, type PoolArticle } from '../../../src/store/article-pool.js';
import { createDeliveryLog, type DeliveryLog } from '../../../src/store/delivery-log.js';
import { createInProcessCoordination, type Coordination } from '../../../src/store/coordination.js';
import { createKeyedLock } from '../../../src/store/keyed-lock.js';
import { openStore, StoreError, type Store } from '../../../src/store/open-store.js';
import { createSubscriberStore } from '../../../src/store/subscriber-store.js';
import { createVirtualClock, type VirtualClock } from '../../support/virtual-clock.js';

const HOUR = 3_600_000;
const start = Date.parse('2026-11-25T06:00:00Z');

/** Renders each story as its own message, so multi-part digests are easy to make. */
const renderEachStory = (digest: Digest) => digest.sections.flatMap((section) => section.items.map((item) => `${section.topic}: ${item.title}`));

function recordingSender() {
  const sent: Array<{ chatId: number; html: string }> = [];
  let failFor = new Map<number, DeliveryError>();
  let stopAfter = Infinity;
  const sender: DigestSender = {
    async send(chatId, html) {
      const failure = failFor.get(chatId);
      if (failure) throw failure;
      if (sent.length >= stopAfter) await new Promise(() => undefined); // the process "dies" here
      sent.push({ chatId, html });
    },
  };
  return {
    sender,
    sent,
    fail: (chatId: number, error: DeliveryError) => failFor.set(chatId, error),
    dieAfter: (count: number) => (stopAfter = count),
    reset: () => {
      failFor = new Map();
      stopAfter = Infinity;
    },
  };
}

async function createWorld(
  store: Store,
  clock: VirtualClock,
  sender: DigestSender,
  render: DigestRenderer = renderEachStory,
  deliveries: DeliveryLog = createDeliveryLog({ store }),
  leases: Pick<Coordination, 'tryLease'> = store.coordination,
) {
  const lock = createKeyedLock();
  const subscribers = createSubscriberStore({ store, lock });
  const pool = createArticlePool({ store, lock, ttlMs: 7 * 24 * HOUR });
  const subscriptions = createSubscriptions({ subscribers, clock, defaults: { deliveryTime: '08:00', timeZone: 'UTC' } });
  const delivery = createDigestDelivery({
    pool,
    subscribers,
    subscriptions,
    deliveries,
    leases,
    sender,
    render,
    clock,
    logger: silentLogger,
    settings: { maxItemsPerTopic: 5 },
  });
  return { subscribers, pool, subscriptions, delivery };
}

function poolArticle(id: string, addedAt: number, topic: PoolArticle['topics'][number] = 'world'): PoolArticle {
  return { id, title: `Story ${id} about ${id}${id}`, gist: `Gist ${id}`, topics: [topic], url: `https://news.example/${id}`, source: 'News', addedAt };
}

describe('digest delivery', () => {
  it('sends each subscriber one digest at their local time, then only what is new the next day', async () => {
    const store = await openStore('memory://');
    const clock = createVirtualClock(start, { autoAdvance: false });
    const sender = recordingSender();
    const { subscriptions, pool, delivery } = await createWorld(store, clock, sender.sender);
    await subscriptions.subscribe(1, ['world']);
    await subscriptions.setTimeZone(2, 'Europe/Berlin');
    await subscriptions.subscribe(2, ['world']);
    await pool.add(poolArticle('a', start - HOUR));

    clock.set(Date.parse('2026-11-25T06:59:00Z'));
    expect((await delivery.runDue()).sent).toBe(0);
    clock.set(Date.parse('2026-11-25T07:00:00Z')); // 08:00 in Berlin
    expect(await delivery.runDue()).toMatchObject({ due: 1, sent: 1 });
    expect(sender.sent).toEqual([{ chatId: 2, html: 'world: Story a about aa' }]);
    clock.set(Date.parse('2026-11-25T08:00:30Z'));
    expect(await delivery.runDue()).toMatchObject({ due: 1, sent: 1 });
    expect(sender.sent.map((entry) => entry.chatId)).toEqual([2, 1]);

    await pool.add(poolArticle('b', Date.parse('2026-11-25T12:00:00Z')));
    clock.set(Date.parse('2026-11-26T08:00:00Z'));
    await delivery.runDue();
    expect(sender.sent.slice(2)).toEqual([
      { chatId: 2, html: 'world: Story b about bb' },
      { chatId: 1, html: 'world: Story b about bb' },
    ]);
  });

  it('sends a digest missed during downtime once, not once per missed day', async () => {
    const store = await openStore('memory://');
    const clock = createVirtualClock(start, { autoAdvance: false });
    const sender = recordingSender();
    const { subscriptions, pool, delivery } = await createWorld(store, clock, sender.sender);
    await subscriptions.subscribe(1, ['world']);
    await delivery.runDue(); // the scheduler ran once, at 06:00
    await pool.add(poolArticle('a', start + 3 * 24 * HOUR - 2 * HOUR));
    clock.set(start + 3 * 24 * HOUR); // down for three days: 08:00 passed three times
    expect(await delivery.runDue()).toMatchObject({ due: 1, sent: 1 });
    expect(await delivery.runDue()).toMatchObject({ due: 0, sent: 0 });
    expect(sender.sent).toHaveLength(1);
    const subscriber = await subscriptions.get(1);
    expect(new Date(subscriber?.nextDigestAt ?? 0).toISOString()).toBe('2026-11-28T08:00:00.000Z');
  });

  it('skips, and counts as failed, a subscriber whose record is malformed, instead of holding back the schedule', async () => {
    const store = await openStore('memory://');
    const clock = createVirtualClock(start, { autoAdvance: false });
    const sender = recordingSender();
    const { subscriptions, pool, delivery } = await createWorld(store, clock, sender.sender);
    await subscriptions.subscribe(1, ['world']);
    await subscriptions.subscribe(2, ['world']);
    await pool.add(poolArticle('a', start - HOUR));
    const broken = { ...(await subscriptions.get(1)), topics: 'world' };
    await store.set('subscriber:1', broken);
    clock.set(Date.parse('2026-11-25T08:00:00Z'));
    expect(await delivery.runDue()).toMatchObject({ due: 1, sent: 1, failed: 1 });
    expect(sender.sent).toEqual([{ chatId: 2, html: 'world: Story a about aa' }]);
    expect(await store.get('subscriber:1')).toEqual(broken);

    const down = new StoreError('store get on subscriber failed: connection reset', { code: 'unavailable', operation: 'get', namespace: 'subscriber' });
    const failing = await createWorld({ ...store, get: () => Promise.reject(down) }, clock, sender.sender);
    clock.set(Date.parse('2026-11-26T08:00:00Z'));
    await expect(failing.delivery.runDue()).rejects.toBe(down);
  });

  it('resumes a fan-out cut short by a restart: nobody twice, nobody skipped', async () => {
    const store = await openStore('memory://');
    const clock = createVirtualClock(start, { autoAdvance: false });
    const sender = recordingSender();
    const first = await createWorld(store, clock, sender.sender);
    for (let chatId = 1; chatId <= 20; chatId++) await first.subscriptions.subscribe(chatId, ['world', 'science']);
    await first.pool.add(poolArticle('a', start - HOUR));
    await first.pool.add(poolArticle('b', start - HOUR, 'science'));
    clock.set(Date.parse('2026-11-25T08:00:00Z'));
    sender.dieAfter(15); // mid-way, and mid-digest for someone: each digest is two messages
    void first.delivery.runDue();
    await vi.waitFor(() => expect(sender.sent).toHaveLength(15));

    sender.reset();
    // A new process: the leases the dead one held were in its memory and went with it.
    const restarted = await createWorld(store, clock, sender.sender, renderEachStory, createDeliveryLog({ store }), createInProcessCoordination());
    const report = await restarted.delivery.runDue();
    expect(report.resumed).toBeGreaterThanOrEqual(1);
    for (let chatId = 1; chatId <= 20; chatId++) {
      expect(sender.sent.filter((entry) => entry.chatId === chatId).map((entry) => entry.html)).toEqual([
        'world: Story a about aa',
        'science: Story b about bb',
      ]);
    }
    expect(sender.sent).toHaveLength(40);
  });

  it('keeps the minute open when another run claimed a digest first, so a later run resumes it if that run died', async () => {
    const store = await openStore('memory://');
    const clock = createVirtualClock(start, { autoAdvance: false });
    const sender = recordingSender();
    const log = createDeliveryLog({ store });
    // Another run of the same minute claims chat 1's digest between this run's read and its claim, then dies unsent.
    const raced: DeliveryLog = {
      ...log,
      claim: async (chatId, runId, record) => {
        if (chatId === 1) await log.claim(chatId, runId, { ...record, parts: ['world: the other run’s digest'] });
        return log.claim(chatId, runId, record);
      },
    };
    const first = await createWorld(store, clock, sender.sender, renderEachStory, raced);
    await first.subscriptions.subscribe(1, ['world']);
    await first.subscriptions.subscribe(2, ['world']);
    await first.pool.add(poolArticle('a', start - HOUR));
    clock.set(Date.parse('2026-11-25T08:00:00Z'));
    expect(await first.delivery.runDue()).toMatchObject({ due: 2, sent: 1 });
    expect(sender.sent).toEqual([{ chatId: 2, html: 'world: Story a about aa' }]);

    clock.set(Date.parse('2026-11-25T08:01:00Z'));
    const later = await createWorld(store, clock, sender.sender);
    expect(await later.delivery.runDue()).toMatchObject({ due: 1, sent: 1, resumed: 1 });
    expect(sender.sent).toEqual([
      { chatId: 2, html: 'world: Story a about aa' },
      { chatId: 1, html: 'world: the other run’s digest' },
    ]);
    expect(await later.delivery.runDue()).toMatchObject({ due: 0, sent: 0 });
    expect(await later.subscribers.getCursor()).toBe(Math.floor(Date.parse('2026-11-25T08:01:00Z') / 60_000));
  });

  it('leaves a digest to the run still sending it, and a run stalled past its lease stops at its next message', async () => {
    const store = await openStore('memory://');
    const clock = createVirtualClock(start, { autoAdvance: false });
    // Leases on the test's clock, shared by both runs as instances share Redis: a stall is the clock moving on.
    const leases = createInProcessCoordination({ now: () => clock.now() });
    const received: Array<{ chatId: number; html: string; by: string }> = [];
    let releaseStalled: () => void = () => undefined;
    const stalledSend = new Promise<void>((resolve) => (releaseStalled = resolve));
    const senderOf = (by: string): DigestSender => ({
      async send(chatId, html) {
        // The stalled run's first message to chat 1 is on its way when its process stops answering.
        if (by === 'stalled' && chatId === 1 && !received.some((each) => each.by === by && each.chatId === 1)) await stalledSend;
        received.push({ chatId, html, by });
      },
    });
    const stalled = await createWorld(store, clock, senderOf('stalled'), renderEachStory, createDeliveryLog({ store }), leases);
    const other = await createWorld(store, clock, senderOf('other'), renderEachStory, createDeliveryLog({ store }), leases);
    for (const chatId of [1, 2]) await stalled.subscriptions.subscribe(chatId, ['world', 'science']);
    await stalled.pool.add(poolArticle('a', start - HOUR));
    await stalled.pool.add(poolArticle('b', start - HOUR, 'science'));
    clock.set(Date.parse('2026-11-25T08:00:00Z'));
    const stalledRun = stalled.delivery.runDue();
    await vi.waitFor(() => expect(received.filter((each) => each.chatId === 2)).toHaveLength(2));

    // A run that took over the tick while the lease still holds leaves chat 1 alone and keeps the minute open.
    expect(await other.delivery.runDue()).toMatchObject({ due: 1, sent: 0, resumed: 0 });
    expect(received.filter((each) => each.chatId === 1)).toEqual([]);

    // The stall outlasts the lease: the next run takes chat 1's digest over and sends it whole.
    clock.advance(DIGEST_LEASE_MS + 1);
    expect(await other.delivery.runDue()).toMatchObject({ due: 1, sent: 1, resumed: 1 });
    // The stalled run wakes: its message in flight arrives, and it sends nothing more.
    releaseStalled();
    expect(await stalledRun).toMatchObject({ due: 2, sent: 1, interrupted: 1 });
    expect(received.filter((each) => each.chatId === 1)).toEqual([
      { chatId: 1, html: 'world: Story a about aa', by: 'other' },
      { chatId: 1, html: 'science: Story b about bb', by: 'other' },
      { chatId: 1, html: 'world: Story a about aa', by: 'stalled' },
    ]);
    expect(await other.delivery.runDue()).toMatchObject({ due: 0, sent: 0 });
  });

  it('stops a fan-out when asked, at most a few digests in flight, and the next run delivers the rest once', async () => {
    const store = await openStore('memory://');
    const clock = createVirtualClock(start, { autoAdvance: false });
    let inFlight = 0;
    let mostInFlight = 0;
    const sent: number[] = [];
    const stopping = new AbortController();
    const slowSender: DigestSender = {
      async send(chatId) {
        inFlight++;
        mostInFlight = Math.max(mostInFlight, inFlight);
        await new Promise((resolve) => setTimeout(resolve, 1));
        inFlight--;
        sent.push(chatId);
        if (sent.length === 30) stopping.abort(); // SIGTERM arrives mid fan-out
      },
    };
    const world = await createWorld(store, clock, slowSender);
    for (let chatId = 1; chatId <= 200; chatId++) await world.subscriptions.subscribe(chatId, ['world']);
    await world.pool.add(poolArticle('a', start - HOUR));
    clock.set(Date.parse('2026-11-25T08:00:00Z'));

    const stopped = await world.delivery.runDue(stopping.signal);
    expect(stopped.sent).toBe(sent.length);
    expect(stopped.sent).toBeLessThan(200);
    expect(mostInFlight).toBeLessThanOrEqual(50); // the default fanOutConcurrency

    const restarted = await createWorld(store, clock, slowSender);
    const resumed = await restarted.delivery.runDue();
    expect(resumed.sent).toBe(200 - stopped.sent);
    expect(new Set(sent).size).toBe(200);
    expect(sent).toHaveLength(200);
  });

  it('stops sending to blocked chats until they write again', async () => {
    const store = await openStore('memory://');
    const clock = createVirtualClock(start, { autoAdvance: false });
    const sender = recordingSender();
    const { subscriptions, pool, delivery } = await createWorld(store, clock, sender.sender);
    await subscriptions.subscribe(1, ['world']);
    await subscriptions.subscribe(2, ['world']);
    await pool.add(poolArticle('a', start - HOUR));
    sender.fail(1, new DeliveryError('blocked', 'Forbidden: bot was blocked by the user'));
    clock.set(Date.parse('2026-11-25T08:00:00Z'));
    expect(await delivery.runDue()).toMatchObject({ due: 2, sent: 1, unreachable: 1 });
    expect(await subscriptions.get(1)).toMatchObject({ active: false });
    expect((await subscriptions.get(1))?.nextDigestAt).toBeUndefined();

    sender.reset();
    await pool.add(poolArticle('b', Date.parse('2026-11-25T09:00:00Z')));
    clock.set(Date.parse('2026-11-26T08:00:00Z'));
    expect(await delivery.runDue()).toMatchObject({ due: 1, sent: 1 });
    await subscriptions.noteReader(1);
    expect(await subscriptions.get(1)).toMatchObject({ active: true, nextDigestAt: Date.parse('2026-11-27T08:00:00Z') });
  });

  it('/digest now: nothing new is said, a delivered one moves the since mark, a failed one does not', async () => {
    const store = await openStore('memory://');
    const clock = createVirtualClock(start, { autoAdvance: false });
    const sender = recordingSender();
    const { subscriptions, pool, delivery } = await createWorld(store, clock, sender.sender);
    expect(await delivery.sendNow(1)).toEqual({ status: 'no_topics' });
    await subscriptions.subscribe(1, ['world']);
    expect(await delivery.sendNow(1)).toEqual({ status: 'nothing_new', since: start - 24 * HOUR, timeZone: 'UTC' });
    await pool.add(poolArticle('a', start - 30 * 60_000));
    sender.fail(1, new DeliveryError('failed', 'network down'));
    expect(await delivery.sendNow(1)).toEqual({ status: 'failed', reason: 'failed' });
    sender.reset();
    expect(await delivery.sendNow(1)).toEqual({ status: 'sent', itemCount: 1 });
    // The digest covered the pool up to the millisecond before it was built.
    expect(await delivery.sendNow(1)).toEqual({ status: 'nothing_new', since: start - 1, timeZone: 'UTC' });
  });

  it('leaves an article added in the same millisecond as a digest to the next digest, never to none', async () => {
    const store = await openStore('memory://');
    const clock = createVirtualClock(start, { autoAdvance: false });
    const sender = recordingSender();
    const { subscriptions, pool, delivery } = await createWorld(store, clock, sender.sender);
    await subscriptions.subscribe(1, ['world']);
    await pool.add(poolArticle('a', start - HOUR));
    expect(await delivery.sendNow(1)).toEqual({ status: 'sent', itemCount: 1 });
    await pool.add(poolArticle('b', start)); // landed just after the pool was read
    clock.advance(60_000);
    expect(await delivery.sendNow(1)).toEqual({ status: 'sent', itemCount: 1 });
    expect(sender.sent.map((entry) => entry.html)).toEqual(['world: Story a about aa', 'world: Story b about bb']);
  });

  it("dates each digest on the reader's own calendar", async () => {
    const store = await openStore('memory://');
    // 06:00 UTC on Thursday 26 November is still Wednesday evening in Honolulu.
    const clock = createVirtualClock(Date.parse('2026-11-26T05:59:00Z'), { autoAdvance: false });
    const sender = recordingSender();
    const dateOnly: DigestRenderer = (_digest, _overview, localNow) => [new Date(localNow).toISOString().slice(0, 10)];
    const { subscriptions, pool, delivery } = await createWorld(store, clock, sender.sender, dateOnly);
    await subscriptions.setTimeZone(1, 'Pacific/Honolulu');
    await subscriptions.setDeliveryTime(1, '20:00');
    await subscriptions.subscribe(1, ['world']);
    await subscriptions.setTimeZone(2, 'UTC');
    await subscriptions.setDeliveryTime(2, '06:00');
    await subscriptions.subscribe(2, ['world']);
    await pool.add(poolArticle('a', Date.parse('2026-11-26T05:00:00Z')));
    clock.set(Date.parse('2026-11-26T06:00:00Z'));
    expect(await delivery.runDue()).toMatchObject({ sent: 2, digestsBuilt: 2 });
    expect(sender.sent.sort((a, b) => a.chatId - b.chatId)).toEqual([
      { chatId: 1, html: '2026-11-25' },
      { chatId: 2, html: '2026-11-26' },
    ]);
  });

  it('builds one digest per distinct (topics, since) combination', async () => {
    const store = await openStore('memory://');
    const clock = createVirtualClock(start, { autoAdvance: false });
    const sender = recordingSender();
    const { subscriptions, pool, delivery } = await createWorld(store, clock, sender.sender);
    for (let chatId = 1; chatId <= 30; chatId++) await subscriptions.subscribe(chatId, chatId % 2 === 0 ? ['world'] : ['science']);
    await pool.add(poolArticle('a', start - HOUR));
    await pool.add(poolArticle('b', start - HOUR, 'science'));
    clock.set(Date.parse('2026-11-25T08:00:00Z'));
    expect(await delivery.runDue()).toMatchObject({ due: 30, sent: 30, digestsBuilt: 2 });
  });
});
