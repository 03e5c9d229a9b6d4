import type { Article } from '../core/article.js';
import type { ArticlePool } from '../store/article-pool.js';
import type { SummaryResult } from '../summarize/summary.js';
import type { Clock } from '../core/clock.js';

/** Where a summarized article came from; only public sources join the shared pool. */
export type ArticleSource =
  | { kind: 'link' }
  | { kind: 'public_post'; url: string; channelName: string }
  | { kind: 'private_text' };

const LEAD_CHARACTERS = 600;

/**
 * Adds summaries of public articles (a link, a post forwarded from a public
 * channel) to the pool digests are made from. Text pasted in a private chat is
 * summarized for that person only and never lands here.
 */
export function createPoolIntake({ pool, clock }: { pool: ArticlePool; clock: Clock }) {
  return {
    async add(article: Article, result: SummaryResult, source: ArticleSource, contentId: string): Promise<boolean> {
      if (source.kind === 'private_text') return false;
      const url = source.kind === 'public_post' ? source.url : article.url;
      if (!url) return false;
      await pool.add({
        id: contentId,
        title: result.summary.title,
        gist: result.summary.gist,
        topics: result.summary.topics,
        url,
        source: source.kind === 'public_post' ? source.channelName : (article.siteName ?? new URL(url).hostname.replace(/^www\./, '')),
        addedAt: clock.now(),
        lead: article.text.slice(0, LEAD_CHARACTERS),
      });
      return true;
    },
  };
}

export type PoolIntake = ReturnType<typeof createPoolIntake>;
