import { decodeBody } from '../extract/decode-body.js';
import type { FetchedResource, Fetcher } from '../extract/safe-fetch.js';
import { discoverFeedUrls } from './discover-feeds.js';
import { FEED_ACCEPT } from './feed-media-types.js';
import { FeedError, type ParsedFeed } from './feed-types.js';
import { parseFeed } from './parse-feed.js';

/** How many of the feeds a page names are tried; pages list the main feed first, then comments and the like. */
const MAX_DISCOVERED_TRIED = 3;

export interface FetchedFeed {
  feed: ParsedFeed;
  /** The page the feed was found on, when the URL given was a page that points to its feed. */
  discoveredFrom?: string;
}

function parseResource(resource: FetchedResource): ParsedFeed {
  const contentType = resource.headers['content-type'];
  return parseFeed(resource.bytes, { url: resource.url, ...(contentType === undefined ? {} : { contentType }) });
}

/**
 * Fetches `url` and reads it as a feed. When the answer is an HTML page, the
 * feeds it names (`<link rel="alternate">`) are tried in page order and the
 * first that reads is the answer; only one level deep.
 *
 * @throws FetchError from the fetcher; FeedError from parsing, `not_a_feed`
 *   when a page names no feed or none of its feeds could be read (the first
 *   failure is the cause).
 */
export async function fetchFeed(url: string, fetcher: Pick<Fetcher, 'fetchResource'>, signal?: AbortSignal): Promise<FetchedFeed> {
  const request = { accept: FEED_ACCEPT, ...(signal === undefined ? {} : { signal }) };
  const resource = await fetcher.fetchResource(url, request);
  try {
    return { feed: parseResource(resource) };
  } catch (error) {
    if (!(error instanceof FeedError && error.code === 'not_a_feed')) throw error;
    const contentType = resource.headers['content-type'];
    // Decoded as a page (its <meta charset> counts), not as a feed.
    const html = decodeBody(resource.bytes, { ...(contentType === undefined ? {} : { contentType }), isHtml: true });
    const candidates = discoverFeedUrls(html, resource.url).slice(0, MAX_DISCOVERED_TRIED);
    if (candidates.length === 0) {
      throw new FeedError('not_a_feed', 'This is neither a feed nor a page that names one (no <link rel="alternate"> to RSS, Atom or JSON Feed)', { cause: error });
    }
    let firstFailure: unknown;
    for (const candidate of candidates) {
      try {
        return { feed: parseResource(await fetcher.fetchResource(candidate, request)), discoveredFrom: resource.url };
      } catch (candidateError) {
        if (signal?.aborted) throw candidateError;
        firstFailure ??= candidateError;
      }
    }
    throw new FeedError('not_a_feed', `The page names ${candidates.join(', ')}, but no feed could be read there`, { cause: firstFailure });
  }
}
