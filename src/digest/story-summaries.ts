import type { Logger } from '../logger.js';
import type { ArticlePool, PoolArticle } from '../store/article-pool.js';
import type { TokenBudget } from '../store/token-budget.js';
import type { SummaryOutcome, SummaryService } from '../summarize/summary-service.js';
import type { Digest, DigestItem, SnippetReason } from './build-digest.js';

/**
 * Summaries of the stories a digest is about to show, made then and only then:
 * sources bring in far more items than anyone reads, so ingesting costs no LLM
 * call and each shown story costs one, once, cached like every other summary.
 */
export interface StorySummaries {
  /**
   * The digest with each story that awaited a summary summarized, or labelled as showing its source's snippet.
   * With a `language`, stories summarized in another one are summarized again in it, once (the cache keeps it).
   */
  complete(digest: Digest, language?: string): Promise<Digest>;
}

export interface StorySummariesDependencies {
  pool: Pick<ArticlePool, 'get' | 'getContent' | 'setSummary'>;
  summaries: Pick<SummaryService, 'summarizeUrl' | 'summarizeArticle'>;
  /** Once today's tokens are spent, stories show their snippet and nothing is fetched. */
  budget?: Pick<TokenBudget, 'isSpent'>;
  logger: Logger;
  /**
   * Stories summarized at once; default 8. Stories are taken first come, first served, so the
   * first digest due at 08:00 is not held up by the stories of everyone after it.
   */
  concurrency?: number;
  /** How long a story that could not be summarized is not tried again; default 1 hour. */
  retryAfterFailureMs?: number;
  now?: () => number;
}

type StoryText = { title: string; gist: string } | { snippetReason: SnippetReason; gist?: string };

export function createStorySummaries(deps: StorySummariesDependencies): StorySummaries {
  const { pool, summaries, logger } = deps;
  const now = deps.now ?? Date.now;
  const retryAfterFailureMs = deps.retryAfterFailureMs ?? 3_600_000;
  const limit = createLimiter(Math.max(1, deps.concurrency ?? 8));
  const inFlight = new Map<string, Promise<StoryText>>();
  const failedAt = new Map<string, number>();
  const failureKey = (id: string, language: string | undefined) => `${language ?? 'original'}:${id}`;

  /** Summarizes the story's lead; records it in the pool when it was awaiting its first summary. */
  async function summarize(article: PoolArticle, language: string | undefined): Promise<StoryText> {
    if (await deps.budget?.isSpent()) return { snippetReason: 'budget_spent' };
    const content = await pool.getContent(article.id);
    const options = language ? { language } : {};
    let outcome: SummaryOutcome;
    try {
      outcome = content
        ? await summaries.summarizeArticle({ text: content, title: article.title, url: article.url, siteName: article.source }, options)
        : await summaries.summarizeUrl(article.url, options);
    } catch (error) {
      failedAt.set(failureKey(article.id, language), now());
      logger.warn({ err: error, url: article.url }, 'could not summarize a story for a digest; showing its snippet');
      return { snippetReason: 'unavailable' };
    }
    const { title, gist } = outcome.result.summary;
    if (outcome.fallbackReason) {
      // The labelled extractive summary is for a person who asked; a digest keeps the source's own words, labelled.
      return { snippetReason: outcome.fallbackReason === 'budget_spent' ? 'budget_spent' : 'unavailable', ...(!article.gist && { gist }) };
    }
    if (article.awaitingSummary) await pool.setSummary(article.id, { title, gist, language: outcome.result.summary.language });
    return { title, gist };
  }

  /** Whether the pool's title and gist will do for a reader of `language`. */
  const fits = (article: PoolArticle, language: string | undefined) =>
    !article.awaitingSummary && (language === undefined || article.summaryLanguage === undefined || article.summaryLanguage === language);

  function storyText(leadId: string, language: string | undefined): Promise<StoryText> {
    const key = failureKey(leadId, language);
    let running = inFlight.get(key);
    if (!running) {
      running = limit(async () => {
        // Another digest may have summarized it since this one was built.
        const article = await pool.get(leadId);
        if (!article) return { snippetReason: 'unavailable' as const };
        if (fits(article, language)) return { title: article.title, gist: article.gist };
        const failed = failedAt.get(key);
        if (failed !== undefined && now() - failed < retryAfterFailureMs) return { snippetReason: 'unavailable' as const };
        return summarize(article, language);
      }).finally(() => inFlight.delete(key));
      inFlight.set(key, running);
    }
    return running;
  }

  async function completeItem(item: DigestItem, language: string | undefined): Promise<DigestItem> {
    // Only a reader of another language than the lead's summary needs a new one.
    const needsTranslation = language !== undefined && item.summaryLanguage !== undefined && item.summaryLanguage !== language;
    if (!item.awaitingSummary && !needsTranslation) return item;
    const text = await storyText(item.leadId, language);
    // What the item said about its old text goes with it.
    const { awaitingSummary: _awaiting, summaryLanguage: _language, ...rest } = item;
    if ('snippetReason' in text) return { ...rest, gist: text.gist ?? item.gist, snippetReason: text.snippetReason };
    return { ...rest, title: text.title, gist: text.gist };
  }

  return {
    async complete(digest, language) {
      const sections = await Promise.all(
        digest.sections.map(async (section) => ({ ...section, items: await Promise.all(section.items.map((item) => completeItem(item, language))) })),
      );
      return { ...digest, sections };
    },
  };
}

/** Runs at most `concurrency` tasks at once, the rest in the order they came. */
function createLimiter(concurrency: number) {
  let active = 0;
  const waiting: Array<() => void> = [];
  // A finished task hands its slot straight to the next in line, so a newcomer can never slip in between.
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else active--;
  };
  return async <Result>(task: () => Promise<Result>): Promise<Result> => {
    if (active >= concurrency) await new Promise<void>((resolve) => waiting.push(resolve));
    else active++;
    try {
      return await task();
    } finally {
      release();
    }
  };
}
