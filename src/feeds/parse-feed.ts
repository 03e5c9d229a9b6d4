import { DetectError, MalformedError, ParseError, parseFeed as parseWithFeedsmith, type AnyFeed } from 'feedsmith';
import { decodeFeedBytes } from './decode-feed.js';
import { markCdataSections } from './feed-text.js';
import { FeedError, type ParsedFeed } from './feed-types.js';
import { normalizeAtomFeed } from './normalize-atom.js';
import { normalizeJsonFeed } from './normalize-json-feed.js';
import { normalizeRdfFeed, normalizeRssFeed } from './normalize-rss.js';
import { refuseEntityDeclarations } from './xml-safety.js';

export interface ParseFeedOptions {
  /** The URL the bytes were read from, after redirects: relative links resolve against it. */
  url: string;
  /** The HTTP Content-Type header, for its `charset`. */
  contentType?: string;
}

/** How far into the text an HTML page announces itself. */
const HTML_SNIFF_CHARS = 4096;
const HTML_PAGE_START = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b/i;

/** The end of the last complete item or entry, any namespace prefix. */
const ITEM_END = /<\/(?:[\w.-]+:)?(?:item|entry)\s*>/gi;

function normalize(parsed: AnyFeed, feedUrl: string): ParsedFeed {
  switch (parsed.format) {
    case 'rss':
      return normalizeRssFeed(parsed.feed, feedUrl);
    case 'rdf':
      return normalizeRdfFeed(parsed.feed, feedUrl);
    case 'atom':
      return normalizeAtomFeed(parsed.feed, feedUrl);
    case 'json':
      return normalizeJsonFeed(parsed.feed, feedUrl);
  }
}

/**
 * A feed cut short (a dropped connection, a size limit) up to its last whole
 * item. The XML parser tolerates elements left open at the end, but not a cut
 * through a tag or a title, so everything after the last item is dropped.
 */
function cutAfterLastItem(text: string): string | undefined {
  let end: number | undefined;
  for (const match of text.matchAll(ITEM_END)) end = match.index + match[0].length;
  return end === undefined ? undefined : text.slice(0, end);
}

function isTruncatedJsonFeed(text: string): boolean {
  return /^\s*\{/.test(text) && text.includes('jsonfeed.org/version');
}

/** feedsmith's parse, with its errors translated into ours. */
function parseText(text: string): AnyFeed {
  try {
    return parseWithFeedsmith(text);
  } catch (error) {
    if (error instanceof DetectError && isTruncatedJsonFeed(text)) {
      throw new FeedError('malformed', 'The JSON Feed is not valid JSON (cut short?)', { cause: error });
    }
    if (error instanceof DetectError || error instanceof ParseError) {
      throw new FeedError('not_a_feed', 'This is not an RSS, Atom or JSON feed', { cause: error });
    }
    throw new FeedError('malformed', 'The feed is not well-formed and nothing could be salvaged', { cause: error });
  }
}

/** Parses `text`, and when it is broken, what it holds up to its last whole item. */
function parseOrSalvage(text: string): AnyFeed {
  try {
    return parseText(text);
  } catch (error) {
    if (!(error instanceof FeedError && error.code === 'malformed' && error.cause instanceof MalformedError)) throw error;
    const salvageable = cutAfterLastItem(text);
    if (salvageable === undefined || salvageable.length === text.length) throw error;
    try {
      return parseText(salvageable);
    } catch {
      // The first error says what is wrong with the feed as served.
      throw error;
    }
  }
}

/**
 * Reads a news feed (RSS 0.9x/1.0/2.0, Atom, JSON Feed) from its bytes into the
 * shape the rest of the product uses: plain text, absolute links, UTC dates.
 *
 * @throws FeedError `not_a_feed` for an HTML page or anything else that is no feed;
 *   `unsafe_xml` for XML that declares entities; `malformed` for a broken feed
 *   with no whole item to salvage.
 */
export function parseFeed(bytes: Uint8Array, options: ParseFeedOptions): ParsedFeed {
  const text = decodeFeedBytes(bytes, options.contentType);
  if (HTML_PAGE_START.test(text.slice(0, HTML_SNIFF_CHARS))) {
    throw new FeedError('not_a_feed', 'This is an HTML page, not a feed');
  }
  refuseEntityDeclarations(text, 'The feed');
  return normalize(parseOrSalvage(markCdataSections(text)), options.url);
}
