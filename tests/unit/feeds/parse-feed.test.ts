import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FeedError, type FeedItem, type ParsedFeed } from '../../../src/feeds/feed-types.js';
import { parseFeed } from '../../../src/feeds/parse-feed.js';
import { UTF8_BOM, concatBytes, latin1, utf8, windows1251 } from './encoded-bytes.js';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/feeds/${name}`, import.meta.url));

/** Where the fixtures are pretended to come from: the final URL after redirects, one folder deep. */
const FEED_URL = 'https://feeds.example/path/feed.xml';

function item(fields: Partial<FeedItem> & Pick<FeedItem, 'id'>): FeedItem {
  return { title: undefined, url: undefined, publishedAt: null, summary: undefined, content: undefined, ...fields };
}

function feed(fields: Partial<ParsedFeed>): ParsedFeed {
  return { title: undefined, siteUrl: undefined, feedUrl: FEED_URL, ttlMinutes: undefined, items: [], ...fields };
}

function parseFixture(name: string, contentType?: string): ParsedFeed {
  return parseFeed(fixture(name), { url: FEED_URL, ...(contentType === undefined ? {} : { contentType }) });
}

function errorOf(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

describe('parseFeed: links and bases', () => {
  it('resolves Atom links through xml:base at feed and entry level', () => {
    expect(parseFixture('atom-xml-base.xml')).toEqual(
      feed({
        // type="text": the escaped "&amp;" is text and stays as written.
        title: 'Example Blog &amp; Friends',
        siteUrl: 'https://blog.example.org/news/',
        items: [
          item({
            id: 'tag:blog.example.org,2025:1',
            title: 'Spring is here & so are we',
            url: 'https://blog.example.org/news/2025/03/spring.html',
            publishedAt: '2025-03-01T07:00:00.000Z',
            summary: 'Plain text: <b> stays literal.',
            content: 'First paragraph with a photo.\n\nSecond & last.',
          }),
          item({
            id: 'tag:blog.example.org,2025:2',
            title: "Relative to the feed's base",
            url: 'https://blog.example.org/about/team',
            publishedAt: '2025-02-20T12:00:00.000Z',
            content: 'Escaped HTML content',
          }),
          item({
            id: 'tag:blog.example.org,2025:3',
            title: 'Absolute entry base',
            url: 'https://other.example.net/archive/item?id=3',
            publishedAt: '2025-02-10T12:00:00.000Z',
          }),
        ],
      }),
    );
  });

  it('resolves relative RSS links against the final feed URL and drops non-http links', () => {
    expect(parseFixture('rss-relative-links.xml')).toEqual(
      feed({
        title: 'Relative Times',
        siteUrl: 'https://feeds.example/',
        ttlMinutes: 45,
        items: [
          item({ id: 'relative-times-1', title: 'Same folder', url: 'https://feeds.example/path/story-1.html' }),
          item({
            // The id is the canonical link: tracking parameter and fragment dropped; the url is as published.
            id: 'https://feeds.example/2025/story-2?page=2',
            title: 'Root-relative',
            url: 'https://feeds.example/2025/story-2?utm_source=rss&page=2#comments',
          }),
          item({ id: 'https://cdn.example.com/story-3', title: 'Protocol-relative', url: 'https://cdn.example.com/story-3' }),
          item({ id: 'relative-times-4', title: 'Script link is no link' }),
        ],
      }),
    );
  });

  it('takes relative links against whatever URL it is given (the post-redirect one)', () => {
    const parsed = parseFeed(fixture('rss-relative-links.xml'), { url: 'https://moved.example/new/home/rss' });
    expect(parsed.items.map((entry) => entry.url)).toEqual([
      'https://moved.example/new/home/story-1.html',
      'https://moved.example/2025/story-2?utm_source=rss&page=2#comments',
      'https://cdn.example.com/story-3',
      undefined,
    ]);
  });
});

describe('parseFeed: formats', () => {
  it('reads RSS 1.0 (RDF) with dc:date and content:encoded', () => {
    expect(parseFixture('rdf-dc-date.xml')).toEqual(
      feed({
        title: 'Slashy News',
        siteUrl: 'https://slashy.example/',
        items: [
          item({
            id: 'https://slashy.example/story/1?from=rss',
            title: 'Kernel 9.0 released',
            url: 'https://slashy.example/story/1?from=rss',
            publishedAt: '2025-01-02T02:04:05.000Z',
            summary: 'The kernel team shipped.',
            content: 'Long text.\n\nMore text.',
          }),
          item({
            id: 'https://slashy.example/story/2',
            title: 'Only rdf:about',
            url: 'https://slashy.example/story/2',
            publishedAt: '2025-01-03T00:00:00.000Z',
          }),
        ],
      }),
    );
  });

  it('reads JSON Feed 1.1, leaving an untitled item untitled', () => {
    const parsed = parseFixture('json-feed-1.1.json');
    expect(parsed).toEqual(
      feed({
        title: 'Micro & Macro',
        siteUrl: 'https://micro.example/',
        items: [
          item({
            id: 'https://micro.example/2025/01/07/note',
            url: 'https://micro.example/2025/01/07/note',
            publishedAt: '2025-01-07T15:15:00.000Z',
            content: 'A note without a title.\n\nTwo paragraphs & an ampersand.',
          }),
          item({
            id: '42',
            title: 'Post with HTML',
            url: 'https://feeds.example/2025/01/06/post',
            publishedAt: '2025-01-06T08:00:00.000Z',
            // JSON Feed's summary is plain text by the spec: nothing in it is markup.
            summary: 'A summary with <b> kept literal',
            // content_html is decoded once: "&amp;lt;" is the text "&lt;".
            content: 'Hello & welcome.\n\n5 &lt; 6',
          }),
        ],
      }),
    );
    expect(parsed.items[0]).toHaveProperty('title', undefined);
  });

  it('reads RSS 0.91 with its DOCTYPE (the DTD is never fetched)', () => {
    expect(parseFixture('rss-091.xml')).toEqual(
      feed({
        title: 'Old School',
        siteUrl: 'http://oldschool.example/',
        items: [item({ id: 'http://oldschool.example/1.html', title: 'First post', url: 'http://oldschool.example/1.html', summary: 'Hello from 0.91' })],
      }),
    );
  });

  it('reads an empty feed as no items, without an error', () => {
    expect(parseFixture('rss-empty.xml')).toEqual(feed({ title: 'Nothing Yet', siteUrl: 'https://empty.example/', items: [] }));
  });
});

describe('parseFeed: text', () => {
  it('salvages a bare "&" and undeclared HTML entities (&nbsp; &mdash; &hellip;)', () => {
    expect(parseFixture('rss-entities.xml')).toEqual(
      feed({
        title: 'Fish & Chips Daily',
        siteUrl: 'https://fish.example/',
        items: [
          item({
            id: 'https://fish.example/a',
            title: 'Salt & vinegar — the debate',
            url: 'https://fish.example/a?x=1&y=2',
            summary: 'Cod & haddock… compared',
          }),
        ],
      }),
    );
  });

  it('strips CDATA HTML and escaped HTML to text, decoding each layer once', () => {
    expect(parseFixture('rss-html-fields.xml')).toEqual(
      feed({
        // Plain text with an escaped entity: "&amp;amp;" is the text "&amp;".
        title: 'Markup &amp; More',
        siteUrl: 'https://markup.example/',
        items: [
          item({
            id: 'https://markup.example/1',
            title: 'CDATA title & friends',
            url: 'https://markup.example/1',
            summary: 'First bold paragraph.\n\nSecond & last.',
            content: 'Heading\n\nBody text with a link.',
          }),
          item({
            id: 'https://markup.example/2',
            title: 'Escaped bold title',
            url: 'https://markup.example/2',
            // The HTML's own "&amp;" is decoded once; its "&amp;lt;" stays the text "&lt;".
            summary: 'Fish & chips\n\nUse &lt;div&gt; tags',
          }),
          item({
            id: 'https://markup.example/3',
            title: '5 &lt; 6 and AT&amp;T',
            url: 'https://markup.example/3',
            summary: 'Plain text: 5 < 6 is true',
          }),
          item({
            id: 'https://markup.example/4',
            title: 'WordPress excerpt',
            url: 'https://markup.example/4',
            // Inside CDATA, "&#8230;" is HTML and means "…".
            summary: 'Lorem ipsum dolor sit amet […]',
          }),
        ],
      }),
    );
  });
});

describe('parseFeed: dates and identity', () => {
  it('reads dates with offsets, zone names and no zone; garbage is null, not now', () => {
    expect(parseFixture('rss-dates.xml').items.map(({ id, publishedAt }) => ({ id, publishedAt }))).toEqual([
      { id: 'd1', publishedAt: '2025-01-06T07:00:00.000Z' },
      { id: 'd2', publishedAt: '2025-01-06T15:00:00.000Z' },
      { id: 'd3', publishedAt: '2025-01-06T10:00:00.000Z' },
      { id: 'd4', publishedAt: '2025-01-06T10:00:00.000Z' },
      { id: 'd5', publishedAt: null },
      { id: 'd6', publishedAt: null },
      { id: 'd7', publishedAt: '2025-01-06T00:00:00.000Z' },
      { id: 'd8', publishedAt: null },
    ]);
  });

  it('keeps isPermaLink="false" guids as ids, not URLs; falls back to the canonical link, then title and date', () => {
    expect(parseFixture('rss-guids.xml').items).toEqual([
      item({ id: 'https://guids.example/internal/777', title: 'Not a permalink, though it looks like one' }),
      item({ id: 'https://guids.example/stories/permalink', title: 'Permalink guid and no link', url: 'https://guids.example/stories/permalink' }),
      item({ id: '12345', title: 'Numeric guid left on the default' }),
      item({
        id: 'https://guids.example/stories/x?a=1&b=2',
        title: 'No guid: the canonical link is the id',
        url: 'https://guids.example/stories/x?utm_medium=rss&b=2&a=1#top',
      }),
      item({ id: 'Neither guid nor link|2025-01-07T12:00:00.000Z', title: 'Neither guid nor link', publishedAt: '2025-01-07T12:00:00.000Z' }),
    ]);
  });
});

describe('parseFeed: encodings', () => {
  const cyrillicFeed = (prolog: string) =>
    `${prolog}<rss version="2.0"><channel><title>Новости</title><link>https://ru.example/</link><item><title>Ёлка на площади</title><guid isPermaLink="false">1</guid></item></channel></rss>`;
  const expectedCyrillic = feed({ title: 'Новости', siteUrl: 'https://ru.example/', items: [item({ id: '1', title: 'Ёлка на площади' })] });

  it('reads windows-1251 declared only in the prolog', () => {
    expect(parseFeed(windows1251(cyrillicFeed('<?xml version="1.0" encoding="windows-1251"?>')), { url: FEED_URL })).toEqual(expectedCyrillic);
  });

  it('reads ISO-8859-1 declared only in the prolog', () => {
    const xml = '<?xml version="1.0" encoding="ISO-8859-1"?><rss version="2.0"><channel><title>Économie</title><item><title>Crème brûlée à Zürich</title><guid isPermaLink="false">1</guid></item></channel></rss>';
    expect(parseFeed(latin1(xml), { url: FEED_URL })).toEqual(feed({ title: 'Économie', items: [item({ id: '1', title: 'Crème brûlée à Zürich' })] }));
  });

  it('lets the HTTP charset override the prolog', () => {
    const bytes = windows1251(cyrillicFeed('<?xml version="1.0" encoding="utf-8"?>'));
    expect(parseFeed(bytes, { url: FEED_URL, contentType: 'application/rss+xml; charset=windows-1251' })).toEqual(expectedCyrillic);
  });

  it('reads a feed that starts with a BOM and whitespace before the prolog', () => {
    const bytes = concatBytes(UTF8_BOM, utf8(`\n\t ${cyrillicFeed('<?xml version="1.0" encoding="utf-8"?>')}`));
    expect(parseFeed(bytes, { url: FEED_URL })).toEqual(expectedCyrillic);
  });
});

