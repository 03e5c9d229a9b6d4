import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { Article } from '../core/article.js';
import { wordsOf } from '../core/words.js';
import { normalizePublishedAt, primaryLanguage } from './article-fields.js';
import { canonicalizeUrl, isHttpUrl } from './canonicalize-url.js';
import { cleanArticleContent } from './clean-article-content.js';
import { detectLanguage } from './detect-language.js';
import { collectParagraphs } from './dom-text.js';
import { ExtractError } from './extract-error.js';
import { articleBodyParagraphs } from './json-ld-body.js';
import { removeChromeParagraphs } from './filter-paragraphs.js';
import { readPageMetadata, type PageMetadata } from './page-metadata.js';

/** Less text than this is a teaser, a paywall stub or an error page, not an article. */
const MIN_ARTICLE_CHARS = 140;

interface ReadabilityResult {
  title?: string;
  siteName?: string;
  publishedTime?: string;
  lang?: string;
  text: string;
}

function titleOption(title: string | null | undefined): { title?: string } {
  return title ? { title } : {};
}

function runReadability(html: string): ReadabilityResult | undefined {
  const { document } = parseHTML(html);
  // An empty or fragment-only input has no <html> element, which Readability refuses.
  if (!document.documentElement) return undefined;
  // Hand back the content node itself so cleaning can use the classes Readability would strip.
  const reader = new Readability<Node>(document, { keepClasses: true, serializer: (node) => node });
  const parsed = reader.parse();
  const content = parsed?.content;
  if (parsed === null || content === null || content === undefined) return undefined;
  cleanArticleContent(content);
  const result: ReadabilityResult = { text: removeChromeParagraphs(collectParagraphs(content), titleOption(parsed.title)).join('\n\n') };
  if (parsed.title) result.title = parsed.title.trim();
  if (parsed.siteName) result.siteName = parsed.siteName.trim();
  if (parsed.publishedTime) result.publishedTime = parsed.publishedTime;
  if (parsed.lang) result.lang = parsed.lang;
  return result;
}

/** Share of `part`'s words that also occur in `whole`. */
function coverage(part: string, whole: string): number {
  const partWords = wordsOf(part);
  if (partWords.length === 0) return 0;
  const wholeWords = new Set(wordsOf(whole));
  return partWords.filter((word) => wholeWords.has(word)).length / partWords.length;
}

/**
 * Readability's text, unless the page's JSON-LD `articleBody` is clearly the
 * better source: Readability found nothing, or only a fragment of a body that
 * is at least twice as long and contains what Readability found. On the
 * benchmark pages a body of similar length was never cleaner, so that alone
 * does not switch sources.
 */
function chooseText(fromReadability: string | undefined, metadata: PageMetadata, title: string | undefined): string {
  const fromJsonLd =
    metadata.articleBody === undefined
      ? undefined
      : removeChromeParagraphs(articleBodyParagraphs(metadata.articleBody), titleOption(title)).join('\n\n');
  if (fromJsonLd === undefined) return fromReadability ?? '';
  if (fromReadability === undefined || fromReadability.length < MIN_ARTICLE_CHARS) return fromJsonLd;
  if (fromJsonLd.length >= 2 * fromReadability.length && coverage(fromReadability, fromJsonLd) >= 0.9) return fromJsonLd;
  return fromReadability;
}

function pickUrl(metadata: PageMetadata, pageUrl: string): string | undefined {
  const candidates = [metadata.canonicalUrl, pageUrl];
  for (const candidate of candidates) {
    if (candidate === undefined || !isHttpUrl(candidate)) continue;
    // A canonical pointing at the site's front page is a template mistake, not this article's address.
    if (candidate !== pageUrl && new URL(candidate).pathname === '/' && isHttpUrl(pageUrl) && new URL(pageUrl).pathname !== '/') {
      continue;
    }
    return canonicalizeUrl(candidate);
  }
  return undefined;
}

/**
 * Finds the article in an HTML page: its main text (via Readability on linkedom,
 * then stripped of captions, share widgets, related-story blocks and similar
 * chrome) and what the page declares about it.
 *
 * @throws ExtractError `no_article` when nothing article-like is on the page.
 */
export function extractArticleFromHtml(html: string, pageUrl: string): Article {
  const { document } = parseHTML(html);
  const metadata = readPageMetadata(document, pageUrl);
  let readability: ReadabilityResult | undefined;
  let readabilityError: unknown;
  try {
    readability = runReadability(html);
  } catch (error) {
    // Readability can trip over odd markup; JSON-LD may still carry the text, and if not the cause is kept.
    readabilityError = error;
  }
  const text = chooseText(readability?.text, metadata, metadata.title ?? readability?.title);
  if (text.length < MIN_ARTICLE_CHARS) {
    throw new ExtractError('no_article', 'No article text found on the page', {
      url: pageUrl,
      ...(readabilityError === undefined ? {} : { cause: readabilityError }),
    });
  }

  const article: Article = { text };
  const title = metadata.title ?? readability?.title;
  if (title) article.title = title;
  const siteName = metadata.siteName ?? readability?.siteName;
  if (siteName) article.siteName = siteName;
  const publishedAt = normalizePublishedAt(metadata.publishedAt ?? readability?.publishedTime);
  if (publishedAt !== undefined) article.publishedAt = publishedAt;
  const url = pickUrl(metadata, pageUrl);
  if (url !== undefined) article.url = url;
  const language = primaryLanguage(metadata.language ?? readability?.lang) ?? detectLanguage(text);
  if (language !== undefined) article.language = language;
  return article;
}
