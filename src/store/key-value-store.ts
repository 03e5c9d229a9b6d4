import type Keyv from 'keyv';
import { createInProcessAtomicOps, type AtomicOps } from './atomic-ops.js';
import { createInProcessCoordination, type Coordination } from './coordination.js';
import { StoreError, keyNamespace, type StoreOperation } from './store-error.js';

/**
 * The one key-value store everything lives in. Feature stores (summary cache, stats, subscriptions…)
 * take it and keep to their own key prefixes, so a single SQLite file or Redis database holds the whole bot.
 *
 * Values come back as `unknown`: whoever reads one validates it (see records.ts). Every method either
 * answers or rejects with a `StoreError`: `undefined` means "no such key" and nothing else.
 */
export interface KeyValueStore {
  get(key: string): Promise<unknown>;
  /** Values in the order of `keys`; undefined where missing. One round trip where the backend allows. */
  getMany(keys: readonly string[]): Promise<unknown[]>;
  /** Resolves once the backend has the value; a write it refused rejects. */
  set(key: string, value: unknown, ttlMs?: number): Promise<void>;
  delete(key: string): Promise<boolean>;
  close(): Promise<void>;
}

/** The store with its atomic operations and coordination, chosen for its backend when it was opened. */
export interface Store extends KeyValueStore {
  readonly atomic: AtomicOps;
  readonly coordination: Coordination;
}

/** How long one store call may take before it fails with a `timeout` StoreError (SQLite waits up to 10 s on a lock). */
export const DEFAULT_STORE_TIMEOUT_MS = 15_000;

export interface KeyvStoreOptions {
  /** Per call; default `DEFAULT_STORE_TIMEOUT_MS`. */
  timeoutMs?: number;
  /** Default: in-process atomic operations over this store (one process per store). */
  atomic?: (store: KeyValueStore) => AtomicOps;
  /** Default: in-process leases and no shared send limit (one process per store). */
  coordination?: Coordination;
}

/**
 * Runs one store call with a time-out, turning whatever goes wrong into a StoreError that names the
 * operation and the key's namespace and keeps the backend's error as its cause.
 */
export async function guardStoreCall<Result>(operation: StoreOperation, key: string | undefined, timeoutMs: number, call: () => Promise<Result>): Promise<Result> {
  const namespace = key === undefined ? undefined : keyNamespace(key);
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const outcome = operation === 'get' || operation === 'getMany' || operation === 'readCounters' ? '' : '; whether it took effect is unknown';
      reject(new StoreError(`store ${operation}${namespace ? ` on ${namespace}` : ''} got no answer within ${timeoutMs} ms${outcome}`, { code: 'timeout', operation, namespace }));
    }, timeoutMs);
  });
  try {
    return await Promise.race([call(), timedOut]);
  } catch (error) {
    if (error instanceof StoreError) throw error;
    throw new StoreError(`store ${operation}${namespace ? ` on ${namespace}` : ''} failed: ${describeCause(error)}`, { code: 'unavailable', operation, namespace, cause: error });
  } finally {
    clearTimeout(timer);
  }
}

function describeCause(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return typeof error === 'string' ? error : 'unknown error';
}

/**
 * The store over a keyv instance. keyv 5 on its own turns a failed read into `undefined` and a failed
 * write into `false`; here `throwOnErrors` is switched on, every call has a time-out, and every failure
 * becomes a StoreError, so a hiccup can never look like a new subscriber.
 */
export function createKeyvStore(keyv: Keyv, { timeoutMs = DEFAULT_STORE_TIMEOUT_MS, atomic, coordination }: KeyvStoreOptions = {}): Store {
  keyv.throwOnErrors = true;
  // keyv's getMany over an adapter without one of its own (the in-memory Map) uses Promise.allSettled and
  // turns a failed read into undefined; reading key by key keeps failures failures.
  const adapterHasGetMany = typeof (keyv.store as { getMany?: unknown }).getMany === 'function';
  const store: KeyValueStore = {
    get: (key) => guardStoreCall('get', key, timeoutMs, async () => (await keyv.get<unknown>(key)) ?? undefined),
    getMany: (keys) =>
      keys.length === 0
        ? Promise.resolve([])
        : guardStoreCall('getMany', keys[0], timeoutMs, async () => {
            const values = adapterHasGetMany ? await keyv.getMany<unknown>([...keys]) : await Promise.all(keys.map((key) => keyv.get<unknown>(key)));
            return values.map((value) => value ?? undefined);
          }),
    set: (key, value, ttlMs) =>
      guardStoreCall('set', key, timeoutMs, async () => {
        if (!(await keyv.set(key, value, ttlMs))) throw new Error('the backend did not confirm the write');
      }),
    delete: (key) => guardStoreCall('delete', key, timeoutMs, () => keyv.delete(key)),
    close: () => guardStoreCall('close', undefined, timeoutMs, () => keyv.disconnect()),
  };
  return {
    ...store,
    atomic: (atomic ?? ((plain) => createInProcessAtomicOps({ store: plain })))(store),
    coordination: coordination ?? createInProcessCoordination(),
  };
}
