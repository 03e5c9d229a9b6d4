import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Clock } from '../core/clock.js';
import { TOPIC_SLUGS, type Topic } from '../core/topics.js';
import type { KeyedLock } from './keyed-lock.js';
import { StoreError, type KeyValueStore } from './open-store.js';

/** Something the bot takes news from on its own: a feed it polls, or a channel where it is an administrator. */
export interface SourceRecord {
  /** 'feed:' + the first 16 hex digits of sha256(the first URL it was added with), or 'channel:' + chatId. See `feedSourceId`. */
  id: string;
  kind: 'feed' | 'channel';
  /** The current feed URL (it moves on a 301/308); channels: https://t.me/<username>. */
  url: string;
  /** Shown as the source's name; filled from the feed's title when unknown. */
  title: string | undefined;
  /** From the OPML file or the admin; empty means "classify each item". */
  topics: Topic[];
  origin: 'file' | 'admin' | 'channel';
  addedAt: number;
  /** Channels only. */
  chatId?: number;
  /** Channels only. */
  username?: string;
}

/** How checking a source goes; written after every check, so a restart continues the schedule. */
export interface SourceHealth {
  nextCheckAt: number;
  lastCheckAt?: number;
  lastSuccessAt?: number;
  consecutiveFailures: number;
  /** The first failure of the current run of failures; absent while the source works. */
  failingSince?: number;
  lastError?: string;
  /** Items handed on to the pool, in total. */
  itemsTaken: number;
  /** Items handed on to the pool on one UTC day ('YYYY-MM-DD'). */
  itemsToday: { day: string; count: number };
  /** Validators of the last feed read, sent back as If-None-Match / If-Modified-Since. */
  etag?: string;
  lastModified?: string;
  /** sha256 of the last body parsed: an unchanged body is not parsed again. */
  bodyHash?: string;
  /** False until the first successful read: the first one takes only the last day's items. */
  checkedOnce: boolean;
  /** Items in the last parsed feed; the seen list keeps at least twice as many. */
  feedLength?: number;
  /** The feed's own `<ttl>` in minutes, kept so a 304 still honours it. */
  ttlMinutes?: number;
  /** Set when the source is no longer checked (410 Gone, or 14 days of failures). */
  deactivated?: { at: number; reason: string };
  /** A 429/503 asked not to come back before this time. */
  retryAfterUntil?: number;
}

export interface SourceEntry {
  source: SourceRecord;
  health: SourceHealth;
}

/**
 * Sources and their health, one key each, in the one store. Reads are validated:
 * a malformed record is a StoreError, never "missing".
 */
export interface SourceStore {
  /** Every source, in no particular order. */
  list(): Promise<SourceEntry[]>;
  get(id: string): Promise<SourceEntry | undefined>;
  /** The source whose current URL is exactly `url`. */
  findByUrl(url: string): Promise<SourceEntry | undefined>;
  /** 'exists' when a source has the same id or the same URL; nothing is changed then. Forgets a removal of that URL. */
  add(source: SourceRecord, health: SourceHealth): Promise<'added' | 'exists'>;
  /**
   * Changes one source under its lock and returns what was written; undefined (and `change` not called)
   * when there is no such source. The id cannot change; a URL already taken by another source is refused.
   */
  update(id: string, change: (current: SourceEntry) => SourceEntry): Promise<SourceEntry | undefined>;
  /**
   * Removes a source and its seen list. A removed 'file' source is remembered so the file does not bring
   * it back on restart; `remember: false` skips that (the file itself dropped the line, so putting it back works).
   */
  remove(id: string, options?: { remember?: boolean }): Promise<boolean>;
  /** True when a 'file' source with this URL (current, or the one it was first added with) was removed. */
  wasRemoved(url: string): Promise<boolean>;
  /** Ids of the items already seen, newest last. */
  getSeen(id: string): Promise<string[]>;
  /** Replaces the seen list; does nothing for a source that no longer exists. */
  setSeen(id: string, ids: string[]): Promise<void>;
}

const sha256Hex = (text: string) => createHash('sha256').update(text).digest('hex');

/** The id of a feed source: stable however its URL moves later, and the same for the same first URL. */
export function feedSourceId(firstUrl: string): string {
  return `feed:${sha256Hex(firstUrl).slice(0, 16)}`;
}

export function channelSourceId(chatId: number): string {
  return `channel:${chatId}`;
}

const topicSchema = z.custom<Topic>((value) => typeof value === 'string' && (TOPIC_SLUGS as readonly string[]).includes(value));

