import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createClient } from '@keyv/redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSubscriptions } from '../../../src/digest/subscriptions.js';
import { createDeliveryLog } from '../../../src/store/delivery-log.js';
import { createKeyedLock } from '../../../src/store/keyed-lock.js';
import { openStore, type Store } from '../../../src/store/open-store.js';
import { createStats } from '../../../src/store/stats-store.js';
import { StoreError } from '../../../src/store/store-error.js';
import { createSubscriberStore } from '../../../src/store/subscriber-store.js';
import { createVirtualClock } from '../../support/virtual-clock.js';

/**
 * One contract for every backend the bot offers: SQLite always (and memory://, which the other tests use);
 * Redis when REDIS_URL names a server. Under CI=true a backend without its URL is a failure, not a skip:
 * .ci/run starts a throwaway Redis and exports REDIS_URL.
 */
interface Backend {
  name: string;
  /** The variable naming a server to test against; the backend is skipped without it (failed under CI). */
  env?: string;
  url(): string | undefined;
  /** Values outlive the store object (a file, a server). */
  persistent: boolean;
  /** Atomic operations hold across several processes on one store, not only within one. */
  atomicAcrossProcesses: boolean;
}

let sqliteFolder = '';
const backends: Backend[] = [
  { name: 'memory', url: () => 'memory://', persistent: false, atomicAcrossProcesses: false },
  { name: 'SQLite', url: () => `sqlite://${path.join(sqliteFolder, 'contract.sqlite')}`, persistent: true, atomicAcrossProcesses: false },
  { name: 'Redis', env: 'REDIS_URL', url: () => process.env.REDIS_URL || undefined, persistent: true, atomicAcrossProcesses: true },
];

beforeAll(async () => {
  sqliteFolder = await mkdtemp(path.join(tmpdir(), 'newsdigest-contract-'));
});
afterAll(async () => {
  await rm(sqliteFolder, { recursive: true, force: true });
});

const start = Date.parse('2026-11-25T06:00:00Z');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

