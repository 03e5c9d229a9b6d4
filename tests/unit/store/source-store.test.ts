import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createKeyedLock } from '../../../src/store/keyed-lock.js';
import { openStore, StoreError, type KeyValueStore } from '../../../src/store/open-store.js';
import {
  channelSourceId,
  createSourceStore,
  feedSourceId,
  type SourceHealth,
  type SourceRecord,
} from '../../../src/store/source-store.js';
import { createVirtualClock } from '../../support/virtual-clock.js';

const start = Date.parse('2026-11-26T06:00:00Z');

function feedSource(url: string, change: Partial<SourceRecord> = {}): SourceRecord {
  return { id: feedSourceId(url), kind: 'feed', url, title: undefined, topics: [], origin: 'file', addedAt: start, ...change };
}

function freshHealth(change: Partial<SourceHealth> = {}): SourceHealth {
  return { nextCheckAt: start, consecutiveFailures: 0, itemsTaken: 0, itemsToday: { day: '2026-11-26', count: 0 }, checkedOnce: false, ...change };
}

/** Records the largest list written and counts reads, to see how the store is used. */
function measuringStore(store: KeyValueStore) {
  let largestList = 0;
  const measured: KeyValueStore = {
    ...store,
    set: async (key, value, ttlMs) => {
      if (Array.isArray(value)) largestList = Math.max(largestList, value.length);
      await store.set(key, value, ttlMs);
    },
  };
  return { store: measured, largestList: () => largestList };
}

