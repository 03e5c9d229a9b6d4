import { createInProcessCoordination, type Coordination } from '../../../src/store/coordination.js';
import { afterEach, describe, expect, it } from 'vitest';
import { systemClock, type Clock } from '../../../src/core/clock.js';
import { FetchError } from '../../../src/extract/fetch-error.js';
import type { FetchedResource, ResourceRequest } from '../../../src/extract/safe-fetch.js';
import { FeedError, type FeedItem, type ParsedFeed } from '../../../src/feeds/feed-types.js';
import type { Logger } from '../../../src/logger.js';
import { createFeedPoller, type FeedPoller, type FeedPollerSettings, type ParseFeed } from '../../../src/sources/feed-poller.js';
import { createKeyedLock } from '../../../src/store/keyed-lock.js';
import { openStore, type KeyValueStore } from '../../../src/store/open-store.js';
import {
  channelSourceId,
  createSourceStore,
  feedSourceId,
  type SourceHealth,
  type SourceRecord,
  type SourceStore,
} from '../../../src/store/source-store.js';
import { createVirtualClock, type VirtualClock } from '../../support/virtual-clock.js';

const SECOND = 1_000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const START = Date.parse('2026-11-26T06:00:00Z');
const INTERVAL = 30 * MINUTE;

/** The same "random" numbers on every run (mulberry32), so spreads and jitter are reproducible. */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function item(id: string, publishedAt: number | null): FeedItem {
  return {
    id,
    title: `Story ${id}`,
    url: `https://news.example/${id}`,
    publishedAt: publishedAt === null ? null : new Date(publishedAt).toISOString(),
    summary: undefined,
    content: undefined,
  };
}

/** What the fake parser reads: the feed as JSON, or `broken` for bytes that are no feed. */
interface FakeFeed {
  title?: string;
  ttlMinutes?: number;
  items: FeedItem[];
}

const encode = (text: string) => new TextEncoder().encode(text);

/** A parser for the JSON above; records the URL of every call. "broken" bytes throw a FeedError with a cause. */
function createFakeParser() {
  const calls: string[] = [];
  const parseFeed: ParseFeed = (bytes, { url }) => {
    calls.push(url);
    const text = new TextDecoder().decode(bytes);
    if (text === 'broken') throw new FeedError('malformed', 'The feed is not well-formed XML', { cause: new Error('unclosed tag <item> at line 3') });
    const feed = JSON.parse(text) as FakeFeed;
    const parsed: ParsedFeed = { title: feed.title, siteUrl: undefined, feedUrl: url, ttlMinutes: feed.ttlMinutes, items: feed.items };
    return parsed;
  };
  return { calls, parseFeed };
}

function answer(url: string, feed: FakeFeed | 'broken', headers: Record<string, string> = {}): FetchedResource {
  return {
    url,
    permanentUrl: url,
    status: 200,
    headers: { 'content-type': 'application/json', ...headers },
    bytes: encode(feed === 'broken' ? feed : JSON.stringify(feed)),
  };
}

function notModified(url: string, headers: Record<string, string> = {}): FetchedResource {
  return { url, permanentUrl: url, status: 304, headers, bytes: new Uint8Array(0) };
}

const httpError = (url: string, status: number, retryAfterMs?: number) =>
  new FetchError('http_status', `The server answered ${status}`, { url, status, ...(retryAfterMs !== undefined && { retryAfterMs }) });

type Route = (request: ResourceRequest & { url: string; call: number }) => FetchedResource | Promise<FetchedResource>;

/**
 * A fetcher that answers only the URLs a test set up (anything else throws), records every call with
 * its time and headers, and tracks how many requests are open, overall and per host.
 */
function createFakeFetcher(clock: Clock) {
  const routes = new Map<string, Route>();
  const calls: Array<{ url: string; at: number; headers: Record<string, string> }> = [];
  const open = new Map<string, number>();
  let inFlight = 0;
  const peak = { overall: 0, perHost: new Map<string, number>() };
  return {
    calls,
    peak,
    route(url: string, route: Route) {
      routes.set(url, route);
    },
    callsTo: (url: string) => calls.filter((call) => call.url === url),
    async fetchResource(url: string, request: ResourceRequest): Promise<FetchedResource> {
      const route = routes.get(url);
      if (route === undefined) throw new Error(`fake fetcher: nothing set up for ${url}`);
      const host = new URL(url).hostname;
      calls.push({ url, at: clock.now(), headers: request.headers ?? {} });
      inFlight += 1;
      open.set(host, (open.get(host) ?? 0) + 1);
      peak.overall = Math.max(peak.overall, inFlight);
      peak.perHost.set(host, Math.max(peak.perHost.get(host) ?? 0, open.get(host) ?? 0));
      try {
        return await route({ ...request, url, call: calls.filter((call) => call.url === url).length });
      } finally {
        inFlight -= 1;
        open.set(host, (open.get(host) ?? 1) - 1);
      }
    },
  };
}

