/** What a page says about its article in machine-readable form (JSON-LD, Open Graph, plain meta tags). */
export interface PageMetadata {
  title?: string;
  siteName?: string;
  /** Raw value, not yet normalised. */
  publishedAt?: string;
  /** Absolute canonical URL as declared (`<link rel=canonical>`, og:url, JSON-LD url). */
  canonicalUrl?: string;
  /** Declared language tag, as written ("en-US", "pt_BR"). */
  language?: string;
  /** JSON-LD `articleBody`, which some publishers fill with the whole text. */
  articleBody?: string;
}

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asString(value: unknown): string | undefined {
  if (typeof value === 'string') {
    const trimmed = value.trim();
    return trimmed === '' ? undefined : trimmed;
  }
  if (Array.isArray(value)) return asString(value[0]);
  if (isObject(value)) return asString(value['name'] ?? value['@value'] ?? value['url'] ?? value['@id']);
  return undefined;
}

function typesOf(node: JsonObject): string[] {
  const type = node['@type'];
  if (typeof type === 'string') return [type];
  if (Array.isArray(type)) return type.filter((item): item is string => typeof item === 'string');
  return [];
}

/** schema.org types that describe an article (NewsArticle, BlogPosting, ReportageNewsArticle, …). */
function isArticleType(node: JsonObject): boolean {
  return typesOf(node).some((type) => /(?:Article|BlogPosting|Posting|Report)$/i.test(type));
}

/** Every object in a JSON-LD value, walking arrays and `@graph`. */
function flattenJsonLd(value: unknown, into: JsonObject[] = []): JsonObject[] {
  if (Array.isArray(value)) {
    for (const item of value) flattenJsonLd(item, into);
  } else if (isObject(value)) {
    into.push(value);
    if (value['@graph'] !== undefined) flattenJsonLd(value['@graph'], into);
  }
  return into;
}

/**
 * Escapes raw control characters inside JSON strings. Many CMSs print
 * `articleBody` with literal newlines, which JSON.parse rejects.
 */
function escapeControlCharactersInStrings(source: string): string {
  let result = '';
  let inString = false;
  let escaped = false;
  for (const char of source) {
    if (inString && !escaped && char < ' ') {
      result += char === '\n' ? '\\n' : char === '\t' ? '\\t' : char === '\r' ? '' : ' ';
      continue;
    }
    if (char === '"' && !escaped) inString = !inString;
    escaped = inString && !escaped && char === '\\';
    result += char;
  }
  return result;
}

function parseJsonLoosely(source: string): unknown {
  try {
    return JSON.parse(source);
  } catch {
    return JSON.parse(escapeControlCharactersInStrings(source));
  }
}

function readJsonLd(document: Document): JsonObject[] {
  const nodes: JsonObject[] = [];
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    const source = (script.textContent ?? '')
      .replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, '')
      .replace(/^\s*<!--|-->\s*$/g, '')
      .trim();
    if (source === '') continue;
    try {
      flattenJsonLd(parseJsonLoosely(source), nodes);
    } catch {
      // Malformed JSON-LD is common (trailing commas, raw newlines in strings); the other sources still apply.
    }
  }
  return nodes;
}

function metaContent(document: Document, selectors: readonly string[]): string | undefined {
  for (const selector of selectors) {
    for (const element of document.querySelectorAll(selector)) {
      const value = element.getAttribute('content') ?? element.getAttribute('datetime') ?? element.getAttribute('href');
      const trimmed = value?.trim();
      if (trimmed) return trimmed;
    }
  }
  return undefined;
}

function resolveUrl(value: string | undefined, base: string): string | undefined {
  if (value === undefined) return undefined;
  try {
    return new URL(value, base).href;
  } catch {
    return undefined;
  }
}

/** Reads the page's own description of its article. Must run before Readability, which rewrites the DOM. */
export function readPageMetadata(document: Document, pageUrl: string): PageMetadata {
  const jsonLd = readJsonLd(document);
  const article = jsonLd.find(isArticleType);
  const publisher = article === undefined ? undefined : article['publisher'];
  const webSite = jsonLd.find((node) => typesOf(node).includes('WebSite'));

  const title =
    asString(article?.['headline']) ??
    metaContent(document, ['meta[property="og:title"]', 'meta[name="twitter:title"]']) ??
    asString(document.querySelector('title')?.textContent);
  const siteName =
    metaContent(document, ['meta[property="og:site_name"]', 'meta[name="application-name"]']) ??
    asString(publisher) ??
    asString(webSite?.['name']);
  const publishedAt =
    asString(article?.['datePublished']) ??
    metaContent(document, [
      'meta[property="article:published_time"]',
      'meta[itemprop="datePublished"]',
      'meta[name="article:published_time"]',
      'meta[name="pubdate"]',
      'meta[name="publishdate"]',
      'meta[name="date"]',
      'meta[name="DC.date.issued"]',
      'meta[name="sailthru.date"]',
      'time[itemprop="datePublished"]',
      'time[pubdate]',
      'article time[datetime]',
      'time[datetime]',
    ]);
  const canonicalUrl = resolveUrl(
    metaContent(document, ['link[rel="canonical"]', 'meta[property="og:url"]']) ?? asString(article?.['url']),
    pageUrl,
  );
  const language =
    document.documentElement?.getAttribute('lang')?.trim() ||
    metaContent(document, ['meta[property="og:locale"]', 'meta[http-equiv="content-language"]', 'meta[http-equiv="Content-Language"]', 'meta[name="language"]']) ||
    asString(article?.['inLanguage']);
  const articleBody = typeof article?.['articleBody'] === 'string' ? article['articleBody'].trim() : undefined;

  const metadata: PageMetadata = {};
  if (title !== undefined) metadata.title = title;
  if (siteName !== undefined) metadata.siteName = siteName;
  if (publishedAt !== undefined) metadata.publishedAt = publishedAt;
  if (canonicalUrl !== undefined) metadata.canonicalUrl = canonicalUrl;
  if (language) metadata.language = language;
  if (articleBody) metadata.articleBody = articleBody;
  return metadata;
}
