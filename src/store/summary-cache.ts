import { z } from 'zod';
import type { Article } from '../core/article.js';
import type { SummaryResult, UnsupportedClaim } from '../summarize/summary.js';
import type { KeyValueStore } from './key-value-store.js';
import { defineRecord, readRecord, topicSchema, writeRecord } from './records.js';

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

// The shapes as stored, checked against the TypeScript types they hold: a change to SummaryResult or Article
// that these do not follow fails to compile, which is the moment to bump the record's version.
const unsupportedClaimSchema: z.ZodType<UnsupportedClaim> = z.object({
  kind: z.enum(['number', 'quote', 'name']),
  text: z.string(),
  part: z.enum(['title', 'bullet', 'gist']),
  bullet: z.number().int().optional(),
  cited: z.array(z.number().int()).optional(),
});

const summaryResultSchema: z.ZodType<SummaryResult> = z.object({
  summary: z.object({
    title: z.string(),
    bullets: z.array(z.string()),
    gist: z.string(),
    topics: z.array(topicSchema),
    language: z.string(),
  }),
  kind: z.enum(['llm', 'extractive']),
  model: z.string(),
  promptId: z.string(),
  promptVersion: z.number().int(),
  usage: z.object({ promptTokens: z.number(), completionTokens: z.number() }).optional(),
  llmCalls: z.number().int().nonnegative(),
  faithfulness: z
    .object({
      outcome: z.enum(['faithful', 'repaired', 'trimmed']),
      found: z.array(unsupportedClaimSchema),
      repairRequested: z.boolean(),
      removed: z.array(unsupportedClaimSchema),
      droppedBullets: z.number().int().nonnegative(),
      replaced: z.array(z.enum(['title', 'gist'])),
    })
    .optional(),
});

const articleSchema: z.ZodType<Article> = z.object({
  text: z.string(),
  title: z.string().optional(),
  siteName: z.string().optional(),
  publishedAt: z.string().optional(),
  url: z.string().optional(),
  language: z.string().optional(),
});

/**
 * Version 1 of each, under the keys the cache has always used. The summary key comes from summarize/
 * (`summary:<prompt>@v<n>:<model>:<language>:<length>:<content hash>`) and already names what changes the
 * result; the record version names the stored shape on top of that.
 */
const summaryRecords = defineRecord('summary', 1, summaryResultSchema);
const articleRecords = defineRecord('article', 1, z.object({ contentHash: z.string().min(1), article: articleSchema }));
/** Canonical URL → content hash. */
const urlRecords = defineRecord('url', 1, z.string().min(1));

/** The summary key without its `summary:` prefix, which the record kind adds back (so version 1 keys stay as they were). */
const summaryId = (summaryKey: string) => (summaryKey.startsWith('summary:') ? summaryKey.slice('summary:'.length) : summaryKey);

export function createSummaryCache({ store, ttlMs }: { store: KeyValueStore; ttlMs: number }): SummaryCache {
  const getArticle = (contentHash: string) => readRecord(store, articleRecords, contentHash);
  return {
    getSummary: (summaryKey) => readRecord(store, summaryRecords, summaryId(summaryKey)),
    setSummary: (summaryKey, result) => writeRecord(store, summaryRecords, summaryId(summaryKey), result, ttlMs),
    getArticle,
    async getArticleByUrl(canonicalUrl) {
      const contentHash = await readRecord(store, urlRecords, canonicalUrl);
      return contentHash ? getArticle(contentHash) : undefined;
    },
    async setArticle(cached, canonicalUrls) {
      await writeRecord(store, articleRecords, cached.contentHash, cached, ttlMs);
      // The page's own canonical URL and the link people sent may differ; both lead here.
      for (const url of new Set(canonicalUrls)) await writeRecord(store, urlRecords, url, cached.contentHash, ttlMs);
    },
  };
}