/** A request that takes `ms` of the clock's time, cancelled like a real one when the signal aborts. */
async function takeTime(clock: Clock, ms: number, signal: AbortSignal | undefined, url: string): Promise<void> {
  await clock.sleep(ms, signal);
  if (signal?.aborted) throw new FetchError('network', 'The fetch was cancelled', { url, cause: signal.reason });
}

function createRecordingLogger() {
  const lines: Array<{ level: string; details: object; message: string }> = [];
  const at = (level: string) => (details: object, message: string) => void lines.push({ level, details, message });
  const logger: Logger = { error: at('error'), warn: at('warn'), info: at('info'), debug: at('debug') };
  return { logger, lines };
}

/** Some fields of a health record; toEqual on it treats an absent field and an undefined one alike. */
function pick<Key extends keyof SourceHealth>(health: SourceHealth | undefined, ...keys: Key[]): Partial<Pick<SourceHealth, Key>> {
  const picked: Partial<Pick<SourceHealth, Key>> = {};
  for (const key of keys) if (health?.[key] !== undefined) picked[key] = health[key];
  return picked;
}

function feedRecord(url: string, change: Partial<SourceRecord> = {}): SourceRecord {
  return { id: feedSourceId(url), kind: 'feed', url, title: undefined, topics: [], origin: 'admin', addedAt: START, ...change };
}

function newHealth(change: Partial<SourceHealth> = {}): SourceHealth {
  return { nextCheckAt: START, consecutiveFailures: 0, itemsTaken: 0, itemsToday: { day: '2026-11-26', count: 0 }, checkedOnce: false, ...change };
}

const openStores: KeyValueStore[] = [];
const pollers: FeedPoller[] = [];
afterEach(async () => {
  await Promise.all(pollers.splice(0).map((poller) => poller.stop()));
  await Promise.all(openStores.splice(0).map((store) => store.close()));
});

async function setUp({ clock = createVirtualClock(START), settings = {}, admit }: { clock?: VirtualClock | Clock; settings?: Partial<FeedPollerSettings>; admit?: (source: SourceRecord, items: FeedItem[]) => Promise<void> } = {}) {
  const store = await openStore('memory://');
  openStores.push(store);
  const sources: SourceStore = createSourceStore({ store, lock: createKeyedLock(), clock });
  const fetcher = createFakeFetcher(clock);
  const parser = createFakeParser();
  const admitted: Array<{ source: SourceRecord; ids: string[]; at: number }> = [];
  const notices: Array<{ name: string; reason: string }> = [];
  const { logger, lines } = createRecordingLogger();
  const makePoller = (coordination?: Coordination) => {
    const poller = createFeedPoller({
      ...(coordination && { coordination }),
      sources,
      fetcher,
      parseFeed: parser.parseFeed,
      admit:
        admit ??
        (async (source, items) => {
          admitted.push({ source, ids: items.map((each) => each.id), at: clock.now() });
        }),
      notifyAdmins: async (deactivation) => {
        notices.push(deactivation);
      },
      clock,
      logger,
      random: seededRandom(42),
      settings: { pollIntervalMs: INTERVAL, ...settings },
    });
    pollers.push(poller);
    return poller;
  };
  const addFeed = async (url: string, health: Partial<SourceHealth> = {}, record: Partial<SourceRecord> = {}) => {
    const source = feedRecord(url, record);
    await sources.add(source, newHealth(health));
    return source.id;
  };
  const healthOf = async (id: string) => (await sources.get(id))?.health;
  return { store, sources, fetcher, parser, admitted, notices, lines, makePoller, poller: makePoller(), addFeed, healthOf };
}

