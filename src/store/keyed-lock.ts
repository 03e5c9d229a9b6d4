import { systemClock } from '../core/clock.js';
import { withLease, type Coordination } from './coordination.js';
import { keyNamespace, StoreError } from './store-error.js';

/**
 * Runs read-modify-write steps on one key one at a time, so two button presses
 * at once never lose an update. `createKeyedLock` does it within one process (the
 * SQLite default: one process per store); `createSharedKeyedLock` across every
 * instance on one Redis.
 */
export interface KeyedLock {
  run<Result>(key: string, step: () => Promise<Result>): Promise<Result>;
}

export function createKeyedLock(): KeyedLock {
  const tails = new Map<string, Promise<unknown>>();
  return {
    run(key, step) {
      const previous = tails.get(key) ?? Promise.resolve();
      const result = previous.then(step, step);
      const tail = result.catch(() => undefined);
      tails.set(key, tail);
      void tail.then(() => {
        if (tails.get(key) === tail) tails.delete(key);
      });
      return result;
    },
  };
}

/** How long an instance holds a record's lock unrenewed: a read-modify-write is two store calls; renewed while it runs. */
const RECORD_LEASE_MS = 10_000;
/** How long a step waits for a record another instance holds before it fails as a store time-out. */
const RECORD_WAIT_MS = 15_000;
/** The first wait between attempts; it doubles up to MAX_RETRY_MS, with jitter so two waiting instances do not knock together. */
const FIRST_RETRY_MS = 5;
const MAX_RETRY_MS = 200;

export interface SharedKeyedLockDependencies {
  /** The store's coordination: a lease on `record:<key>` is the lock. */
  coordination: Pick<Coordination, 'tryLease'>;
  /** Told when a lock could not be renewed while its step ran (the step goes on; another instance may take the record meanwhile). */
  onLockLost: (error: unknown, namespace: string) => void;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  random?: () => number;
}

/**
 * A keyed lock across instances: the step runs under a lease on the record's key, taken in the store that
 * every instance shares. Without it, two instances adding an article to the same hour's index, or moving two
 * people into the same minute's digest schedule, would each write their own list over the other's, and one
 * entry would be lost without a trace. This process's own steps on a key queue here first, so only one of them
 * at a time asks the store. A record that stays locked longer than RECORD_WAIT_MS fails with a `timeout`
 * StoreError (the person is told to try again in a minute).
 */
export function createSharedKeyedLock({ coordination, onLockLost, sleep = systemClock.sleep, now = Date.now, random = Math.random }: SharedKeyedLockDependencies): KeyedLock {
  const local = createKeyedLock();
  return {
    run(key, step) {
      return local.run(key, async () => {
        const deadline = now() + RECORD_WAIT_MS;
        for (let wait = FIRST_RETRY_MS; ; wait = Math.min(wait * 2, MAX_RETRY_MS)) {
          const attempt = await withLease(coordination, `record:${key}`, RECORD_LEASE_MS, step, (error) => onLockLost(error, keyNamespace(key)));
          if (attempt.ran) return attempt.result;
          if (now() >= deadline) {
            throw new StoreError(`another instance held a ${keyNamespace(key)} record for more than ${RECORD_WAIT_MS / 1000} s`, {
              code: 'timeout',
              operation: 'lock',
              namespace: keyNamespace(key),
            });
          }
          await sleep(wait * (0.5 + random()));
        }
      });
    },
  };
}

/** The lock for the store's records: in-process alone (SQLite, memory), shared when instances share the store (Redis). */
export function createRecordLock(coordination: Coordination, onLockLost: SharedKeyedLockDependencies['onLockLost']): KeyedLock {
  return coordination.acrossProcesses ? createSharedKeyedLock({ coordination, onLockLost }) : createKeyedLock();
}
