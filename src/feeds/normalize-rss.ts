/** RSS 0.9x/2.0 and RSS 1.0 (RDF) as read by feedsmith → ParsedFeed. */
import type { RdfFeed, RssFeed } from 'feedsmith';
import { parseFeedDate } from './feed-dates.js';
import { buildFeedItem, type ItemFields } from './feed-item.js';
import { cleanFieldText, toPlainLine, toPlainText } from './feed-text.js';
import type { FeedItem, ParsedFeed } from './feed-types.js';
import { absoluteHttpUrl, resolveBase, resolveHttpUrl } from './feed-urls.js';

/** The first date in `candidates` that reads as one; a garbled pubDate does not hide a good dc:date. */
function firstDate(candidates: ReadonlyArray<string | undefined>): string | null {
  for (const candidate of candidates) {
    const date = parseFeedDate(cleanFieldText(candidate));
    if (date !== null) return date;
  }
  return null;
}

function dublinCoreDates(item: { dc?: { dates?: string[] }; dcterms?: { issued?: string[]; created?: string[]; modified?: string[] } }): Array<string | undefined> {
  return [...(item.dc?.dates ?? []), ...(item.dcterms?.issued ?? []), ...(item.dcterms?.created ?? []), ...(item.dcterms?.modified ?? [])];
}

function ttlMinutesOf(ttl: number | undefined): number | undefined {
  return ttl !== undefined && Number.isFinite(ttl) && ttl > 0 ? Math.round(ttl) : undefined;
}

function collectItems(fields: ItemFields[]): FeedItem[] {
  return fields.flatMap((field) => buildFeedItem(field) ?? []);
}

function rssItemFields(item: RssFeed.Item<string>, channelBase: string): ItemFields {
  const base = resolveBase(cleanFieldText(item.xml?.base), channelBase);
  const guid = cleanFieldText(item.guid?.value);
  // isPermaLink defaults to true in RSS 2.0, yet many feeds leave it on for guids like "12345";
  // so a guid stands in for a missing link only when it is a whole http(s) URL, and never when it says false.
  const permalink = item.guid?.isPermaLink === false ? undefined : absoluteHttpUrl(guid);
  return {
    guid,
    title: toPlainLine(item.title, 'unknown'),
    url: resolveHttpUrl(cleanFieldText(item.link), base) ?? permalink,
    publishedAt: firstDate([item.pubDate, ...dublinCoreDates(item)]),
    summary: toPlainText(item.description, 'unknown'),
    // content:encoded is HTML by definition.
    content: toPlainText(item.content?.encoded, 'html'),
  };
}

export function normalizeRssFeed(feed: RssFeed.Feed<string>, feedUrl: string): ParsedFeed {
  const base = resolveBase(cleanFieldText(feed.xml?.base), feedUrl);
  return {
    title: toPlainLine(feed.title, 'unknown'),
    siteUrl: resolveHttpUrl(cleanFieldText(feed.link), base),
    feedUrl,
    ttlMinutes: ttlMinutesOf(feed.ttl),
    items: collectItems((feed.items ?? []).map((item) => rssItemFields(item, base))),
  };
}

function rdfItemFields(item: RdfFeed.Item<string>, channelBase: string): ItemFields {
  const base = resolveBase(cleanFieldText(item.xml?.base), channelBase);
  return {
    // RSS 1.0 has no guid: its identity is the link (rdf:about repeats it by the spec).
    guid: undefined,
    title: toPlainLine(item.title, 'unknown'),
    url: resolveHttpUrl(cleanFieldText(item.link), base) ?? resolveHttpUrl(cleanFieldText(item.rdf?.about), base),
    publishedAt: firstDate(dublinCoreDates(item)),
    summary: toPlainText(item.description, 'unknown'),
    content: toPlainText(item.content?.encoded, 'html'),
  };
}

export function normalizeRdfFeed(feed: RdfFeed.Feed<string>, feedUrl: string): ParsedFeed {
  const base = resolveBase(cleanFieldText(feed.xml?.base), feedUrl);
  return {
    title: toPlainLine(feed.title, 'unknown'),
    siteUrl: resolveHttpUrl(cleanFieldText(feed.link), base),
    feedUrl,
    ttlMinutes: undefined,
    items: collectItems((feed.items ?? []).map((item) => rdfItemFields(item, base))),
  };
}
