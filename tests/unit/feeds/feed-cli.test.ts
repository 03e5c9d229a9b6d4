import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli.js';
import { createConfig } from '../../../src/config.js';
import { startPageServer, type PageServer } from '../../support/page-server.js';
import { windows1251 } from './encoded-bytes.js';

const config = createConfig({ ALLOW_PRIVATE_URLS: 'true' });
const fixturePath = (name: string) => fileURLToPath(new URL(`../../fixtures/feeds/${name}`, import.meta.url));

function createOutput() {
  const chunks: string[] = [];
  return { write: (text: string) => void chunks.push(text), text: () => chunks.join('') };
}

async function cli(...args: string[]) {
  const out = createOutput();
  const err = createOutput();
  const code = await runCli(args, config, out, err);
  return { code, out: out.text(), err: err.text() };
}

const CYRILLIC_FEED =
  '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Новости</title><link>/</link>' +
  '<item><title>Первая</title><link>news/1.html</link><pubDate>Mon, 06 Jan 2025 10:00:00 +0300</pubDate><description>&lt;p&gt;Текст&lt;/p&gt;</description></item>' +
  '</channel></rss>';

describe('npm run cli -- feed', () => {
  let server: PageServer;

  beforeAll(async () => {
    server = await startPageServer({
      '/': (_request, response) =>
        response
          .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
          .end('<!doctype html><html><head><link rel="alternate" type="application/rss+xml" href="/old-feed"></head><body>Home</body></html>'),
      // The feed moved: its relative links resolve against where it ended up.
      '/old-feed': (_request, response) => response.writeHead(301, { location: '/feeds/ru/main.xml' }).end(),
      // The prolog says utf-8, the header windows-1251, and the bytes are windows-1251: the header wins.
      '/feeds/ru/main.xml': (_request, response) =>
        response.writeHead(200, { 'content-type': 'application/rss+xml; charset=windows-1251' }).end(Buffer.from(windows1251(CYRILLIC_FEED))),
      '/page-without-feeds': (_request, response) => response.writeHead(200, { 'content-type': 'text/html' }).end('<html><body>No feeds here</body></html>'),
    });
  });

  afterAll(async () => {
    await server.close();
  });

  it('prints a feed file: title, site, and each item', async () => {
    expect(await cli('feed', fixturePath('rss-guids.xml'))).toEqual({
      code: 0,
      err: '',
      out: [
        'Guids',
        'https://guids.example/',
        `5 items from ${pathToFileURL(fixturePath('rss-guids.xml')).href}`,
        '',
        '• Not a permalink, though it looks like one',
        '  id: https://guids.example/internal/777',
        '  url: null',
        '  published: null',
        '',
        '• Permalink guid and no link',
        '  id: https://guids.example/stories/permalink',
        '  url: https://guids.example/stories/permalink',
        '  published: null',
        '',
        '• Numeric guid left on the default',
        '  id: 12345',
        '  url: null',
        '  published: null',
        '',
        '• No guid: the canonical link is the id',
        '  id: https://guids.example/stories/x?a=1&b=2',
        '  url: https://guids.example/stories/x?utm_medium=rss&b=2&a=1#top',
        '  published: null',
        '',
        '• Neither guid nor link',
        '  id: Neither guid nor link|2025-01-07T12:00:00.000Z',
        '  url: null',
        '  published: 2025-01-07T12:00:00.000Z',
        '',
        '',
      ].join('\n'),
    });
  });

  it('prints one JSON object per input with --json, null for what is missing', async () => {
    const result = await cli('feed', '--json', fixturePath('json-feed-1.1.json'), fixturePath('rss-empty.xml'));
    expect(result.code).toBe(0);
    expect(result.err).toBe('');
    expect(result.out.split('\n').filter(Boolean).map((line) => JSON.parse(line) as unknown)).toEqual([
      {
        title: 'Micro & Macro',
        siteUrl: 'https://micro.example/',
        feedUrl: pathToFileURL(fixturePath('json-feed-1.1.json')).href,
        items: [
          { id: 'https://micro.example/2025/01/07/note', title: null, url: 'https://micro.example/2025/01/07/note', publishedAt: '2025-01-07T15:15:00.000Z', summary: null },
          // Its relative url resolves against a file: URL, and a file is no link to send a reader to.
          { id: '42', title: 'Post with HTML', url: null, publishedAt: '2025-01-06T08:00:00.000Z', summary: 'A summary with <b> kept literal' },
        ],
      },
      { title: 'Nothing Yet', siteUrl: 'https://empty.example/', feedUrl: pathToFileURL(fixturePath('rss-empty.xml')).href, items: [] },
    ]);
  });

  it('follows a page to the feed it names, through a redirect, in the charset the server declares', async () => {
    const result = await cli('feed', '--json', `${server.origin}/`);
    expect(result).toEqual({ code: 0, err: '', out: expect.any(String) });
    expect(JSON.parse(result.out)).toEqual({
      title: 'Новости',
      siteUrl: `${server.origin}/`,
      feedUrl: `${server.origin}/feeds/ru/main.xml`,
      items: [
        { id: `${server.origin}/feeds/ru/news/1.html`, title: 'Первая', url: `${server.origin}/feeds/ru/news/1.html`, publishedAt: '2025-01-06T07:00:00.000Z', summary: 'Текст' },
      ],
    });
  });

  it('names each input that failed on stderr, goes on with the others, and exits 1', async () => {
    const missing = fixturePath('no-such-feed.xml');
    const result = await cli('feed', missing, `${server.origin}/page-without-feeds`, `${server.origin}/gone.xml`, fixturePath('external-entity.xml'), fixturePath('rss-empty.xml'));
    expect(result.code).toBe(1);
    expect(result.out).toBe(`Nothing Yet\nhttps://empty.example/\n0 items from ${pathToFileURL(fixturePath('rss-empty.xml')).href}\n\n`);
    expect(result.err.split('\n')).toEqual([
      `${missing}: ENOENT: no such file or directory, open '${missing}'`,
      `${server.origin}/page-without-feeds: This is neither a feed nor a page that names one (no <link rel="alternate"> to RSS, Atom or JSON Feed) (This is an HTML page, not a feed)`,
      `${server.origin}/gone.xml: The server answered 404`,
      `${fixturePath('external-entity.xml')}: The feed declares XML entities in its DOCTYPE; refused unread (entity bombs and external entities are written this way)`,
      '',
    ]);
  });
});
