import { afterEach, describe, expect, it } from 'vitest';
import { createSafeFetcher } from '../../../src/extract/safe-fetch.js';
import type { FeedItem } from '../../../src/feeds/feed-types.js';
import { parseFeed } from '../../../src/feeds/parse-feed.js';
import { silentLogger } from '../../../src/logger.js';
import { createFeedPoller, type ParseFeed } from '../../../src/sources/feed-poller.js';
import { createKeyedLock } from '../../../src/store/keyed-lock.js';
import { openStore, type KeyValueStore } from '../../../src/store/open-store.js';
import { createSourceStore, feedSourceId, type SourceRecord } from '../../../src/store/source-store.js';
import { rssDocument, startFeedServer, type FeedServer } from '../../support/feed-server.js';
import { createVirtualClock } from '../../support/virtual-clock.js';

const HOUR = 3_600_000;
const START = Date.parse('2026-11-26T06:00:00Z');

const servers: FeedServer[] = [];
const stores: KeyValueStore[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
  await Promise.all(stores.splice(0).map((store) => store.close()));
});

/** The real safe fetcher and the real parser against a local feed host; only the clock is virtual. */
async function setUp({ timeoutMs }: { timeoutMs?: number } = {}) {
  const server = await startFeedServer();
  servers.push(server);
  const store = await openStore('memory://');
  stores.push(store);
  const clock = createVirtualClock(START, { autoAdvance: false });
  const sources = createSourceStore({ store, lock: createKeyedLock(), clock });
  let parsed = 0;
  const countingParser: ParseFeed = (bytes, options) => {
    parsed += 1;
    return parseFeed(bytes, options);
  };
  const admitted: Array<{ source: SourceRecord; items: FeedItem[] }> = [];
  const notices: Array<{ name: string; reason: string }> = [];
  const poller = createFeedPoller({
    sources,
    fetcher: createSafeFetcher({ allowPrivateAddresses: true, ...(timeoutMs !== undefined && { timeoutMs }) }),
    parseFeed: countingParser,
    admit: async (source, items) => {
      admitted.push({ source, items });
    },
    notifyAdmins: async (deactivation) => {
      notices.push(deactivation);
    },
    clock,
    logger: silentLogger,
    random: () => 0.5,
    settings: { pollIntervalMs: 30 * 60_000 },
  });
  const addFeed = async (path: string) => {
    const url = server.url(path);
    await sources.add(
      { id: feedSourceId(url), kind: 'feed', url, title: undefined, topics: [], origin: 'admin', addedAt: START },
      { nextCheckAt: START, consecutiveFailures: 0, itemsTaken: 0, itemsToday: { day: '2026-11-26', count: 0 }, checkedOnce: false },
    );
    return feedSourceId(url);
  };
  return { server, sources, poller, admitted, notices, addFeed, parsed: () => parsed };
}

const stories = [
  { guid: 'story-2', title: 'Second story & more', link: 'https://news.example/2', publishedAt: START - HOUR },
  { guid: 'story-1', title: 'First story', link: 'https://news.example/1', publishedAt: START - 2 * HOUR },
];

describe('feed poller over HTTP with the safe fetcher and the real parser', () => {
  it('reads a feed once, then sends its ETag back and takes the 304 without parsing', async () => {
    const { server, poller, admitted, addFeed, parsed } = await setUp();
    server.feed('/rss', rssDocument({ title: 'Local News', items: stories }), { lastModified: 'Wed, 25 Nov 2026 08:00:00 GMT' });
    const id = await addFeed('/rss');

    expect(await poller.checkNow(id)).toMatchObject({ outcome: 'read', admitted: 2 });
    expect(admitted.map(({ source, items }) => ({ title: source.title, items: items.map((each) => [each.id, each.title]) }))).toEqual([
      { title: 'Local News', items: [['story-2', 'Second story & more'], ['story-1', 'First story']] },
    ]);
    expect(await poller.checkNow(id)).toMatchObject({ outcome: 'not_modified', admitted: 0 });
    const [first, second] = server.requests('/rss');
    expect(first?.headers['if-none-match']).toBeUndefined();
    expect({ status: second?.status, ifNoneMatch: second?.headers['if-none-match'], ifModifiedSince: second?.headers['if-modified-since'] }).toEqual({
      status: 304,
      ifNoneMatch: expect.stringMatching(/^"[0-9a-f]{16}"$/),
      ifModifiedSince: 'Wed, 25 Nov 2026 08:00:00 GMT',
    });
    expect(parsed()).toBe(1);
  });

  it('follows a 301 to the feed’s new address and keeps it', async () => {
    const { server, sources, poller, addFeed } = await setUp();
    server.redirect('/old', '/new', 301);
    server.feed('/new', rssDocument({ title: 'Moved', items: stories }));
    const id = await addFeed('/old');
    expect(await poller.checkNow(id)).toMatchObject({ outcome: 'read', movedTo: server.url('/new') });
    expect((await sources.get(id))?.source.url).toBe(server.url('/new'));
    await poller.checkNow(id);
    expect(server.requests('/old')).toHaveLength(1);
    expect(server.requests('/new').map((request) => request.status)).toEqual([200, 304]);
  });

  it('deactivates on 410 and honours a 429’s Retry-After', async () => {
    const { server, sources, poller, notices, addFeed } = await setUp();
    server.status('/gone', 410);
    server.tooManyRequests('/busy', '7200');
    const gone = await addFeed('/gone');
    const busy = await addFeed('/busy');
    expect(await poller.checkNow(gone)).toMatchObject({ outcome: 'failed', deactivated: 'it answered 410 Gone: the site has taken it down' });
    expect(notices).toEqual([{ name: server.url('/gone'), reason: 'it answered 410 Gone: the site has taken it down' }]);
    const report = await poller.checkNow(busy);
    expect(report).toMatchObject({ outcome: 'failed', error: 'The server answered 429', nextCheckAt: START + 2 * HOUR });
    expect((await sources.get(busy))?.health.retryAfterUntil).toBe(START + 2 * HOUR);
  });

  it('takes twenty items a check from a feed whose every guid changes, and fails a hung host at the time-out', async () => {
    const { server, poller, admitted, addFeed } = await setUp({ timeoutMs: 300 });
    server.everyGuidChanges('/churn', 40);
    server.hang('/hung');
    const churn = await addFeed('/churn');
    await poller.checkNow(churn); // first check: undated items are not taken, all are marked seen
    expect(await poller.checkNow(churn)).toMatchObject({ outcome: 'read', admitted: 20, passedOver: 20 });
    expect(admitted.map(({ items }) => items.length)).toEqual([20]);
    const hung = await addFeed('/hung');
    expect(await poller.checkNow(hung)).toMatchObject({ outcome: 'failed', error: 'No complete answer within 300 ms' });
  });
});
