import { describe, expect, it } from 'vitest';
import type { FeedItem } from '../../../src/feeds/feed-types.js';
import { createArticleIntake, poolIdOf } from '../../../src/ingest/article-intake.js';
import { createArticlePool } from '../../../src/store/article-pool.js';
import { createKeyedLock } from '../../../src/store/keyed-lock.js';
import { openStore } from '../../../src/store/open-store.js';
import type { SummaryOutcome } from '../../../src/summarize/summary-service.js';
import { summaryResultFor } from '../../support/fake-summarizer.js';
import { createVirtualClock } from '../../support/virtual-clock.js';

const now = Date.parse('2026-11-25T06:00:00Z');
const longText = (words: number) => Array.from({ length: words }, (_, index) => `word${index}`).join(' ');

function item(overrides: Partial<FeedItem>): FeedItem {
  return { id: 'guid-1', title: 'Probe lands on a comet', url: 'https://news.example/probe?utm_source=rss', publishedAt: null, summary: 'A probe landed on a comet on Tuesday.', content: undefined, ...overrides };
}

async function setUp(cachedUrls: Record<string, SummaryOutcome> = {}) {
  const store = await openStore('memory://');
  const pool = createArticlePool({ store, lock: createKeyedLock(), ttlMs: 7 * 24 * 3_600_000 });
  const lookups: string[] = [];
  const intake = createArticleIntake({
    pool,
    clock: createVirtualClock(now, { autoAdvance: false }),
    summaries: {
      async findCachedByUrl(url) {
        lookups.push(url);
        return cachedUrls[url];
      },
    },
  });
  return { pool, intake, lookups };
}

describe('article intake', () => {
  it('puts a feed item in the pool awaiting its summary: canonical link, the feed snippet, the source topics, no LLM call', async () => {
    const { pool, intake, lookups } = await setUp();
    expect(await intake.admitFeedItems({ name: 'Space Wire', topics: ['science'] }, [item({})])).toBe(1);
    const id = poolIdOf('https://news.example/probe');
    expect(await pool.get(id)).toEqual({
      id,
      title: 'Probe lands on a comet',
      gist: 'A probe landed on a comet on Tuesday.',
      topics: ['science'],
      url: 'https://news.example/probe',
      source: 'Space Wire',
      addedAt: now,
      lead: 'A probe landed on a comet on Tuesday.',
      awaitingSummary: true,
    });
    expect(lookups).toEqual(['https://news.example/probe']);
    // A teaser in content is not the whole article; a long content is, and is kept for the summary.
    expect(await pool.getContent(id)).toBeUndefined();
    await intake.admitFeedItems({ name: 'Full Text Feed', topics: [] }, [item({ url: 'https://other.example/full', content: longText(200) })]);
    expect(await pool.getContent(poolIdOf('https://other.example/full'))).toBe(longText(200));
  });

  it('classifies an item when its source names no topics, skips an item without a link, and merges the same link from two feeds', async () => {
    const { pool, intake } = await setUp();
    const added = await intake.admitFeedItems({ name: 'Wire', topics: [] }, [
      item({ title: 'Football: the cup final goes to penalties', summary: 'The league match and the tournament final were decided by the coach.' }),
      item({ id: 'no-link', url: undefined }),
      item({ id: 'bad-link', url: 'javascript:alert(1)' }),
    ]);
    expect(added).toBe(1);
    expect(await intake.admitFeedItems({ name: 'Other Wire', topics: ['world'] }, [item({ url: 'https://news.example/probe#comments' })])).toBe(0);
    const [only, ...rest] = await pool.listSince(0, now + 1);
    expect(rest).toEqual([]);
    expect(only).toMatchObject({ topics: ['sports'], source: 'Wire', alsoFrom: ['Other Wire'] });
  });

  it('takes the summary of a link somebody had summarized already: the item needs no LLM call later', async () => {
    const outcome: SummaryOutcome = { article: { text: 'x', url: 'https://news.example/probe' }, result: summaryResultFor({ text: 'x', title: 'Probe' }), cached: true };
    const { pool, intake } = await setUp({ 'https://news.example/probe': outcome });
    await intake.admitFeedItems({ name: 'Wire', topics: ['science'] }, [item({})]);
    const stored = await pool.get(poolIdOf('https://news.example/probe'));
    expect(stored).toMatchObject({ title: 'Summary of Probe', gist: 'One line.', topics: ['science'] });
    expect(stored?.awaitingSummary).toBeUndefined();
  });

  it('keeps pasted text private and pools public links and public forwards; a person summarizing a pooled feed item completes it', async () => {
    const { pool, intake } = await setUp();
    const article = { text: 'Body of the article.', url: 'https://news.example/probe', siteName: 'News Example' };
    const result = summaryResultFor({ text: 'x', title: 'Probe' });
    expect(await intake.admitSummary({ article, result, cached: false }, { kind: 'pasted' })).toBe('private');
    expect(await intake.admitSummary({ article, result, cached: false }, { kind: 'forwarded_post', channelName: 'Secret', postUrl: undefined })).toBe('private');
    expect(await pool.listSince(0, now + 1)).toEqual([]);

    await intake.admitFeedItems({ name: 'Wire', topics: ['science'] }, [item({})]);
    expect(await intake.admitSummary({ article, result, cached: false }, { kind: 'link' })).toBe('merged');
    expect(await pool.get(poolIdOf('https://news.example/probe'))).toMatchObject({ title: 'Summary of Probe', gist: 'One line.', source: 'Wire', alsoFrom: ['News Example'] });

    expect(await intake.admitSummary({ article: { text: 'Post.' }, result, cached: false }, { kind: 'forwarded_post', channelName: 'Iberia Now', postUrl: 'https://t.me/iberianow/5' })).toBe('added');
    expect(await pool.get(poolIdOf('https://t.me/iberianow/5'))).toMatchObject({ source: 'Iberia Now', url: 'https://t.me/iberianow/5' });
  });

  it('pools a channel post: a short one is its own summary, a long one awaits a summary made from its text', async () => {
    const { pool, intake } = await setUp();
    expect(await intake.admitChannelPost({ name: 'Iberia Now', topics: ['world'] }, { url: 'https://t.me/iberianow/7', text: 'Rail strike halts trains across Portugal.\nMore soon.' })).toBe('added');
    expect(await pool.get(poolIdOf('https://t.me/iberianow/7'))).toEqual({
      id: poolIdOf('https://t.me/iberianow/7'),
      title: 'Rail strike halts trains across Portugal.',
      gist: 'Rail strike halts trains across Portugal. More soon.',
      topics: ['world'],
      url: 'https://t.me/iberianow/7',
      source: 'Iberia Now',
      addedAt: now,
      lead: 'Rail strike halts trains across Portugal.\nMore soon.',
    });
    const long = `Headline of a long post\n\n${longText(80)}`;
    await intake.admitChannelPost({ name: 'Iberia Now', topics: ['world'] }, { url: 'https://t.me/iberianow/8', text: long });
    expect(await pool.get(poolIdOf('https://t.me/iberianow/8'))).toMatchObject({ title: 'Headline of a long post', awaitingSummary: true });
    expect(await pool.getContent(poolIdOf('https://t.me/iberianow/8'))).toBe(long);
    expect(await intake.admitChannelPost({ name: 'Iberia Now', topics: [] }, { url: 'https://t.me/iberianow/9', text: '   ' })).toBe('skipped');
  });
});
