import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { createInProcessCoordination } from '../../../src/store/coordination.js';
import { createKeyedLock, createRecordLock, createSharedKeyedLock, type KeyedLock } from '../../../src/store/keyed-lock.js';
import { openStore, type Store } from '../../../src/store/open-store.js';
import { describeOnRedis } from '../../support/test-redis.js';

const neverLost = (error: unknown) => {
  throw new Error('no lock should be lost here', { cause: error });
};

/** `times` read-modify-write additions of one to the number at `key`, all started at once, through `lock`. */
function addOnes(store: Store, lock: KeyedLock, key: string, times: number): Promise<unknown> {
  return Promise.all(
    Array.from({ length: times }, () =>
      lock.run(key, async () => {
        const count = Number((await store.get(key)) ?? 0);
        // A pause between the read and the write, where another writer would slip in without the lock.
        await new Promise((resolve) => setTimeout(resolve, 1));
        await store.set(key, count + 1);
      }),
    ),
  );
}

describe('keyed lock', () => {
  it('in one process: steps on one key run one at a time, other keys do not wait', async () => {
    const store = await openStore('memory://');
    const lock = createKeyedLock();
    await Promise.all([addOnes(store, lock, 'count:a', 20), addOnes(store, lock, 'count:b', 20)]);
    expect([await store.get('count:a'), await store.get('count:b')]).toEqual([20, 20]);
  });

  it('shared: two instances on one coordination lose no update, and a step failing frees the record', async () => {
    const store = await openStore('memory://');
    const coordination = createInProcessCoordination();
    const [first, second] = [createSharedKeyedLock({ coordination, onLockLost: neverLost }), createSharedKeyedLock({ coordination, onLockLost: neverLost })];
    await Promise.all([addOnes(store, first, 'count', 15), addOnes(store, second, 'count', 15)]);
    expect(await store.get('count')).toBe(30);
    await expect(first.run('count', () => Promise.reject(new Error('the step failed')))).rejects.toThrow('the step failed');
    expect(await second.run('count', async () => 'free again')).toBe('free again');
  });

  it('shared: a record another instance keeps locked fails as a store time-out after 15 s, not a silent go-ahead', async () => {
    let now = 0;
    const coordination = createInProcessCoordination({ now: () => now });
    const elsewhere = await coordination.tryLease('record:subscriber:42', 60_000);
    expect(elsewhere).toBeDefined();
    const waits: number[] = [];
    const lock = createSharedKeyedLock({
      coordination,
      onLockLost: neverLost,
      now: () => now,
      random: () => 0.5,
      sleep: async (ms) => {
        waits.push(ms);
        now += ms;
      },
    });
    let ran = false;
    await expect(lock.run('subscriber:42', async () => (ran = true))).rejects.toMatchObject({ name: 'StoreError', code: 'timeout', operation: 'lock', namespace: 'subscriber' });
    expect(ran).toBe(false);
    // Waits double from 5 ms up to 200 ms, then stay there until 15 s have passed.
    expect(waits.slice(0, 7)).toEqual([5, 10, 20, 40, 80, 160, 200]);
    expect(now).toBeGreaterThanOrEqual(15_000);
    expect(now).toBeLessThan(15_000 + 200);
  });

  it('is the in-process one for a store of one process, the shared one for instances sharing a store', async () => {
    const inProcess = createRecordLock(createInProcessCoordination(), neverLost);
    const sharedCoordination = { ...createInProcessCoordination(), acrossProcesses: true };
    const leases: string[] = [];
    const recordingLeases = {
      ...sharedCoordination,
      tryLease: (key: string, ttlMs: number) => {
        leases.push(key);
        return sharedCoordination.tryLease(key, ttlMs);
      },
    };
    const shared = createRecordLock(recordingLeases, neverLost);
    await inProcess.run('pool:hour:1', async () => undefined);
    await shared.run('pool:hour:1', async () => undefined);
    expect(leases).toEqual(['record:pool:hour:1']);
  });
});

describeOnRedis('keyed lock shared on Redis', (redisUrl) => {
  const stores: Store[] = [];
  afterAll(async () => {
    await Promise.all(stores.map((store) => store.close()));
  });

  it('loses no update when two instances change one record at once', async () => {
    const [first, second] = await Promise.all([openStore(redisUrl), openStore(redisUrl)]);
    if (!first || !second) throw new Error('two stores expected');
    stores.push(first, second);
    const key = `test-lock:${randomUUID()}`;
    await Promise.all([
      addOnes(first, createRecordLock(first.coordination, neverLost), key, 20),
      addOnes(second, createRecordLock(second.coordination, neverLost), key, 20),
    ]);
    expect(await first.get(key)).toBe(40);
    await first.delete(key);
  });
});
