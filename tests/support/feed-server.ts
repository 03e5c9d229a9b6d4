import { createHash } from 'node:crypto';
import type http from 'node:http';
import { startPageServer, type PageServer } from './page-server.js';

/** One item of a test feed. */
export interface TestFeedItem {
  guid: string;
  title: string;
  /** Absolute, or a path on the server. */
  link?: string;
  /** ms since epoch; omitted: the item has no date. */
  publishedAt?: number;
  description?: string;
}

/** An RSS 2.0 document; text is escaped, so titles with `&` or `<` stay literal. */
export function rssDocument({ title, items, ttlMinutes }: { title: string; items: readonly TestFeedItem[]; ttlMinutes?: number }): string {
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const entries = items
    .map((item) =>
      [
        '<item>',
        `<title>${escape(item.title)}</title>`,
        item.link === undefined ? '' : `<link>${escape(item.link)}</link>`,
        `<guid isPermaLink="false">${escape(item.guid)}</guid>`,
        item.publishedAt === undefined ? '' : `<pubDate>${new Date(item.publishedAt).toUTCString()}</pubDate>`,
        item.description === undefined ? '' : `<description>${escape(item.description)}</description>`,
        '</item>',
      ].join(''),
    )
    .join('\n');
  const ttl = ttlMinutes === undefined ? '' : `<ttl>${ttlMinutes}</ttl>`;
  return `<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>${escape(title)}</title><link>https://news.example/</link>${ttl}\n${entries}\n</channel></rss>`;
}

/** What one request to the server carried and got. */
export interface FeedRequest {
  path: string;
  headers: http.IncomingHttpHeaders;
  status: number;
}

export interface FeedOptions {
  contentType?: string;
  /** Sent with the body and honoured in If-None-Match. Default a hash of the body; false: none. */
  etag?: string | false;
  /** Sent and honoured in If-Modified-Since (exact match, as most feed servers do). */
  lastModified?: string;
  /** Any further response headers (cache-control, expires…). */
  headers?: Record<string, string>;
}

/**
 * A local feed host on 127.0.0.1 port 0 for tests and benchmarks: feeds with ETag/Last-Modified
 * and 304s, redirects, 410, 429/503 with Retry-After, a feed whose every guid changes on each
 * fetch, and a path that never answers. Every request is recorded; close() drops open connections,
 * hung ones included.
 */
export interface FeedServer {
  origin: string;
  url(path: string): string;
  /** Serves (or replaces) a feed document at `path`. */
  feed(path: string, body: string, options?: FeedOptions): void;
  redirect(path: string, location: string, status: 301 | 302 | 307 | 308): void;
  /** Answers `status` with an empty body and these headers (410, 404, 500…). */
  status(path: string, status: number, headers?: Record<string, string>): void;
  /** 429 or 503 with a Retry-After (seconds, or an HTTP date). */
  tooManyRequests(path: string, retryAfter: string, status?: 429 | 503): void;
  /** A feed of `count` items whose guids are new on every request. */
  everyGuidChanges(path: string, count: number, title?: string): void;
  /** Accepts the request and never answers. */
  hang(path: string): void;
  /** The requests made to `path`, in order. */
  requests(path: string): FeedRequest[];
  close(): Promise<void>;
}

export async function startFeedServer(): Promise<FeedServer> {
  const pages: PageServer = await startPageServer();
  const log = new Map<string, FeedRequest[]>();

  const record = (path: string, request: http.IncomingMessage, status: number) => {
    const entries = log.get(path) ?? [];
    entries.push({ path, headers: request.headers, status });
    log.set(path, entries);
  };

  const answer = (path: string, status: number, headers: Record<string, string>, body = '') =>
    pages.route(path, (request, response) => {
      record(path, request, status);
      response.writeHead(status, headers).end(body);
    });

  return {
    origin: pages.origin,
    url: (path) => `${pages.origin}${path}`,
    feed(path, body, options = {}) {
      const etag = options.etag === false ? undefined : (options.etag ?? `"${createHash('sha256').update(body).digest('hex').slice(0, 16)}"`);
      const validators = {
        ...(etag !== undefined && { etag }),
        ...(options.lastModified !== undefined && { 'last-modified': options.lastModified }),
      };
      pages.route(path, (request, response) => {
        const unchanged =
          (etag !== undefined && request.headers['if-none-match'] === etag) ||
          (etag === undefined && options.lastModified !== undefined && request.headers['if-modified-since'] === options.lastModified);
        const status = unchanged ? 304 : 200;
        record(path, request, status);
        if (unchanged) {
          response.writeHead(304, { ...validators, ...options.headers }).end();
          return;
        }
        response
          .writeHead(200, { 'content-type': options.contentType ?? 'application/rss+xml; charset=utf-8', ...validators, ...options.headers })
          .end(body);
      });
    },
    redirect: (path, location, status) => answer(path, status, { location }),
    status: (path, status, headers = {}) => answer(path, status, headers),
    tooManyRequests: (path, retryAfter, status = 429) => answer(path, status, { 'retry-after': retryAfter }),
    everyGuidChanges(path, count, title = 'Ever-changing') {
      let round = 0;
      pages.route(path, (request, response) => {
        round += 1;
        record(path, request, 200);
        const items = Array.from({ length: count }, (_, index) => ({ guid: `${path}#${round}-${index}`, title: `Item ${index} of round ${round}` }));
        response.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(rssDocument({ title, items }));
      });
    },
    hang: (path) =>
      pages.route(path, (request) => {
        record(path, request, 0);
      }),
    requests: (path) => [...(log.get(path) ?? [])],
    close: () => pages.close(),
  };
}
