import { z } from 'zod';
import { utcDay, type Clock } from '../core/clock.js';
import type { Store } from './key-value-store.js';
import { defineRecord, readRecord } from './records.js';

/**
 * The bot's LLM spend per UTC day, against `LLM_DAILY_TOKEN_BUDGET`. Once the
 * day's tokens are spent, summaries fall back to the labelled extractive one and
 * digests show headlines with the source's own snippet, until the next UTC day.
 */
export interface TokenBudget {
  /** Tokens a day; undefined means no limit. */
  readonly dailyLimit: number | undefined;
  /** Tokens spent so far in the current UTC day. */
  spentToday(): Promise<number>;
  /** True once today's tokens reach the limit; never true without one. */
  isSpent(): Promise<boolean>;
  /** Adds tokens an LLM call used (prompt and completion). */
  record(tokens: number): Promise<void>;
}

const DAY_TTL_MS = 3 * 24 * 3_600_000;

/** The counters at `budget:spent:<YYYY-MM-DD>`, counter `tokens`: the tokens spent that UTC day, added to atomically. */
const spentKey = (day: string) => `budget:spent:${day}`;

/**
 * `budget:tokens:<YYYY-MM-DD>`: where a day's tokens were kept before they were counters, written whole by one
 * process. Still read (once per day and process), so the day a deploy brings the counters in keeps what it had spent.
 */
const legacyDayRecords = defineRecord('budget:tokens', 1, z.number().finite().nonnegative());

/**
 * Every instance on one store counts against one budget: the day's tokens are a counter the store adds to
 * (HINCRBY on Redis), read back on every check. Kept in each process's memory, as they once were, two instances
 * would each count only their own spend and write it over the other's.
 */
export function createTokenBudget({ store, clock, dailyLimit }: { store: Store; clock: Clock; dailyLimit: number | undefined }): TokenBudget {
  let legacy: { day: string; tokens: Promise<number> } | undefined;
  const legacyTokens = (day: string) => {
    if (legacy?.day !== day) {
      const tokens = readRecord(store, legacyDayRecords, day).then((stored) => stored ?? 0);
      // A failed read rejects the check that awaits it, and is tried again on the next, not kept as the day's answer.
      tokens.catch(() => {
        if (legacy?.tokens === tokens) legacy = undefined;
      });
      legacy = { day, tokens };
    }
    return legacy.tokens;
  };

  async function spentToday(): Promise<number> {
    const today = utcDay(clock.now());
    const [counters, before] = await Promise.all([store.atomic.readCounters(spentKey(today)), legacyTokens(today)]);
    return (counters.tokens ?? 0) + before;
  }

  return {
    dailyLimit,
    spentToday,
    async isSpent() {
      if (dailyLimit === undefined) return false;
      return (await spentToday()) >= dailyLimit;
    },
    async record(tokens) {
      if (tokens <= 0) return;
      // Counters hold whole numbers; token counts are whole already, rounding only guards a fractional report.
      await store.atomic.addToCounters(spentKey(utcDay(clock.now())), { tokens: Math.round(tokens) }, DAY_TTL_MS);
    },
  };
}
