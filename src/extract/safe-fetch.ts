import { promises as dnsPromises } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction, Socket } from 'node:net';
import type { Readable } from 'node:stream';
import zlib from 'node:zlib';
import { isBlockedAddress, parseIpLiteral } from './address-policy.js';
import { decodeBody } from './decode-body.js';
import { FetchError } from './fetch-error.js';

/** A fetched page, already decoded to text. */
export interface FetchedPage {
  /** Final URL, after redirects. */
  url: string;
  contentType: 'text/html' | 'text/plain';
  body: string;
}

/** What a resource fetch asks for, beyond the URL. */
export interface ResourceRequest {
  /** The Accept header, e.g. the feed media types. */
  accept: string;
  /**
   * Extra request headers, typically the conditional ones (`if-none-match`, `if-modified-since`).
   * They cannot replace the fetcher's own user-agent or accept-encoding.
   */
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

/** The raw answer to a resource fetch: bytes as sent (decompressed), not decoded. */
export interface FetchedResource {
  /** Final URL, after redirects. */
  url: string;
  /**
   * The URL reached by following only the leading run of 301/308 redirects: where the resource moved
   * for good. Equal to the requested URL when the first answer was not a permanent redirect.
   */
  permanentUrl: string;
  /** 200 stands for any 2xx; 304 answers a conditional request whose resource has not changed. */
  status: 200 | 304;
  /** Response headers by lower-case name (etag, last-modified, cache-control, expires, content-type, retry-after…). */
  headers: Record<string, string | undefined>;
  /** The body, decompressed; empty for a 304. */
  bytes: Uint8Array;
}

/** Fetches pages and other resources; the edge between the product and the network. */
export interface Fetcher {
  /** A web page people sent, decoded to text; only HTML and plain text are accepted. */
  fetchPage(url: string, signal?: AbortSignal): Promise<FetchedPage>;
  /**
   * Any resource (a feed), with the same safety as `fetchPage` but no content-type filter and no decoding.
   * Rejects with FetchError; a status other than 2xx or 304 is `http_status`.
   */
  fetchResource(url: string, request: ResourceRequest): Promise<FetchedResource>;
}

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** Resolves a host name to all of its addresses, like `dns.promises.lookup(host, { all: true })`. */
export type HostLookup = (hostname: string) => Promise<ResolvedAddress[]>;

export interface SafeFetcherOptions {
  /** Allow loopback/private/link-local targets. Only for tests and local development. */
  allowPrivateAddresses: boolean;
  /** Deadline for the whole fetch, redirects and body included. Default 10000 ms. */
  timeoutMs?: number;
  /** Largest body accepted, counted after decompression. Default 5 MiB. */
  maxBytes?: number;
  /** Redirects followed before giving up. Default 5. */
  maxRedirects?: number;
  /** User-Agent header. Default a browser-like string naming the bot. */
  userAgent?: string;
  /** Host name resolution. Default the system resolver (`dns.promises.lookup`). */
  lookup?: HostLookup;
  /**
   * Which addresses are refused. Default `isBlockedAddress` (everything but public
   * unicast); ignored when `allowPrivateAddresses` is true. Tests narrow it to let
   * one loopback server stand in for a public host.
   */
  isAddressBlocked?: (address: string) => boolean;
  /** Wall time in ms, to turn a `Retry-After` HTTP date into a delay. Default `Date.now`. */
  now?: () => number;
}

const DEFAULT_TIMEOUT_MS = 10_000;
const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
const DEFAULT_MAX_REDIRECTS = 5;
const DEFAULT_USER_AGENT = 'Mozilla/5.0 (compatible; NewsdigestBot/0.1; +https://github.com/newsdigest)';
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);
const PERMANENT_REDIRECT_STATUSES = new Set([301, 308]);
/** The statuses whose Retry-After is a request to come back later (elsewhere it means something else or nothing). */
const RETRY_AFTER_STATUSES = new Set([429, 503]);
const PAGE_ACCEPT = 'text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1';

/**
 * A `Retry-After` value as a delay in ms from `nowMs`: delta-seconds or an HTTP date (RFC 9110 §10.2.3).
 * A date in the past is 0; anything unreadable is undefined.
 */
