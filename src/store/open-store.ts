import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import Keyv from 'keyv';
import { createKeyvStore, DEFAULT_STORE_TIMEOUT_MS, type Store } from './key-value-store.js';
import { createRedisAtomicOps, type RedisCommands } from './redis-atomic-ops.js';
import { createRedisCoordination, type RedisScripting } from './redis-coordination.js';
import { StoreError } from './store-error.js';

export type { KeyValueStore, Store } from './key-value-store.js';
export { StoreError, isStoreError } from './store-error.js';

export interface OpenStoreOptions {
  /** Told about every backend error as it happens (keyv's and the Redis client's `error` events), for the log. */
  onError?: (error: unknown) => void;
  /** Per store call; default 15 s (`DEFAULT_STORE_TIMEOUT_MS`). */
  timeoutMs?: number;
}

/** How long opening a Redis connection may take, at start (at most the per-call time-out) and on each reconnect. */
const REDIS_CONNECT_TIMEOUT_MS = 5_000;
/** Redis reconnects after a lost connection with a growing pause, at most this long, for as long as it takes. */
const REDIS_MAX_RECONNECT_PAUSE_MS = 2_000;

// keyv's own namespace prefix keeps our keys apart from anything else sharing a Redis database.
const NAMESPACE = 'newsdigest';

/**
 * Opens the store named by STORE_URL: `sqlite://path` (default; the folder is created), `redis://…`
 * (`rediss://` for TLS), or `memory://` (tests, throwaway runs). The Redis adapter is loaded only when used.
 *
 * PostgreSQL is not offered: @keyv/postgres 2.2.3 (the newest) was run against PostgreSQL 15 and a server
 * restart crashed the bot (its connection pool has no `error` listener and is out of reach), keys over 255
 * characters are refused (long article URLs), and a failed table creation is swallowed.
 *
 * A store that cannot be reached fails here, at start, not at the first subscriber.
 */
export async function openStore(storeUrl: string, { onError, timeoutMs = DEFAULT_STORE_TIMEOUT_MS }: OpenStoreOptions = {}): Promise<Store> {
  const scheme = storeUrl.slice(0, Math.max(0, storeUrl.indexOf(':')));
  try {
    switch (scheme) {
      case 'memory':
        return createKeyvStore(listen(new Keyv({ namespace: NAMESPACE }), onError), { timeoutMs });
      case 'sqlite': {
        const file = storeUrl.replace(/^sqlite:\/\//, '');
        if (file !== ':memory:') await mkdir(path.dirname(path.resolve(file)), { recursive: true });
        const { default: KeyvSqlite } = await import('@keyv/sqlite');
        const sqlite = new KeyvSqlite({ uri: `sqlite://${file}`, busyTimeout: 10_000 });
        // Write-ahead log, synced at checkpoints: each write stops costing an fsync (a morning's fan-out makes
        // several per subscriber), and a crash of the bot still loses nothing; only a power cut can take the last few.
        await sqlite.query('PRAGMA journal_mode = WAL');
        await sqlite.query('PRAGMA synchronous = NORMAL');
        return createKeyvStore(listen(new Keyv({ store: sqlite, namespace: NAMESPACE }), onError), { timeoutMs });
      }
      case 'redis':
      case 'rediss':
        return await openRedisStore(storeUrl, { onError, timeoutMs });
      case 'postgres':
      case 'postgresql':
        throw new StoreError('STORE_URL: postgres:// is not supported (it was not reliable against a real server); use sqlite:// or redis://', {
          code: 'unsupported',
          operation: 'open',
        });
      default:
        throw new StoreError(`unsupported STORE_URL scheme "${scheme}": use sqlite://, redis:// or memory://`, { code: 'unsupported', operation: 'open' });
    }
  } catch (error) {
    if (error instanceof StoreError) throw error;
    throw new StoreError(`could not open the store at ${redactCredentials(storeUrl)}`, { code: 'unavailable', operation: 'open', cause: error });
  }
}

async function openRedisStore(storeUrl: string, { onError, timeoutMs }: { onError: ((error: unknown) => void) | undefined; timeoutMs: number }): Promise<Store> {
  const { default: KeyvRedis } = await import('@keyv/redis');
  const adapter = new KeyvRedis(
    {
      url: storeUrl,
      // A command while the connection is down fails at once instead of waiting, unbounded, for a reconnect.
      disableOfflineQueue: true,
      socket: {
        connectTimeout: REDIS_CONNECT_TIMEOUT_MS,
        reconnectStrategy: (attempts: number) => Math.min(100 * 2 ** attempts, REDIS_MAX_RECONNECT_PAUSE_MS),
      },
    },
    // The adapter's defaults swallow a command Redis refused (out of memory: the write is lost, reported saved).
    { throwOnErrors: true, throwOnConnectError: true, connectionTimeout: Math.min(timeoutMs, REDIS_CONNECT_TIMEOUT_MS) },
  );
  const keyv = listen(new Keyv({ store: adapter, namespace: NAMESPACE }), onError);
  try {
    await adapter.getClient();
  } catch (error) {
    throw new StoreError(`could not connect to Redis at ${redactCredentials(storeUrl)}`, { code: 'unavailable', operation: 'open', cause: error });
  }
  const serialize = keyv.serialize;
  if (!serialize) throw new StoreError('keyv has no serializer', { code: 'unsupported', operation: 'open' });
  return createKeyvStore(keyv, {
    timeoutMs,
    atomic: () =>
      createRedisAtomicOps({
        client: async (): Promise<RedisCommands> => adapter.getClient(),
        // keyv prefixes its namespace ("newsdigest:key"), then the adapter its own ("newsdigest::newsdigest:key").
        redisKeyOf: (key) => adapter.createKeyPrefix(`${NAMESPACE}:${key}`, adapter.namespace),
        serialize: (data) => serialize(data),
        timeoutMs,
      }),
    coordination: createRedisCoordination({
      client: async (): Promise<RedisScripting> => adapter.getClient(),
      redisKeyOf: (key) => adapter.createKeyPrefix(`${NAMESPACE}:${key}`, adapter.namespace),
      timeoutMs,
    }),
  });
}

function listen(keyv: Keyv, onError: ((error: unknown) => void) | undefined): Keyv {
  // keyv emits every failure as an event as well as throwing it; the event is what reaches the log for
  // failures nobody awaits (the Redis client's lost connection and reconnect attempts).
  keyv.on('error', (error: unknown) => onError?.(error));
  return keyv;
}

function redactCredentials(storeUrl: string): string {
  return storeUrl.replace(/\/\/[^@/]*@/, '//***@');
}