describe('feed poller schedule', () => {
  it('with several instances on one store, each feed is checked as often as one instance would check it, not once per instance', async () => {
    const checksWith = async (instances: number, shared: boolean) => {
      const clock = createVirtualClock(START);
      const { fetcher, addFeed, makePoller } = await setUp({ clock });
      const urls = Array.from({ length: 20 }, (_, index) => `https://feed${index}.example/rss`);
      for (const url of urls) {
        await addFeed(url);
        fetcher.route(url, ({ url: requested }) => answer(requested, { items: [item(`${requested}#1`, START - HOUR)] }));
      }
      // One coordination object stands for the Redis every instance shares.
      const coordination = createInProcessCoordination({ now: () => clock.now() });
      const started = Array.from({ length: instances }, () => makePoller(shared ? coordination : undefined));
      for (const poller of started) poller.start();
      await clock.sleep(3 * HOUR);
      await Promise.all(started.map((poller) => poller.stop()));
      return urls.reduce((total, url) => total + fetcher.callsTo(url).length, 0);
    };
    const alone = await checksWith(1, false);
    expect(alone).toBeGreaterThan(20 * 3);
    // Without the leases two instances check everything twice; with them, as often as one would.
    expect(await checksWith(2, false)).toBeGreaterThanOrEqual(2 * alone - 20);
    const together = await checksWith(2, true);
    expect(together).toBeGreaterThanOrEqual(alone - 20);
    expect(together).toBeLessThanOrEqual(alone + 20);
  });

  it('checks every feed within a minute of start, spread over it, then spreads the checks evenly over the interval', async () => {
    const clock = createVirtualClock(START);
    const { fetcher, addFeed, poller } = await setUp({ clock });
    const urls = Array.from({ length: 60 }, (_, index) => `https://feed${index}.example/rss`);
    for (const url of urls) {
      await addFeed(url);
      fetcher.route(url, ({ url: requested }) => answer(requested, { items: [item(`${requested}#1`, START - HOUR)] }));
    }
    poller.start();
    await clock.sleep(3 * HOUR);
    await poller.stop();

    const firstChecks = urls.map((url) => fetcher.callsTo(url)[0]?.at ?? Number.NaN);
    expect(firstChecks.every((at) => at >= START && at < START + MINUTE)).toBe(true);
    expect(new Set(firstChecks.map((at) => Math.floor((at - START) / SECOND))).size).toBeGreaterThan(45); // not all at once
    for (const url of urls) {
      const times = fetcher.callsTo(url).map((call) => call.at);
      const gaps = times.slice(1).map((at, index) => at - (times[index] ?? 0));
      expect(gaps.every((gap) => gap >= INTERVAL)).toBe(true);
      expect(gaps.slice(1).every((gap) => gap <= 1.1 * INTERVAL)).toBe(true); // after the first round: the interval plus jitter
    }
    // From the second round on, the 60 feeds take about 2 checks a minute, not 60 in one minute.
    const buckets = new Map<number, number>();
    for (const { at } of fetcher.calls) {
      if (at >= START + HOUR) buckets.set(Math.floor((at - START - HOUR) / (10 * MINUTE)), (buckets.get(Math.floor((at - START - HOUR) / (10 * MINUTE))) ?? 0) + 1);
    }
    expect(buckets.size).toBe(12);
    expect(Math.max(...buckets.values())).toBeLessThanOrEqual(35);
    expect(Math.min(...buckets.values())).toBeGreaterThanOrEqual(8);
  });

  it('continues the schedule it wrote when restarted', async () => {
    const clock = createVirtualClock(START);
    const { fetcher, addFeed, poller, makePoller, healthOf } = await setUp({ clock });
    const later = 'https://later.example/rss';
    const overdue = 'https://overdue.example/rss';
    const laterId = await addFeed(later, { nextCheckAt: START + 20 * MINUTE, checkedOnce: true });
    await addFeed(overdue, { nextCheckAt: START - 3 * HOUR, checkedOnce: true });
    for (const url of [later, overdue]) fetcher.route(url, () => answer(url, { items: [] }));
    poller.start();
    await clock.sleep(15 * MINUTE);
    expect(fetcher.calls.map((call) => call.url)).toEqual([overdue]);
    await clock.sleep(10 * MINUTE);
    expect(fetcher.callsTo(later).map((call) => call.at)).toEqual([START + 20 * MINUTE]);
    await poller.stop();

    const written = (await healthOf(laterId))?.nextCheckAt ?? 0;
    expect(written).toBeGreaterThanOrEqual(START + 50 * MINUTE);
    const restarted = makePoller();
    restarted.start();
    await clock.sleep(written - clock.now() + MINUTE);
    await restarted.stop();
    expect(fetcher.callsTo(later).map((call) => call.at)).toEqual([START + 20 * MINUTE, written]);
  });

  it('holds no timer while there is no feed, and wakes for one scheduled later', async () => {
    const clock = createVirtualClock(START);
    const { fetcher, addFeed, poller } = await setUp({ clock });
    poller.start();
    for (let turn = 0; turn < 5; turn++) await new Promise((resolve) => setImmediate(resolve));
    expect(clock.pendingSleeps).toBe(0);
    const url = 'https://first.example/rss';
    const id = await addFeed(url);
    fetcher.route(url, () => answer(url, { items: [] }));
    await poller.schedule(id);
    await clock.sleep(MINUTE);
    await poller.stop();
    expect(fetcher.callsTo(url).map((call) => call.at - START)).toEqual([expect.any(Number)]);
    expect(fetcher.callsTo(url)[0]?.at).toBeLessThan(START + MINUTE);
  });

  it('checks a feed added while running within a minute', async () => {
    const clock = createVirtualClock(START);
    const { fetcher, addFeed, poller } = await setUp({ clock });
    poller.start();
    await clock.sleep(10 * MINUTE);
    const url = 'https://new.example/rss';
    const id = await addFeed(url, { nextCheckAt: clock.now() });
    fetcher.route(url, () => answer(url, { items: [] }));
    const addedAt = clock.now();
    await poller.schedule(id);
    await clock.sleep(MINUTE);
    await poller.stop();
    expect(fetcher.callsTo(url)).toHaveLength(1);
    expect(fetcher.callsTo(url)[0]?.at).toBeLessThan(addedAt + MINUTE);
  });

  it('stretches the wait by Cache-Control, Expires or ttl, up to six hours, never shortening it', async () => {
    const { fetcher, addFeed, poller } = await setUp();
    const cases: Array<[string, Record<string, string>, number | undefined, number]> = [
      ['https://max-age.example/rss', { 'cache-control': 'max-age=7200' }, undefined, 2 * HOUR],
      ['https://expires.example/rss', { date: new Date(START).toUTCString(), expires: new Date(START + 3 * HOUR).toUTCString() }, undefined, 3 * HOUR],
      ['https://ttl.example/rss', {}, 240, 4 * HOUR],
      ['https://day.example/rss', { 'cache-control': 'max-age=86400' }, undefined, 6 * HOUR],
      ['https://short.example/rss', { 'cache-control': 'max-age=60' }, 1, INTERVAL],
    ];
    for (const [url, headers, ttlMinutes, expected] of cases) {
      await addFeed(url, { checkedOnce: true });
      fetcher.route(url, () => answer(url, { items: [], ...(ttlMinutes !== undefined && { ttlMinutes }) }, headers));
      const report = await poller.checkNow(feedSourceId(url));
      const waited = (report.nextCheckAt ?? 0) - START;
      expect({ url, stretched: waited >= expected && waited <= 2 * expected }).toEqual({ url, stretched: true });
    }
  });
});

