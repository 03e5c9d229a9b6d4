import { z } from 'zod';
import { utcDay, type Clock } from '../core/clock.js';
import type { KeyValueStore } from './key-value-store.js';
import { defineRecord, readRecord, writeRecord } from './records.js';

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

const DAY_RECORD_TTL_MS = 3 * 24 * 3_600_000;

/** `budget:tokens:<YYYY-MM-DD>`: the tokens spent that UTC day. */
const dayRecords = defineRecord('budget:tokens', 1, z.number().finite().nonnegative());

/**
 * Kept in memory for the current day and written through on every call: the bot
 * is one process per store, and a restart picks up where the day stood.
 */
export function createTokenBudget({ store, clock, dailyLimit }: { store: KeyValueStore; clock: Clock; dailyLimit: number | undefined }): TokenBudget {
  let day: string | undefined;
  let spent = 0;

  async function current(): Promise<number> {
    const today = utcDay(clock.now());
    if (day !== today) {
      const stored = await readRecord(store, dayRecords, today);
      day = today;
      spent = stored ?? 0;
    }
    return spent;
  }

  return {
    dailyLimit,
    spentToday: current,
    async isSpent() {
      if (dailyLimit === undefined) return false;
      return (await current()) >= dailyLimit;
    },
    async record(tokens) {
      if (tokens <= 0) return;
      await current();
      spent += tokens;
      await writeRecord(store, dayRecords, day ?? utcDay(clock.now()), spent, DAY_RECORD_TTL_MS);
    },
  };
}
