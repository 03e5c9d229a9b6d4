import { utcDay, type Clock } from '../core/clock.js';
import type { KeyValueStore } from './open-store.js';
import { StoreError } from './open-store.js';

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

/**
 * Kept in memory for the current day and written through on every call: the bot
 * is one process per store, and a restart picks up where the day stood.
 */
export function createTokenBudget({ store, clock, dailyLimit }: { store: KeyValueStore; clock: Clock; dailyLimit: number | undefined }): TokenBudget {
  let day: string | undefined;
  let spent = 0;
  const key = (forDay: string) => `budget:tokens:${forDay}`;

  async function current(): Promise<number> {
    const today = utcDay(clock.now());
    if (day !== today) {
      const stored = await store.get<unknown>(key(today));
      if (stored !== undefined && (typeof stored !== 'number' || !Number.isFinite(stored))) {
        throw new StoreError(`malformed token budget record ${key(today)}: ${JSON.stringify(stored)}`);
      }
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
      await store.set(key(day ?? utcDay(clock.now())), spent, DAY_RECORD_TTL_MS);
    },
  };
}
