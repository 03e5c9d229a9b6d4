import http from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { FetchError } from '../../../src/extract/fetch-error.js';
import { createSafeFetcher, type HostLookup } from '../../../src/extract/safe-fetch.js';

type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void;

const servers: http.Server[] = [];

afterEach(async () => {
  await Promise.all(
    servers.splice(0).map(
      (server) =>
        new Promise<void>((resolve) => {
          server.closeAllConnections();
          server.close(() => resolve());
        }),
    ),
  );
});

async function startServer(handler: Handler): Promise<string> {
  const server = http.createServer(handler);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address: string | AddressInfo | null = server.address();
  if (address === null || typeof address === 'string') throw new Error('server is not listening on TCP');
  return `http://127.0.0.1:${address.port}`;
}

async function fetchError(promise: Promise<unknown>): Promise<FetchError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof FetchError) return error;
    throw new Error('expected a FetchError', { cause: error });
  }
  throw new Error('expected the fetch to fail');
}

/** A lookup that must not be reached: IP literals and refused schemes never resolve. */
const noLookup: HostLookup = async (hostname) => {
  throw new Error(`unexpected lookup of ${hostname}`);
};

describe('createSafeFetcher against a local server', () => {
  const fetcher = createSafeFetcher({ allowPrivateAddresses: true });

  it('returns the decoded HTML page and its final URL', async () => {
    const base = await startServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<html><body><p>Привет</p></body></html>');
    });
    expect(await fetcher.fetchPage(`${base}/a`)).toEqual({
      url: `${base}/a`,
      contentType: 'text/html',
      body: '<html><body><p>Привет</p></body></html>',
    });
  });

  it('treats application/xhtml+xml as HTML and keeps text/plain as text', async () => {
    const base = await startServer((req, res) => {
      res.writeHead(200, { 'content-type': req.url === '/x' ? 'application/xhtml+xml' : 'text/plain' });
      res.end('hello');
    });
    expect((await fetcher.fetchPage(`${base}/x`)).contentType).toBe('text/html');
    expect(await fetcher.fetchPage(`${base}/t`)).toEqual({ url: `${base}/t`, contentType: 'text/plain', body: 'hello' });
  });

  it('follows redirects and reports the final URL', async () => {
    const base = await startServer((req, res) => {
      if (req.url === '/start') {
        res.writeHead(301, { location: '/middle' });
        res.end();
      } else if (req.url === '/middle') {
        res.writeHead(307, { location: `/end?x=1` });
        res.end();
      } else {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end('<p>done</p>');
      }
    });
    expect(await fetcher.fetchPage(`${base}/start`)).toEqual({
      url: `${base}/end?x=1`,
      contentType: 'text/html',
      body: '<p>done</p>',
    });
  });

  it('gives up on a redirect loop with too_many_redirects', async () => {
    let hits = 0;
    const base = await startServer((req, res) => {
      hits += 1;
      res.writeHead(302, { location: req.url === '/a' ? '/b' : '/a' });
      res.end();
    });
    const error = await fetchError(fetcher.fetchPage(`${base}/a`));
    expect(error.code).toBe('too_many_redirects');
    expect(hits).toBe(6); // the first request plus the five redirects allowed by default
  });

  it('maps a 404 to http_status with the status', async () => {
    const base = await startServer((_req, res) => {
      res.writeHead(404, { 'content-type': 'text/html' });
      res.end('not here');
    });
    const error = await fetchError(fetcher.fetchPage(`${base}/missing`));
    expect({ code: error.code, status: error.status, url: error.url }).toEqual({
      code: 'http_status',
      status: 404,
      url: `${base}/missing`,
    });
  });

  it('refuses an image with unsupported_type and keeps its media type', async () => {
    const base = await startServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'image/png' });
      res.end(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    });
    const error = await fetchError(fetcher.fetchPage(`${base}/cat.png`));
    expect({ code: error.code, contentType: error.contentType }).toEqual({
      code: 'unsupported_type',
      contentType: 'image/png',
    });
  });

  it('times out on a server that never answers', async () => {
    const base = await startServer(() => {
      // Never respond.
    });
    const quick = createSafeFetcher({ allowPrivateAddresses: true, timeoutMs: 150 });
    const started = Date.now();
    const error = await fetchError(quick.fetchPage(`${base}/slow`));
    expect(error.code).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('stops reading a huge streamed body and closes the connection early', async () => {
    const hugeBytes = 40 * 1024 * 1024;
    const chunk = Buffer.alloc(64 * 1024, 'a');
    let written = 0;
    let closedEarly: (value: boolean) => void = () => {};
    const serverSawClose = new Promise<boolean>((resolve) => {
      closedEarly = resolve;
    });
    const base = await startServer((_req, res) => {
      // No Content-Length: the limit has to be enforced while streaming.
      res.writeHead(200, { 'content-type': 'text/html' });
      res.on('close', () => closedEarly(written < hugeBytes));
      const pump = (): void => {
        while (written < hugeBytes) {
          written += chunk.length;
          if (!res.write(chunk)) {
            res.once('drain', pump);
            return;
          }
        }
        res.end();
      };
      pump();
    });
    const small = createSafeFetcher({ allowPrivateAddresses: true, maxBytes: 1024 * 1024 });
    const error = await fetchError(small.fetchPage(`${base}/huge`));
    expect(error.code).toBe('too_large');
    expect(await serverSawClose).toBe(true);
    expect(written).toBeLessThan(hugeBytes / 4);
  });

  it('refuses a declared Content-Length above the limit without reading', async () => {
    const base = await startServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(10 * 1024 * 1024) });
      res.write('<p>');
    });
    const error = await fetchError(fetcher.fetchPage(`${base}/big`));
    expect(error.code).toBe('too_large');
  });

  it('decodes windows-1251 from the Content-Type header', async () => {
    const body = Buffer.from([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2]); // "Привет"
    const base = await startServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain; charset=windows-1251' });
      res.end(body);
    });
    expect((await fetcher.fetchPage(`${base}/`)).body).toBe('Привет');
  });

  it('decodes windows-1251 declared only in a meta http-equiv tag', async () => {
    const head = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head><body>';
    const body = Buffer.concat([Buffer.from(head), Buffer.from([0xcc, 0xe8, 0xf0]), Buffer.from('</body></html>')]);
    const base = await startServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(body);
    });
    expect((await fetcher.fetchPage(`${base}/`)).body).toBe(`${head}Мир</body></html>`);
  });

  it('decompresses gzip and brotli bodies', async () => {
    const html = '<html><body><p>compressed article</p></body></html>';
    const base = await startServer((req, res) => {
      const brotli = req.url === '/br';
      res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': brotli ? 'br' : 'gzip' });
      res.end(brotli ? zlib.brotliCompressSync(html) : zlib.gzipSync(html));
    });
    expect((await fetcher.fetchPage(`${base}/gz`)).body).toBe(html);
    expect((await fetcher.fetchPage(`${base}/br`)).body).toBe(html);
  });

  it('limits the decompressed size, not just the bytes on the wire', async () => {
    const bomb = zlib.gzipSync(Buffer.alloc(8 * 1024 * 1024, ' '));
    const base = await startServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
      res.end(bomb);
    });
    const small = createSafeFetcher({ allowPrivateAddresses: true, maxBytes: 1024 * 1024 });
    expect((await fetchError(small.fetchPage(`${base}/`))).code).toBe('too_large');
  });
});