export function parseRetryAfter(value: string | undefined, nowMs: number): number | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - nowMs);
}

/** Node's headers by lower-case name, repeated ones joined as HTTP allows. */
function headerRecord(headers: http.IncomingHttpHeaders): Record<string, string | undefined> {
  const record: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(headers)) record[name] = Array.isArray(value) ? value.join(', ') : value;
  return record;
}

/** The final answer of an exchange, redirects behind it. */
interface Answer {
  response: http.IncomingMessage;
  status: number;
  url: URL;
  permanentUrl: URL;
}

interface ExchangeRequest {
  accept: string;
  headers?: Record<string, string>;
  signal?: AbortSignal;
  /** Whether a 304 is an answer (a conditional request) rather than an error. */
  notModifiedIsAnswer: boolean;
}

const systemLookup: HostLookup = async (hostname) => {
  const results = await dnsPromises.lookup(hostname, { all: true, verbatim: true });
  return results.map(({ address, family }) => ({ address, family: family === 6 ? 6 : 4 }));
};

function mediaTypeOf(contentType: string | undefined): string | undefined {
  const type = contentType?.split(';', 1)[0]?.trim().toLowerCase();
  return type === '' ? undefined : type;
}

function parseTarget(raw: string, base?: URL): URL {
  let url: URL;
  try {
    url = base === undefined ? new URL(raw.trim()) : new URL(raw, base);
  } catch (error) {
    throw new FetchError('invalid_url', `Not a valid URL: ${raw}`, { url: raw, cause: error });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FetchError('unsupported_scheme', `Only http and https links can be fetched, not ${url.protocol}`, {
      url: url.href,
    });
  }
  if (url.username !== '' || url.password !== '') {
    // Credentials in a shared link would be sent on to whatever host a redirect names.
    url.username = '';
    url.password = '';
  }
  return url;
}

/** Text a page without a Content-Type may still be; anything else is treated as binary. */
function sniffMediaType(bytes: Uint8Array): 'text/html' | 'text/plain' | undefined {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  if (/^\s*(?:\uFEFF|\xEF\xBB\xBF)?\s*<(?:!doctype\s+html|html|head|body)\b/i.test(head)) return 'text/html';
  if (head.includes('\0')) return undefined;
  return 'text/plain';
}

/**
 * A Fetcher that is safe to point at URLs from strangers: it refuses private and
 * otherwise special addresses (checked on the address actually connected to, so
 * a DNS answer cannot change between check and use), follows redirects by hand
 * and re-checks each hop, stops reading past `maxBytes` and decompresses
 * gzip/deflate/br. `fetchPage` then accepts only HTML and plain text and decodes
 * the page's charset; `fetchResource` hands back the bytes as they came.
 */
