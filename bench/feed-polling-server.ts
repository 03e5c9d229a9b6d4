/**
 * The feed host of the feed-polling bench, in its own process so the bench's CPU figures are the
 * poller's alone. Serves /feed/<n>.xml for n in [0, count): feeds whose n % 10 < 7 never change
 * (a matching If-None-Match gets a 304), the rest change on every request (20 new items, a new ETag).
 * Prints {"port": N} on stdout once listening; exits when stdin closes.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

const ITEMS_PER_FEED = 20;
/** What a feed's story looks like: a realistic share of text per item (about 400 bytes of description). */
const DESCRIPTION =
  'Officials said on Tuesday that the regional programme would be extended for another year after a review found that most of the money had reached the districts it was meant for, although auditors asked for clearer reporting of the administrative costs in the next budget period.';

export const isStaticFeed = (feedNumber: number) => feedNumber % 10 < 7;

function rss(feedNumber: number, round: number): string {
  const now = Date.now();
  const items = Array.from({ length: ITEMS_PER_FEED }, (_, index) => {
    const guid = `feed${feedNumber}-r${round}-i${index}`;
    return `<item><title>Story ${index} of round ${round} in feed ${feedNumber}</title><link>https://feed${feedNumber}.bench.test/${guid}</link><guid isPermaLink="false">${guid}</guid><pubDate>${new Date(now - (index + 1) * 600_000).toUTCString()}</pubDate><description>${DESCRIPTION}</description></item>`;
  }).join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>Bench feed ${feedNumber}</title><link>https://feed${feedNumber}.bench.test/</link>\n${items}\n</channel></rss>`;
}

const staticBodies = new Map<number, { body: string; etag: string }>();
const rounds = new Map<number, number>();

const server = http.createServer((request, response) => {
  const match = /^\/feed\/(\d+)\.xml$/.exec(request.url ?? '');
  if (!match) {
    response.writeHead(404).end();
    return;
  }
  const feedNumber = Number(match[1]);
  if (isStaticFeed(feedNumber)) {
    let entry = staticBodies.get(feedNumber);
    if (entry === undefined) {
      entry = { body: rss(feedNumber, 0), etag: `"static-${feedNumber}"` };
      staticBodies.set(feedNumber, entry);
    }
    if (request.headers['if-none-match'] === entry.etag) {
      response.writeHead(304, { etag: entry.etag }).end();
      return;
    }
    response.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag: entry.etag }).end(entry.body);
    return;
  }
  const round = (rounds.get(feedNumber) ?? 0) + 1;
  rounds.set(feedNumber, round);
  response.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag: `"changing-${feedNumber}-${round}"` }).end(rss(feedNumber, round));
});

server.listen(0, '127.0.0.1', () => {
  const address: string | AddressInfo | null = server.address();
  if (address === null || typeof address === 'string') throw new Error('the bench feed host is not listening on TCP');
  process.stdout.write(`${JSON.stringify({ port: address.port })}\n`);
});
process.stdin.resume();
process.stdin.on('end', () => {
  server.closeAllConnections();
  server.close(() => process.exit(0));
});
