import { describe, expect, it } from 'vitest';
import { createKeyedLock } from '../../../src/store/keyed-lock.js';
import { openStore, StoreError, type KeyValueStore } from '../../../src/store/open-store.js';
import { createUsageQuota, type UsageQuotaLimits } from '../../../src/store/usage-quota.js';

const at = (iso: string) => Date.parse(iso);
const SECOND = 1_000;

async function quotaWith(limits: UsageQuotaLimits, options: { store?: KeyValueStore; exemptUserIds?: number[] } = {}) {
  const store = options.store ?? (await openStore('memory://'));
  return { store, quota: createUsageQuota({ store, lock: createKeyedLock(), limits, exemptUserIds: options.exemptUserIds ?? [] }) };
}

describe('usage quota', () => {
  it('allows perDay new summaries a UTC day, says the next one comes at midnight UTC, and starts afresh then', async () => {
    const { quota } = await quotaWith({ perDay: 3, perMinute: 100 });
    for (const time of ['2026-11-25T08:00:00Z', '2026-11-25T12:00:00Z', '2026-11-25T20:00:00Z']) {
      expect(await quota.tryTake(7, at(time))).toEqual({ ok: true });
    }
    expect(await quota.tryTake(7, at('2026-11-25T23:59:59Z'))).toEqual({ ok: false, window: 'day', limit: 3, retryAt: at('2026-11-26T00:00:00Z') });
    // A refusal is not counted: the day stays at three.
    expect(await quota.tryTake(7, at('2026-11-25T23:59:59.500Z'))).toMatchObject({ ok: false, window: 'day' });
    expect(await quota.tryTake(7, at('2026-11-26T00:00:00Z'))).toEqual({ ok: true });
    expect(await quota.tryTake(8, at('2026-11-25T23:59:59Z'))).toEqual({ ok: true }); // per person
  });

  it('allows perMinute in any 60 seconds, and says when the oldest of them is a minute old', async () => {
    const { quota } = await quotaWith({ perDay: 50, perMinute: 2 });
    const start = at('2026-11-25T08:00:00Z');
    expect(await quota.tryTake(7, start)).toEqual({ ok: true });
    expect(await quota.tryTake(7, start + 10 * SECOND)).toEqual({ ok: true });
    expect(await quota.tryTake(7, start + 20 * SECOND)).toEqual({ ok: false, window: 'minute', limit: 2, retryAt: start + 60 * SECOND });
    expect(await quota.tryTake(7, start + 59 * SECOND)).toMatchObject({ ok: false, retryAt: start + 60 * SECOND });
    expect(await quota.tryTake(7, start + 60 * SECOND)).toEqual({ ok: true });
    // Now the takes at 0:10 and 1:00 are the last two: the next fits at 1:10.
    expect(await quota.tryTake(7, start + 61 * SECOND)).toEqual({ ok: false, window: 'minute', limit: 2, retryAt: start + 70 * SECOND });
  });

  it('names the limit that lasts longer when both say no', async () => {
    const { quota } = await quotaWith({ perDay: 2, perMinute: 2 });
    const now = at('2026-11-25T08:00:00Z');
    await quota.tryTake(7, now);
    await quota.tryTake(7, now + SECOND);
    expect(await quota.tryTake(7, now + 2 * SECOND)).toEqual({ ok: false, window: 'day', limit: 2, retryAt: at('2026-11-26T00:00:00Z') });
  });

  it('gives back a take no summary came of, to the day and to the minute', async () => {
    const { quota } = await quotaWith({ perDay: 2, perMinute: 2 });
    const now = at('2026-11-25T08:00:00Z');
    await quota.tryTake(7, now);
    await quota.tryTake(7, now + SECOND);
    expect(await quota.tryTake(7, now + 2 * SECOND)).toMatchObject({ ok: false });
    await quota.giveBack(7, now + SECOND);
    expect(await quota.tryTake(7, now + 3 * SECOND)).toEqual({ ok: true });
    expect(await quota.tryTake(7, now + 4 * SECOND)).toMatchObject({ ok: false, window: 'day' });
    // A take of yesterday is not given back to today.
    await quota.giveBack(7, at('2026-11-24T23:59:00Z'));
    expect(await quota.tryTake(7, now + 5 * SECOND)).toMatchObject({ ok: false, window: 'day' });
  });

  it('never limits or counts exempt people (admins)', async () => {
    const { quota, store } = await quotaWith({ perDay: 1, perMinute: 1 }, { exemptUserIds: [42] });
    for (let index = 0; index < 20; index++) expect(await quota.tryTake(42, at('2026-11-25T08:00:00Z') + index)).toEqual({ ok: true });
    await quota.giveBack(42, at('2026-11-25T08:00:00Z'));
    expect(await store.get('quota:summaries:42')).toBeUndefined();
  });

  it('lets exactly perMinute through when many arrive at once', async () => {
    const { quota } = await quotaWith({ perDay: 50, perMinute: 5 });
    const now = at('2026-11-25T08:00:00Z');
    const decisions = await Promise.all(Array.from({ length: 12 }, () => quota.tryTake(7, now)));
    expect(decisions.filter((decision) => decision.ok)).toHaveLength(5);
  });

  it('keeps counting across a restart on the same store', async () => {
    const { quota, store } = await quotaWith({ perDay: 2, perMinute: 10 });
    await quota.tryTake(7, at('2026-11-25T08:00:00Z'));
    await quota.tryTake(7, at('2026-11-25T09:00:00Z'));
    const { quota: restarted } = await quotaWith({ perDay: 2, perMinute: 10 }, { store });
    expect(await restarted.tryTake(7, at('2026-11-25T10:00:00Z'))).toMatchObject({ ok: false, window: 'day' });
  });

  it('surfaces a store that fails instead of reading it as no usage', async () => {
    const broken = await openStore('memory://');
    const failure = new StoreError('the store is down', { code: 'unavailable', operation: 'get' });
    const { quota } = await quotaWith({ perDay: 50, perMinute: 5 }, { store: { ...broken, get: () => Promise.reject(failure) } });
    await expect(quota.tryTake(7, at('2026-11-25T08:00:00Z'))).rejects.toBe(failure);

    const refusingWrites = { ...broken, set: () => Promise.reject(failure) };
    const { quota: cannotWrite } = await quotaWith({ perDay: 50, perMinute: 5 }, { store: refusingWrites });
    await expect(cannotWrite.tryTake(7, at('2026-11-25T08:00:00Z'))).rejects.toBe(failure);
  });

  it('refuses a malformed record with an error naming it', async () => {
    const { quota, store } = await quotaWith({ perDay: 50, perMinute: 5 });
    await store.set('quota:summaries:7', { day: 'today', count: -1 });
    await expect(quota.tryTake(7, at('2026-11-25T08:00:00Z'))).rejects.toThrow(/^malformed record read back from quota:summaries:7:/);
    await expect(quota.tryTake(7, at('2026-11-25T08:00:00Z'))).rejects.toBeInstanceOf(StoreError);
  });
});
