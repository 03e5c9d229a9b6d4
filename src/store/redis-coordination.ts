import { randomUUID } from 'node:crypto';
import type { Coordination } from './coordination.js';
import { guardStoreCall } from './key-value-store.js';

/** The Redis commands coordination needs, as node-redis 5 spells them. */
export interface RedisScripting {
  set(key: string, value: string, options: { NX: true; PX: number }): Promise<unknown>;
  eval(script: string, options: { keys: string[]; arguments: string[] }): Promise<unknown>;
}

export interface RedisCoordinationDependencies {
  /** The store's connected client: the same connection and database as everything else. */
  client: () => Promise<RedisScripting>;
  /** Where a coordination key lives in Redis, beside the store's own keys. */
  redisKeyOf: (key: string) => string;
  timeoutMs: number;
  /** Waits between attempts at a send slot; real time, whatever clock the caller paces on. */
  sleep?: (ms: number) => Promise<void>;
}

/** Deletes the lease only if it still holds this holder's token. */
const RELEASE = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) else return 0 end`;
/** Resets the lease's time to live only if it still holds this holder's token. */
const EXTEND = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) else return 0 end`;
/**
 * A sliding window of sends on the Redis server's clock (every instance reads the same one): the sends
 * of the last ARGV[2] ms are a sorted set by time; one more is recorded if there are fewer than ARGV[1],
 * and 0 returned; else the ms until the oldest leaves the window.
 */
const TAKE_SLOT = `
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local window = tonumber(ARGV[2])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
if redis.call('ZCARD', KEYS[1]) < tonumber(ARGV[1]) then
  redis.call('ZADD', KEYS[1], now, ARGV[3])
  redis.call('PEXPIRE', KEYS[1], window)
  return 0
end
local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
return math.max(1, tonumber(oldest[2]) + window - now + 1)`;

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Coordination across every instance on one Redis: see `Coordination`. */
export function createRedisCoordination({ client, redisKeyOf, timeoutMs, sleep = realSleep }: RedisCoordinationDependencies): Coordination {
  const leaseKey = (key: string) => redisKeyOf(`lease:${key}`);
  return {
    acrossProcesses: true,
    tryLease: (key, ttlMs) =>
      guardStoreCall('setIfAbsent', `lease:${key}`, timeoutMs, async () => {
        const token = randomUUID();
        const redis = await client();
        if ((await redis.set(leaseKey(key), token, { NX: true, PX: ttlMs })) !== 'OK') return undefined;
        return {
          key,
          extend: (ttl: number) =>
            guardStoreCall('set', `lease:${key}`, timeoutMs, async () => {
              return (await (await client()).eval(EXTEND, { keys: [leaseKey(key)], arguments: [token, String(ttl)] })) === 1;
            }),
          release: () =>
            guardStoreCall('delete', `lease:${key}`, timeoutMs, async () => {
              await (await client()).eval(RELEASE, { keys: [leaseKey(key)], arguments: [token] });
            }),
        };
      }),
    async takeSendSlot(key, limit, windowMs) {
      for (;;) {
        const wait = await guardStoreCall('set', `slots:${key}`, timeoutMs, async () =>
          Number(await (await client()).eval(TAKE_SLOT, { keys: [redisKeyOf(`slots:${key}`)], arguments: [String(limit), String(windowMs), randomUUID()] })),
        );
        if (wait <= 0) return;
        await sleep(wait);
      }
    },
  };
}
