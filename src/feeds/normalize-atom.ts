/** Atom 0.3/1.0 as read by feedsmith → ParsedFeed. */
import type { AtomFeed } from 'feedsmith';
import { parseFeedDate } from './feed-dates.js';
import { buildFeedItem, type ItemFields } from './feed-item.js';
import { cleanFieldText, toPlainLine, toPlainText, type FieldMarkup } from './feed-text.js';
import type { ParsedFeed } from './feed-types.js';
import { resolveBase, resolveHttpUrl } from './feed-urls.js';

type AtomLink = AtomFeed.Link<string>;

/**
 * How an Atom text construct is to be read, from its `type`. `text` is plain
 * by the spec; an absent type is guessed, because feeds that omit it often
 * carry escaped HTML anyway. undefined: not text at all (a base64 image).
 */
function markupOfType(type: string | undefined): FieldMarkup | undefined {
  const lower = cleanFieldText(type)?.toLowerCase();
  if (lower === undefined) return 'unknown';
  if (lower === 'html' || lower === 'xhtml' || lower === 'text/html' || lower === 'application/xhtml+xml') return 'html';
  if (lower === 'text' || lower.startsWith('text/')) return 'text';
  return undefined;
}

function plainLineOf(text: AtomFeed.Text | undefined): string | undefined {
  const markup = markupOfType(text?.type);
  return markup === undefined ? undefined : toPlainLine(text?.value, markup);
}

function plainTextOf(text: AtomFeed.Text | AtomFeed.Content | undefined): string | undefined {
  const markup = markupOfType(text?.type);
  return markup === undefined ? undefined : toPlainText(text?.value, markup);
}

/** The page a feed or entry stands for: its `alternate` link (no rel means alternate), an HTML one first. */
function alternateLink(links: AtomLink[] | undefined, base: string): string | undefined {
  const alternates = (links ?? []).filter((link) => {
    const rel = cleanFieldText(link.rel)?.toLowerCase();
    return rel === undefined || rel === 'alternate';
  });
  const isHtml = (link: AtomLink) => {
    const type = cleanFieldText(link.type)?.toLowerCase();
    return type === undefined || type === 'text/html' || type === 'application/xhtml+xml';
  };
  const chosen = alternates.find(isHtml) ?? alternates[0];
  return resolveHttpUrl(cleanFieldText(chosen?.href), base);
}

function entryFields(entry: AtomFeed.Entry<string>, feedBase: string): ItemFields {
  const base = resolveBase(cleanFieldText(entry.xml?.base), feedBase);
  // Content that lives elsewhere (`src`) is not in the feed.
  const content = entry.content?.src === undefined ? plainTextOf(entry.content) : undefined;
  return {
    guid: cleanFieldText(entry.id),
    title: plainLineOf(entry.title),
    url: alternateLink(entry.links, base),
    // Atom requires `updated` and makes `published` optional; a first-publication date is the better one when given.
    publishedAt: parseFeedDate(cleanFieldText(entry.published)) ?? parseFeedDate(cleanFieldText(entry.updated)) ?? parseFeedDate(cleanFieldText(entry.dc?.dates?.[0])),
    summary: plainTextOf(entry.summary),
    content,
  };
}

export function normalizeAtomFeed(feed: AtomFeed.Feed<string>, feedUrl: string): ParsedFeed {
  const base = resolveBase(cleanFieldText(feed.xml?.base), feedUrl);
  return {
    title: plainLineOf(feed.title),
    siteUrl: alternateLink(feed.links, base),
    feedUrl,
    ttlMinutes: undefined,
    items: (feed.entries ?? []).flatMap((entry) => buildFeedItem(entryFields(entry, base)) ?? []),
  };
}
