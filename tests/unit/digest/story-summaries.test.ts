import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/core/article.js';
import type { Digest, DigestItem } from '../../../src/digest/build-digest.js';
import { createStorySummaries } from '../../../src/digest/story-summaries.js';
import { FetchError } from '../../../src/extract/fetch-error.js';
import { silentLogger } from '../../../src/logger.js';
import { createArticlePool, type PoolArticle } from '../../../src/store/article-pool.js';
import { createKeyedLock } from '../../../src/store/keyed-lock.js';
import { openStore } from '../../../src/store/open-store.js';
import type { SummaryOutcome } from '../../../src/summarize/summary-service.js';
import { summaryResultFor } from '../../support/fake-summarizer.js';

const now = Date.parse('2026-11-25T08:00:00Z');

function poolItem(id: string, overrides: Partial<PoolArticle> = {}): PoolArticle {
  return { id, title: `Headline ${id}`, gist: `Snippet ${id}.`, topics: ['science'], url: `https://news.example/${id}`, source: 'Wire', addedAt: now - 3_600_000, awaitingSummary: true, ...overrides };
}

function digestOf(articles: readonly PoolArticle[]): Digest {
  const items: DigestItem[] = articles.map((article) => ({
    title: article.title,
    gist: article.gist,
    sources: [{ name: article.source, url: article.url }],
    latestAt: article.addedAt,
    leadId: article.id,
    ...(article.awaitingSummary && { awaitingSummary: true }),
    ...(article.summaryLanguage && { summaryLanguage: article.summaryLanguage }),
  }));
  return { sections: [{ topic: 'science', items }], contentKey: 'key', itemCount: items.length };
}

/** A summary service that records what it was asked; each answer is set up by the test. */
function fakeSummaries(answer: (input: { url?: string; article?: Article }) => Promise<SummaryOutcome>) {
  const calls: Array<{ url?: string; article?: Article }> = [];
  return {
    calls,
    service: {
      summarizeUrl: (url: string) => {
        calls.push({ url });
        return answer({ url });
      },
      summarizeArticle: (article: Article) => {
        calls.push({ article });
        return answer({ article });
      },
    },
  };
}

const summaryOf = (title: string): SummaryOutcome => ({ article: { text: 'x' }, result: summaryResultFor({ text: 'x', title }), cached: false });

async function setUp(articles: Array<[PoolArticle, string?]>) {
  const pool = createArticlePool({ store: await openStore('memory://'), lock: createKeyedLock(), ttlMs: 7 * 24 * 3_600_000 });
  for (const [article, content] of articles) await pool.add(article, content);
  return pool;
}

