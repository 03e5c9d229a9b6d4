import { describe, expect, it } from 'vitest';
import { FetchError } from '../../../src/extract/fetch-error.js';
import type { FetchedResource, Fetcher, ResourceRequest } from '../../../src/extract/safe-fetch.js';
import { FEED_ACCEPT } from '../../../src/feeds/feed-media-types.js';
import { FeedError } from '../../../src/feeds/feed-types.js';
import { fetchFeed } from '../../../src/feeds/fetch-feed.js';
import { utf8 } from './encoded-bytes.js';

type Answer = { contentType: string; body: string } | { status: number };

/** A fetcher that answers only the URLs a test set up, and records what was asked. */
function createFakeFetcher(answers: Record<string, Answer>) {
  const requests: Array<{ url: string; request: ResourceRequest }> = [];
  const fetcher: Pick<Fetcher, 'fetchResource'> = {
    async fetchResource(url, request) {
      requests.push({ url, request });
      const answer = answers[url];
      if (answer === undefined) throw new Error(`fake fetcher: no answer set up for ${url}`);
      if ('status' in answer) throw new FetchError('http_status', `The server answered ${answer.status}`, { url, status: answer.status });
      const resource: FetchedResource = { url, permanentUrl: url, status: 200, headers: { 'content-type': answer.contentType }, bytes: utf8(answer.body) };
      return resource;
    },
  };
  return { fetcher, requests };
}

const rss = (title: string) => `<rss version="2.0"><channel><title>${title}</title><item><title>One</title><guid isPermaLink="false">1</guid></item></channel></rss>`;
const page = (...hrefs: string[]) =>
  `<!doctype html><html><head>${hrefs.map((href) => `<link rel="alternate" type="application/rss+xml" href="${href}">`).join('')}</head><body></body></html>`;

describe('fetchFeed', () => {
  it('reads a feed URL as a feed, asking for feed types', async () => {
    const { fetcher, requests } = createFakeFetcher({ 'https://a.example/feed': { contentType: 'application/rss+xml', body: rss('A') } });
    const fetched = await fetchFeed('https://a.example/feed', fetcher);
    expect(fetched).toEqual({
      feed: { title: 'A', siteUrl: undefined, feedUrl: 'https://a.example/feed', ttlMinutes: undefined, items: [expect.objectContaining({ id: '1', title: 'One' })] },
    });
    expect(requests).toEqual([{ url: 'https://a.example/feed', request: { accept: FEED_ACCEPT } }]);
  });

  it('follows a page to the first of its feeds that reads', async () => {
    const { fetcher, requests } = createFakeFetcher({
      'https://b.example/': { contentType: 'text/html', body: page('/gone.xml', '/feed.xml', '/comments.xml') },
      'https://b.example/gone.xml': { status: 404 },
      'https://b.example/feed.xml': { contentType: 'text/xml', body: rss('B') },
    });
    const fetched = await fetchFeed('https://b.example/', fetcher);
    expect(fetched.discoveredFrom).toBe('https://b.example/');
    expect(fetched.feed.title).toBe('B');
    expect(requests.map(({ url }) => url)).toEqual(['https://b.example/', 'https://b.example/gone.xml', 'https://b.example/feed.xml']);
  });

  it('tries at most three of the feeds a page names, and says why none read', async () => {
    const { fetcher, requests } = createFakeFetcher({
      'https://c.example/': { contentType: 'text/html', body: page('/1', '/2', '/3', '/4') },
      'https://c.example/1': { status: 500 },
      'https://c.example/2': { contentType: 'text/html', body: page('/deeper') },
      'https://c.example/3': { status: 404 },
    });
    const failure = await fetchFeed('https://c.example/', fetcher).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(FeedError);
    expect(failure).toMatchObject({
      code: 'not_a_feed',
      message: 'The page names https://c.example/1, https://c.example/2, https://c.example/3, but no feed could be read there',
      cause: expect.objectContaining({ code: 'http_status', status: 500 }),
    });
    // Only one level deep: the page that /2 turned out to be is not searched in turn.
    expect(requests.map(({ url }) => url)).toEqual(['https://c.example/', 'https://c.example/1', 'https://c.example/2', 'https://c.example/3']);
  });

  it('says not_a_feed for a page that names no feed', async () => {
    const { fetcher } = createFakeFetcher({ 'https://d.example/': { contentType: 'text/html', body: page() } });
    await expect(fetchFeed('https://d.example/', fetcher)).rejects.toMatchObject({ code: 'not_a_feed' });
  });

  it('passes a parse failure other than not_a_feed straight through', async () => {
    const { fetcher, requests } = createFakeFetcher({
      'https://e.example/feed': { contentType: 'application/rss+xml', body: '<!DOCTYPE rss [<!ENTITY x "y">]><rss version="2.0"></rss>' },
    });
    await expect(fetchFeed('https://e.example/feed', fetcher)).rejects.toMatchObject({ code: 'unsafe_xml' });
    expect(requests).toHaveLength(1);
  });
});
