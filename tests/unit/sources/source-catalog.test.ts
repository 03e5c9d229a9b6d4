import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSafeFetcher } from '../../../src/extract/safe-fetch.js';
import { fetchFeed, generateOpml, parseOpml } from '../../../src/feeds/index.js';
import { createSourceCatalog, type SourceCatalog } from '../../../src/sources/source-catalog.js';
import { createKeyedLock } from '../../../src/store/keyed-lock.js';
import { openStore } from '../../../src/store/open-store.js';
import { createSourceStore, type SourceStore } from '../../../src/store/source-store.js';
import { htmlPage, startPageServer, type PageServer } from '../../support/page-server.js';
import { createVirtualClock } from '../../support/virtual-clock.js';

const rss = (title: string) =>
  `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>${title}</title><link>https://site.example/</link>` +
  `<item><title>One</title><link>https://site.example/1</link><guid>1</guid></item></channel></rss>`;

const xml = (body: string) => (_request: unknown, response: import('node:http').ServerResponse) =>
  response.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(body);

function opml(outlines: string): string {
  return `<?xml version="1.0"?><opml version="2.0"><head><title>List</title></head><body>${outlines}</body></opml>`;
}

describe('source catalog', () => {
  let pages: PageServer;
  let store: SourceStore;
  let catalog: SourceCatalog;
  let scheduled: string[];
  const clock = createVirtualClock(Date.parse('2026-11-25T06:00:00Z'), { autoAdvance: false });

  beforeEach(async () => {
    pages = await startPageServer({
      '/science.xml': xml(rss('Science Wire')),
      '/world.xml': xml(rss('World Wire')),
      '/blog': htmlPage('<html><head><link rel="alternate" type="application/rss+xml" href="/science.xml"><title>Blog</title></head><body>Hi</body></html>'),
      '/plain': htmlPage('<html><head><title>No feed here</title></head><body>Hi</body></html>'),
    });
    store = createSourceStore({ store: await openStore('memory://'), lock: createKeyedLock(), clock });
    scheduled = [];
    catalog = createSourceCatalog({
      store,
      fetcher: createSafeFetcher({ allowPrivateAddresses: true }),
      formats: { fetchFeed, parseOpml, generateOpml },
      clock,
      onFeedAdded: (id) => void scheduled.push(id),
    });
  });

  afterEach(() => pages.close());

  it('adds a feed by its URL or by a page that names it, refuses what is no feed with the reason, and knows a repeat', async () => {
    const added = await catalog.addFeed(`${pages.origin}/science.xml`, ['science']);
    expect(added).toMatchObject({ status: 'added', source: { kind: 'feed', url: `${pages.origin}/science.xml`, title: 'Science Wire', topics: ['science'], origin: 'admin' } });
    expect(scheduled).toHaveLength(1);
    expect(await catalog.addFeed(`${pages.origin}/science.xml`, [])).toMatchObject({ status: 'exists' });
    // The blog page points to the same feed: found by discovery, and already there.
    expect(await catalog.addFeed(`${pages.origin}/blog`, [])).toMatchObject({ status: 'exists', source: { url: `${pages.origin}/science.xml` } });
    expect(await catalog.addFeed(`${pages.origin}/plain`, [])).toEqual({ status: 'refused', reason: { code: 'no_feed_named' } });
    expect(await catalog.addFeed(`${pages.origin}/missing.xml`, [])).toEqual({ status: 'refused', reason: { code: 'http_status', status: 404 } });
    expect(await catalog.addFeed('ftp://example.com/feed', [])).toEqual({ status: 'refused', reason: { code: 'not_http' } });
    expect(scheduled).toHaveLength(1);
  });

  it('finds a feed through a page, lists sources in a stable numbered order, and removes by number or URL', async () => {
    expect(await catalog.addFeed(`${pages.origin}/blog`, [])).toMatchObject({ status: 'added', discoveredFrom: `${pages.origin}/blog`, source: { url: `${pages.origin}/science.xml` } });
    clock.advance(1_000);
    await catalog.addFeed(`${pages.origin}/world.xml`, ['world']);
    expect((await catalog.list()).map((entry) => [entry.number, entry.source.title])).toEqual([
      [1, 'Science Wire'],
      [2, 'World Wire'],
    ]);
    expect(await catalog.remove('1')).toMatchObject({ status: 'removed', source: { title: 'Science Wire' } });
    expect(await catalog.remove(`${pages.origin}/world.xml`)).toMatchObject({ status: 'removed', source: { title: 'World Wire' } });
    expect(await catalog.remove('1')).toEqual({ status: 'not_found' });
  });

  it('imports an OPML list with a report, exports one that reads back the same, and keeps a removed file source out on the next start', async () => {
    const report = await catalog.importOpml(
      opml(
        `<outline text="Science"><outline type="rss" text="Science Wire" xmlUrl="${pages.origin}/science.xml"/></outline>` +
          `<outline type="rss" text="World" category="world" xmlUrl="${pages.origin}/world.xml"/>` +
          `<outline type="rss" text="Old" xmlUrl="gopher://old.example/feed"/>`,
      ),
    );
    expect(report).toEqual({ added: 2, alreadyThere: 0, refused: [{ url: 'gopher://old.example/feed', reason: { code: 'not_http' } }] });
    expect((await catalog.importOpml(opml(`<outline type="rss" text="World" xmlUrl="${pages.origin}/world.xml"/>`))).alreadyThere).toBe(1);
    const exported = parseOpml(await catalog.exportOpml());
    expect(exported.sources.map((source) => [source.url, source.title, source.topics])).toEqual([
      [`${pages.origin}/science.xml`, 'Science Wire', ['science']],
      [`${pages.origin}/world.xml`, 'World', ['world']],
    ]);

    const file = opml(`<outline type="rss" text="File feed" category="health" xmlUrl="${pages.origin}/file.xml"/>`);
    expect(await catalog.syncFile(file)).toEqual({ added: 1, dropped: 0 });
    expect(await catalog.syncFile(file)).toEqual({ added: 0, dropped: 0 });
    const fileSource = (await catalog.list()).find((entry) => entry.source.origin === 'file');
    expect(fileSource?.source).toMatchObject({ title: 'File feed', topics: ['health'] });
    await catalog.remove(`${pages.origin}/file.xml`);
    expect(await catalog.syncFile(file)).toEqual({ added: 0, dropped: 0 });
    expect((await catalog.list()).some((entry) => entry.source.origin === 'file')).toBe(false);

    // A feed that left the file leaves the catalog on the next start.
    const other = opml(`<outline type="rss" text="Other" xmlUrl="${pages.origin}/other.xml"/>`);
    expect(await catalog.syncFile(other)).toEqual({ added: 1, dropped: 0 });
    expect(await catalog.syncFile(opml(''))).toEqual({ added: 0, dropped: 1 });
    // Put back in the file, it comes back: only an admin's removal is remembered.
    expect(await catalog.syncFile(other)).toEqual({ added: 1, dropped: 0 });
  });

  it('registers a channel when the bot becomes its admin, counts its posts, and drops it on demotion; health sums it all up', async () => {
    await catalog.addFeed(`${pages.origin}/science.xml`, []);
    const channel = await catalog.registerChannel({ chatId: -1001234, title: 'Iberia Now', username: 'iberianow' });
    expect(channel).toMatchObject({ id: 'channel:-1001234', kind: 'channel', url: 'https://t.me/iberianow', origin: 'channel', chatId: -1001234 });
    expect((await catalog.registerChannel({ chatId: -1001234, title: 'Iberia Today', username: 'iberianow' })).title).toBe('Iberia Today');
    await catalog.countChannelPost(-1001234);
    await catalog.countChannelPost(-1001234);
    expect(await catalog.health()).toEqual({ active: 1, failing: 0, deactivated: 0, channels: 1, itemsToday: 2 });
    expect(await catalog.channel(-1001234)).toMatchObject({ title: 'Iberia Today' });
    expect(await catalog.dropChannel(-1001234)).toBe(true);
    expect(await catalog.channel(-1001234)).toBeUndefined();
    expect(await catalog.dropChannel(-1001234)).toBe(false);
  });
});