for (const backend of backends) {
  const url = backend.url();
  if (backend.env && !url) {
    if (process.env.CI === 'true') {
      describe(`store contract on ${backend.name}`, () => {
        it(`has ${backend.env} under CI`, () => {
          throw new Error(`${backend.env} is not set: under CI=true the ${backend.name} store must be tested against a real server (.ci/run starts one)`);
        });
      });
    } else {
      describe(`store contract on ${backend.name}`, () => {
        it.skip(`runs when ${backend.env} names a server`, () => undefined);
      });
    }
    continue;
  }

  describe(`store contract on ${backend.name}`, () => {
    const opened: Store[] = [];
    // Keys of one run apart from any other run sharing the server.
    const run = randomUUID().slice(0, 8);
    const key = (name: string) => `contract:${run}:${name}`;
    const open = async (options: { timeoutMs?: number } = {}) => {
      const store = await openStore(backend.url() ?? '', options);
      opened.push(store);
      return store;
    };
    afterAll(async () => {
      await Promise.all(opened.map((store) => store.close().catch(() => undefined)));
    });

    it('reads back what it wrote, and says undefined only for a key that is not there', async () => {
      const store = await open();
      const record = { title: 'Kept', bullets: ['a', 'b'], nested: { count: 3, flag: false }, text: ':colon first' };
      await store.set(key('record'), record, 60_000);
      await store.set(key('number'), 0, 60_000);
      expect(await store.get(key('record'))).toEqual(record);
      expect(await store.get(key('number'))).toBe(0);
      expect(await store.get(key('missing'))).toBeUndefined();
      expect(await store.getMany([key('number'), key('missing'), key('record')])).toEqual([0, undefined, record]);
      expect(await store.getMany([])).toEqual([]);
      expect(await store.delete(key('number'))).toBe(true);
      expect(await store.get(key('number'))).toBeUndefined();
    });

    it('forgets a value after its time to live', async () => {
      const store = await open();
      await store.set(key('short'), 'gone soon', 40);
      await store.set(key('long'), 'still here', 60_000);
      await sleep(80);
      expect(await store.getMany([key('short'), key('long')])).toEqual([undefined, 'still here']);
    });

    if (backend.persistent) {
      it('keeps values for the next store opened on it', async () => {
        const first = await open();
        await first.set(key('kept'), { chatId: 42 });
        await first.atomic.addToCounters(key('kept-counters'), { llmCalls: 2 });
        await first.close();
        const second = await open();
        expect(await second.get(key('kept'))).toEqual({ chatId: 42 });
        expect(await second.atomic.readCounters(key('kept-counters'))).toEqual({ llmCalls: 2 });
      });
    }

    it('claims a key once however many ask at the same moment, and again once it is gone', async () => {
      const store = await open();
      const claims = await Promise.all(Array.from({ length: 20 }, (_, index) => store.atomic.setIfAbsent(key('claim'), { by: index }, 60_000)));
      expect(claims.filter(Boolean)).toHaveLength(1);
      expect(await store.get(key('claim'))).toEqual({ by: claims.indexOf(true) });
      await store.delete(key('claim'));
      expect(await store.atomic.setIfAbsent(key('claim'), { by: 'again' }, 60_000)).toBe(true);

      expect(await store.atomic.setIfAbsent(key('expiring-claim'), 'first', 40)).toBe(true);
      expect(await store.atomic.setIfAbsent(key('expiring-claim'), 'second', 40)).toBe(false);
      await sleep(80);
      expect(await store.atomic.setIfAbsent(key('expiring-claim'), 'third', 60_000)).toBe(true);
      expect(await store.get(key('expiring-claim'))).toBe('third');
    });

    it('adds to counters without losing an addition', async () => {
      const store = await open();
      expect(await store.atomic.readCounters(key('counters'))).toEqual({});
      await Promise.all(Array.from({ length: 50 }, () => store.atomic.addToCounters(key('counters'), { llmCalls: 1, promptTokens: 120 })));
      expect(await store.atomic.readCounters(key('counters'))).toEqual({ llmCalls: 50, promptTokens: 6_000 });
      await expect(store.atomic.addToCounters(key('counters'), { llmCalls: 0.5 })).rejects.toThrow(RangeError);
    });

    it('forgets counters their time to live after the last addition', async () => {
      const store = await open();
      await store.atomic.addToCounters(key('short-counters'), { tokens: 5 }, 60);
      await store.atomic.addToCounters(key('short-counters'), { tokens: 7 }, 60);
      await store.atomic.addToCounters(key('kept-day'), { tokens: 1 }, 60_000);
      expect(await store.atomic.readCounters(key('short-counters'))).toEqual({ tokens: 12 });
      await sleep(120);
      expect(await store.atomic.readCounters(key('short-counters'))).toEqual({});
      expect(await store.atomic.readCounters(key('kept-day'))).toEqual({ tokens: 1 });
    });

    if (backend.atomicAcrossProcesses) {
      it('claims once and counts every addition across several processes on one store', async () => {
        const stores = await Promise.all([open(), open(), open()]);
        const claims = await Promise.all(stores.flatMap((store) => Array.from({ length: 10 }, () => store.atomic.setIfAbsent(key('shared-claim'), 'mine', 60_000))));
        expect(claims.filter(Boolean)).toHaveLength(1);
        await Promise.all(stores.flatMap((store) => Array.from({ length: 20 }, () => store.atomic.addToCounters(key('shared-counters'), { sent: 1 }))));
        expect(await stores[0]?.atomic.readCounters(key('shared-counters'))).toEqual({ sent: 60 });
      });

      it('adds the /stats totals of two bot processes', async () => {
        const [first, second] = await Promise.all([open(), open()]);
        if (!first || !second) throw new Error('two stores expected');
        const now = () => new Date(start);
        const [statsOfFirst, statsOfSecond] = await Promise.all([createStats({ store: first, now }), createStats({ store: second, now })]);
        // The totals key is the bot's own; a counter name of this run's keeps the check apart from anything already there.
        const counter = `errors.contract_${run}` as const;
        statsOfFirst.increment(counter, 5);
        statsOfSecond.increment(counter, 3);
        await Promise.all([statsOfFirst.flush(), statsOfSecond.flush()]);
        expect((await first.atomic.readCounters('stats:totals'))[counter]).toBe(8);
        statsOfFirst.increment(counter);
        await statsOfFirst.flush();
        expect(statsOfFirst.snapshot().total[counter]).toBe(9);
      });
    }

    it('keeps subscriptions and refuses to read a malformed subscriber as anything else', async () => {
      const store = await open();
      const subscriptions = createSubscriptions({
        subscribers: createSubscriberStore({ store, lock: createKeyedLock() }),
        clock: createVirtualClock(start),
        defaults: { deliveryTime: '08:00', timeZone: 'UTC' },
      });
      // Chat ids unique to this run: the keys are the bot's own.
      const chatId = -Number.parseInt(run, 16);
      await subscriptions.subscribe(chatId, ['world']);
      await subscriptions.toggleTopic(chatId, 'science');
      expect(await subscriptions.get(chatId)).toMatchObject({ chatId, topics: ['world', 'science'], deliveryTime: '08:00', active: true });

      await store.set(`subscriber:${chatId - 1}`, { chatId: chatId - 1, topics: ['gossip'], deliveryTime: '08:00', timeZone: 'UTC', active: true, createdAt: start });
      await expect(subscriptions.subscribe(chatId - 1, ['world'])).rejects.toMatchObject({ code: 'malformed', namespace: 'subscriber' });
      expect(await store.get(`subscriber:${chatId - 1}`)).toMatchObject({ topics: ['gossip'] });
      await subscriptions.forget(chatId);
      await store.delete(`subscriber:${chatId - 1}`);
    });

    it('claims a delivery once and reads its record back', async () => {
      const store = await open();
      const deliveries = createDeliveryLog({ store });
      const chatId = -Number.parseInt(run, 16);
      const record = { parts: ['<b>Your digest</b>', 'part two'], sent: 0, until: start };
      expect(await deliveries.claim(chatId, `scheduled:${run}`, record)).toBe(true);
      expect(await deliveries.claim(chatId, `scheduled:${run}`, { ...record, parts: ['another'] })).toBe(false);
      expect(await deliveries.get(chatId, `scheduled:${run}`)).toEqual(record);
      await deliveries.save(chatId, `scheduled:${run}`, { ...record, sent: 1 });
      expect(await deliveries.get(chatId, `scheduled:${run}`)).toEqual({ ...record, sent: 1 });
      await deliveries.delete(chatId, `scheduled:${run}`);
      expect(await deliveries.get(chatId, `scheduled:${run}`)).toBeUndefined();
    });

    if (backend.name === 'Redis') {
      describe('Redis failures', () => {
        const admin = createClient({ url: backend.url() ?? '' });
        beforeAll(async () => {
          await admin.connect();
        });
        afterAll(async () => {
          await admin.close();
        });

        it('reports a write Redis refuses (out of memory) as a failure, never as saved', async () => {
          const store = await open();
          const [, limit = '0'] = (await admin.sendCommand<string[]>(['CONFIG', 'GET', 'maxmemory'])) ?? [];
          const [, policy = 'noeviction'] = (await admin.sendCommand<string[]>(['CONFIG', 'GET', 'maxmemory-policy'])) ?? [];
          await admin.sendCommand(['CONFIG', 'SET', 'maxmemory-policy', 'noeviction']);
          await admin.sendCommand(['CONFIG', 'SET', 'maxmemory', '1']);
          try {
            const failure = await store.set(key('refused'), { chatId: 42 }).catch((error: unknown) => error);
            expect(failure).toBeInstanceOf(StoreError);
            expect(failure).toMatchObject({ code: 'unavailable', operation: 'set', namespace: 'contract' });
            expect(String((failure as StoreError).cause)).toMatch(/OOM/);
            await expect(store.atomic.setIfAbsent(key('refused-claim'), 1)).rejects.toMatchObject({ code: 'unavailable', operation: 'setIfAbsent' });
            await expect(store.atomic.addToCounters(key('refused-counters'), { sent: 1 })).rejects.toMatchObject({ code: 'unavailable' });
          } finally {
            await admin.sendCommand(['CONFIG', 'SET', 'maxmemory', limit]);
            await admin.sendCommand(['CONFIG', 'SET', 'maxmemory-policy', policy]);
          }
          expect(await store.get(key('refused'))).toBeUndefined();
        });

        it('times out a call Redis does not answer', async () => {
          const store = await open({ timeoutMs: 100 });
          await admin.sendCommand(['CLIENT', 'PAUSE', '400', 'WRITE']);
          await expect(store.set(key('paused'), 1)).rejects.toMatchObject({ code: 'timeout', operation: 'set' });
          await expect(store.atomic.addToCounters(key('paused-counters'), { sent: 1 })).rejects.toMatchObject({ code: 'timeout' });
          await admin.sendCommand(['CLIENT', 'UNPAUSE']);
        });

        it('never reads a key as missing while the connection is lost, and works again once it is back', async () => {
          const store = await open();
          await store.set(key('through-outage'), { chatId: 42 }, 60_000);
          await admin.sendCommand(['CLIENT', 'KILL', 'TYPE', 'normal', 'SKIPME', 'yes']);
          const seen: unknown[] = [];
          const deadline = Date.now() + 5_000;
          for (;;) {
            const value = await store.get(key('through-outage')).catch((error: unknown) => error);
            seen.push(value instanceof StoreError ? value.code : value);
            if (!(value instanceof StoreError) || Date.now() > deadline) break;
            await sleep(20);
          }
          expect(seen.at(-1)).toEqual({ chatId: 42 });
          expect(seen.every((each) => each === 'unavailable' || (typeof each === 'object' && each !== null))).toBe(true);
        });
      });
    }
  });
}

describe('opening a store that cannot be reached', () => {
  it('fails at start with a StoreError, not at the first subscriber', async () => {
    const port = await new Promise<number>((resolve) => {
      const server = createServer().listen(0, '127.0.0.1', () => {
        const address = server.address();
        server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
      });
    });
    const failure = await openStore(`redis://127.0.0.1:${port}`, { timeoutMs: 200 }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(StoreError);
    expect(failure).toMatchObject({ code: 'unavailable', operation: 'open', message: `could not connect to Redis at redis://127.0.0.1:${port}` });
  });
});
