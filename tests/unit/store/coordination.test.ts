import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { createInProcessCoordination, withLease, type Coordination } from '../../../src/store/coordination.js';
import { openStore, type Store } from '../../../src/store/open-store.js';
import { describeOnRedis } from '../../support/test-redis.js';

/**
 * Leases and send slots: in-process always; on Redis when REDIS_URL names a server, where two stores
 * opened on it stand for two instances. Under CI=true a missing REDIS_URL is a failure, not a skip.
 */
describe('in-process coordination', () => {
  it('gives a lease to one holder at a time, lets only its holder release or extend it, and lets it lapse', async () => {
    let now = 1_000;
    const coordination = createInProcessCoordination({ now: () => now });
    const first = await coordination.tryLease('summary:a', 10_000);
    expect(first).toBeDefined();
    expect(await coordination.tryLease('summary:a', 10_000)).toBeUndefined();
    expect(await coordination.tryLease('summary:b', 10_000)).toBeDefined();
    now += 10_001;
    const second = await coordination.tryLease('summary:a', 10_000);
    expect(second).toBeDefined();
    // The lapsed holder can neither extend nor release what is now someone else's.
    expect(await first?.extend(10_000)).toBe(false);
    await first?.release();
    expect(await coordination.tryLease('summary:a', 10_000)).toBeUndefined();
    expect(await second?.extend(10_000)).toBe(true);
    await second?.release();
    expect(await coordination.tryLease('summary:a', 10_000)).toBeDefined();
  });

  it('runs work under a lease once, and not at all while another holds it', async () => {
    const coordination = createInProcessCoordination();
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const running = withLease(coordination, 'check:feed', 5_000, async () => {
      await held;
      return 'first';
    });
    expect(await withLease(coordination, 'check:feed', 5_000, async () => 'second')).toEqual({ ran: false });
    release();
    expect(await running).toEqual({ ran: true, result: 'first' });
    expect(await withLease(coordination, 'check:feed', 5_000, async () => 'third')).toEqual({ ran: true, result: 'third' });
  });
});

describeOnRedis('Redis coordination across two instances', (redisUrl) => {
  const stores: Store[] = [];
  const open = async () => {
    const store = await openStore(redisUrl);
    stores.push(store);
    return store.coordination;
  };
  afterAll(async () => {
    await Promise.all(stores.map((store) => store.close()));
  });
  const run = randomUUID().slice(0, 8);

  it('gives a lease to one instance at a time; only the holder extends or releases it; it lapses when the holder is gone', async () => {
    const [one, two] = [await open(), await open()];
    const key = `${run}:summary:a`;
    const lease = await one.tryLease(key, 300);
    expect(lease).toBeDefined();
    expect(await two.tryLease(key, 300)).toBeUndefined();
    expect(await lease?.extend(300)).toBe(true);
    // The holder dies without releasing: the lease lapses, and the other instance takes it.
    await new Promise((resolve) => setTimeout(resolve, 350));
    const taken = await two.tryLease(key, 5_000);
    expect(taken).toBeDefined();
    expect(await lease?.extend(5_000)).toBe(false);
    await lease?.release(); // not its lease any more: nothing happens
    expect(await one.tryLease(key, 5_000)).toBeUndefined();
    await taken?.release();
    expect(await one.tryLease(key, 5_000)).toBeDefined();
  });

  it('shares one sliding window of sends: two instances together never take more than the limit in any window', async () => {
    const instances: Coordination[] = [await open(), await open()];
    const key = `${run}:sends`;
    const takenAt: number[] = [];
    const started = Date.now();
    // 30 sends wanted at once by two instances, 10 per 200 ms allowed: three windows' worth.
    await Promise.all(
      Array.from({ length: 30 }, async (_, index) => {
        await (instances[index % 2] as Coordination).takeSendSlot(key, 10, 200);
        takenAt.push(Date.now() - started);
      }),
    );
    takenAt.sort((a, b) => a - b);
    expect(takenAt).toHaveLength(30);
    // One-sided checks that a loaded machine cannot break (a late answer only makes a send look later):
    // no more than 10 sends in the first window, and 30 sends take at least two windows.
    expect(takenAt.filter((at) => at < 190).length).toBeLessThanOrEqual(10);
    expect(takenAt.at(-1)).toBeGreaterThanOrEqual(400 - 15);
  });
});