const sourceRecordSchema: z.ZodType<SourceRecord> = z
  .object({
    id: z.string().min(1),
    kind: z.enum(['feed', 'channel']),
    url: z.string().min(1),
    // Stored as JSON, an undefined title is simply absent.
    title: z.string().optional(),
  topics: z.array(topicSchema),
  origin: z.enum(['file', 'admin', 'channel']),
  addedAt: z.number(),
    chatId: z.number().optional(),
    username: z.string().optional(),
  })
  .transform((record) => ({ ...record, title: record.title }));

const sourceHealthSchema: z.ZodType<SourceHealth> = z.object({
  nextCheckAt: z.number(),
  lastCheckAt: z.number().optional(),
  lastSuccessAt: z.number().optional(),
  consecutiveFailures: z.number().int().nonnegative(),
  failingSince: z.number().optional(),
  lastError: z.string().optional(),
  itemsTaken: z.number().int().nonnegative(),
  itemsToday: z.object({ day: z.string(), count: z.number().int().nonnegative() }),
  etag: z.string().optional(),
  lastModified: z.string().optional(),
  bodyHash: z.string().optional(),
  checkedOnce: z.boolean(),
  feedLength: z.number().int().nonnegative().optional(),
  ttlMinutes: z.number().nonnegative().optional(),
  deactivated: z.object({ at: z.number(), reason: z.string() }).optional(),
  retryAfterUntil: z.number().optional(),
});

const entrySchema: z.ZodType<SourceEntry> = z.object({ source: sourceRecordSchema, health: sourceHealthSchema });
const idListSchema = z.array(z.string());
/** URL keys are hashed (a URL can outgrow a key column); the value names the URL, so a collision is noticed. */
const urlEntrySchema = z.object({ url: z.string(), id: z.string() });
const tombstoneSchema = z.object({ url: z.string(), at: z.number() });

function validate<Value>(schema: z.ZodType<Value>, value: unknown, key: string): Value {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    throw new StoreError(`malformed source record ${key}: ${z.prettifyError(parsed.error)}`, { cause: parsed.error });
  }
  return parsed.data;
}

/**
 * The list of all sources is split by id into shards, like the subscriber schedule: adding the
 * 10,000th source rewrites a list of about 150 ids, not one of 10,000.
 */
const INDEX_SHARDS = 64;
/** Keys per getMany: SQLite's adapter matches each key against each row, so one huge batch is quadratic. */
const READ_BATCH = 500;

const entryKey = (id: string) => `source:${id}`;
const seenKey = (id: string) => `source-seen:${id}`;
const urlKey = (url: string) => `source-url:${sha256Hex(url).slice(0, 32)}`;
const removedUrlKey = (url: string) => `source-removed:url:${sha256Hex(url).slice(0, 32)}`;
const removedIdKey = (id: string) => `source-removed:id:${id}`;
const shardOf = (id: string) => Number.parseInt(sha256Hex(id).slice(0, 8), 16) % INDEX_SHARDS;
const indexKey = (shard: number) => `source-index:${shard}`;

/**
 * Locks are taken in one order, id → URL → index shard, so two operations never wait on each other in a circle.
 */