export function createSafeFetcher(options: SafeFetcherOptions): Fetcher {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxRedirects = options.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  const userAgent = options.userAgent ?? DEFAULT_USER_AGENT;
  const lookup = options.lookup ?? systemLookup;
  const isRefused = options.allowPrivateAddresses ? () => false : (options.isAddressBlocked ?? isBlockedAddress);
  const now = options.now ?? Date.now;

  function refusePrivate(url: URL, address: string): FetchError {
    return new FetchError('private_address', `Refusing to fetch ${url.host}: ${address} is not a public address`, {
      url: url.href,
    });
  }

  /** The `lookup` handed to the socket, so the addresses we vet are the ones it connects to. */
  function createSocketLookup(url: URL): LookupFunction {
    return (hostname, lookupOptions, callback) => {
      lookup(hostname).then(
        (addresses) => {
          if (addresses.length === 0) {
            callback(new FetchError('dns_failure', `No address found for ${hostname}`, { url: url.href }), '', 0);
            return;
          }
          const blocked = addresses.find(({ address }) => isRefused(address));
          if (blocked !== undefined) {
            // One private answer is enough to refuse: a public name has no business resolving inward.
            callback(refusePrivate(url, blocked.address), '', 0);
            return;
          }
          const wanted = lookupOptions.family === 4 || lookupOptions.family === 6 ? lookupOptions.family : undefined;
          const usable = wanted === undefined ? addresses : addresses.filter(({ family }) => family === wanted);
          const first = usable[0];
          if (first === undefined) {
            callback(new FetchError('dns_failure', `No IPv${wanted} address for ${hostname}`, { url: url.href }), '', 0);
          } else if (lookupOptions.all === true) {
            callback(null, usable);
          } else {
            callback(null, first.address, first.family);
          }
        },
        (error: unknown) => {
          callback(
            new FetchError('dns_failure', `Could not resolve ${hostname}`, { url: url.href, cause: error }),
            '',
            0,
          );
        },
      );
    };
  }

  function request(url: URL, exchange: ExchangeRequest, signal: AbortSignal): Promise<http.IncomingMessage> {
    const literal = parseIpLiteral(url.hostname);
    if (literal !== undefined && isRefused(literal)) {
      return Promise.reject(refusePrivate(url, literal));
    }
    const transport = url.protocol === 'https:' ? https : http;
    const extraHeaders = Object.fromEntries(
      Object.entries(exchange.headers ?? {}).map(([name, value]) => [name.toLowerCase(), value]),
    );
    return new Promise((resolve, reject) => {
      const req = transport.request(url, {
        method: 'GET',
        // A fresh connection per request: a pooled socket would skip our lookup and connect checks.
        agent: false,
        signal,
        lookup: createSocketLookup(url),
        headers: {
          'accept-language': 'en;q=0.9, *;q=0.5',
          ...extraHeaders,
          accept: exchange.accept,
          // Always ours: decompress() knows exactly these encodings.
          'user-agent': userAgent,
          'accept-encoding': 'gzip, deflate, br',
        },
      });
      req.on('socket', (socket: Socket) => {
        socket.once('connect', () => {
          // Belt and braces: whatever resolved the name, the peer we reached must be public.
          const remote = socket.remoteAddress;
          if (remote === undefined || isRefused(remote)) {
            req.destroy(refusePrivate(url, remote ?? 'unknown'));
          }
        });
      });
      req.once('response', resolve);
      req.once('error', reject);
      req.end();
    });
  }

  function decompress(response: http.IncomingMessage): Readable {
    const encoding = (response.headers['content-encoding'] ?? '').trim().toLowerCase();
    if (encoding === 'gzip' || encoding === 'x-gzip' || encoding === 'deflate') {
      // createUnzip accepts both gzip and zlib-wrapped deflate.
      return response.pipe(zlib.createUnzip());
    }
    if (encoding === 'br') return response.pipe(zlib.createBrotliDecompress());
    return response;
  }

  async function readBody(url: URL, response: http.IncomingMessage): Promise<Uint8Array> {
    const declared = Number(response.headers['content-length']);
    const encoded = response.headers['content-encoding'] !== undefined;
    if (!encoded && Number.isFinite(declared) && declared > maxBytes) {
      response.destroy();
      throw new FetchError('too_large', `The body is ${declared} bytes, more than the ${maxBytes} allowed`, {
        url: url.href,
      });
    }
    const stream = decompress(response);
    const chunks: Buffer[] = [];
    let total = 0;
    try {
      for await (const chunk of stream) {
        const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
        total += buffer.length;
        if (total > maxBytes) {
          throw new FetchError('too_large', `The body is larger than the ${maxBytes} bytes allowed`, { url: url.href });
        }
        chunks.push(buffer);
      }
    } catch (error) {
      // Stop the transfer now rather than let the server keep sending.
      response.destroy();
      stream.destroy();
      throw error;
    }
    return Buffer.concat(chunks);
  }

  /**
   * The one request path: the deadline (redirects and body included), the caller's cancel, redirects
   * followed by hand with every hop re-vetted, the status judged; then `read` takes the final answer.
   * Whatever goes wrong leaves as a FetchError.
   */
  async function exchange<Result>(
    rawUrl: string,
    exchangeRequest: ExchangeRequest,
    read: (answer: Answer) => Promise<Result>,
  ): Promise<Result> {
    let url = parseTarget(rawUrl);
    let permanentUrl = url;
    let movedForGoodSoFar = true;
    const callerSignal = exchangeRequest.signal;
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    const onCallerAbort = (): void => controller.abort(callerSignal?.reason);
    if (callerSignal?.aborted) controller.abort(callerSignal.reason);
    callerSignal?.addEventListener('abort', onCallerAbort, { once: true });

    try {
      for (let redirects = 0; ; redirects += 1) {
        const response = await request(url, exchangeRequest, controller.signal);
        const status = response.statusCode ?? 0;
        const location = response.headers.location;

        if (REDIRECT_STATUSES.has(status) && location !== undefined) {
          response.destroy();
          if (redirects >= maxRedirects) {
            throw new FetchError('too_many_redirects', `More than ${maxRedirects} redirects`, { url: url.href });
          }
          url = parseTarget(location, url);
          // A 302 on the way means what follows may be temporary, even if a 301 comes after it.
          movedForGoodSoFar &&= PERMANENT_REDIRECT_STATUSES.has(status);
          if (movedForGoodSoFar) permanentUrl = url;
          continue;
        }
        const isAnswer = (status >= 200 && status <= 299) || (status === 304 && exchangeRequest.notModifiedIsAnswer);
        if (!isAnswer) {
          response.destroy();
          const retryAfterMs = RETRY_AFTER_STATUSES.has(status)
            ? parseRetryAfter(response.headers['retry-after'], now())
            : undefined;
          throw new FetchError('http_status', `The server answered ${status}`, {
            url: url.href,
            status,
            ...(retryAfterMs !== undefined && { retryAfterMs }),
          });
        }
        return await read({ response, status, url, permanentUrl });
      }
    } catch (error) {
      if (error instanceof FetchError) throw error;
      if (timedOut) {
        throw new FetchError('timeout', `No complete answer within ${timeoutMs} ms`, { url: url.href, cause: error });
      }
      if (callerSignal?.aborted) {
        throw new FetchError('network', 'The fetch was cancelled', { url: url.href, cause: callerSignal.reason });
      }
      throw new FetchError('network', `Could not fetch ${url.host}`, { url: url.href, cause: error });
    } finally {
      clearTimeout(timer);
      callerSignal?.removeEventListener('abort', onCallerAbort);
    }
  }

  /** A page people sent: only HTML and plain text, decoded to a string. */
  async function readPage({ response, url }: Answer): Promise<FetchedPage> {
    const contentTypeHeader = response.headers['content-type'];
    const declaredType = mediaTypeOf(contentTypeHeader);
    if (declaredType !== undefined && !HTML_TYPES.has(declaredType) && declaredType !== 'text/plain') {
      response.destroy();
      throw new FetchError('unsupported_type', `The link is ${declaredType}, not a web page`, {
        url: url.href,
        contentType: declaredType,
      });
    }
    const bytes = await readBody(url, response);
    const mediaType = declaredType === undefined ? sniffMediaType(bytes) : HTML_TYPES.has(declaredType) ? 'text/html' : 'text/plain';
    if (mediaType === undefined) {
      throw new FetchError('unsupported_type', 'The link has no content type and does not look like text', {
        url: url.href,
        contentType: 'application/octet-stream',
      });
    }
    const body = decodeBody(bytes, {
      ...(contentTypeHeader === undefined ? {} : { contentType: contentTypeHeader }),
      isHtml: mediaType === 'text/html',
    });
    return { url: url.href, contentType: mediaType, body };
  }

  async function readResource({ response, status, url, permanentUrl }: Answer): Promise<FetchedResource> {
    const headers = headerRecord(response.headers);
    if (status === 304) {
      // A 304 has no body by definition; do not wait for one.
      response.destroy();
      return { url: url.href, permanentUrl: permanentUrl.href, status: 304, headers, bytes: new Uint8Array(0) };
    }
    const bytes = await readBody(url, response);
    return { url: url.href, permanentUrl: permanentUrl.href, status: 200, headers, bytes };
  }

  return {
    fetchPage: (rawUrl, signal) =>
      exchange(rawUrl, { accept: PAGE_ACCEPT, ...(signal && { signal }), notModifiedIsAnswer: false }, readPage),
    fetchResource: (rawUrl, { accept, headers, signal }) =>
      exchange(
        rawUrl,
        { accept, ...(headers && { headers }), ...(signal && { signal }), notModifiedIsAnswer: true },
        readResource,
      ),
  };
}
