import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { discoverFeedUrls } from '../../../src/feeds/discover-feeds.js';

const page = readFileSync(new URL('../../fixtures/feeds/page-with-feeds.html', import.meta.url), 'utf8');

describe('discoverFeedUrls', () => {
  it('finds the feeds a page announces, absolute, in page order, each once', () => {
    expect(discoverFeedUrls(page, 'https://daily.example/section/today.html')).toEqual([
      'https://daily.example/feeds/all.rss',
      'https://daily.example/feeds/all.atom',
      'https://daily.example/section/feed.json',
      'https://daily.example/index.rdf',
      'https://daily.example/feed-v1.json',
    ]);
  });

  it('resolves against the page’s <base href>', () => {
    const html = '<html><head><base href="https://cdn.example/site/"><link rel="alternate" type="application/atom+xml" href="atom.xml"></head></html>';
    expect(discoverFeedUrls(html, 'https://www.example/page')).toEqual(['https://cdn.example/site/atom.xml']);
  });

  it('finds nothing on a page without feed links', () => {
    expect(discoverFeedUrls('<html><head><link rel="stylesheet" href="/a.css"></head><body>Hi</body></html>', 'https://x.example/')).toEqual([]);
  });
});