describe('feed poller requests', () => {
  it('sends back the ETag and Last-Modified; a 304 or the same bytes again cost no parsing', async () => {
    const { fetcher, parser, addFeed, poller, healthOf } = await setUp();
    const url = 'https://etag.example/rss';
    const id = await addFeed(url);
    const feed = { title: 'Etag News', items: [item('a', START - HOUR)] };
    const validators = { etag: '"v1"', 'last-modified': 'Wed, 25 Nov 2026 08:00:00 GMT' };
    fetcher.route(url, ({ call, headers }) => {
      if (call === 1) return answer(url, feed, validators);
      if (call === 2 && headers?.['if-none-match'] === '"v1"') return notModified(url, { etag: '"v1"' });
      return answer(url, feed); // a server that forgot its validators, same bytes
    });
    const reports = [await poller.checkNow(id), await poller.checkNow(id), await poller.checkNow(id)];
    expect(reports.map((report) => report.outcome)).toEqual(['read', 'not_modified', 'unchanged']);
    expect(fetcher.calls.map((call) => call.headers)).toEqual([
      {},
      { 'if-none-match': '"v1"', 'if-modified-since': 'Wed, 25 Nov 2026 08:00:00 GMT' },
      { 'if-none-match': '"v1"', 'if-modified-since': 'Wed, 25 Nov 2026 08:00:00 GMT' },
    ]);
    expect(parser.calls).toEqual([url]);
    expect(await healthOf(id)).toMatchObject({ etag: '"v1"', lastModified: 'Wed, 25 Nov 2026 08:00:00 GMT', checkedOnce: true, feedLength: 1 });
  });

  it('keeps to 8 requests in flight and 2 per host', async () => {
    const clock = createVirtualClock(START);
    const { fetcher, addFeed, poller } = await setUp({ clock });
    // 40 feeds on 10 hosts, 20 s each, all due in the first minute: more than 8 would be open at once without the limits.
    const urls = Array.from({ length: 40 }, (_, index) => `https://site${index % 10}.example/feed${index}`);
    for (const url of urls) {
      await addFeed(url);
      fetcher.route(url, async ({ signal }) => {
        await takeTime(clock, 20 * SECOND, signal, url);
        return answer(url, { items: [] });
      });
    }
    poller.start();
    await clock.sleep(5 * MINUTE);
    await poller.stop();
    expect(fetcher.peak.overall).toBe(8);
    expect(Math.max(...fetcher.peak.perHost.values())).toBe(2);
    expect(urls.every((url) => fetcher.callsTo(url).length === 1)).toBe(true);
  });

  it('lets a hung host hold only its own two slots: the other feeds are checked on time', async () => {
    const clock = createVirtualClock(START);
    const { fetcher, addFeed, poller } = await setUp({ clock });
    const hung = Array.from({ length: 6 }, (_, index) => `https://hung.example/feed${index}`);
    const fast = Array.from({ length: 40 }, (_, index) => `https://site${index % 20}.example/feed${index}`);
    for (const url of hung) {
      await addFeed(url);
      // A host that never answers: the fetcher gives up after its 10 s time-out.
      fetcher.route(url, async ({ signal }) => {
        await takeTime(clock, 10 * SECOND, signal, url);
        throw new FetchError('timeout', 'No complete answer within 10000 ms', { url });
      });
    }
    for (const url of fast) {
      await addFeed(url);
      fetcher.route(url, async ({ signal }) => {
        await takeTime(clock, 3 * SECOND, signal, url);
        return answer(url, { items: [] });
      });
    }
    poller.start();
    await clock.sleep(5 * MINUTE);
    await poller.stop();

    expect(fetcher.peak.perHost.get('hung.example')).toBe(2);
    // 40 fast feeds of 3 s each in 6 free slots fit in the minute: none waits behind the hung host.
    for (const url of fast) expect(fetcher.callsTo(url)[0]?.at).toBeLessThan(START + MINUTE + 10 * SECOND);
    // The hung host's feeds are tried two at a time, 10 s each: all six within the first 40 s or so after their turn.
    for (const url of hung) expect(fetcher.callsTo(url)[0]?.at).toBeLessThan(START + 2 * MINUTE);
  });

  it('aborts a request under way on stop, resolves promptly and leaves no sleep behind', async () => {
    const clock = createVirtualClock(START);
    const { fetcher, addFeed, poller, healthOf } = await setUp({ clock });
    const url = 'https://never.example/rss';
    const id = await addFeed(url);
    let aborted = false;
    fetcher.route(url, ({ signal }) => {
      signal?.addEventListener('abort', () => (aborted = true));
      // Hangs until cancelled, far past any time-out.
      return takeTime(clock, 365 * DAY, signal, url).then(() => answer(url, { items: [] }));
    });
    poller.start();
    await clock.sleep(2 * MINUTE);
    const stoppedAt = clock.now();
    await poller.stop();
    expect(aborted).toBe(true);
    expect(clock.now()).toBe(stoppedAt);
    expect(clock.pendingSleeps).toBe(0);
    // Stopping is not the feed's fault: its health is as it was, so the next start checks it first.
    expect(await healthOf(id)).toEqual(newHealth());
  });

  it('leaves no timer behind on the system clock', async () => {
    const { fetcher, addFeed, poller } = await setUp({ clock: systemClock, settings: { pollIntervalMs: 30 * MINUTE } });
    const url = 'https://quick.example/rss';
    await addFeed(url, { nextCheckAt: Date.now() - MINUTE });
    fetcher.route(url, () => answer(url, { items: [] }));
    const timersBefore = process.getActiveResourcesInfo().filter((kind) => kind === 'Timeout').length;
    poller.start();
    // The first round lasts a minute of real time; this one feed waits for its share of it, so check it by hand.
    const report = await poller.checkNow(feedSourceId(url));
    expect(report.outcome).toBe('read');
    await poller.stop();
    expect(process.getActiveResourcesInfo().filter((kind) => kind === 'Timeout').length).toBeLessThanOrEqual(timersBefore);
  });
});

