/** The public API of `feeds/`: read news feeds and OPML subscription lists, find and fetch a page's feeds. */
export { decodeFeedBytes } from './decode-feed.js';
export { discoverFeedUrls } from './discover-feeds.js';
export { FEED_ACCEPT, FEED_LINK_TYPES } from './feed-media-types.js';
export { FeedError, type FeedErrorCode, type FeedItem, type ParsedFeed } from './feed-types.js';
export { fetchFeed, type FetchedFeed } from './fetch-feed.js';
export { generateOpml, parseOpml, type OpmlDocument, type OpmlSource, type OpmlSourceInput } from './opml.js';
export { parseFeed, type ParseFeedOptions } from './parse-feed.js';
