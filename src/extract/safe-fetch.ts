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

/** Fetches one page; the edge between `extract/` and the network. */
export interface Fetcher {
  fetchPage(url: string, signal?: AbortSignal): Promise<FetchedPage>;
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
}

const DEFAULT_TIMEOUT_MS = 10_000;
const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
const DEFAULT_MAX_REDIRECTS = 5;
const DEFAULT_USER_AGENT = 'Mozilla/5.0 (compatible; NewsdigestBot/0.1; +https://github.com/newsdigest)';
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);

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
 * and re-checks each hop, stops reading past `maxBytes`, accepts only HTML and
 * plain text, and decodes gzip/deflate/br and the page's charset.
 */
export function createSafeFetcher(options: SafeFetcherOptions): Fetcher {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxRedirects = options.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  const userAgent = options.userAgent ?? DEFAULT_USER_AGENT;
  const lookup = options.lookup ?? systemLookup;
  const isRefused = options.allowPrivateAddresses ? () => false : (options.isAddressBlocked ?? isBlockedAddress);

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

  function request(url: URL, signal: AbortSignal): Promise<http.IncomingMessage> {
    const literal = parseIpLiteral(url.hostname);
    if (literal !== undefined && isRefused(literal)) {
      return Promise.reject(refusePrivate(url, literal));
    }
    const transport = url.protocol === 'https:' ? https : http;
    return new Promise((resolve, reject) => {
      const req = transport.request(url, {
        method: 'GET',
        // A fresh connection per request: a pooled socket would skip our lookup and connect checks.
        agent: false,
        signal,
        lookup: createSocketLookup(url),
        headers: {
          'user-agent': userAgent,
          accept: 'text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1',
          'accept-encoding': 'gzip, deflate, br',
          'accept-language': 'en;q=0.9, *;q=0.5',
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
      throw new FetchError('too_large', `Page is ${declared} bytes, more than the ${maxBytes} allowed`, {
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
          throw new FetchError('too_large', `Page is larger than the ${maxBytes} bytes allowed`, { url: url.href });
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

  async function fetchPage(rawUrl: string, callerSignal?: AbortSignal): Promise<FetchedPage> {
    let url = parseTarget(rawUrl);
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
        const response = await request(url, controller.signal);
        const status = response.statusCode ?? 0;
        const location = response.headers.location;

        if (REDIRECT_STATUSES.has(status) && location !== undefined) {
          response.destroy();
          if (redirects >= maxRedirects) {
            throw new FetchError('too_many_redirects', `More than ${maxRedirects} redirects`, { url: url.href });
          }
          url = parseTarget(location, url);
          continue;
        }
        if (status < 200 || status > 299) {
          response.destroy();
          throw new FetchError('http_status', `The server answered ${status}`, { url: url.href, status });
        }

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

  return { fetchPage };
}