describe('feed poller faults', () => {
  it('backs off after three failures in a row, doubling the wait up to a day', async () => {
    const clock = createVirtualClock(START);
    const { fetcher, addFeed, poller, healthOf } = await setUp({ clock });
    const url = 'https://broken.example/rss';
    const id = await addFeed(url);
    fetcher.route(url, () => {
      throw httpError(url, 500);
    });
    poller.start();
    await clock.sleep(5 * DAY);
    await poller.stop();
    const times = fetcher.callsTo(url).map((call) => call.at);
    const waits = times.slice(1).map((at, index) => (at - (times[index] ?? 0)) / INTERVAL);
    // The first wait after start is a random place in the next interval (1–2 intervals); then each wait is the
    // expected multiple of the interval, plus at most 10% jitter.
    expect(waits[0]).toBeGreaterThanOrEqual(1);
    expect(waits[0]).toBeLessThan(2);
    const expected = [1, 2, 4, 8, 16, 32, 48, 48, 48];
    expect(waits.slice(1, expected.length + 1).map((wait, index) => wait >= (expected[index] ?? 0) && wait <= 1.1 * (expected[index] ?? 0))).toEqual(
      expected.map(() => true),
    );
    expect(await healthOf(id)).toMatchObject({ consecutiveFailures: times.length, failingSince: times[0], lastError: 'The server answered 500' });
  });

  it('honours Retry-After of a 429 and a 503', async () => {
    const clock = createVirtualClock(START);
    const { fetcher, addFeed, poller, healthOf } = await setUp({ clock });
    const url = 'https://busy.example/rss';
    const id = await addFeed(url);
    fetcher.route(url, ({ call }) => {
      if (call === 1) throw httpError(url, 429, 2 * HOUR);
      if (call === 2) throw httpError(url, 503, 5 * MINUTE); // shorter than the interval: the interval wins
      return answer(url, { items: [] });
    });
    poller.start();
    await clock.sleep(HOUR);
    expect(pick(await healthOf(id), 'retryAfterUntil', 'consecutiveFailures')).toEqual({ retryAfterUntil: (fetcher.calls[0]?.at ?? 0) + 2 * HOUR, consecutiveFailures: 1 });
    await clock.sleep(3 * HOUR);
    await poller.stop();
    const [first, second, third] = fetcher.callsTo(url).map((call) => call.at);
    expect((second ?? 0) - (first ?? 0)).toBeGreaterThanOrEqual(2 * HOUR);
    expect((second ?? 0) - (first ?? 0)).toBeLessThan(2 * HOUR + 5 * MINUTE);
    expect((third ?? 0) - (second ?? 0)).toBeGreaterThanOrEqual(INTERVAL);
    expect(pick(await healthOf(id), 'retryAfterUntil', 'consecutiveFailures')).toEqual({ consecutiveFailures: 0 });
  });

  it('follows a feed that moved for good, and not one redirected for now', async () => {
    const { fetcher, sources, addFeed, poller } = await setUp();
    const old = 'http://moved.example/rss';
    const moved = 'https://moved.example/feed';
    const id = await addFeed(old);
    fetcher.route(old, () => ({ ...answer(moved, { items: [] }), permanentUrl: moved }));
    fetcher.route(moved, () => answer(moved, { items: [] }));
    expect(await poller.checkNow(id)).toMatchObject({ outcome: 'read', movedTo: moved });
    expect((await sources.get(id))?.source.url).toBe(moved);
    expect((await sources.findByUrl(moved))?.source.id).toBe(id);
    await poller.checkNow(id);
    expect(fetcher.calls.map((call) => call.url)).toEqual([old, moved]);

    const temporary = 'https://temporary.example/rss';
    const temporaryId = await addFeed(temporary);
    fetcher.route(temporary, () => ({ ...answer('https://mirror.example/rss', { items: [] }), permanentUrl: temporary })); // behind a 302
    expect((await poller.checkNow(temporaryId)).movedTo).toBeUndefined();
    expect((await sources.get(temporaryId))?.source.url).toBe(temporary);
  });

  it('deactivates a feed that answers 410 and tells the admins once', async () => {
    const clock = createVirtualClock(START);
    const { fetcher, addFeed, poller, notices, healthOf } = await setUp({ clock });
    const url = 'https://gone.example/rss';
    const id = await addFeed(url, {}, { title: 'Gone Daily' });
    fetcher.route(url, () => {
      throw httpError(url, 410);
    });
    poller.start();
    await clock.sleep(2 * DAY);
    expect(await poller.checkNow(id)).toMatchObject({ outcome: 'skipped', skipped: 'deactivated' });
    await poller.stop();
    expect(fetcher.callsTo(url)).toHaveLength(1);
    expect(notices).toEqual([{ name: `"Gone Daily" (${url})`, reason: 'it answered 410 Gone: the site has taken it down' }]);
    expect((await healthOf(id))?.deactivated).toEqual({ at: fetcher.calls[0]?.at, reason: 'it answered 410 Gone: the site has taken it down' });
  });

  it('deactivates a feed after 14 days of failing, once, and checks it no more', async () => {
    const clock = createVirtualClock(START);
    const { fetcher, addFeed, poller, notices, healthOf } = await setUp({ clock });
    const url = 'https://down.example/rss';
    const id = await addFeed(url);
    fetcher.route(url, () => {
      throw new FetchError('network', 'Could not fetch down.example', { url, cause: new Error('ECONNREFUSED') });
    });
    poller.start();
    await clock.sleep(20 * DAY);
    await poller.stop();
    const health = await healthOf(id);
    const firstFailure = fetcher.calls[0]?.at ?? 0;
    expect(health?.failingSince).toBe(firstFailure);
    const deactivatedAt = health?.deactivated?.at ?? 0;
    expect(deactivatedAt - firstFailure).toBe(14 * DAY);
    expect(fetcher.calls.at(-1)?.at).toBe(deactivatedAt);
    expect(notices).toEqual([
      { name: url, reason: 'every check has failed for 14 days (last error: Could not fetch down.example)' },
    ]);
  });

  it('counts a malformed feed that yields items as a success, and a FeedError as a failure with its cause logged', async () => {
    const { fetcher, addFeed, poller, lines, healthOf } = await setUp();
    const url = 'https://sloppy.example/rss';
    const id = await addFeed(url);
    // What a lenient parser salvages from broken XML is a feed like any other.
    fetcher.route(url, ({ call }) => (call === 1 ? answer(url, 'broken') : answer(url, { items: [item('kept', START - HOUR)] })));
    const failed = await poller.checkNow(id);
    expect(failed).toMatchObject({ outcome: 'failed', error: 'not a readable feed (malformed): The feed is not well-formed XML' });
    expect(lines.find((line) => line.message === 'feed could not be read')?.details).toMatchObject({
      sourceId: id,
      cause: new Error('unclosed tag <item> at line 3'),
    });
    expect(await healthOf(id)).toMatchObject({ consecutiveFailures: 1, lastError: 'not a readable feed (malformed): The feed is not well-formed XML' });
    expect(await poller.checkNow(id)).toMatchObject({ outcome: 'read', admitted: 1 });
    expect(pick(await healthOf(id), 'consecutiveFailures', 'lastError', 'failingSince')).toEqual({ consecutiveFailures: 0 });
  });

  it('never polls a channel source', async () => {
    const clock = createVirtualClock(START);
    const { fetcher, sources, poller } = await setUp({ clock });
    const channel: SourceRecord = {
      id: channelSourceId(-100500),
      kind: 'channel',
      url: 'https://t.me/somechannel',
      title: 'Some Channel',
      topics: [],
      origin: 'channel',
      addedAt: START,
      chatId: -100500,
      username: 'somechannel',
    };
    await sources.add(channel, newHealth());
    poller.start();
    await poller.schedule(channel.id);
    await clock.sleep(2 * HOUR);
    expect(await poller.checkNow(channel.id)).toMatchObject({ outcome: 'skipped', skipped: 'channel' });
    await poller.stop();
    expect(fetcher.calls).toEqual([]);
  });
});