describe('parseFeed: broken input', () => {
  it('salvages the whole items of a truncated feed', () => {
    expect(parseFixture('rss-truncated.xml')).toEqual(
      feed({
        title: 'Cut Short',
        siteUrl: 'https://cut.example/',
        items: [
          item({ id: 'https://cut.example/1', title: 'Whole one', url: 'https://cut.example/1' }),
          item({ id: 'https://cut.example/2', title: 'Whole two', url: 'https://cut.example/2' }),
        ],
      }),
    );
  });

  it('repairs stray "<" outside CDATA, reads CDATA-wrapped links, guids and dates, and keeps the items before a broken tag', () => {
    expect(parseFixture('rss-stray-markup.xml')).toEqual(
      feed({
        title: 'Comparisons: 5 < 6',
        siteUrl: 'https://stray.example/',
        items: [
          item({
            id: 'stray-1',
            title: 'I <3 feeds',
            url: 'https://feeds.example/posts/1',
            publishedAt: '2025-01-06T10:00:00.000Z',
            summary: 'In CDATA a < is text: 1 < 2',
          }),
          item({ id: 'stray-2', title: 'Second' }),
        ],
      }),
    );
  });

  it('says malformed when a truncated feed has no whole item to salvage', () => {
    const cut = fixture('rss-truncated.xml').toString('utf8').split('<item>')[0] ?? '';
    const error = errorOf(() => parseFeed(utf8(`${cut}<item><title>Half`), { url: FEED_URL }));
    expect(error).toBeInstanceOf(FeedError);
    expect(error).toMatchObject({ code: 'malformed' });
  });

  it('says malformed for a JSON Feed cut short', () => {
    const text = fixture('json-feed-1.1.json').toString('utf8');
    expect(errorOf(() => parseFeed(utf8(text.slice(0, 200)), { url: FEED_URL }))).toMatchObject({ code: 'malformed' });
  });

  it.each([
    ['an HTML page', fixture('page-with-feeds.html')],
    ['an XHTML page with a prolog', utf8('<?xml version="1.0"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd"><html xmlns="http://www.w3.org/1999/xhtml"><body><p>Hi</p></body></html>')],
    ['an OPML file', fixture('subscriptions.opml')],
    ['other JSON', utf8('{"name":"package","version":"1.0.0"}')],
    ['plain text', utf8('Service unavailable, try later')],
    ['nothing', new Uint8Array()],
  ])('says not_a_feed for %s', (_name, bytes) => {
    const error = errorOf(() => parseFeed(bytes, { url: FEED_URL }));
    expect(error).toBeInstanceOf(FeedError);
    expect(error).toMatchObject({ code: 'not_a_feed' });
  });
});
