/**
 * A news feed (RSS 0.9x/1.0/2.0, Atom, JSON Feed) as the rest of the product
 * sees it, whatever format it came in: absolute URLs, dates in UTC, plain text.
 */
export interface FeedItem {
  /** Identity within its feed: the guid/id, else the canonical link, else title plus date. */
  id: string;
  /** Plain text; undefined when the item has none (JSON Feed 1.1 allows that), never made up. */
  title: string | undefined;
  /** Absolute http(s) URL of the article (`xml:base` and the feed URL applied); other schemes are dropped. */
  url: string | undefined;
  /** ISO 8601 in UTC; null when the feed gives no usable date (never "now"). */
  publishedAt: string | null;
  /** The feed's own summary as plain text (HTML stripped, entities decoded once). */
  summary: string | undefined;
  /** The whole article as plain text, when the feed carries it (content:encoded, Atom content, content_html). */
  content: string | undefined;
}

export interface ParsedFeed {
  title: string | undefined;
  /** The site the feed belongs to (its `link`/`home_page_url`), absolute. */
  siteUrl: string | undefined;
  /** The URL the feed was read from. */
  feedUrl: string;
  /** RSS `<ttl>` in minutes, when given. */
  ttlMinutes: number | undefined;
  items: FeedItem[];
}

/**
 * Why bytes could not be read as a feed: `not_a_feed` (an HTML page, other JSON,
 * plain text), `malformed` (a broken feed with no whole item to salvage),
 * `unsafe_xml` (a DOCTYPE that declares entities: refused unread).
 */
export type FeedErrorCode = 'not_a_feed' | 'malformed' | 'unsafe_xml';

export class FeedError extends Error {
  override readonly name = 'FeedError';
  constructor(
    readonly code: FeedErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