describe('story summaries', () => {
  it('summarizes each awaiting story once, from its full text when the source carried it, else from its link, and records it in the pool', async () => {
    const withText = poolItem('with-text');
    const linkOnly = poolItem('link-only');
    const done = poolItem('done', { awaitingSummary: undefined, title: 'Summarized', gist: 'Already a gist.' });
    const pool = await setUp([[withText, 'The whole article as the feed carried it.'], [linkOnly], [done]]);
    const summaries = fakeSummaries(async ({ url, article }) => summaryOf(url ?? article?.title ?? '?'));
    const stories = createStorySummaries({ pool, summaries: summaries.service, logger: silentLogger });

    const digest = digestOf([withText, linkOnly, done]);
    const [first, second] = await Promise.all([stories.complete(digest), stories.complete(digest)]);
    expect(second).toEqual(first);
    expect(first.sections[0]?.items).toEqual([
      { title: 'Summary of Headline with-text', gist: 'One line.', sources: [{ name: 'Wire', url: 'https://news.example/with-text' }], latestAt: withText.addedAt, leadId: 'with-text' },
      { title: 'Summary of https://news.example/link-only', gist: 'One line.', sources: [{ name: 'Wire', url: 'https://news.example/link-only' }], latestAt: linkOnly.addedAt, leadId: 'link-only' },
      { title: 'Summarized', gist: 'Already a gist.', sources: [{ name: 'Wire', url: 'https://news.example/done' }], latestAt: done.addedAt, leadId: 'done' },
    ]);
    expect(summaries.calls).toHaveLength(2);
    expect(summaries.calls).toContainEqual({
      article: { text: 'The whole article as the feed carried it.', title: 'Headline with-text', url: 'https://news.example/with-text', siteName: 'Wire' },
    });
    expect(summaries.calls).toContainEqual({ url: 'https://news.example/link-only' });
    expect(await pool.get('link-only')).toMatchObject({ title: 'Summary of https://news.example/link-only', gist: 'One line.' });
    // The next digest finds them summarized: no more calls.
    await stories.complete(digestOf([withText, linkOnly]));
    expect(summaries.calls).toHaveLength(2);
  });

  it('with the budget spent, shows the snippet labelled and asks for nothing; a story that failed shows its snippet and is not retried for an hour', async () => {
    const story = poolItem('story');
    const broken = poolItem('broken');
    const pool = await setUp([[story], [broken]]);
    let spent = true;
    let clock = now;
    const summaries = fakeSummaries(async ({ url }) => {
      if (url?.endsWith('broken')) throw new FetchError('http_status', 'The server answered 503', { url, status: 503 });
      return summaryOf(url ?? '?');
    });
    const stories = createStorySummaries({ pool, summaries: summaries.service, budget: { isSpent: async () => spent }, logger: silentLogger, now: () => clock });

    const budgetSpent = await stories.complete(digestOf([story]));
    expect(budgetSpent.sections[0]?.items[0]).toMatchObject({ title: 'Headline story', gist: 'Snippet story.', snippetReason: 'budget_spent' });
    expect(summaries.calls).toEqual([]);

    spent = false;
    const failed = await stories.complete(digestOf([broken]));
    expect(failed.sections[0]?.items[0]).toMatchObject({ gist: 'Snippet broken.', snippetReason: 'unavailable' });
    await stories.complete(digestOf([broken]));
    expect(summaries.calls).toEqual([{ url: 'https://news.example/broken' }]);
    clock += 3_600_001;
    await stories.complete(digestOf([broken]));
    expect(summaries.calls).toHaveLength(2);
    expect((await pool.get('broken'))?.awaitingSummary).toBe(true);
  });

  it('does not record an extractive fallback as the story summary: the snippet goes out, and the next digest tries the LLM again', async () => {
    const story = poolItem('story');
    const pool = await setUp([[story]]);
    const summaries = fakeSummaries(async () => ({ ...summaryOf('x'), fallbackReason: 'unavailable' }));
    const stories = createStorySummaries({ pool, summaries: summaries.service, logger: silentLogger });
    const digest = await stories.complete(digestOf([story]));
    expect(digest.sections[0]?.items[0]).toMatchObject({ gist: 'Snippet story.', snippetReason: 'unavailable' });
    expect((await pool.get('story'))?.awaitingSummary).toBe(true);
  });

  it('summarizes at most `concurrency` stories at once, first come first served', async () => {
    const articles = Array.from({ length: 5 }, (_, index) => poolItem(`s${index}`));
    const pool = await setUp(articles.map((article) => [article]));
    let running = 0;
    let most = 0;
    const started: string[] = [];
    const summaries = fakeSummaries(async ({ url }) => {
      started.push(url ?? '?');
      running++;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, 5));
      running--;
      return summaryOf(url ?? '?');
    });
    const stories = createStorySummaries({ pool, summaries: summaries.service, logger: silentLogger, concurrency: 2 });
    await stories.complete(digestOf(articles));
    expect(most).toBe(2);
    expect(started).toEqual(articles.map((article) => article.url));
  });

  it('summarizes a story again for a reader of another language, once, without touching the pool; a story of unknown language is left as it is', async () => {
    const english = poolItem('english', { awaitingSummary: undefined, title: 'English title', gist: 'English gist.', summaryLanguage: 'en' });
    const unknown = poolItem('unknown', { awaitingSummary: undefined, title: 'Old title', gist: 'Old gist.' });
    const pool = await setUp([[english], [unknown]]);
    const languages: Array<string | undefined> = [];
    const summaries = fakeSummaries(async ({ url }) => summaryOf(url ?? '?'));
    const stories = createStorySummaries({
      pool,
      summaries: {
        summarizeUrl: (url, options) => {
          languages.push(options?.language);
          return summaries.service.summarizeUrl(url);
        },
        summarizeArticle: summaries.service.summarizeArticle,
      },
      logger: silentLogger,
    });
    const digest = digestOf([english, unknown]);
    expect(await stories.complete(digest, 'en')).toEqual(digest);
    expect(await stories.complete(digest)).toEqual(digest);
    const russian = await stories.complete(digest, 'ru');
    expect(russian.sections[0]?.items.map((item) => item.title)).toEqual(['Summary of https://news.example/english', 'Old title']);
    await stories.complete(digest, 'ru');
    expect(summaries.calls).toHaveLength(2); // the second time the summary service answers from its cache, not this fake
    expect(languages).toEqual(['ru', 'ru']);
    expect(await pool.get('english')).toMatchObject({ title: 'English title', summaryLanguage: 'en' });
  });
});