describe('createSafeFetcher refusing private addresses', () => {
  it.each([
    'http://127.0.0.1/',
    'http://[::1]/',
    'http://10.0.0.8/',
    'http://169.254.169.254/latest/meta-data/',
    'http://[::ffff:127.0.0.1]/',
    'http://2130706433/', // 127.0.0.1 written as one number
    'http://0.0.0.0/',
  ])('refuses %s before connecting', async (url) => {
    const fetcher = createSafeFetcher({ allowPrivateAddresses: false, lookup: noLookup });
    expect((await fetchError(fetcher.fetchPage(url))).code).toBe('private_address');
  });

  it('refuses a name that resolves to loopback', async () => {
    const lookedUp: string[] = [];
    const fetcher = createSafeFetcher({
      allowPrivateAddresses: false,
      lookup: async (hostname) => {
        lookedUp.push(hostname);
        return [{ address: '127.0.0.1', family: 4 }];
      },
    });
    const error = await fetchError(fetcher.fetchPage('http://localhost:9/'));
    expect(error.code).toBe('private_address');
    expect(lookedUp).toEqual(['localhost']);
  });

  it('refuses a name when any of its addresses is private', async () => {
    const fetcher = createSafeFetcher({
      allowPrivateAddresses: false,
      lookup: async () => [
        { address: '93.184.216.34', family: 4 },
        { address: 'fd12::1', family: 6 },
      ],
    });
    expect((await fetchError(fetcher.fetchPage('http://mixed.example/'))).code).toBe('private_address');
  });

  describe('with a policy that lets only the loopback test server stand in for a public host', () => {
    const onlyTestServer = (address: string): boolean => address !== '127.0.0.1';

    it('re-checks a redirect to a private IP literal', async () => {
      const base = await startServer((_req, res) => {
        res.writeHead(302, { location: 'http://192.168.1.1/admin' });
        res.end();
      });
      const fetcher = createSafeFetcher({ allowPrivateAddresses: false, isAddressBlocked: onlyTestServer, lookup: noLookup });
      const error = await fetchError(fetcher.fetchPage(`${base}/`));
      expect({ code: error.code, url: error.url }).toEqual({ code: 'private_address', url: 'http://192.168.1.1/admin' });
    });

    it('re-checks a redirect to a name that resolves privately', async () => {
      const base = await startServer((_req, res) => {
        res.writeHead(301, { location: 'http://intranet.example/' });
        res.end();
      });
      const fetcher = createSafeFetcher({
        allowPrivateAddresses: false,
        isAddressBlocked: onlyTestServer,
        lookup: async () => [{ address: '10.0.0.5', family: 4 }],
      });
      expect((await fetchError(fetcher.fetchPage(`${base}/`))).code).toBe('private_address');
    });

    it('fetches through a name resolved to an allowed address', async () => {
      const base = await startServer((_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end('<p>ok</p>');
      });
      const port = new URL(base).port;
      const fetcher = createSafeFetcher({
        allowPrivateAddresses: false,
        isAddressBlocked: onlyTestServer,
        lookup: async () => [{ address: '127.0.0.1', family: 4 }],
      });
      // Resolving a name to the allowed address works end to end.
      expect((await fetcher.fetchPage(`http://news.example:${port}/`)).body).toBe('<p>ok</p>');
    });
  });

  it('reports a failed resolution as dns_failure', async () => {
    const fetcher = createSafeFetcher({
      allowPrivateAddresses: false,
      lookup: async () => {
        throw Object.assign(new Error('getaddrinfo ENOTFOUND nowhere.invalid'), { code: 'ENOTFOUND' });
      },
    });
    const error = await fetchError(fetcher.fetchPage('http://nowhere.invalid/'));
    expect(error.code).toBe('dns_failure');
    expect(error.cause).toBeInstanceOf(Error);
  });

  it('rejects invalid URLs and other schemes', async () => {
    const fetcher = createSafeFetcher({ allowPrivateAddresses: false, lookup: noLookup });
    expect((await fetchError(fetcher.fetchPage('not a url'))).code).toBe('invalid_url');
    expect((await fetchError(fetcher.fetchPage('file:///etc/passwd'))).code).toBe('unsupported_scheme');
    expect((await fetchError(fetcher.fetchPage('ftp://example.com/x'))).code).toBe('unsupported_scheme');
  });
});

