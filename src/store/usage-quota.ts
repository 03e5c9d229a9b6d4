import { z } from 'zod';
import { utcDay } from '../core/clock.js';
import type { KeyValueStore } from './key-value-store.js';
import type { KeyedLock } from './keyed-lock.js';
import { defineRecord, readRecord, writeRecord } from './records.js';

/** The answer to "may this person have one more new summary now?". */
export type QuotaDecision =
  | { ok: true }
  | {
      ok: false;
      /** The first moment (ms since epoch) one more is allowed again. */
      retryAt: number;
      /** Which limit said no; when both do, the one that lasts longer. */
      window: 'day' | 'minute';
      /** That window's limit, for telling the person. */
      limit: number;
    };

/**
 * Fair use of new summaries, per person (Telegram user id): at most `perDay` a UTC day and
 * `perMinute` in any 60 seconds. Only new summaries are counted; the caller asks after it
 * has found nothing in the cache and before it fetches or calls the LLM.
 */
export interface UsageQuota {
  readonly limits: UsageQuotaLimits;
  /**
   * Counts one new summary for `userId` at `now` when the limits allow it; counts nothing
   * when they do not. Exempt people are always allowed and never counted. A store failure
   * or a malformed record rejects: it is never read as "no usage".
   */
  tryTake(userId: number, now: number): Promise<QuotaDecision>;
  /**
   * Gives back what `tryTake(userId, takenAt)` counted, when no summary came of it (the page could
   * not be read): a failed link does not use up the person's day. Counts nothing back for a day
   * already over.
   */
  giveBack(userId: number, takenAt: number): Promise<void>;
}

export interface UsageQuotaLimits {
  /** New summaries a person may have per UTC day (USER_SUMMARIES_PER_DAY, default 50). */
  perDay: number;
  /** New summaries a person may have in any 60 seconds (USER_SUMMARIES_PER_MINUTE, default 5). */
  perMinute: number;
}

export interface UsageQuotaDependencies {
  store: KeyValueStore;
  /** Serializes the read-modify-write of one person's record (one process per store). */
  lock: KeyedLock;
  limits: UsageQuotaLimits;
  /** Never limited, never counted: the bot's admins (ADMIN_IDS). */
  exemptUserIds: readonly number[];
}

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

/**
 * One record per person: the UTC day it counts and that day's count, and the times of
 * the latest takes (at most `perMinute` of them) for the sliding minute.
 */
const usageRecordSchema = z.object({
  day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  count: z.number().int().nonnegative(),
  recent: z.array(z.number().finite()),
});
type UsageRecord = z.infer<typeof usageRecordSchema>;

/** `quota:summaries:<userId>`, version 1. */
const usageRecords = defineRecord('quota:summaries', 1, usageRecordSchema);

const nextUtcMidnight = (ms: number) => (Math.floor(ms / DAY_MS) + 1) * DAY_MS;

export function createUsageQuota({ store, lock, limits, exemptUserIds }: UsageQuotaDependencies): UsageQuota {
  const exempt = new Set(exemptUserIds);

  const read = (userId: number) => readRecord(store, usageRecords, userId);

  /** Kept until the record's day is over, and a minute longer for takes just before midnight. */
  const write = (userId: number, record: UsageRecord, at: number) => writeRecord(store, usageRecords, userId, record, nextUtcMidnight(at) - at + MINUTE_MS);

  return {
    limits,
    async tryTake(userId, now) {
      if (exempt.has(userId)) return { ok: true };
      return lock.run(usageRecords.key(userId), async () => {
        const stored = await read(userId);
        const today = utcDay(now);
        // The record says which day it counts: the store's own expiry runs on its clock and may lag.
        const count = stored?.day === today ? stored.count : 0;
        const recent = (stored?.recent ?? []).filter((at) => at > now - MINUTE_MS).sort((a, b) => a - b);

        const refusals: Array<Extract<QuotaDecision, { ok: false }>> = [];
        if (count >= limits.perDay) refusals.push({ ok: false, window: 'day', limit: limits.perDay, retryAt: nextUtcMidnight(now) });
        if (recent.length >= limits.perMinute) {
          // One more fits once the oldest of the last `perMinute` takes is a minute old.
          const oldest = recent[recent.length - limits.perMinute] ?? now;
          refusals.push({ ok: false, window: 'minute', limit: limits.perMinute, retryAt: oldest + MINUTE_MS });
        }
        const refusal = refusals.sort((a, b) => b.retryAt - a.retryAt)[0];
        if (refusal) return refusal;

        await write(userId, { day: today, count: count + 1, recent: [...recent, now].slice(-limits.perMinute) }, now);
        return { ok: true };
      });
    },
    async giveBack(userId, takenAt) {
      if (exempt.has(userId)) return;
      await lock.run(usageRecords.key(userId), async () => {
        const stored = await read(userId);
        if (!stored || stored.day !== utcDay(takenAt)) return;
        const index = stored.recent.indexOf(takenAt);
        const recent = index === -1 ? stored.recent : [...stored.recent.slice(0, index), ...stored.recent.slice(index + 1)];
        await write(userId, { day: stored.day, count: Math.max(0, stored.count - 1), recent }, takenAt);
      });
    },
  };
}
