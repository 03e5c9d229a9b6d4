/** The media types feeds travel under, in the two places they matter: a page's feed links and our requests. */

/** Types a page's `<link rel="alternate">` names a feed with (many JSON Feeds are announced as plain `application/json`). */
export const FEED_LINK_TYPES: ReadonlySet<string> = new Set([
  'application/rss+xml',
  'application/atom+xml',
  'application/rdf+xml',
  'application/feed+json',
  'application/json',
]);

/**
 * The Accept header for fetching a feed: the feed types first, generic XML and
 * JSON next (many servers label feeds `text/xml`), HTML last, since a site's
 * home page is a fine answer when it points to its feed.
 */
export const FEED_ACCEPT =
  'application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.5, */*;q=0.1';
