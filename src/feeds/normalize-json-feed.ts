/** JSON Feed 1.0/1.1 as read by feedsmith → ParsedFeed. */
import type { JsonFeed } from 'feedsmith';
import { parseFeedDate } from './feed-dates.js';
import { buildFeedItem, type ItemFields } from './feed-item.js';
import { cleanFieldText, toPlainLine, toPlainText } from './feed-text.js';
import type { ParsedFeed } from './feed-types.js';
import { resolveHttpUrl } from './feed-urls.js';

function itemFields(item: JsonFeed.Item<string>, feedUrl: string): ItemFields {
  // JSON Feed says which fields are HTML, so nothing is guessed: title and summary are plain text.
  const html = toPlainText(item.content_html, 'html');
  return {
    guid: cleanFieldText(item.id),
    // 1.1 allows an item without a title (a microblog post): it stays undefined, never a made-up one.
    title: toPlainLine(item.title, 'text'),
    url: resolveHttpUrl(cleanFieldText(item.url), feedUrl) ?? resolveHttpUrl(cleanFieldText(item.external_url), feedUrl),
    publishedAt: parseFeedDate(cleanFieldText(item.date_published)) ?? parseFeedDate(cleanFieldText(item.date_modified)),
    summary: toPlainText(item.summary, 'text'),
    content: html ?? toPlainText(item.content_text, 'text'),
  };
}

export function normalizeJsonFeed(feed: JsonFeed.Feed<string>, feedUrl: string): ParsedFeed {
  return {
    title: toPlainLine(feed.title, 'text'),
    siteUrl: resolveHttpUrl(cleanFieldText(feed.home_page_url), feedUrl),
    feedUrl,
    ttlMinutes: undefined,
    items: (feed.items ?? []).flatMap((item) => buildFeedItem(itemFields(item, feedUrl)) ?? []),
  };
}
