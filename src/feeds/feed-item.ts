import { canonicalizeUrl } from '../extract/canonicalize-url.js';
import type { FeedItem } from './feed-types.js';

/** What each format's normaliser reads out of one item, already plain text, absolute URLs and UTC dates. */
export interface ItemFields {
  /** The format's own identity (RSS guid, Atom id, JSON Feed id), whatever it looks like. */
  guid: string | undefined;
  title: string | undefined;
  url: string | undefined;
  publishedAt: string | null;
  summary: string | undefined;
  content: string | undefined;
}

/**
 * One FeedItem, or undefined for an item with nothing to show (no title, text
 * or link): such an item cannot be told apart from the next one and is no news.
 *
 * Identity: the guid/id; else the canonical link (tracking parameters and
 * fragment dropped, so a feed that re-decorates its links keeps its ids);
 * else title plus date.
 */
export function buildFeedItem(fields: ItemFields): FeedItem | undefined {
  const { guid, title, url, publishedAt, summary, content } = fields;
  const label = title ?? summary ?? content;
  if (guid === undefined && url === undefined && label === undefined) return undefined;
  // A summary standing in for a missing title is cut short: an id is a key, not a text.
  const id = guid ?? (url === undefined ? undefined : canonicalizeUrl(url)) ?? `${(label ?? '').slice(0, 200)}|${publishedAt ?? ''}`;
  return { id, title, url, publishedAt, summary, content };
}
