import type { Article } from '../core/article.js';
import { canonicalizeUrl } from './canonicalize-url.js';
import { extractArticleFromHtml } from './html-article.js';
import { extractArticleFromText } from './pasted-text.js';
import type { Fetcher } from './safe-fetch.js';

export interface ArticleLoader {
  /** Fetches `url` and extracts its article. Rejects with FetchError or ExtractError. */
  loadArticle(url: string, signal?: AbortSignal): Promise<Article>;
}

export interface ArticleLoaderDependencies {
  fetcher: Fetcher;
}

/**
 * Fetch, then extract: HTML pages through Readability, plain-text pages as a
 * pasted text. `url` is always the canonical form of the address finally
 * fetched (after redirects), not whatever the page declares, so cache keys
 * follow what was actually read.
 */
export function createArticleLoader({ fetcher }: ArticleLoaderDependencies): ArticleLoader {
  return {
    async loadArticle(url, signal) {
      const page = await fetcher.fetchPage(url, signal);
      const article =
        page.contentType === 'text/html' ? extractArticleFromHtml(page.body, page.url) : extractArticleFromText(page.body);
      return { ...article, url: canonicalizeUrl(page.url) };
    },
  };
}
