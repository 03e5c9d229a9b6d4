import { EventEmitter } from 'node:events';
import Keyv, { type KeyvStoreAdapter, type StoredData } from 'keyv';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createSubscriptions } from '../../../src/digest/subscriptions.js';
import { createDeliveryLog } from '../../../src/store/delivery-log.js';
import { createKeyedLock } from '../../../src/store/keyed-lock.js';
import { createKeyvStore } from '../../../src/store/key-value-store.js';
import { openStore } from '../../../src/store/open-store.js';
import { defineRecord, readRecord } from '../../../src/store/records.js';
import { createStats } from '../../../src/store/stats-store.js';
import { StoreError, isStoreError } from '../../../src/store/store-error.js';
import { createSubscriberStore } from '../../../src/store/subscriber-store.js';
import { createVirtualClock } from '../../support/virtual-clock.js';

/**
 * A keyv storage adapter over a Map that fails on demand: what a SQLite file that is locked, or a Redis
 * that dropped the connection, looks like to keyv. `getMany` is left out on purpose, as keyv's in-memory
 * store leaves it out: keyv then reads key by key, and used to swallow the failures.
 */
class FailingAdapter extends EventEmitter implements KeyvStoreAdapter {
  opts = {};
  namespace?: string;
  readonly data = new Map<string, unknown>();
  /** What the next calls fail with; undefined: they work. */
  failure: { on: 'get' | 'set' | 'delete' | 'all'; error: Error } | undefined;
  /** Calls never answer (a server that hangs). */
  hang = false;

  private async act<Result>(operation: 'get' | 'set' | 'delete', step: () => Result): Promise<Result> {
    if (this.hang) return new Promise<never>(() => undefined);
    if (this.failure && (this.failure.on === operation || this.failure.on === 'all')) throw this.failure.error;
    return step();
  }

  get<Value>(key: string): Promise<StoredData<Value> | undefined> {
    return this.act('get', () => this.data.get(key) as StoredData<Value> | undefined);
  }
  set(key: string, value: unknown): Promise<void> {
    return this.act('set', () => {
      this.data.set(key, value);
    });
  }
  delete(key: string): Promise<boolean> {
    return this.act('delete', () => this.data.delete(key));
  }
  async clear(): Promise<void> {
    this.data.clear();
  }
}

function failingStore(options: { timeoutMs?: number } = {}) {
  const adapter = new FailingAdapter();
  // No throwOnErrors here: the store must switch it on itself.
  const keyv = new Keyv({ store: adapter, namespace: 'newsdigest' });
  keyv.on('error', () => undefined);
  return { adapter, store: createKeyvStore(keyv, options) };
}

const start = Date.parse('2026-11-25T06:00:00Z');

describe('a store whose backend fails', () => {
  it('turns a failed read, write or delete into a StoreError with the cause, the operation and the namespace', async () => {
    const { adapter, store } = failingStore();
    const diskError = new Error('SQLITE_IOERR: disk I/O error');
    adapter.failure = { on: 'all', error: diskError };
    for (const [operation, call] of [
      ['get', () => store.get('subscriber:42')],
      ['getMany', () => store.getMany(['subscriber:42', 'subscriber:43'])],
      ['set', () => store.set('subscriber:42', { chatId: 42 })],
      ['delete', () => store.delete('subscriber:42')],
    ] as const) {
      const failure = await call().catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(StoreError);
      expect(isStoreError(failure)).toBe(true);
      expect(failure).toMatchObject({ code: 'unavailable', operation, namespace: 'subscriber', cause: diskError });
      expect((failure as StoreError).message).toBe(`store ${operation} on subscriber failed: SQLITE_IOERR: disk I/O error`);
    }
  });

  it('never reads a failed key of a getMany as missing', async () => {
    const { adapter, store } = failingStore();
    await store.set('due:1:0', [1]);
    adapter.failure = { on: 'get', error: new Error('connection reset') };
    await expect(store.getMany(['due:1:0', 'due:1:1'])).rejects.toMatchObject({ code: 'unavailable', operation: 'getMany' });
  });

  it('gives up on a call that gets no answer, saying the outcome of a write is unknown', async () => {
    const { adapter, store } = failingStore({ timeoutMs: 20 });
    adapter.hang = true;
    await expect(store.get('subscriber:42')).rejects.toThrow(
      new StoreError('store get on subscriber got no answer within 20 ms', { code: 'timeout', operation: 'get', namespace: 'subscriber' }),
    );
    await expect(store.set('subscriber:42', {})).rejects.toMatchObject({
      code: 'timeout',
      message: 'store set on subscriber got no answer within 20 ms; whether it took effect is unknown',
    });
  });

  it('keeps a subscriber whose record could not be read: /subscribe fails instead of writing defaults over it', async () => {
    const { adapter, store } = failingStore();
    const subscriptions = createSubscriptions({
      subscribers: createSubscriberStore({ store, lock: createKeyedLock() }),
      clock: createVirtualClock(start),
      defaults: { deliveryTime: '08:00', timeZone: 'UTC' },
    });
    await subscriptions.subscribe(42, ['world', 'science']);
    await subscriptions.setTimeZone(42, 'Europe/Berlin');
    await subscriptions.markDelivered(42, start - 3_600_000, { scheduled: false });
    const before = await subscriptions.get(42);

    adapter.failure = { on: 'get', error: new Error('connection reset') };
    await expect(subscriptions.subscribe(42, ['sports'])).rejects.toMatchObject({ code: 'unavailable', operation: 'get', namespace: 'subscriber' });
    await expect(subscriptions.toggleTopic(42, 'world')).rejects.toBeInstanceOf(StoreError);
    await expect(subscriptions.noteReader(42, 'de')).rejects.toBeInstanceOf(StoreError);
    adapter.failure = undefined;

    expect(await subscriptions.get(42)).toEqual(before);
    expect(before).toMatchObject({ topics: ['world', 'science'], timeZone: 'Europe/Berlin', lastDigestAt: start - 3_600_000 });
  });

  it('reports a subscriber record of an old or unknown shape as malformed and leaves it as it is', async () => {
    const { store } = failingStore();
    const subscriptions = createSubscriptions({
      subscribers: createSubscriberStore({ store, lock: createKeyedLock() }),
      clock: createVirtualClock(start),
      defaults: { deliveryTime: '08:00', timeZone: 'UTC' },
    });
    const oldShape = { chatId: 42, topics: 'world,science', time: '08:00', active: true, createdAt: start };
    await store.set('subscriber:42', oldShape);
    const failure = await subscriptions.subscribe(42, ['sports']).catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: 'malformed', operation: 'read', namespace: 'subscriber' });
    expect((failure as StoreError).message).toMatch(/^malformed record read back from subscriber:42: /);
    expect((failure as StoreError).cause).toBeInstanceOf(z.ZodError);
    expect(await store.get('subscriber:42')).toEqual(oldShape);
  });
});

