import { DetectError, MalformedError, ParseError, parseFeed as parseWithFeedsmith, type AnyFeed } from 'feedsmith';
import { decodeFeedBytes } from './decode-feed.js';
import { markCdataSections } from './feed-text.js';
import { FeedError, type ParsedFeed } from './feed-types.js';
import { normalizeAtomFeed } from './normalize-atom.js';
import { normalizeJsonFeed } from './normalize-json-feed.js';
import { normalizeRdfFeed, normalizeRssFeed } from './normalize-rss.js';
import { escapeStrayLessThan, itemEndOffsets } from './salvage-xml.js';
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

function isMalformed(error: unknown): error is FeedError {
  return error instanceof FeedError && error.code === 'malformed' && error.cause instanceof MalformedError;
}

function tryParse(text: string): AnyFeed | undefined {
  try {
    return parseText(text);
  } catch {
    return undefined;
  }
}

/**
 * The longest prefix of `text` ending after a whole item that parses: the last
 * item end first (a feed cut short), else a binary search over the earlier ones
 * (something broken mid-feed), so at most about log2(items) more parses.
 */
function parseLongestWholePrefix(text: string): AnyFeed | undefined {
  const ends = itemEndOffsets(text);
  const last = ends[ends.length - 1];
  if (last === undefined) return undefined;
  const whole = tryParse(text.slice(0, last));
  if (whole !== undefined) return whole;
  let best: AnyFeed | undefined;
  let low = 0;
  let high = ends.length - 2;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const parsed = tryParse(text.slice(0, ends[middle]));
    if (parsed === undefined) {
      high = middle - 1;
    } else {
      best = parsed;
      low = middle + 1;
    }
  }
  return best;
}

/**
 * Parses `text`; when the parser finds it broken, repairs what a writer
 * obviously meant (a stray "<") and otherwise reads the whole items it can.
 */
function parseOrSalvage(text: string): AnyFeed {
  try {
    return parseText(text);
  } catch (error) {
    if (!isMalformed(error)) throw error;
    const repaired = escapeStrayLessThan(text);
    const salvaged = (repaired === text ? undefined : tryParse(repaired)) ?? parseLongestWholePrefix(repaired);
    // When nothing could be read, the first error says what is wrong with the feed as served.
    if (salvaged === undefined) throw error;
    return salvaged;
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