export function createSourceStore({ store, lock, clock }: { store: KeyValueStore; lock: KeyedLock; clock: Pick<Clock, 'now'> }): SourceStore {
  async function readEntry(id: string): Promise<SourceEntry | undefined> {
    const value = await store.get<unknown>(entryKey(id));
    return value === undefined ? undefined : validate(entrySchema, value, entryKey(id));
  }

  async function readUrlOwner(url: string): Promise<string | undefined> {
    const value = await store.get<unknown>(urlKey(url));
    if (value === undefined) return undefined;
    const entry = validate(urlEntrySchema, value, urlKey(url));
    return entry.url === url ? entry.id : undefined;
  }

  async function readMany<Value>(keys: string[], schema: z.ZodType<Value>): Promise<Array<Value | undefined>> {
    const values: Array<Value | undefined> = [];
    for (let start = 0; start < keys.length; start += READ_BATCH) {
      const batch = keys.slice(start, start + READ_BATCH);
      const found = await store.getMany<unknown>(batch);
      found.forEach((value, index) => values.push(value === undefined ? undefined : validate(schema, value, batch[index] ?? '?')));
    }
    return values;
  }

  function changeIndex(id: string, change: (ids: string[]) => string[]): Promise<void> {
    const key = indexKey(shardOf(id));
    return lock.run(key, async () => {
      const current = await store.get<unknown>(key);
      const ids = change(current === undefined ? [] : validate(idListSchema, current, key));
      if (ids.length === 0) await store.delete(key);
      else await store.set(key, ids);
    });
  }

  /** Points `url` at `id`, unless another source holds it: then false. */
  function claimUrl(url: string, id: string): Promise<boolean> {
    return lock.run(urlKey(url), async () => {
      const owner = await readUrlOwner(url);
      if (owner !== undefined && owner !== id) return false;
      if (owner === undefined) await store.set(urlKey(url), { url, id });
      return true;
    });
  }

  function releaseUrl(url: string, id: string): Promise<void> {
    return lock.run(urlKey(url), async () => {
      if ((await readUrlOwner(url)) === id) await store.delete(urlKey(url));
    });
  }

  return {
    async list() {
      const shards = await readMany(
        Array.from({ length: INDEX_SHARDS }, (_, shard) => indexKey(shard)),
        idListSchema,
      );
      const ids = shards.flatMap((ids) => ids ?? []);
      const entries = await readMany(ids.map(entryKey), entrySchema);
      // An id in the index without its record is the trace of a crash between two writes, not a source.
      return entries.filter((entry): entry is SourceEntry => entry !== undefined);
    },

    get: readEntry,

    async findByUrl(url) {
      const id = await readUrlOwner(url);
      return id === undefined ? undefined : readEntry(id);
    },

    add: (source, health) =>
      lock.run(entryKey(source.id), async () => {
        validate(entrySchema, { source, health }, entryKey(source.id));
        if ((await readEntry(source.id)) !== undefined) return 'exists';
        if (!(await claimUrl(source.url, source.id))) return 'exists';
        // Index first: a crash after it leaves an id that list() skips, never a record nobody can list.
        await changeIndex(source.id, (ids) => (ids.includes(source.id) ? ids : [...ids, source.id]));
        await store.set(entryKey(source.id), { source, health });
        // Added again on purpose: no longer "removed". Looked up first, as a delete costs two queries on SQLite.
        const tombstones = [removedUrlKey(source.url), removedIdKey(source.id)];
        const found = await store.getMany<unknown>(tombstones);
        for (const [index, key] of tombstones.entries()) if (found[index] !== undefined) await store.delete(key);
        return 'added';
      }),

    update: (id, change) =>
      lock.run(entryKey(id), async () => {
        const current = await readEntry(id);
        if (current === undefined) return undefined;
        const next = validate(entrySchema, change(current), entryKey(id));
        if (next.source.id !== id) throw new StoreError(`a source's id cannot change (${id} → ${next.source.id})`);
        const moved = next.source.url !== current.source.url;
        if (moved && !(await claimUrl(next.source.url, id))) {
          throw new StoreError(`cannot move source ${id} to ${next.source.url}: another source has that URL`);
        }
        await store.set(entryKey(id), next);
        if (moved) await releaseUrl(current.source.url, id);
        return next;
      }),

    remove: (id, { remember = true } = {}) =>
      lock.run(entryKey(id), async () => {
        const current = await readEntry(id);
        if (current === undefined) return false;
        if (current.source.origin === 'file' && remember) {
          // By the current URL and by the id, which names the first URL: the file may still list the old address of a moved feed.
          const at = clock.now();
          await store.set(removedUrlKey(current.source.url), { url: current.source.url, at });
          await store.set(removedIdKey(id), { url: current.source.url, at });
        }
        await store.delete(entryKey(id));
        await store.delete(seenKey(id));
        await releaseUrl(current.source.url, id);
        await changeIndex(id, (ids) => ids.filter((each) => each !== id));
        return true;
      }),

    async wasRemoved(url) {
      const [byUrl, byId] = await Promise.all([store.get<unknown>(removedUrlKey(url)), store.get<unknown>(removedIdKey(feedSourceId(url)))]);
      if (byUrl !== undefined && validate(tombstoneSchema, byUrl, removedUrlKey(url)).url === url) return true;
      if (byId !== undefined) validate(tombstoneSchema, byId, removedIdKey(feedSourceId(url)));
      return byId !== undefined;
    },

    async getSeen(id) {
      const value = await store.get<unknown>(seenKey(id));
      return value === undefined ? [] : validate(idListSchema, value, seenKey(id));
    },

    setSeen: (id, ids) =>
      lock.run(entryKey(id), async () => {
        // A source removed while it was being checked must not leave its seen list behind.
        if ((await store.get<unknown>(entryKey(id))) !== undefined) await store.set(seenKey(id), ids);
      }),
  };
}