describe('record versions', () => {
  it('keeps the key every record already has as version 1 and puts later versions in the key', () => {
    const schema = z.object({ chatId: z.number() });
    expect(defineRecord('subscriber', 1, schema).key(42)).toBe('subscriber:42');
    expect(defineRecord('subscriber', 2, schema).key(42)).toBe('subscriber:v2:42');
    expect(defineRecord('pool:article', 3, schema).key('ab12')).toBe('pool:article:v3:ab12');
  });

  it('does not read a version 1 record as version 2', async () => {
    const store = await openStore('memory://');
    await store.set('thing:7', { name: 'old shape' });
    const things = defineRecord('thing', 2, z.object({ title: z.string() }));
    expect(await readRecord(store, things, 7)).toBeUndefined();
  });
});

describe('atomic operations', () => {
  it('claims a delivery once: the second claim leaves the first record standing', async () => {
    const store = await openStore('memory://');
    const deliveries = createDeliveryLog({ store });
    const first = { parts: ['first digest'], sent: 0, until: start };
    const second = { parts: ['second digest'], sent: 0, until: start + 1 };
    const claims = await Promise.all([deliveries.claim(42, 'scheduled:1', first), deliveries.claim(42, 'scheduled:1', second)]);
    expect(claims).toEqual([true, false]);
    expect(await deliveries.get(42, 'scheduled:1')).toEqual(first);
    expect(await deliveries.claim(43, 'scheduled:1', second)).toBe(true);
  });

  it('adds the /stats counts of two writers instead of keeping the last one', async () => {
    const store = await openStore('memory://');
    const now = () => new Date(start);
    const [first, second] = await Promise.all([createStats({ store, now }), createStats({ store, now })]);
    first.increment('llmCalls', 5);
    second.increment('llmCalls', 3);
    second.increment('cacheHits');
    await Promise.all([first.flush(), second.flush()]);
    const restarted = await createStats({ store, now });
    expect(restarted.snapshot().total).toEqual({ llmCalls: 8, cacheHits: 1 });
  });

  it('counts increments made while a flush is under way, and keeps a failed flush for the next one', async () => {
    const { adapter, store } = failingStore();
    const stats = await createStats({ store, now: () => new Date(start) });
    stats.increment('llmCalls', 2);
    const flushing = stats.flush();
    stats.increment('llmCalls', 1);
    await flushing;
    expect(stats.snapshot().total).toEqual({ llmCalls: 3 });

    adapter.failure = { on: 'set', error: new Error('disk full') };
    stats.increment('cacheHits', 4);
    await expect(stats.flush()).rejects.toMatchObject({ code: 'unavailable', operation: 'set', namespace: 'stats' });
    adapter.failure = undefined;
    await stats.flush();
    expect(await store.atomic.readCounters('stats:totals')).toEqual({ llmCalls: 3, cacheHits: 4 });
  });
});
