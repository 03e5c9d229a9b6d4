import { z } from 'zod';
import type { Topic } from '../core/topics.js';
import type { KeyValueStore } from './key-value-store.js';
import type { KeyedLock } from './keyed-lock.js';
import { defineRecord, readRecord, readRecords, topicSchema, writeRecord } from './records.js';

/**
 * A public article shared by everyone's digests: one a person had summarized
 * (a link, a post forwarded from a public channel), or one a source brought in
 * (a feed item, a post in a channel the bot administers) that is summarized
 * only when a digest someone receives is about to show it.
 */
export interface PoolArticle {
  /** Identity in the pool: derived from the canonical URL (see `poolIdOf`), so one article is one entry whoever brought it. */
  id: string;
  title: string;
  /** The summary's one-line gist; for an article still awaiting its summary, the source's own snippet. */
  gist: string;
  topics: Topic[];
  /** Canonical URL (a channel post's t.me link for posts). */
  url: string;
  /** Site, feed or channel name shown as the source: whoever brought the article first. */
  source: string;
  /** Every source that brought this same article, first one first; absent when only `source`. */
  alsoFrom?: string[];
  /** When the article joined the pool, ms since epoch. */
  addedAt: number;
  /** The first words of the article, for near-duplicate detection. */
  lead?: string;
  /** True while no summary has been made: `gist` is then the source's own snippet. */
  awaitingSummary?: boolean;
  /** The language the title and gist were summarized in, when known. */
  summaryLanguage?: string;
}

/** What an article's summary changes in its pool entry. */
export interface PoolSummary {
  title: string;
  gist: string;
  language: string;
}

export interface ArticlePool {
  /**
   * Adds an article; an article already there (same id) keeps its first time, so it is not "new" again,
   * and gains the new source's name. `content`, when given, is the whole text, kept for summarizing later.
   */
  add(article: PoolArticle, content?: string): Promise<'added' | 'merged'>;
  get(id: string): Promise<PoolArticle | undefined>;
  /** The whole text a source carried, if it did. */
  getContent(id: string): Promise<string | undefined>;
  /** Records the summary of an article that was awaiting one; an article that has one keeps it. */
  setSummary(id: string, summary: PoolSummary): Promise<void>;
  /** Articles added after `sinceMs`, oldest first; expired ones are gone. */
  listSince(sinceMs: number, nowMs: number): Promise<PoolArticle[]>;
}

const HOUR_MS = 3_600_000;

const poolArticleSchema: z.ZodType<PoolArticle> = z.object({
  id: z.string().min(1),
  title: z.string(),
  gist: z.string(),
  topics: z.array(topicSchema),
  url: z.string().min(1),
  source: z.string(),
  alsoFrom: z.array(z.string()).optional(),
  addedAt: z.number(),
  lead: z.string().optional(),
  awaitingSummary: z.boolean().optional(),
  summaryLanguage: z.string().optional(),
});

/** Version 1 of each: the shapes the pool has had since it was added. */
const articleRecords = defineRecord('pool:article', 1, poolArticleSchema);
const contentRecords = defineRecord('pool:content', 1, z.string());
/** The ids of the articles added in one hour (hours since epoch). */
const hourRecords = defineRecord('pool:hour', 1, z.array(z.string()));

/**
 * One key per article, plus one key per hour listing the articles added in it:
 * no key grows without bound, and everything expires with the pool window.
 * A source's full text has a key of its own, so listing the pool for a digest
 * never reads whole articles.
 */
export function createArticlePool({ store, lock, ttlMs }: { store: KeyValueStore; lock: KeyedLock; ttlMs: number }): ArticlePool {
  const read = (id: string) => readRecord(store, articleRecords, id);
  return {
    add: (article, content) =>
      lock.run(articleRecords.key(article.id), async () => {
        const existing = await read(article.id);
        // An update keeps the whole window as its expiry: the record may outlive its window a little, but
        // it is reached only through the hour lists, which expire on time, and listSince checks the window.
        if (existing) {
          const names = [existing.source, ...(existing.alsoFrom ?? [])];
          if (!names.includes(article.source)) {
            await writeRecord(store, articleRecords, article.id, { ...existing, alsoFrom: [...names.slice(1), article.source] }, ttlMs);
          }
          return 'merged';
        }
        if (content !== undefined) await writeRecord(store, contentRecords, article.id, content, ttlMs);
        await writeRecord(store, articleRecords, article.id, article, ttlMs);
        const hour = Math.floor(article.addedAt / HOUR_MS);
        await lock.run(hourRecords.key(hour), async () => {
          const ids = (await readRecord(store, hourRecords, hour)) ?? [];
          await writeRecord(store, hourRecords, hour, [...ids, article.id], ttlMs + HOUR_MS);
        });
        return 'added';
      }),
    get: read,
    getContent: (id) => readRecord(store, contentRecords, id),
    setSummary: (id, summary) =>
      lock.run(articleRecords.key(id), async () => {
        const existing = await read(id);
        // Summarized already (two digests raced, or a person sent the link): the first summary stands.
        if (!existing?.awaitingSummary) return;
        const { awaitingSummary: _awaiting, ...rest } = existing;
        await writeRecord(store, articleRecords, id, { ...rest, title: summary.title, gist: summary.gist, summaryLanguage: summary.language }, ttlMs);
      }),
    async listSince(sinceMs, nowMs) {
      const oldest = Math.max(sinceMs, nowMs - ttlMs);
      const hours: number[] = [];
      for (let hour = Math.floor(oldest / HOUR_MS); hour <= Math.floor(nowMs / HOUR_MS); hour++) hours.push(hour);
      const ids = [...new Set((await readRecords(store, hourRecords, hours)).flatMap((list) => list ?? []))];
      const articles = (await readRecords(store, articleRecords, ids)).filter((article): article is PoolArticle => article !== undefined);
      // The store's own expiry runs on its clock and may lag: the window is enforced here too.
      return articles.filter((article) => article.addedAt > sinceMs && article.addedAt > nowMs - ttlMs);
    },
  };
}
