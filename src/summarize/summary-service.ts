import { createHash } from 'node:crypto';
import type { Article } from '../core/article.js';
import type { Logger } from '../logger.js';
import type { Stats } from '../store/stats-store.js';
import type { SummaryCache } from '../store/summary-cache.js';
import type { TokenBudget } from '../store/token-budget.js';
import { withLease, type Coordination } from '../store/coordination.js';
import { SummarizeError, type FaithfulnessRecord, type SummarizeErrorCode, type SummarizeOptions, type Summarizer, type SummaryResult } from './summary.js';

/** What the bot gets back for one article. */
export interface SummaryOutcome {
  article: Article;
  result: SummaryResult;
  /** Answered from the cache with no fetch and no LLM call. */
  cached: boolean;
  /** Set when the LLM failed and the labelled extractive summary answered instead. */
  fallbackReason?: SummarizeErrorCode;
}

export interface SummaryService {
  /** The cached outcome for a link, or undefined; never fetches, never calls the LLM. */
  findCachedByUrl(url: string, options?: SummarizeOptions): Promise<SummaryOutcome | undefined>;
  /** The cached outcome for a text, or undefined. */
  findCachedByText(article: Article, options?: SummarizeOptions): Promise<SummaryOutcome | undefined>;
  /** Fetches (unless cached), extracts and summarizes a link. Throws the loader's errors. */
  summarizeUrl(url: string, options?: SummarizeOptions): Promise<SummaryOutcome>;
  /**
   * Summarizes an article already in hand (pasted or forwarded text, a feed's full content). An article with
   * a `url` is remembered under it too, so a person who later sends that link is answered from the cache.
   */
  summarizeArticle(article: Article, options?: SummarizeOptions): Promise<SummaryOutcome>;
}

export interface SummaryServiceDependencies {
  /** The LLM summarizer, or the extractive one when no LLM is configured. */
  summarizer: Summarizer;
  /** Answers when `summarizer` fails; absent when `summarizer` is already extractive. */
  fallback?: Summarizer;
  cache: SummaryCache;
  /** Fetches and extracts a link; its errors reach the caller unchanged. */
  loadArticle: (url: string) => Promise<Article>;
  canonicalizeUrl: (url: string) => string;
  stats: Stats;
  /** The day's LLM token budget: checked before, and charged after, every LLM request. Absent: no limit. */
  budget?: Pick<TokenBudget, 'isSpent' | 'record'>;
  /**
   * Who summarizes an article when several instances share the store: one takes the lease on its summary
   * key, the others wait for the summary to appear in the cache. Default: this process alone.
   */
  coordination?: Pick<Coordination, 'tryLease'>;
  /** Waits between looks at the cache while another instance summarizes; real time. */
  sleep?: (ms: number) => Promise<void>;
  logger: Logger;
}

/** A summary under way holds its lease this long, extended while the work runs; a dead instance's lapses. */
const SUMMARY_LEASE_MS = 30_000;
/** How often an instance waiting for another's summary looks in the cache. */
const WAIT_FOR_OTHER_MS = 250;

/** Hash of the article's words, so the same text pasted with other spacing is the same content. */
export function hashContent(text: string): string {
  return createHash('sha256').update(text.replace(/\s+/g, ' ').trim()).digest('hex');
}

/** Every input that changes the summary is in the key (STYLE.md habit 7). */
export function buildSummaryKey(summarizer: Summarizer, contentHash: string, options: SummarizeOptions): string {
  const language = options.language ?? 'auto';
  const length = options.length ?? 'short';
  return `summary:${summarizer.promptId}@v${summarizer.promptVersion}:${summarizer.model}:${language}:${length}:${contentHash}`;
}