describe('createSafeFetcher.fetchResource', () => {
  const feedAccept = 'application/rss+xml, application/atom+xml;q=0.9, */*;q=0.1';
  const rss = '<?xml version="1.0" encoding="windows-1251"?><rss version="2.0"><channel><title>T</title></channel></rss>';

  it('returns the raw bytes and lower-case headers of any content type, without decoding', async () => {
    const bytes = Buffer.from([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2]);
    const base = await startServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/octet-stream', ETag: '"v1"', 'Cache-Control': 'max-age=600' });
      res.end(bytes);
    });
    const fetcher = createSafeFetcher({ allowPrivateAddresses: true });
    const resource = await fetcher.fetchResource(`${base}/feed`, { accept: feedAccept });
    expect({ ...resource, bytes: Buffer.from(resource.bytes) }).toEqual({
      url: `${base}/feed`,
      permanentUrl: `${base}/feed`,
      status: 200,
      headers: expect.objectContaining({ 'content-type': 'application/octet-stream', etag: '"v1"', 'cache-control': 'max-age=600' }),
      bytes,
    });
  });

  it('sends the Accept and conditional headers it is given, and answers a 304 with an empty body', async () => {
    const seen: http.IncomingHttpHeaders[] = [];
    const base = await startServer((req, res) => {
      seen.push(req.headers);
      if (req.headers['if-none-match'] === '"v1"') {
        res.writeHead(304, { etag: '"v1"', 'cache-control': 'max-age=60' });
        res.end();
        return;
      }
      res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"v1"' });
      res.end(rss);
    });
    const fetcher = createSafeFetcher({ allowPrivateAddresses: true });
    const first = await fetcher.fetchResource(`${base}/feed`, { accept: feedAccept });
    expect(Buffer.from(first.bytes).toString('latin1')).toBe(rss);
    const second = await fetcher.fetchResource(`${base}/feed`, {
      accept: feedAccept,
      headers: { 'If-None-Match': '"v1"', 'If-Modified-Since': 'Wed, 25 Nov 2026 08:00:00 GMT', 'User-Agent': 'not mine' },
    });
    expect({ status: second.status, bytes: second.bytes.length, etag: second.headers.etag }).toEqual({ status: 304, bytes: 0, etag: '"v1"' });
    expect(seen[1]).toMatchObject({
      accept: feedAccept,
      'if-none-match': '"v1"',
      'if-modified-since': 'Wed, 25 Nov 2026 08:00:00 GMT',
      'accept-encoding': 'gzip, deflate, br',
    });
    expect(seen[1]?.['user-agent']).toMatch(/NewsdigestBot/);
  });

  it('treats a 304 as an error for fetchPage, which never asks conditionally', async () => {
    const base = await startServer((_req, res) => {
      res.writeHead(304);
      res.end();
    });
    const fetcher = createSafeFetcher({ allowPrivateAddresses: true });
    expect((await fetchError(fetcher.fetchPage(`${base}/`))).status).toBe(304);
  });

  it('reports as permanent only the leading run of 301/308 redirects', async () => {
    const base = await startServer((req, res) => {
      const next: Record<string, [number, string]> = {
        '/a': [301, '/b'],
        '/b': [308, '/c'],
        '/c': [302, '/d'],
        '/d': [301, '/e'],
        '/t': [302, '/u'],
        '/u': [301, '/v'],
      };
      const hop = next[req.url ?? ''];
      if (hop) {
        res.writeHead(hop[0], { location: hop[1] });
        res.end();
        return;
      }
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(rss);
    });
    const fetcher = createSafeFetcher({ allowPrivateAddresses: true });
    const moved = await fetcher.fetchResource(`${base}/a`, { accept: feedAccept });
    expect({ url: moved.url, permanentUrl: moved.permanentUrl }).toEqual({ url: `${base}/e`, permanentUrl: `${base}/c` });
    const temporary = await fetcher.fetchResource(`${base}/t`, { accept: feedAccept });
    expect({ url: temporary.url, permanentUrl: temporary.permanentUrl }).toEqual({ url: `${base}/v`, permanentUrl: `${base}/t` });
  });

  it('carries Retry-After of a 429 in seconds and of a 503 as an HTTP date', async () => {
    const now = Date.parse('2026-11-26T10:00:00Z');
    const base = await startServer((req, res) => {
      if (req.url === '/seconds') res.writeHead(429, { 'retry-after': '120' });
      else if (req.url === '/date') res.writeHead(503, { 'retry-after': 'Thu, 26 Nov 2026 10:05:00 GMT' });
      else if (req.url === '/garbage') res.writeHead(429, { 'retry-after': 'soon' });
      else res.writeHead(500, { 'retry-after': '120' });
      res.end();
    });
    const fetcher = createSafeFetcher({ allowPrivateAddresses: true, now: () => now });
    const summary = (error: FetchError) => ({ code: error.code, status: error.status, retryAfterMs: error.retryAfterMs });
    expect(summary(await fetchError(fetcher.fetchResource(`${base}/seconds`, { accept: feedAccept })))).toEqual({
      code: 'http_status',
      status: 429,
      retryAfterMs: 120_000,
    });
    expect(summary(await fetchError(fetcher.fetchResource(`${base}/date`, { accept: feedAccept })))).toEqual({
      code: 'http_status',
      status: 503,
      retryAfterMs: 300_000,
    });
    expect(summary(await fetchError(fetcher.fetchResource(`${base}/garbage`, { accept: feedAccept })))).toEqual({
      code: 'http_status',
      status: 429,
      retryAfterMs: undefined,
    });
    // Retry-After on other statuses is not a request to come back later.
    expect(summary(await fetchError(fetcher.fetchResource(`${base}/other`, { accept: feedAccept })))).toEqual({
      code: 'http_status',
      status: 500,
      retryAfterMs: undefined,
    });
  });

  it('maps a 410 to http_status with the status', async () => {
    const base = await startServer((_req, res) => {
      res.writeHead(410, { 'content-type': 'text/plain' });
      res.end('gone');
    });
    const fetcher = createSafeFetcher({ allowPrivateAddresses: true });
    const error = await fetchError(fetcher.fetchResource(`${base}/feed`, { accept: feedAccept }));
    expect({ code: error.code, status: error.status, url: error.url }).toEqual({ code: 'http_status', status: 410, url: `${base}/feed` });
  });

  it('decompresses and keeps to the size cap, like pages', async () => {
    const base = await startServer((req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-encoding': 'gzip' });
      res.end(zlib.gzipSync(req.url === '/bomb' ? Buffer.alloc(4 * 1024 * 1024, ' ') : rss));
    });
    const fetcher = createSafeFetcher({ allowPrivateAddresses: true, maxBytes: 1024 * 1024 });
    expect(Buffer.from((await fetcher.fetchResource(`${base}/feed`, { accept: feedAccept })).bytes).toString('latin1')).toBe(rss);
    expect((await fetchError(fetcher.fetchResource(`${base}/bomb`, { accept: feedAccept }))).code).toBe('too_large');
  });

  it('times out and can be cancelled by the caller', async () => {
    const base = await startServer(() => {
      // Never respond.
    });
    const quick = createSafeFetcher({ allowPrivateAddresses: true, timeoutMs: 150 });
    expect((await fetchError(quick.fetchResource(`${base}/slow`, { accept: feedAccept }))).code).toBe('timeout');
    const patient = createSafeFetcher({ allowPrivateAddresses: true });
    const controller = new AbortController();
    const pending = patient.fetchResource(`${base}/slow`, { accept: feedAccept, signal: controller.signal });
    controller.abort(new Error('stopping'));
    const error = await fetchError(pending);
    expect({ code: error.code, message: error.message }).toEqual({ code: 'network', message: 'The fetch was cancelled' });
  });

  it('refuses private addresses, literal or resolved', async () => {
    const literal = createSafeFetcher({ allowPrivateAddresses: false, lookup: noLookup });
    expect((await fetchError(literal.fetchResource('http://169.254.169.254/feed', { accept: feedAccept }))).code).toBe('private_address');
    const resolved = createSafeFetcher({ allowPrivateAddresses: false, lookup: async () => [{ address: '10.1.2.3', family: 4 }] });
    expect((await fetchError(resolved.fetchResource('http://feeds.example/rss', { accept: feedAccept }))).code).toBe('private_address');
  });

  it('re-checks a redirect from an allowed host to a private one', async () => {
    const base = await startServer((_req, res) => {
      res.writeHead(301, { location: 'http://192.168.0.1/feed' });
      res.end();
    });
    const fetcher = createSafeFetcher({ allowPrivateAddresses: false, isAddressBlocked: (address) => address !== '127.0.0.1', lookup: noLookup });
    const error = await fetchError(fetcher.fetchResource(`${base}/feed`, { accept: feedAccept }));
    expect({ code: error.code, url: error.url }).toEqual({ code: 'private_address', url: 'http://192.168.0.1/feed' });
  });
});
