import { z } from 'zod';
import { createKeyedLock, type KeyedLock } from './keyed-lock.js';
import type { KeyValueStore } from './key-value-store.js';
import { parseRecord } from './records.js';

/**
 * The few operations that must be atomic in the store itself, not read-modify-write in the bot: keyv has
 * none of its own. Two implementations, chosen once by `openStore` for the backend:
 * - in-process (SQLite, memory): a keyed lock around read-modify-write, exact while one process owns the store,
 *   which is what the SQLite default is;
 * - Redis: `SET … NX PX` and `HINCRBY`, exact across any number of processes.
 */
export interface AtomicOps {
  /**
   * Writes `value` at `key` unless a live value is already there; true when this call wrote it. The value
   * reads back through the store's `get` like any other.
   */
  setIfAbsent(key: string, value: unknown, ttlMs?: number): Promise<boolean>;
  /**
   * Adds each amount (a safe integer) to its counter among the counters kept at `key`; missing counters start at 0.
   * With `ttlMs`, the counters are forgotten that long after this addition (a day's counters, say); without, kept.
   */
  addToCounters(key: string, amounts: Readonly<Record<string, number>>, ttlMs?: number): Promise<void>;
  /** The counters kept at `key`; `{}` when there are none. */
  readCounters(key: string): Promise<Record<string, number>>;
}

export const countersSchema = z.record(z.string(), z.number());

/** Counters only ever hold whole numbers (HINCRBY's rule, kept on every backend alike). */
export function checkAmounts(amounts: Readonly<Record<string, number>>): void {
  for (const [name, amount] of Object.entries(amounts)) {
    if (!Number.isSafeInteger(amount)) throw new RangeError(`counter ${name}: ${amount} is not a whole number`);
  }
}

/**
 * Atomic while every writer of these keys is this process: the lock is this object's own, and the keys it
 * serves (delivery claims, counters) are written by nothing else. Counters are one record at `key`, the same
 * shape `stats:totals` always had, so an existing SQLite file keeps its totals.
 */
export function createInProcessAtomicOps({ store, lock = createKeyedLock() }: { store: KeyValueStore; lock?: KeyedLock }): AtomicOps {
  const readCounters = async (key: string) => {
    const value = await store.get(key);
    return value === undefined ? {} : parseRecord(countersSchema, value, key);
  };
  return {
    setIfAbsent: (key, value, ttlMs) =>
      lock.run(key, async () => {
        if ((await store.get(key)) !== undefined) return false;
        await store.set(key, value, ttlMs);
        return true;
      }),
    addToCounters: async (key, amounts, ttlMs) => {
      checkAmounts(amounts);
      await lock.run(key, async () => {
        const counters = await readCounters(key);
        for (const [name, amount] of Object.entries(amounts)) counters[name] = (counters[name] ?? 0) + amount;
        await store.set(key, counters, ttlMs);
      });
    },
    readCounters,
  };
}
