import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import Keyv from 'keyv';

/**
 * The one key-value store everything lives in. Feature stores (summary cache,
 * stats, subscriptions…) take it and keep to their own key prefixes, so a single
 * SQLite file, Redis or Postgres database holds the whole bot.
 */
export interface KeyValueStore {
  get<Value>(key: string): Promise<Value | undefined>;
  /** Values in the order of `keys`; undefined where missing. One round trip where the adapter allows. */
  getMany<Value>(keys: string[]): Promise<Array<Value | undefined>>;
  set<Value>(key: string, value: Value, ttlMs?: number): Promise<void>;
  delete(key: string): Promise<boolean>;
  close(): Promise<void>;
}

export class StoreError extends Error {
  override readonly name = 'StoreError';
}

/**
 * Opens the store named by STORE_URL: `sqlite://path` (default; the folder is
 * created), `redis://…`, `postgres://…`, or `memory://` (tests, throwaway runs).
 * The adapters are loaded on demand so a SQLite deployment never loads pg or redis.
 */
export async function openStore(storeUrl: string, options: { onError?: (error: unknown) => void } = {}): Promise<KeyValueStore> {
  const keyv = await createKeyv(storeUrl);
  keyv.on('error', (error: unknown) => options.onError?.(error));
  return wrapKeyv(keyv);
}

async function createKeyv(storeUrl: string): Promise<Keyv> {
  const scheme = storeUrl.slice(0, storeUrl.indexOf(':'));
  // Keyv's own namespace prefix keeps our keys apart from anything else sharing a Redis or table.
  const namespace = 'newsdigest';
  try {
    switch (scheme) {
      case 'memory':
        return new Keyv({ namespace });
      case 'sqlite': {
        const file = storeUrl.replace(/^sqlite:\/\//, '');
        if (file !== ':memory:') await mkdir(path.dirname(path.resolve(file)), { recursive: true });
        const { default: KeyvSqlite } = await import('@keyv/sqlite');
        const sqlite = new KeyvSqlite({ uri: `sqlite://${file}`, busyTimeout: 10_000 });
        // Write-ahead log, synced at checkpoints: each write stops costing an fsync (a morning's fan-out makes
        // several per subscriber), and a crash of the bot still loses nothing; only a power cut can take the last few.
        await sqlite.query('PRAGMA journal_mode = WAL');
        await sqlite.query('PRAGMA synchronous = NORMAL');
        return new Keyv({ store: sqlite, namespace });
      }
      case 'redis':
      case 'rediss': {
        const { default: KeyvRedis } = await import('@keyv/redis');
        return new Keyv({ store: new KeyvRedis(storeUrl), namespace });
      }
      case 'postgres':
      case 'postgresql': {
        const { default: KeyvPostgres } = await import('@keyv/postgres');
        return new Keyv({ store: new KeyvPostgres({ uri: storeUrl }), namespace });
      }
      default:
        throw new StoreError(`unsupported STORE_URL scheme "${scheme}": use sqlite://, redis://, postgres:// or memory://`);
    }
  } catch (error) {
    if (error instanceof StoreError) throw error;
    throw new StoreError(`could not open the store at ${redactCredentials(storeUrl)}`, { cause: error });
  }
}

function wrapKeyv(keyv: Keyv): KeyValueStore {
  return {
    get: async <Value>(key: string) => (await keyv.get<Value>(key)) ?? undefined,
    getMany: async <Value>(keys: string[]) =>
      keys.length === 0 ? [] : (await keyv.getMany<Value>(keys)).map((value) => value ?? undefined),
    set: async (key, value, ttlMs) => {
      const ok = await keyv.set(key, value, ttlMs);
      if (!ok) throw new StoreError(`store refused to write ${key}`);
    },
    delete: (key) => keyv.delete(key),
    close: () => keyv.disconnect(),
  };
}

function redactCredentials(storeUrl: string): string {
  return storeUrl.replace(/\/\/[^@/]*@/, '//***@');
}