export function createSummaryService(deps: SummaryServiceDependencies): SummaryService {
  const { summarizer, fallback, cache, stats, logger, coordination } = deps;
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  // Work under way, by URL and by summary key: five people sending the same new
  // article at once share one fetch and one LLM call.
  const inFlight = new Map<string, Promise<SummaryOutcome>>();

  function coalesce(key: string, work: () => Promise<SummaryOutcome>): Promise<SummaryOutcome> {
    const running = inFlight.get(key);
    if (running) return running.then((outcome) => ({ ...outcome, cached: false }));
    const started = work().finally(() => inFlight.delete(key));
    inFlight.set(key, started);
    return started;
  }

  async function findCachedByHash(contentHash: string, article: Article, options: SummarizeOptions) {
    const result = await cache.getSummary(buildSummaryKey(summarizer, contentHash, options));
    if (!result) return undefined;
    stats.increment('cacheHits');
    return { article, result, cached: true };
  }

  async function findCachedByUrl(url: string, options: SummarizeOptions = {}) {
    const cached = await cache.getArticleByUrl(deps.canonicalizeUrl(url));
    return cached ? findCachedByHash(cached.contentHash, cached.article, options) : undefined;
  }

  async function summarizeFresh(article: Article, contentHash: string, options: SummarizeOptions): Promise<SummaryOutcome> {
    let result: SummaryResult;
    try {
      if (fallback && (await deps.budget?.isSpent())) {
        throw new SummarizeError('budget_spent', "Today's LLM token budget (LLM_DAILY_TOKEN_BUDGET) is spent");
      }
      result = await summarizer.summarize(article, options);
    } catch (error) {
      if (!fallback || !(error instanceof SummarizeError)) throw error;
      const { code } = error;
      // A spent budget is the operator's setting working as meant, not a fault worth a warning each time.
      logger[code === 'budget_spent' ? 'debug' : 'warn']({ err: error, code }, 'no LLM summary; answering with the extractive fallback');
      stats.increment(`errors.llm_${code}`);
      stats.increment('fallbacks');
      // It was checked, and what it said could not be kept: the summary below is the article's own sentences.
      if (code === 'unfaithful') stats.increment('faithfulnessChecked');
      if (error.usage) await recordTokens(error.usage);
      // Not cached: the next request tries the LLM again.
      const extractive = await fallback.summarize(article, options);
      stats.increment('articlesSummarized');
      return { article, result: extractive, cached: false, fallbackReason: code };
    }
    // Outside the try: a store failure here is the store's error, not a reason to hide it behind the fallback.
    await recordUsage(result);
    await cache.setSummary(buildSummaryKey(summarizer, contentHash, options), result);
    return { article, result, cached: false };
  }

  async function recordUsage(result: SummaryResult) {
    stats.increment('articlesSummarized');
    if (result.kind === 'llm') stats.increment('llmCalls', result.llmCalls);
    if (result.faithfulness) recordFaithfulness(result.faithfulness);
    if (result.usage) await recordTokens(result.usage);
  }

  function recordFaithfulness(record: FaithfulnessRecord) {
    stats.increment('faithfulnessChecked');
    if (record.outcome === 'repaired') stats.increment('faithfulnessRepaired');
    if (record.droppedBullets > 0) stats.increment('faithfulnessTrimmed');
    if (record.replaced.length > 0) stats.increment('faithfulnessReplaced');
  }

  async function recordTokens(usage: { promptTokens: number; completionTokens: number }) {
    stats.increment('promptTokens', usage.promptTokens);
    stats.increment('completionTokens', usage.completionTokens);
    await deps.budget?.record(usage.promptTokens + usage.completionTokens);
  }

  async function summarizeArticle(article: Article, options: SummarizeOptions = {}): Promise<SummaryOutcome> {
    const contentHash = hashContent(article.text);
    if (article.url) await cache.setArticle({ contentHash, article }, [deps.canonicalizeUrl(article.url)]);
    return summarizeKnown(article, contentHash, options);
  }

  async function summarizeKnown(article: Article, contentHash: string, options: SummarizeOptions): Promise<SummaryOutcome> {
    const hit = await findCachedByHash(contentHash, article, options);
    if (hit) return hit;
    stats.increment('cacheMisses');
    const key = buildSummaryKey(summarizer, contentHash, options);
    return coalesce(key, () => summarizeOnce(key, article, contentHash, options));
  }

  /**
   * One LLM call for an article across every instance on the store: the holder of the summary's lease
   * summarizes; another instance asked meanwhile waits for it in the cache. If the holder's answer is not
   * cached (the extractive fallback) or the holder died, its lease ends and the next one summarizes.
   */
  async function summarizeOnce(key: string, article: Article, contentHash: string, options: SummarizeOptions): Promise<SummaryOutcome> {
    if (!coordination) return summarizeFresh(article, contentHash, options);
    for (;;) {
      const attempt = await withLease(coordination, key, SUMMARY_LEASE_MS, () => summarizeFresh(article, contentHash, options), (error) =>
        logger.warn({ err: error, key }, 'lost the lease on a summary under way; another instance may summarize it too'),
      );
      if (attempt.ran) return attempt.result;
      await sleep(WAIT_FOR_OTHER_MS);
      const done = await cache.getSummary(key);
      if (done) return { article, result: done, cached: false };
    }
  }

  return {
    findCachedByUrl,
    findCachedByText: (article, options = {}) => findCachedByHash(hashContent(article.text), article, options),
    summarizeArticle,
    async summarizeUrl(url, options = {}) {
      const canonicalUrl = deps.canonicalizeUrl(url);
      const hit = await findCachedByUrl(canonicalUrl, options);
      if (hit) return hit;
      return coalesce(`url:${canonicalUrl}`, async () => {
        // A known article whose summary is missing (new prompt version, other model) needs no fetch.
        const known = await cache.getArticleByUrl(canonicalUrl);
        const article = known?.article ?? (await deps.loadArticle(canonicalUrl));
        const contentHash = known?.contentHash ?? hashContent(article.text);
        if (!known) await cache.setArticle({ contentHash, article }, [canonicalUrl, ...(article.url ? [article.url] : [])]);
        return summarizeKnown(article, contentHash, options);
      });
    },
  };
}