describe('feed poller items', () => {
  it('takes only the last day on a first check (ten at most), then at most twenty new items a check', async () => {
    const { fetcher, addFeed, poller, admitted, healthOf } = await setUp();
    const url = 'https://busy-news.example/rss';
    const id = await addFeed(url);
    const backlog = Array.from({ length: 30 }, (_, index) => item(`b${index}`, START - index * 2 * HOUR)); // 15 within a day
    const burst = Array.from({ length: 25 }, (_, index) => item(`n${index}`, START + MINUTE + index));
    fetcher.route(url, ({ call }) => answer(url, { items: call === 1 ? backlog : [...burst, ...backlog].slice(0, call === 2 ? 55 : 54) }));

    expect(await poller.checkNow(id)).toMatchObject({ outcome: 'read', admitted: 10, passedOver: 20 });
    expect(admitted[0]?.ids).toEqual(backlog.slice(0, 10).map((each) => each.id));
    expect(await poller.checkNow(id)).toMatchObject({ outcome: 'read', admitted: 20, passedOver: 5 });
    expect(admitted[1]?.ids).toEqual(burst.slice(5).map((each) => each.id));
    // The third answer drops one old item: different bytes, nothing new.
    expect(await poller.checkNow(id)).toMatchObject({ outcome: 'read', admitted: 0, passedOver: 0 });
    expect(admitted).toHaveLength(2);
    expect(await healthOf(id)).toMatchObject({ itemsTaken: 30, itemsToday: { day: '2026-11-26', count: 30 }, feedLength: 54 });
  });

  it('takes at most twenty from a feed whose every guid changes on each fetch', async () => {
    const clock = createVirtualClock(START);
    const { fetcher, addFeed, poller, admitted } = await setUp({ clock });
    const url = 'https://churn.example/rss';
    await addFeed(url, { checkedOnce: true });
    fetcher.route(url, ({ call }) => answer(url, { items: Array.from({ length: 50 }, (_, index) => item(`${call}-${index}`, null)) }));
    poller.start();
    await clock.sleep(3 * HOUR);
    await poller.stop();
    expect(admitted.length).toBeGreaterThanOrEqual(4);
    expect(admitted.every((batch) => batch.ids.length === 20)).toBe(true);
  });

  it('fills the title from the feed when the source has none, and hands items on under it', async () => {
    const { fetcher, sources, addFeed, poller, admitted } = await setUp();
    const untitled = 'https://untitled.example/rss';
    const titled = 'https://titled.example/rss';
    await addFeed(untitled);
    await addFeed(titled, {}, { title: 'Chosen Name' });
    for (const url of [untitled, titled]) fetcher.route(url, () => answer(url, { title: '  Feed Title  ', items: [item(`${url}#1`, START - HOUR)] }));
    await poller.checkNow(feedSourceId(untitled));
    await poller.checkNow(feedSourceId(titled));
    expect((await sources.get(feedSourceId(untitled)))?.source.title).toBe('Feed Title');
    expect((await sources.get(feedSourceId(titled)))?.source.title).toBe('Chosen Name');
    expect(admitted.map((batch) => batch.source.title)).toEqual(['Feed Title', 'Chosen Name']);
  });

  it('marks nothing seen when the items could not be handed on, and hands them on at the next check', async () => {
    let failNext = true;
    const handed: string[][] = [];
    const { fetcher, addFeed, poller, sources, healthOf } = await setUp({
      admit: async (_source, items) => {
        if (failNext) {
          failNext = false;
          throw new Error('pool unavailable');
        }
        handed.push(items.map((each) => each.id));
      },
    });
    const url = 'https://retry.example/rss';
    const id = await addFeed(url);
    fetcher.route(url, () => answer(url, { items: [item('x', START - HOUR)] }, { etag: '"x"' }));
    expect(await poller.checkNow(id)).toMatchObject({ outcome: 'failed', error: 'pool unavailable' });
    expect(await sources.getSeen(id)).toEqual([]);
    expect(pick(await healthOf(id), 'checkedOnce', 'etag', 'bodyHash', 'consecutiveFailures', 'lastError')).toEqual({
      checkedOnce: false,
      consecutiveFailures: 0,
      lastError: 'new items could not be handed on: pool unavailable',
    });
    expect(await poller.checkNow(id)).toMatchObject({ outcome: 'read', admitted: 1 });
    expect(handed).toEqual([['x']]);
    expect(await sources.getSeen(id)).toEqual(['x']);
  });

  it('writes the health of every check', async () => {
    const clock = createVirtualClock(START, { autoAdvance: false });
    const { fetcher, addFeed, poller, healthOf } = await setUp({ clock });
    const url = 'https://health.example/rss';
    const id = await addFeed(url);
    fetcher.route(url, ({ call }) => {
      if (call === 2) throw httpError(url, 502);
      return answer(url, { items: [item('h1', START - HOUR), item('h2', START - 2 * HOUR)] }, { etag: '"h"' });
    });
    const first = await poller.checkNow(id);
    expect(await healthOf(id)).toEqual({
      nextCheckAt: first.nextCheckAt,
      lastCheckAt: START,
      lastSuccessAt: START,
      consecutiveFailures: 0,
      itemsTaken: 2,
      itemsToday: { day: '2026-11-26', count: 2 },
      etag: '"h"',
      bodyHash: expect.stringMatching(/^[0-9a-f]{64}$/),
      checkedOnce: true,
      feedLength: 2,
    });
    clock.advance(HOUR);
    const second = await poller.checkNow(id);
    expect(await healthOf(id)).toEqual({
      nextCheckAt: second.nextCheckAt,
      lastCheckAt: START + HOUR,
      lastSuccessAt: START,
      consecutiveFailures: 1,
      failingSince: START + HOUR,
      lastError: 'The server answered 502',
      itemsTaken: 2,
      itemsToday: { day: '2026-11-26', count: 2 },
      etag: '"h"',
      bodyHash: expect.stringMatching(/^[0-9a-f]{64}$/),
      checkedOnce: true,
      feedLength: 2,
    });
  });
});
