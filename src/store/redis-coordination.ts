import { systemClock } from '../core/clock.js';
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
 * Even spacing of sends across every instance, on the Redis server's clock (all instances read the same
 * one): the key holds the time the next send may go (a "theoretical arrival time"); each caller reserves
 * the later of now and that time, moves it on by ARGV[1] ms, and gets back how long to wait for its slot.
 * Spacing, not a window that refills: a window of 25 per second lets 25 go at once and 25 more a second
 * later, which a receiver counting any second may see as more than 25.
 */
const RESERVE_SLOT = `
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + tonumber(time[2]) / 1000
local interval = tonumber(ARGV[1])
local next = tonumber(redis.call('GET', KEYS[1]) or '0')
local at = math.max(now, next)
redis.call('SET', KEYS[1], tostring(at + interval), 'PX', math.ceil(at + interval - now) + 1000)
return tostring(at - now)`;

/**
 * How unevenly evenly spaced sends may arrive and still be at most `limit` in any window: slots are spaced
 * `(windowMs + this) / limit` apart, so the first and the (limit+1)th of any run are a window and this much
 * apart when they leave, and stay a window apart at the receiver even when the first is this much later on
 * its way than the other (a busy event loop, a slow hop, the receiver's own queue). 40 ms keeps 96% of the
 * configured rate at a one-second window; the 3% margin before it (a 30 ms budget) was seen to let 31
 * through in one second out of a 30-a-second fan-out on two instances sharing two CPUs.
 */
const ARRIVAL_JITTER_BUDGET_MS = 40;

/** Coordination across every instance on one Redis: see `Coordination`. */
export function createRedisCoordination({ client, redisKeyOf, timeoutMs, sleep = systemClock.sleep }: RedisCoordinationDependencies): Coordination {
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
      const interval = (windowMs + ARRIVAL_JITTER_BUDGET_MS) / limit;
      for (;;) {
        const wait = await guardStoreCall('set', `slots:${key}`, timeoutMs, async () =>
          Number(await (await client()).eval(RESERVE_SLOT, { keys: [redisKeyOf(`slots:${key}`)], arguments: [String(interval)] })),
        );
        const slotAt = Date.now() + wait;
        if (wait > 0) await sleep(wait);
        // Woken late (a busy event loop), the message would go out close behind the next slot's: that slot is
        // given up and a new one taken, so lateness costs this instance time, never the bot its rate.
        if (Date.now() - slotAt <= interval / 2) return;
      }
    },
  };
}
