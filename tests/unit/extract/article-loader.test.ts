import { describe, expect, it } from 'vitest';
import { createArticleLoader } from '../../../src/extract/article-loader.js';
import { FetchError } from '../../../src/extract/fetch-error.js';
import type { FetchedPage, Fetcher } from '../../../src/extract/safe-fetch.js';

/** A Fetcher that answers only the URLs a test set up and records every call. */
function createFakeFetcher(pages: Record<string, FetchedPage | FetchError>): Fetcher & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    async fetchPage(url) {
      calls.push(url);
      const page = pages[url];
      if (page === undefined) throw new Error(`fake fetcher: no page set up for ${url}`);
      if (page instanceof FetchError) throw page;
      return page;
    },
    async fetchResource(url) {
      throw new Error(`fake fetcher: the article loader should fetch pages, not resources (${url})`);
    },
  };
}

const paragraphs = [
  'The regional parliament approved the new water law on Thursday after a debate that lasted most of the night and ended in a narrow vote.',
  'Farmers will pay for the water they take from rivers for the first time, while households keep their current tariffs until at least next year.',
  'Opposition members said they would challenge the law in court, arguing that it was rushed through without consulting the affected districts.',
];
const html = `<!doctype html><html lang="en"><head><title>Water law passes</title>
<link rel="canonical" href="https://news.example/declared-elsewhere"></head>
<body><article><h1>Water law passes</h1>${paragraphs.map((text) => `<p>${text}</p>`).join('')}</article></body></html>`;

describe('createArticleLoader', () => {
  it('extracts an HTML page and sets url to the canonical form of the final URL', async () => {
    const fetcher = createFakeFetcher({
      'https://t.example/abc': { url: 'https://News.example/water-law?utm_source=tg#top', contentType: 'text/html', body: html },
    });
    const article = await createArticleLoader({ fetcher }).loadArticle('https://t.example/abc');
    expect(article).toEqual({
      text: paragraphs.join('\n\n'),
      title: 'Water law passes',
      url: 'https://news.example/water-law',
      language: 'en',
    });
    expect(fetcher.calls).toEqual(['https://t.example/abc']);
  });

  it('treats a text/plain page as pasted text', async () => {
    const body = `Water law passes\n\n${paragraphs.join('\n\n')}\n\nShare this article`;
    const fetcher = createFakeFetcher({
      'https://news.example/water.txt': { url: 'https://news.example/water.txt', contentType: 'text/plain', body },
    });
    expect(await createArticleLoader({ fetcher }).loadArticle('https://news.example/water.txt')).toEqual({
      text: paragraphs.join('\n\n'),
      title: 'Water law passes',
      url: 'https://news.example/water.txt',
      language: 'en',
    });
  });

  it('passes fetch errors through unchanged', async () => {
    const notFound = new FetchError('http_status', 'The server answered 404', { url: 'https://news.example/gone', status: 404 });
    const fetcher = createFakeFetcher({ 'https://news.example/gone': notFound });
    await expect(createArticleLoader({ fetcher }).loadArticle('https://news.example/gone')).rejects.toBe(notFound);
  });
});
