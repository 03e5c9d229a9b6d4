import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Clock } from '../core/clock.js';
import type { Topic } from '../core/topics.js';
import type { KeyValueStore } from './key-value-store.js';
import type { KeyedLock } from './keyed-lock.js';
import { defineRecord, parseRecord, readRecord, readRecords, topicSchema, writeRecord, type RecordKind } from './records.js';
import { StoreError } from './store-error.js';

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

/**
 * The list of all sources is split by id into shards, like the subscriber schedule: adding the
 * 10,000th source rewrites a list of about 150 ids, not one of 10,000.
 */
const INDEX_SHARDS = 64;
/** Keys per getMany: SQLite's adapter matches each key against each row, so one huge batch is quadratic. */
const READ_BATCH = 500;

/** Every kind at version 1: the shapes sources have had since they were added (see records.ts). */
const entryRecords = defineRecord('source', 1, entrySchema);
/** Ids of the items already seen, per source. */
const seenRecords = defineRecord('source-seen', 1, idListSchema);
const urlRecords = defineRecord('source-url', 1, urlEntrySchema);
const removedUrlRecords = defineRecord('source-removed:url', 1, tombstoneSchema);
const removedIdRecords = defineRecord('source-removed:id', 1, tombstoneSchema);
const indexRecords = defineRecord('source-index', 1, idListSchema);

const urlHash = (url: string) => sha256Hex(url).slice(0, 32);
const entryKey = (id: string) => entryRecords.key(id);
const seenKey = (id: string) => seenRecords.key(id);
const urlKey = (url: string) => urlRecords.key(urlHash(url));
const removedUrlKey = (url: string) => removedUrlRecords.key(urlHash(url));
const removedIdKey = (id: string) => removedIdRecords.key(id);
const shardOf = (id: string) => Number.parseInt(sha256Hex(id).slice(0, 8), 16) % INDEX_SHARDS;

/**
 * Locks are taken in one order, id → URL → index shard, so two operations never wait on each other in a circle.
 */
export function createSourceStore({ store, lock, clock }: { store: KeyValueStore; lock: KeyedLock; clock: Pick<Clock, 'now'> }): SourceStore {
  const readEntry = (id: string) => readRecord(store, entryRecords, id);

  async function readUrlOwner(url: string): Promise<string | undefined> {
    const entry = await readRecord(store, urlRecords, urlHash(url));
    return entry?.url === url ? entry.id : undefined;
  }

  async function readMany<Value>(kind: RecordKind<Value>, ids: ReadonlyArray<string | number>): Promise<Array<Value | undefined>> {
    const values: Array<Value | undefined> = [];
    for (let start = 0; start < ids.length; start += READ_BATCH) values.push(...(await readRecords(store, kind, ids.slice(start, start + READ_BATCH))));
    return values;
  }

  function changeIndex(id: string, change: (ids: string[]) => string[]): Promise<void> {
    const shard = shardOf(id);
    return lock.run(indexRecords.key(shard), async () => {
      const ids = change((await readRecord(store, indexRecords, shard)) ?? []);
      if (ids.length === 0) await store.delete(indexRecords.key(shard));
      else await writeRecord(store, indexRecords, shard, ids);
    });
  }

  /** Points `url` at `id`, unless another source holds it: then false. */
  function claimUrl(url: string, id: string): Promise<boolean> {
    return lock.run(urlKey(url), async () => {
      const owner = await readUrlOwner(url);
      if (owner !== undefined && owner !== id) return false;
      if (owner === undefined) await writeRecord(store, urlRecords, urlHash(url), { url, id });
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
        indexRecords,
        Array.from({ length: INDEX_SHARDS }, (_, shard) => shard),
      );
      const ids = shards.flatMap((ids) => ids ?? []);
      const entries = await readMany(entryRecords, ids);
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
        parseRecord(entrySchema, { source, health }, entryKey(source.id), 'write');
        if ((await readEntry(source.id)) !== undefined) return 'exists';
        if (!(await claimUrl(source.url, source.id))) return 'exists';
        // Index first: a crash after it leaves an id that list() skips, never a record nobody can list.
        await changeIndex(source.id, (ids) => (ids.includes(source.id) ? ids : [...ids, source.id]));
        await writeRecord(store, entryRecords, source.id, { source, health });
        // Added again on purpose: no longer "removed". Looked up first, as a delete costs two queries on SQLite.
        const tombstones = [removedUrlKey(source.url), removedIdKey(source.id)];
        const found = await store.getMany(tombstones);
        for (const [index, key] of tombstones.entries()) if (found[index] !== undefined) await store.delete(key);
        return 'added';
      }),

    update: (id, change) =>
      lock.run(entryKey(id), async () => {
        const current = await readEntry(id);
        if (current === undefined) return undefined;
        const next = parseRecord(entrySchema, change(current), entryKey(id), 'write');
        if (next.source.id !== id) {
          throw new StoreError(`a source's id cannot change (${id} → ${next.source.id})`, { code: 'conflict', operation: 'write', namespace: 'source' });
        }
        const moved = next.source.url !== current.source.url;
        if (moved && !(await claimUrl(next.source.url, id))) {
          throw new StoreError(`cannot move source ${id} to ${next.source.url}: another source has that URL`, { code: 'conflict', operation: 'write', namespace: 'source' });
        }
        await writeRecord(store, entryRecords, id, next);
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
          await writeRecord(store, removedUrlRecords, urlHash(current.source.url), { url: current.source.url, at });
          await writeRecord(store, removedIdRecords, id, { url: current.source.url, at });
        }
        await store.delete(entryKey(id));
        await store.delete(seenKey(id));
        await releaseUrl(current.source.url, id);
        await changeIndex(id, (ids) => ids.filter((each) => each !== id));
        return true;
      }),

    async wasRemoved(url) {
      const [byUrl, byId] = await Promise.all([readRecord(store, removedUrlRecords, urlHash(url)), readRecord(store, removedIdRecords, feedSourceId(url))]);
      return byUrl?.url === url || byId !== undefined;
    },

    getSeen: async (id) => (await readRecord(store, seenRecords, id)) ?? [],

    setSeen: (id, ids) =>
      lock.run(entryKey(id), async () => {
        // A source removed while it was being checked must not leave its seen list behind.
        if ((await store.get(entryKey(id))) !== undefined) await writeRecord(store, seenRecords, id, ids);
      }),
  };
}
