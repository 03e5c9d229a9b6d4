import { describe, expect, it } from 'vitest';
import { createArticlePool, type PoolArticle } from '../../../src/store/article-pool.js';
import { createKeyedLock } from '../../../src/store/keyed-lock.js';
import { openStore } from '../../../src/store/open-store.js';

const HOUR = 3_600_000;
const now = Date.parse('2026-11-25T08:30:00Z'); // not on the hour, so the window's edge cuts through an hour bucket
const article = (id: string, addedAt: number): PoolArticle => ({ id, title: id, gist: id, topics: ['world'], url: `https://news.example/${id}`, source: 'News', addedAt });

describe('article pool', () => {
  it('lists what joined after a moment and within the pool window, each article once', async () => {
    const pool = createArticlePool({ store: await openStore('memory://'), lock: createKeyedLock(), ttlMs: 7 * 24 * HOUR });
    await pool.add(article('too-old', now - 7 * 24 * HOUR - 10 * 60_000)); // same hour bucket as the window's edge
    await pool.add(article('six-days', now - 6 * 24 * HOUR));
    await pool.add(article('yesterday', now - 20 * HOUR));
    await pool.add(article('yesterday', now - 1 * HOUR)); // the same article again keeps its first time
    await pool.add(article('just-now', now));
    expect((await pool.listSince(0, now)).map((each) => each.id).sort()).toEqual(['just-now', 'six-days', 'yesterday']);
    expect((await pool.listSince(now - 24 * HOUR, now)).map((each) => [each.id, each.addedAt])).toEqual([
      ['yesterday', now - 20 * HOUR],
      ['just-now', now],
    ]);
  });
});

describe('article pool: one entry per article, whoever brings it', () => {
  it('merges the names of every source that brings the same article, keeps its first time, and validates what it reads back', async () => {
    const store = await openStore('memory://');
    const pool = createArticlePool({ store, lock: createKeyedLock(), ttlMs: 7 * 24 * HOUR });
    expect(await pool.add({ ...article('a', now - HOUR), source: 'Feed One', awaitingSummary: true }, 'The whole text.')).toBe('added');
    expect(await pool.add({ ...article('a', now), source: 'Feed Two' })).toBe('merged');
    expect(await pool.add({ ...article('a', now), source: 'Feed One' })).toBe('merged');
    expect(await pool.get('a')).toEqual({ ...article('a', now - HOUR), source: 'Feed One', alsoFrom: ['Feed Two'], awaitingSummary: true });
    expect(await pool.getContent('a')).toBe('The whole text.');

    await pool.setSummary('a', { title: 'A summary title', gist: 'A summary gist.', language: 'en' });
    expect(await pool.get('a')).toEqual({ ...article('a', now - HOUR), source: 'Feed One', alsoFrom: ['Feed Two'], title: 'A summary title', gist: 'A summary gist.', summaryLanguage: 'en' });
    // The first summary stands.
    await pool.setSummary('a', { title: 'Another', gist: 'Another.', language: 'en' });
    expect((await pool.get('a'))?.title).toBe('A summary title');

    await store.set('pool:article:broken', { id: 'broken', title: 42 });
    await expect(pool.get('broken')).rejects.toThrow(/^malformed record read back from pool:article:broken:/);
  });
});
