import { randomUUID } from 'node:crypto';

/**
 * What several instances on one store must agree on that a key-value store cannot say: who is doing
 * something right now (a lease), and how many messages the bot as a whole may send (shared send slots).
 * Chosen once by `openStore` for the backend:
 * - in-process (SQLite, memory): one process owns the store, so a lease is a map entry and the outbound
 *   queue's own pacing is the whole rate limit;
 * - Redis: a lease is `SET key token NX PX ttl`, released and extended only by its holder (compare-and-delete,
 *   compare-and-expire, each one Lua script); send slots are evenly spaced reservations on the Redis server's clock.
 */
export interface Coordination {
  /** Takes the lease on `key` for `ttlMs` unless someone holds it; undefined when someone does. */
  tryLease(key: string, ttlMs: number): Promise<Lease | undefined>;
  /**
   * Takes the next of `limit` sends per `windowMs` under `key` ("sends" for the whole bot): slots are evenly
   * spaced across every process, so no window of `windowMs` ever holds more than `limit`. Resolves when
   * the slot has come.
   */
  takeSendSlot(key: string, limit: number, windowMs: number): Promise<void>;
  /** True when other processes share it (Redis): leases and slots then matter; in one process they never refuse. */
  readonly acrossProcesses: boolean;
}

/** A held lease. Its holder extends it while the work runs and releases it when done; it lapses on its own if the holder dies. */
export interface Lease {
  readonly key: string;
  /** Resets the time to live; false when the lease has lapsed and may be someone else's now. */
  extend(ttlMs: number): Promise<boolean>;
  /** Gives the lease up, if it is still this holder's; never someone else's. */
  release(): Promise<void>;
}

/**
 * Runs `work` under the lease on `key`, extended every third of `ttlMs` while it runs; undefined (and
 * `work` not run) when someone else holds it. A lease that could not be extended is logged by `onLost`:
 * the work goes on, but another holder may start the same work.
 */
export async function withLease<Result>(
  coordination: Pick<Coordination, 'tryLease'>,
  key: string,
  ttlMs: number,
  work: () => Promise<Result>,
  onLost?: (error: unknown) => void,
): Promise<{ ran: true; result: Result } | { ran: false }> {
  const lease = await coordination.tryLease(key, ttlMs);
  if (!lease) return { ran: false };
  const keepAlive = setInterval(() => {
    lease.extend(ttlMs).then(
      (held) => held || onLost?.(new Error(`the lease on ${key} lapsed while its work ran`)),
      (error: unknown) => onLost?.(error),
    );
  }, Math.max(1, Math.floor(ttlMs / 3)));
  keepAlive.unref();
  try {
    return { ran: true, result: await work() };
  } finally {
    clearInterval(keepAlive);
    await lease.release();
  }
}

/** Leases in this process's memory; send slots unlimited (the outbound queue paces on its own). */
export function createInProcessCoordination({ now = Date.now }: { now?: () => number } = {}): Coordination {
  const held = new Map<string, { token: string; until: number }>();
  const holds = (key: string, token: string) => {
    const entry = held.get(key);
    return entry !== undefined && entry.token === token && entry.until > now();
  };
  return {
    acrossProcesses: false,
    async tryLease(key, ttlMs) {
      const current = held.get(key);
      if (current && current.until > now()) return undefined;
      const token = randomUUID();
      held.set(key, { token, until: now() + ttlMs });
      return {
        key,
        async extend(ttl) {
          if (!holds(key, token)) return false;
          held.set(key, { token, until: now() + ttl });
          return true;
        },
        async release() {
          if (held.get(key)?.token === token) held.delete(key);
        },
      };
    },
    async takeSendSlot() {},
  };
}
