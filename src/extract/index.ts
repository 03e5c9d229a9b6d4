/** The public API of `extract/`: fetch safely, find the article in a page or a pasted dump. */
export type { Article } from '../core/article.js';
export { createArticleLoader, type ArticleLoader, type ArticleLoaderDependencies } from './article-loader.js';
export { canonicalizeUrl, isHttpUrl } from './canonicalize-url.js';
export { detectLanguage } from './detect-language.js';
export { ExtractError, type ExtractErrorCode } from './extract-error.js';
export { FetchError, type FetchErrorCode, type FetchErrorDetails } from './fetch-error.js';
export { extractArticleFromHtml } from './html-article.js';
export { extractArticleFromText } from './pasted-text.js';
export {
  createSafeFetcher,
  type FetchedPage,
  type Fetcher,
  type HostLookup,
  type ResolvedAddress,
  type SafeFetcherOptions,
} from './safe-fetch.js';