describe('source store', () => {
  const folders: string[] = [];
  const stores: KeyValueStore[] = [];
  afterEach(async () => {
    await Promise.all(stores.splice(0).map((store) => store.close()));
    await Promise.all(folders.splice(0).map((folder) => rm(folder, { recursive: true, force: true })));
  });

  async function open(kind: 'memory' | 'sqlite' = 'memory') {
    let url = 'memory://';
    if (kind === 'sqlite') {
      const folder = await mkdtemp(path.join(tmpdir(), 'newsdigest-sources-'));
      folders.push(folder);
      url = `sqlite://${path.join(folder, 'bot.sqlite')}`;
    }
    const raw = await openStore(url);
    stores.push(raw);
    const measuring = measuringStore(raw);
    const sources = createSourceStore({ store: measuring.store, lock: createKeyedLock(), clock: createVirtualClock(start) });
    return { raw, sources, largestList: measuring.largestList };
  }

  it('gives a feed an id from its first URL and a channel one from its chat', () => {
    expect(feedSourceId('https://news.example/rss')).toMatch(/^feed:[0-9a-f]{16}$/);
    expect(feedSourceId('https://news.example/rss')).toBe(feedSourceId('https://news.example/rss'));
    expect(feedSourceId('https://news.example/atom')).not.toBe(feedSourceId('https://news.example/rss'));
    expect(channelSourceId(-1001234)).toBe('channel:-1001234');
  });

  it('keeps a source and its health across a restart on SQLite, an unknown title included', async () => {
    const { raw, sources } = await open('sqlite');
    const feed = feedSource('https://news.example/rss', { topics: ['science', 'health'] });
    const channel: SourceRecord = {
      id: channelSourceId(-100777),
      kind: 'channel',
      url: 'https://t.me/dailynews',
      title: 'Daily News',
      topics: [],
      origin: 'channel',
      addedAt: start,
      chatId: -100777,
      username: 'dailynews',
    };
    expect(await sources.add(feed, freshHealth())).toBe('added');
    expect(await sources.add(channel, freshHealth())).toBe('added');
    await raw.close();
    stores.pop();

    const reopened = await openStore(`sqlite://${path.join(folders[0] ?? '', 'bot.sqlite')}`);
    stores.push(reopened);
    const again = createSourceStore({ store: reopened, lock: createKeyedLock(), clock: createVirtualClock(start) });
    expect(await again.get(feed.id)).toEqual({ source: feed, health: freshHealth() });
    expect((await again.list()).sort((a, b) => a.source.id.localeCompare(b.source.id))).toEqual([
      { source: channel, health: freshHealth() },
      { source: feed, health: freshHealth() },
    ]);
    expect(await again.findByUrl('https://t.me/dailynews')).toEqual({ source: channel, health: freshHealth() });
    expect(await again.findByUrl('https://news.example/other')).toBeUndefined();
  });

  it('answers exists for the same id or the same URL and changes nothing', async () => {
    const { sources } = await open();
    const feed = feedSource('https://news.example/rss', { title: 'First' });
    await sources.add(feed, freshHealth());
    expect(await sources.add({ ...feed, title: 'Second' }, freshHealth({ itemsTaken: 5 }))).toBe('exists');
    expect(await sources.add({ ...feed, id: 'feed:0000000000000000', origin: 'admin' }, freshHealth())).toBe('exists');
    expect(await sources.list()).toEqual([{ source: feed, health: freshHealth() }]);
  });

  it('lets one of two adds of the same URL at once win', async () => {
    const { sources } = await open('sqlite');
    const url = 'https://news.example/rss';
    const results = await Promise.all([
      sources.add(feedSource(url), freshHealth()),
      sources.add(feedSource(url, { id: 'feed:1111111111111111' }), freshHealth()),
      sources.add(feedSource(url, { id: 'feed:2222222222222222' }), freshHealth()),
    ]);
    expect(results.sort()).toEqual(['added', 'exists', 'exists']);
    expect(await sources.list()).toHaveLength(1);
  });

  it('updates under a lock, so concurrent changes are all kept', async () => {
    const { sources } = await open('sqlite');
    const feed = feedSource('https://news.example/rss');
    await sources.add(feed, freshHealth());
    await Promise.all(
      Array.from({ length: 50 }, () =>
        sources.update(feed.id, (current) => ({ ...current, health: { ...current.health, itemsTaken: current.health.itemsTaken + 1 } })),
      ),
    );
    expect((await sources.get(feed.id))?.health.itemsTaken).toBe(50);
  });

  it('moves the URL index with the URL and refuses a URL another source has', async () => {
    const { sources } = await open();
    const feed = feedSource('http://news.example/rss');
    const other = feedSource('https://other.example/feed');
    await sources.add(feed, freshHealth());
    await sources.add(other, freshHealth());
    const moved = await sources.update(feed.id, (current) => ({ ...current, source: { ...current.source, url: 'https://news.example/rss' } }));
    expect(moved?.source).toEqual({ ...feed, url: 'https://news.example/rss' });
    expect((await sources.findByUrl('https://news.example/rss'))?.source.id).toBe(feed.id);
    expect(await sources.findByUrl('http://news.example/rss')).toBeUndefined();
    // The old address is free again for a source of its own.
    expect(await sources.add(feedSource('http://news.example/rss'), freshHealth())).toBe('exists'); // same id: derived from that first URL
    await expect(
      sources.update(feed.id, (current) => ({ ...current, source: { ...current.source, url: other.url } })),
    ).rejects.toThrow(StoreError);
    await expect(
      sources.update(feed.id, (current) => ({ ...current, source: { ...current.source, id: other.id } })),
    ).rejects.toThrow(StoreError);
    expect((await sources.get(feed.id))?.source.url).toBe('https://news.example/rss');
  });

  it('does not call the change of a source that does not exist', async () => {
    const { sources } = await open();
    expect(
      await sources.update('feed:ffffffffffffffff', () => {
        throw new Error('should not be called');
      }),
    ).toBeUndefined();
  });

  it('remembers a removed file source by its URL and by its first URL, so the file does not bring it back', async () => {
    const { sources } = await open();
    const first = 'http://news.example/rss';
    const feed = feedSource(first);
    await sources.add(feed, freshHealth());
    await sources.update(feed.id, (current) => ({ ...current, source: { ...current.source, url: 'https://news.example/feed' } }));
    await sources.setSeen(feed.id, ['a', 'b']);
    expect(await sources.remove(feed.id)).toBe(true);
    expect(await sources.remove(feed.id)).toBe(false);
    expect(await sources.get(feed.id)).toBeUndefined();
    expect(await sources.list()).toEqual([]);
    expect(await sources.findByUrl('https://news.example/feed')).toBeUndefined();
    expect(await sources.getSeen(feed.id)).toEqual([]);
    expect(await sources.wasRemoved('https://news.example/feed')).toBe(true);
    expect(await sources.wasRemoved(first)).toBe(true);
    expect(await sources.wasRemoved('https://elsewhere.example/rss')).toBe(false);

    // Added again on purpose (by an admin), it is no longer "removed".
    expect(await sources.add(feedSource(first, { origin: 'admin' }), freshHealth())).toBe('added');
    expect(await sources.wasRemoved(first)).toBe(false);
  });

  it('forgets a file source on request, when the file itself dropped it', async () => {
    const { sources } = await open();
    const feed = feedSource('https://news.example/rss');
    await sources.add(feed, freshHealth());
    expect(await sources.remove(feed.id, { remember: false })).toBe(true);
    expect(await sources.wasRemoved(feed.url)).toBe(false);
  });

  it('does not remember a removed admin source', async () => {
    const { sources } = await open();
    const feed = feedSource('https://news.example/rss', { origin: 'admin' });
    await sources.add(feed, freshHealth());
    await sources.remove(feed.id);
    expect(await sources.wasRemoved(feed.url)).toBe(false);
  });

  it('keeps the seen list, newest last, and none for a source that is gone', async () => {
    const { sources } = await open();
    const feed = feedSource('https://news.example/rss');
    expect(await sources.getSeen(feed.id)).toEqual([]);
    await sources.setSeen(feed.id, ['x']);
    expect(await sources.getSeen(feed.id)).toEqual([]); // not added yet
    await sources.add(feed, freshHealth());
    await sources.setSeen(feed.id, ['old', 'new']);
    expect(await sources.getSeen(feed.id)).toEqual(['old', 'new']);
  });

  it('refuses to write a malformed record', async () => {
    const { sources } = await open();
    const feed = feedSource('https://news.example/rss');
    await expect(sources.add(feed, { ...freshHealth(), consecutiveFailures: -1 })).rejects.toThrow(StoreError);
    await expect(sources.add({ ...feed, topics: ['gossip' as never] }, freshHealth())).rejects.toThrow(StoreError);
  });

  it('reports a malformed stored record as an error, not as missing', async () => {
    const { raw, sources } = await open();
    const feed = feedSource('https://news.example/rss');
    await sources.add(feed, freshHealth());
    await raw.set(`source:${feed.id}`, { source: { ...feed, kind: 'podcast' }, health: freshHealth() });
    const failure = await sources.get(feed.id).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(StoreError);
    expect(failure).toMatchObject({ code: 'malformed', operation: 'read', namespace: 'source', message: expect.stringContaining(`malformed record read back from source:${feed.id}:`) });
    expect((failure as StoreError).cause).toBeDefined();
    await expect(sources.list()).rejects.toThrow(StoreError);
    await expect(sources.findByUrl(feed.url)).rejects.toThrow(StoreError);
    await raw.set(`source-seen:${feed.id}`, 'not a list');
    await expect(sources.getSeen(feed.id)).rejects.toThrow(StoreError);
  });

  it('holds 10,000 sources with no key growing with all of them', async () => {
    const { sources, largestList } = await open();
    const urls = Array.from({ length: 10_000 }, (_, index) => `https://feed${index}.example/rss`);
    for (let index = 0; index < urls.length; index += 500) {
      await Promise.all(urls.slice(index, index + 500).map((url) => sources.add(feedSource(url), freshHealth())));
    }
    const listed = await sources.list();
    expect(listed).toHaveLength(10_000);
    expect(new Set(listed.map(({ source }) => source.url))).toEqual(new Set(urls));
    expect(largestList()).toBeLessThan(300); // 10,000 over 64 shards: about 160 per key
    expect((await sources.findByUrl('https://feed9999.example/rss'))?.source.id).toBe(feedSourceId('https://feed9999.example/rss'));
  });

  it('lists more sources than one batch read on SQLite', async () => {
    const { sources } = await open('sqlite');
    const urls = Array.from({ length: 1_200 }, (_, index) => `https://feed${index}.example/rss`);
    await Promise.all(urls.map((url) => sources.add(feedSource(url), freshHealth())));
    expect(new Set((await sources.list()).map(({ source }) => source.url))).toEqual(new Set(urls));
  });
});
