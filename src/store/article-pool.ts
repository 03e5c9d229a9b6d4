import type { Topic } from '../core/topics.js';
import type { KeyedLock } from './keyed-lock.js';
import type { KeyValueStore } from './open-store.js';

/** A summarized public article, shared by everyone's digests. */
export interface PoolArticle {
  /** Content hash of the article. */
  id: string;
  title: string;
  gist: string;
  topics: Topic[];
  /** Canonical URL (a public channel post's t.me link for forwarded posts). */
  url: string;
  /** Site or channel name shown as the source. */
  source: string;
  /** When the article joined the pool, ms since epoch. */
  addedAt: number;
  /** The first words of the article, for near-duplicate detection. */
  lead?: string;
}

export interface ArticlePool {
  /** Adds an article (once: a repeat keeps its first time, so it is not "new" again). */
  add(article: PoolArticle): Promise<void>;
  /** Articles added after `sinceMs`, oldest first; expired ones are gone. */
  listSince(sinceMs: number, nowMs: number): Promise<PoolArticle[]>;
}

const HOUR_MS = 3_600_000;

/**
 * One key per article, plus one key per hour listing the articles added in it:
 * no key grows without bound, and everything expires with the pool window.
 */
export function createArticlePool({ store, lock, ttlMs }: { store: KeyValueStore; lock: KeyedLock; ttlMs: number }): ArticlePool {
  const articleKey = (id: string) => `pool:article:${id}`;
  const hourKey = (hour: number) => `pool:hour:${hour}`;
  return {
    add: (article) =>
      lock.run(articleKey(article.id), async () => {
        if (await store.get(articleKey(article.id))) return;
        await store.set(articleKey(article.id), article, ttlMs);
        const hour = Math.floor(article.addedAt / HOUR_MS);
        await lock.run(hourKey(hour), async () => {
          const ids = (await store.get<string[]>(hourKey(hour))) ?? [];
          await store.set(hourKey(hour), [...ids, article.id], ttlMs + HOUR_MS);
        });
      }),
    async listSince(sinceMs, nowMs) {
      const oldest = Math.max(sinceMs, nowMs - ttlMs);
      const hours: string[] = [];
      for (let hour = Math.floor(oldest / HOUR_MS); hour <= Math.floor(nowMs / HOUR_MS); hour++) hours.push(hourKey(hour));
      const ids = (await store.getMany<string[]>(hours)).flatMap((list) => list ?? []);
      const articles = await store.getMany<PoolArticle>(ids.map(articleKey));
      // The store's own expiry runs on its clock and may lag: the window is enforced here too.
      return articles.filter((article): article is PoolArticle => article !== undefined && article.addedAt > sinceMs && article.addedAt > nowMs - ttlMs);
    },
  };
}
