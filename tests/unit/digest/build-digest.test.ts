import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../../src/digest/build-digest.js';
import type { PoolArticle } from '../../../src/store/article-pool.js';
import { clusterStories } from '../../../src/digest/story-clusters.js';

const HOUR = 3_600_000;
const now = Date.parse('2026-11-25T08:00:00Z');

function article(id: string, overrides: Partial<PoolArticle>): PoolArticle {
  return { id, title: `Title ${id}`, gist: `Gist ${id}`, topics: ['world'], url: `https://site.example/${id}`, source: 'Site', addedAt: now - HOUR, ...overrides };
}

const shoigu = [
  article('a', {
    title: 'Russian Defense Minister Shoigu and Pentagon chief Austin hold rare phone call',
    gist: 'Shoigu and Austin discussed Ukraine in their first call since May.',
    url: 'https://www.themoscowtimes.com/call',
    source: 'The Moscow Times',
    addedAt: now - 5 * HOUR,
    topics: ['world', 'politics'],
  }),
  article('b', {
    title: 'Austin urges Shoigu to keep lines of communication open in rare call',
    gist: 'Pentagon says Austin and Shoigu spoke by phone about Ukraine, first call since May.',
    url: 'https://apnews.example/austin-shoigu',
    source: 'AP',
    addedAt: now - 3 * HOUR,
    topics: ['politics'],
  }),
  article('c', {
    title: 'Shoigu, Austin discuss Ukraine by phone for first time since May',
    gist: 'Russian defense minister Shoigu and Austin held a phone call on Ukraine.',
    url: 'https://reuters.example/shoigu-austin',
    source: 'Reuters',
    addedAt: now - 2 * HOUR,
    topics: ['world'],
  }),
];
const unrelated = [
  article('d', { title: 'Apple unveils new chip for laptops', gist: 'Apple announced a faster chip for its MacBook line.', topics: ['technology'], addedAt: now - HOUR }),
  article('e', { title: 'Heatwave hits southern Europe', gist: 'Temperatures passed 40 degrees in Spain and Italy.', topics: ['world'], addedAt: now - 4 * HOUR }),
  article('f', { title: 'Old news about elections', gist: 'Something from two days ago.', topics: ['world'], addedAt: now - 48 * HOUR }),
];

describe('buildDigest', () => {
  const pool = [...shoigu, ...unrelated];
  const clusters = clusterStories(pool);

  it('merges one story from three sources into one item listing every source, ranked first', () => {
    const digest = buildDigest(pool, clusters, { topics: ['world', 'technology'], since: now - 24 * HOUR, until: now, maxItemsPerTopic: 5 });
    expect(digest.sections).toEqual([
      {
        topic: 'world',
        items: [
          {
            title: shoigu[0]?.title,
            gist: shoigu[0]?.gist,
            sources: [
              { name: 'The Moscow Times', url: 'https://www.themoscowtimes.com/call' },
              { name: 'AP', url: 'https://apnews.example/austin-shoigu' },
              { name: 'Reuters', url: 'https://reuters.example/shoigu-austin' },
            ],
            latestAt: now - 2 * HOUR,
            leadId: shoigu[0]?.id,
          },
          { title: 'Heatwave hits southern Europe', gist: 'Temperatures passed 40 degrees in Spain and Italy.', sources: [{ name: 'Site', url: 'https://site.example/e' }], latestAt: now - 4 * HOUR, leadId: 'e' },
        ],
      },
      {
        topic: 'technology',
        items: [{ title: 'Apple unveils new chip for laptops', gist: 'Apple announced a faster chip for its MacBook line.', sources: [{ name: 'Site', url: 'https://site.example/d' }], latestAt: now - HOUR, leadId: 'd' }],
      },
    ]);
    expect(digest.itemCount).toBe(3);
  });

  it('lists only what is new since the last digest and only followed topics', () => {
    const digest = buildDigest(pool, clusters, { topics: ['technology'], since: now - 2 * HOUR, until: now, maxItemsPerTopic: 5 });
    expect(digest.sections.map((section) => section.items.map((item) => item.title))).toEqual([['Apple unveils new chip for laptops']]);
    const nothing = buildDigest(pool, clusters, { topics: ['sports'], since: now - 24 * HOUR, until: now, maxItemsPerTopic: 5 });
    expect(nothing).toMatchObject({ sections: [], itemCount: 0 });
  });

  it('caps items per topic and changes its content key with its content', () => {
    const small = buildDigest(pool, clusters, { topics: ['world'], since: now - 24 * HOUR, until: now, maxItemsPerTopic: 1 });
    const large = buildDigest(pool, clusters, { topics: ['world'], since: now - 24 * HOUR, until: now, maxItemsPerTopic: 5 });
    expect(small.itemCount).toBe(1);
    expect(small.contentKey).not.toBe(large.contentKey);
    expect(buildDigest(pool, clusters, { topics: ['world'], since: now - 24 * HOUR, until: now, maxItemsPerTopic: 1 }).contentKey).toBe(small.contentKey);
  });
});

describe('buildDigest: which report leads a story', () => {
  const [first, second, third] = shoigu as [PoolArticle, PoolArticle, PoolArticle];

  it('lets a summarized report lead, even one from before the window, so a story awaiting its summary costs no LLM call', () => {
    const pool = [
      { ...first, addedAt: now - 30 * HOUR }, // summarized, shown in yesterday's digest
      { ...second, awaitingSummary: true },
      { ...third, awaitingSummary: true },
    ];
    const digest = buildDigest(pool, clusterStories(pool), { topics: ['world'], since: now - 24 * HOUR, until: now, maxItemsPerTopic: 5 });
    const [item] = digest.sections[0]?.items ?? [];
    // The title and gist are the summary's; only the new reports are listed as sources.
    expect(item).toMatchObject({ title: first.title, gist: first.gist, leadId: first.id });
    expect(item?.awaitingSummary).toBeUndefined();
    expect(item?.sources.map((source) => source.name)).toEqual(['AP', 'Reuters']);
  });

  it('without a summarized report, the oldest report in the window leads and awaits its summary; merged sources are named together', () => {
    const pool = [
      { ...second, awaitingSummary: true, alsoFrom: ['AP Top Stories'] },
      { ...third, awaitingSummary: true },
    ];
    const digest = buildDigest(pool, clusterStories(pool), { topics: ['world'], since: now - 24 * HOUR, until: now, maxItemsPerTopic: 5 });
    const [item] = digest.sections[0]?.items ?? [];
    expect(item).toMatchObject({ gist: second.gist, leadId: second.id, awaitingSummary: true });
    expect(item?.sources.map((source) => source.name)).toEqual(['AP / AP Top Stories', 'Reuters']);
  });
});

describe('clusterStories', () => {
  it('keeps unrelated stories apart and merges equal URLs', () => {
    const clusters = clusterStories([...shoigu, ...unrelated, article('g', { url: 'https://site.example/d', title: 'Different words entirely', gist: 'Nothing alike.' })]);
    expect(new Set(shoigu.map((item) => clusters.get(item.id))).size).toBe(1);
    expect(clusters.get('d')).toBe(clusters.get('g'));
    expect(new Set(['a', 'd', 'e', 'f'].map((id) => clusters.get(id))).size).toBe(4);
  });
});
