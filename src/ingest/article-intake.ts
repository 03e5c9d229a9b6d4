import { createHash } from 'node:crypto';
import type { Clock } from '../core/clock.js';
import type { Topic } from '../core/topics.js';
import { countWords } from '../core/words.js';
import { canonicalizeUrl, isHttpUrl } from '../extract/canonicalize-url.js';
import type { FeedItem } from '../feeds/feed-types.js';
import type { ArticlePool, PoolArticle } from '../store/article-pool.js';
import { truncateAtWord } from '../summarize/sentences.js';
import type { SummaryOutcome, SummaryService } from '../summarize/summary-service.js';
import { guessTopics } from '../summarize/topic-keywords.js';
import { MIN_ARTICLE_WORDS, type ArticleOrigin } from './summary-request.js';

export type { ArticleOrigin } from './summary-request.js';

/** A source that brings articles in on its own: a feed, or a channel where the bot is an administrator. */
export interface IntakeSource {
  /** Shown as the source in digests. */
  name: string;
  /** The source's own topics (from the OPML or the admin); empty: each item is classified. */
  topics: readonly Topic[];
}

/** A post in a channel the bot administers. */
export interface ChannelPost {
  /** https://t.me/<channel>/<id>, or t.me/c/… for a channel without a public name. */
  url: string;
  text: string;
}

export type IntakeResult = 'added' | 'merged' | 'private' | 'skipped';

export interface ArticleIntake {
  /** A summary a person asked for: joins the pool when its origin is public. */
  admitSummary(outcome: SummaryOutcome, origin: ArticleOrigin): Promise<IntakeResult>;
  /** New items of a feed; costs no LLM call. Returns how many joined the pool as new articles. */
  admitFeedItems(source: IntakeSource, items: readonly FeedItem[]): Promise<number>;
  admitChannelPost(source: IntakeSource, post: ChannelPost): Promise<IntakeResult>;
}

/** The pool id of an article: its canonical URL, so whoever brings the same article finds the same entry. */
export function poolIdOf(canonicalUrl: string): string {
  return createHash('sha256').update(`url:${canonicalUrl}`).digest('hex').slice(0, 32);
}

/** The first words of an article, for telling the same story told twice. */
const LEAD_CHARACTERS = 600;
/** A digest line from a source's own text. */
const SNIPPET_CHARACTERS = 280;
const TITLE_CHARACTERS = 150;
/**
 * A feed's content counts as the whole article from this many words: feeds often put a teaser of a
 * paragraph or two in `content:encoded`; summarizing that would be summarizing the teaser.
 */
const FULL_CONTENT_WORDS = 150;

export interface ArticleIntakeDependencies {
  pool: ArticlePool;
  /** Asked whether a feed item's link was summarized before (somebody sent it): then it needs no LLM call later. */
  summaries: Pick<SummaryService, 'findCachedByUrl'>;
  clock: Clock;
  /** Topics of an item whose source names none; default: keyword classification of title and summary. */
  classify?: (text: string) => Topic[];
}

/**
 * The one way into the pool, whatever brought the article: it decides public or
 * private, matches the article against the pool (one entry per canonical URL,
 * its sources merged) and the summary cache, and adds it.
 */
export function createArticleIntake({ pool, summaries, clock, classify = guessTopics }: ArticleIntakeDependencies): ArticleIntake {
  async function admitFeedItem(source: IntakeSource, item: FeedItem): Promise<IntakeResult> {
    const url = canonicalUrlOf(item.url);
    if (!url) return 'skipped'; // a digest item needs a link to the article
    const text = item.summary ?? item.content ?? '';
    const title = item.title ?? (truncateAtWord(text, TITLE_CHARACTERS) || new URL(url).hostname);
    const topics = source.topics.length > 0 ? [...source.topics] : classify(`${title}\n${text}`);
    const cached = await summaries.findCachedByUrl(url);
    const base = { id: poolIdOf(url), url, topics, source: source.name, addedAt: clock.now(), lead: (item.content ?? text).slice(0, LEAD_CHARACTERS) };
    const article: PoolArticle = cached
      ? { ...base, title: cached.result.summary.title, gist: cached.result.summary.gist }
      : { ...base, title, gist: truncateAtWord(text, SNIPPET_CHARACTERS), awaitingSummary: true };
    if (cached) article.summaryLanguage = cached.result.summary.language;
    const fullText = item.content && countWords(item.content) >= FULL_CONTENT_WORDS ? item.content : undefined;
    return pool.add(article, cached ? undefined : fullText);
  }

  return {
    async admitSummary({ article, result }, origin) {
      if (origin.kind === 'pasted') return 'private';
      const url = origin.kind === 'forwarded_post' ? origin.postUrl : article.url;
      // A post forwarded from a channel with no public name has no link to show, and may well be private.
      if (!url) return 'private';
      const canonical = canonicalizeUrl(url);
      const id = poolIdOf(canonical);
      const added = await pool.add({
        id,
        title: result.summary.title,
        gist: result.summary.gist,
        topics: result.summary.topics,
        url: canonical,
        source: origin.kind === 'forwarded_post' ? origin.channelName : (article.siteName ?? new URL(canonical).hostname.replace(/^www\./, '')),
        addedAt: clock.now(),
        lead: article.text.slice(0, LEAD_CHARACTERS),
        summaryLanguage: result.summary.language,
      });
      // A feed brought it first and it awaits its summary: this one will do, and costs no second LLM call.
      if (added === 'merged') await pool.setSummary(id, { title: result.summary.title, gist: result.summary.gist, language: result.summary.language });
      return added;
    },

    async admitFeedItems(source, items) {
      let added = 0;
      for (const item of items) if ((await admitFeedItem(source, item)) === 'added') added++;
      return added;
    },

    async admitChannelPost(source, post) {
      const text = post.text.trim();
      if (!text) return 'skipped';
      const url = canonicalizeUrl(post.url);
      const [firstLine = ''] = text.split('\n');
      const isArticle = countWords(text) >= MIN_ARTICLE_WORDS;
      return pool.add(
        {
          id: poolIdOf(url),
          title: truncateAtWord(firstLine, TITLE_CHARACTERS),
          gist: truncateAtWord(text, SNIPPET_CHARACTERS),
          topics: source.topics.length > 0 ? [...source.topics] : classify(text),
          url,
          source: source.name,
          addedAt: clock.now(),
          lead: text.slice(0, LEAD_CHARACTERS),
          // A short post is its own summary; a long one is summarized from its text when a digest shows it.
          ...(isArticle && { awaitingSummary: true }),
        },
        isArticle ? text : undefined,
      );
    },
  };
}

function canonicalUrlOf(url: string | undefined): string | undefined {
  return url && isHttpUrl(url) ? canonicalizeUrl(url) : undefined;
}
