import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createSubscriptions } from '../../../src/digest/subscriptions.js';
import { createKeyedLock } from '../../../src/store/keyed-lock.js';
import { openStore, type KeyValueStore } from '../../../src/store/open-store.js';
import { createSubscriberStore } from '../../../src/store/subscriber-store.js';
import { createVirtualClock } from '../../support/virtual-clock.js';

const start = Date.parse('2026-11-25T06:00:00Z');
const eightOClock = Math.floor(Date.parse('2026-11-25T08:00:00Z') / 60_000);

/** Records the size of every list written, to see how big one key gets. */
function measuringStore(store: KeyValueStore) {
  let largestList = 0;
  const measured: KeyValueStore = {
    ...store,
    set: async (key, value, ttlMs) => {
      if (Array.isArray(value)) largestList = Math.max(largestList, value.length);
      await store.set(key, value, ttlMs);
    },
  };
  return { store: measured, largestList: () => largestList };
}

describe('subscriber store on SQLite', () => {
  let folder: string;
  afterEach(() => rm(folder, { recursive: true, force: true }));

  async function open() {
    folder = await mkdtemp(path.join(tmpdir(), 'newsdigest-subscribers-'));
    const measuring = measuringStore(await openStore(`sqlite://${path.join(folder, 'bot.sqlite')}`));
    const subscribers = createSubscriberStore({ store: measuring.store, lock: createKeyedLock() });
    const subscriptions = createSubscriptions({ subscribers, clock: createVirtualClock(start), defaults: { deliveryTime: '08:00', timeZone: 'UTC' } });
    return { ...measuring, subscribers, subscriptions };
  }

  it('loses no update when changes to one subscriber and to one minute arrive at once', async () => {
    const { store, subscribers, subscriptions } = await open();
    await Promise.all([
      subscriptions.subscribe(1, ['world']),
      subscriptions.toggleTopic(1, 'science'),
      subscriptions.subscribe(1, ['sports']),
      subscriptions.setTimeZone(1, 'Europe/Berlin'),
      ...Array.from({ length: 300 }, (_, index) => subscriptions.subscribe(1_000 + index, ['health'])),
    ]);
    expect((await subscribers.get(1))?.topics.sort()).toEqual(['science', 'sports', 'world']);
    expect((await subscribers.dueIn(eightOClock)).sort((a, b) => a - b)).toEqual(Array.from({ length: 300 }, (_, index) => 1_000 + index));
    expect(await subscribers.dueIn(eightOClock - 60)).toEqual([1]); // 08:00 in Berlin is 07:00 UTC
    await store.close();
  });

  it('keeps no key that grows with everyone due in the same minute', async () => {
    const { store, subscribers, subscriptions, largestList } = await open();
    for (let chatId = 1; chatId <= 1_000; chatId++) await subscriptions.subscribe(chatId, ['world']);
    expect(await subscribers.dueIn(eightOClock)).toHaveLength(1_000);
    expect(largestList()).toBeLessThan(50); // 1,000 over 64 shards: about 16 per key
    for (let chatId = 1; chatId <= 1_000; chatId += 2) await subscriptions.unsubscribe(chatId, 'all');
    expect(await subscribers.dueIn(eightOClock)).toHaveLength(500);
    await store.close();
  });
});
