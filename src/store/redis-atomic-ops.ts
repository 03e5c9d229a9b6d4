import { checkAmounts, type AtomicOps } from './atomic-ops.js';
import { guardStoreCall } from './key-value-store.js';
import { StoreError, keyNamespace } from './store-error.js';

/** The few Redis commands used here, as node-redis 5 spells them. */
export interface RedisCommands {
  set(key: string, value: string, options: { NX: true; PX?: number }): Promise<unknown>;
  hGetAll(key: string): Promise<Record<string, string>>;
  multi(): { hIncrBy(key: string, field: string, increment: number): unknown; pExpire(key: string, milliseconds: number): unknown; exec(): Promise<unknown> };
}

export interface RedisAtomicOpsDependencies {
  /** The connected client of the store's own keyv adapter: the same connection, the same database. */
  client: () => Promise<RedisCommands>;
  /** The Redis key keyv uses for a store key (its namespace prefixes), so a claimed value reads back through keyv. */
  redisKeyOf: (key: string) => string;
  /** keyv's serializer: a claim is written in the very format keyv reads. */
  serialize: (data: { value: unknown; expires: number | undefined }) => string | Promise<string>;
  timeoutMs: number;
  now?: () => number;
}

/**
 * Atomic operations in Redis itself, exact across any number of bot processes on one Redis:
 * a claim is one `SET key value NX PX ttl`; counters are a hash, added to with `HINCRBY` in one MULTI,
 * kept at their own Redis key (`<keyv key of "counters:<key>">`), away from keyv's string values.
 */
export function createRedisAtomicOps({ client, redisKeyOf, serialize, timeoutMs, now = Date.now }: RedisAtomicOpsDependencies): AtomicOps {
  const countersKey = (key: string) => redisKeyOf(`counters:${key}`);
  return {
    setIfAbsent: (key, value, ttlMs) =>
      guardStoreCall('setIfAbsent', key, timeoutMs, async () => {
        const serialized = await serialize({ value, expires: ttlMs === undefined ? undefined : now() + ttlMs });
        const redis = await client();
        const reply = await redis.set(redisKeyOf(key), serialized, ttlMs === undefined ? { NX: true } : { NX: true, PX: ttlMs });
        return reply === 'OK';
      }),
    addToCounters: async (key, amounts, ttlMs) => {
      checkAmounts(amounts);
      const entries = Object.entries(amounts).filter(([, amount]) => amount !== 0);
      if (entries.length === 0) return;
      await guardStoreCall('addToCounters', key, timeoutMs, async () => {
        const transaction = (await client()).multi();
        for (const [name, amount] of entries) transaction.hIncrBy(countersKey(key), name, amount);
        if (ttlMs !== undefined) transaction.pExpire(countersKey(key), ttlMs);
        await transaction.exec();
      });
    },
    readCounters: (key) =>
      guardStoreCall('readCounters', key, timeoutMs, async () => {
        const hash = await (await client()).hGetAll(countersKey(key));
        const counters: Record<string, number> = {};
        for (const [name, text] of Object.entries(hash)) {
          const count = Number(text);
          if (!Number.isSafeInteger(count)) {
            throw new StoreError(`malformed counter ${name} read back: ${JSON.stringify(text)}`, { code: 'malformed', operation: 'readCounters', namespace: keyNamespace(key) });
          }
          counters[name] = count;
        }
        return counters;
      }),
  };
}
