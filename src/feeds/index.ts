/** The public API of `feeds/`: read news feeds and OPML subscription lists, find a page's feeds. */
export { decodeFeedBytes } from './decode-feed.js';
export { discoverFeedUrls } from './discover-feeds.js';
export { FeedError, type FeedErrorCode, type FeedItem, type ParsedFeed } from './feed-types.js';
export { generateOpml, parseOpml, type OpmlDocument, type OpmlSource, type OpmlSourceInput } from './opml.js';
export { parseFeed, type ParseFeedOptions } from './parse-feed.js';
