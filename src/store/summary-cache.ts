import type { Article } from '../core/article.js';
import type { SummaryResult } from '../summarize/summary.js';
import type { KeyValueStore } from './open-store.js';

/** An article as remembered by the cache: everything but nothing derived from the summary. */
export interface CachedArticle {
  contentHash: string;
  article: Article;
}

/**
 * Summaries by a key naming everything that changes them, fetched articles by
 * content hash, and canonical URL → content hash, so a repeated link answers
 * without fetching. Only successful results are ever written here.
 */
export interface SummaryCache {
  getSummary(summaryKey: string): Promise<SummaryResult | undefined>;
  setSummary(summaryKey: string, result: SummaryResult): Promise<void>;
  getArticleByUrl(canonicalUrl: string): Promise<CachedArticle | undefined>;
  getArticle(contentHash: string): Promise<CachedArticle | undefined>;
  setArticle(cached: CachedArticle, canonicalUrls: string[]): Promise<void>;
}

export function createSummaryCache({ store, ttlMs }: { store: KeyValueStore; ttlMs: number }): SummaryCache {
  const getArticle = (contentHash: string) => store.get<CachedArticle>(`article:${contentHash}`);
  return {
    getSummary: (summaryKey) => store.get<SummaryResult>(summaryKey),
    setSummary: (summaryKey, result) => store.set(summaryKey, result, ttlMs),
    getArticle,
    async getArticleByUrl(canonicalUrl) {
      const contentHash = await store.get<string>(`url:${canonicalUrl}`);
      return contentHash ? getArticle(contentHash) : undefined;
    },
    async setArticle(cached, canonicalUrls) {
      await store.set(`article:${cached.contentHash}`, cached, ttlMs);
      // The page's own canonical URL and the link people sent may differ; both lead here.
      for (const url of new Set(canonicalUrls)) await store.set(`url:${url}`, cached.contentHash, ttlMs);
    },
  };
}
