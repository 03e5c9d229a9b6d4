/**
 * Feed-polling bench: 10,000 feeds on a local host, checked by the real poller through the real safe
 * fetcher (a fresh connection per request, every safety check) and the real parser, into the store
 * the bot uses. The feed host runs in a child process, so the CPU figures are the poller's own.
 * Run: `npx tsx bench/feed-polling.ts [feeds] [sqlite|memory]`.
 *
 * Two rounds, each with every feed due at once, so the figure is what the poller can do rather than
 * what the schedule asks of it: a cold first round (every feed answers 200 and is parsed; first-check
 * rules: ten items at most), then a steady round as every later one looks: 70% of feeds answer 304 to
 * their ETag, 30% changed with 20 new items each.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'zod';
import { createSafeFetcher } from '../src/extract/safe-fetch.js';
import { parseFeed } from '../src/feeds/parse-feed.js';
import { silentLogger } from '../src/logger.js';
import { createFeedPoller, type ParseFeed } from '../src/sources/feed-poller.js';
import { createKeyedLock } from '../src/store/keyed-lock.js';
import { openStore } from '../src/store/open-store.js';
import { createSourceStore, feedSourceId, type SourceStore } from '../src/store/source-store.js';
import { createVirtualClock } from '../tests/support/virtual-clock.js';
import { fixed, formatTable } from './text-table.js';

const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
const MINUTE_MS = 60_000;
const POLL_INTERVAL_MS = 30 * MINUTE_MS;
const MIB = 1024 * 1024;

export interface FeedPollingRound {
  name: string;
  feeds: number;
  wallMs: number;
  feedsPerSecond: number;
  /** User + system CPU of this process (the poller, the fetcher, the parser, the store) per feed checked. */
  cpuMsPerFeed: number;
  answers200: number;
  answers304: number;
  parsed: number;
  itemsHandedOn: number;
}

export interface FeedPollingFigures {
  feeds: number;
  store: 'sqlite' | 'memory';
  maxInFlight: number;
  parser: string;
  seedMs: number;
  heapBeforeMiB: number;
  peakHeapMiB: number;
  peakRssMiB: number;
  rounds: [FeedPollingRound, FeedPollingRound];
}

export interface FeedPollingOptions {
  /** Default 10,000. */
  feeds?: number;
  /** Default sqlite, as the bot runs by default. */
  store?: 'sqlite' | 'memory';
}

const portSchema = z.object({ port: z.number().int().positive() });

async function startFeedHost(): Promise<{ port: number; child: ChildProcessWithoutNullStreams }> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(BENCH_DIR, 'feed-polling-server.ts')], {
    // From the repository root, where --import finds tsx.
    cwd: path.resolve(BENCH_DIR, '..'),
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const lines = createInterface({ input: child.stdout });
  const [first] = await Promise.race([
    new Promise<string[]>((resolve) => lines.once('line', (line) => resolve([line]))),
    new Promise<never>((_resolve, reject) => child.once('exit', (code) => reject(new Error(`the bench feed host exited with code ${code}`)))),
  ]);
  lines.close();
  let parsed: unknown;
  try {
    parsed = JSON.parse(first ?? '');
  } catch (error) {
    throw new Error(`the bench feed host printed something other than its port: ${first}`, { cause: error });
  }
  return { port: portSchema.parse(parsed).port, child };
}

/** Counts what the poller does, through the same seams it uses. */
function createCounters() {
  let updates = 0;
  let waiter: { target: number; resolve: () => void } | undefined;
  const counts = { answers200: 0, answers304: 0, parsed: 0, itemsHandedOn: 0 };
  return {
    counts,
    reset() {
      updates = 0;
      Object.assign(counts, { answers200: 0, answers304: 0, parsed: 0, itemsHandedOn: 0 });
    },
    /** Each check ends with exactly one write of its source's health. */
    countingStore(sources: SourceStore): SourceStore {
      return {
        ...sources,
        update: async (id, change) => {
          const result = await sources.update(id, change);
          updates += 1;
          if (waiter !== undefined && updates >= waiter.target) waiter.resolve();
          return result;
        },
      };
    },
    checksDone: (target: number) =>
      new Promise<void>((resolve) => {
        if (updates >= target) resolve();
        else waiter = { target, resolve };
      }),
  };
}

export async function runFeedPollingBench({ feeds = 10_000, store: storeKind = 'sqlite' }: FeedPollingOptions = {}): Promise<FeedPollingFigures> {
  const host = await startFeedHost();
  const folder = await mkdtemp(path.join(tmpdir(), 'newsdigest-feed-bench-'));
  const store = await openStore(storeKind === 'sqlite' ? `sqlite://${path.join(folder, 'bench.sqlite')}` : 'memory://');
  const sampler = { peakHeap: 0, peakRss: 0 };
  const sample = () => {
    const usage = process.memoryUsage();
    sampler.peakHeap = Math.max(sampler.peakHeap, usage.heapUsed);
    sampler.peakRss = Math.max(sampler.peakRss, usage.rss);
  };
  let sampling: NodeJS.Timeout | undefined;
  try {
    // The wall clock of the schedule is virtual and moved by hand: each round makes every feed due at once.
    const clock = createVirtualClock(Date.now(), { autoAdvance: false });
    const sources = createSourceStore({ store, lock: createKeyedLock(), clock });
    const seedStarted = performance.now();
    const urls = Array.from({ length: feeds }, (_, index) => `http://feed${index}.bench.test:${host.port}/feed/${index}.xml`);
    for (let start = 0; start < urls.length; start += 500) {
      await Promise.all(
        urls.slice(start, start + 500).map((url) =>
          sources.add(
            { id: feedSourceId(url), kind: 'feed', url, title: undefined, topics: [], origin: 'file', addedAt: clock.now() },
            { nextCheckAt: clock.now(), consecutiveFailures: 0, itemsTaken: 0, itemsToday: { day: '', count: 0 }, checkedOnce: false },
          ),
        ),
      );
    }
    const seedMs = performance.now() - seedStarted;

    const counters = createCounters();
    const safeFetcher = createSafeFetcher({
      allowPrivateAddresses: true,
      // Many host names, one local server: the per-host limit of 2 is not what is measured.
      lookup: async () => [{ address: '127.0.0.1', family: 4 }],
    });
    const countingParser: ParseFeed = (bytes, options) => {
      counters.counts.parsed += 1;
      return parseFeed(bytes, options);
    };
    const maxInFlight = 8;
    const poller = createFeedPoller({
      sources: counters.countingStore(sources),
      fetcher: {
        fetchResource: async (url, request) => {
          const resource = await safeFetcher.fetchResource(url, request);
          if (resource.status === 304) counters.counts.answers304 += 1;
          else counters.counts.answers200 += 1;
          return resource;
        },
      },
      parseFeed: countingParser,
      // The pool is not part of this bench: items are counted and dropped.
      admit: async (_source, items) => {
        counters.counts.itemsHandedOn += items.length;
      },
      notifyAdmins: async () => {},
      clock,
      logger: silentLogger,
      settings: { pollIntervalMs: POLL_INTERVAL_MS, maxInFlight },
    });

    globalThis.gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    sample();
    sampling = setInterval(sample, 20);

    poller.start();
    // The poller has read the sources once it sleeps until the first of them is due.
    while (clock.pendingSleeps === 0) await new Promise((resolve) => setTimeout(resolve, 5));

    const runRound = async (name: string, advanceMs: number): Promise<FeedPollingRound> => {
      counters.reset();
      const cpuBefore = process.cpuUsage();
      const started = performance.now();
      clock.advance(advanceMs);
      await counters.checksDone(feeds);
      const wallMs = performance.now() - started;
      const cpu = process.cpuUsage(cpuBefore);
      return {
        name,
        feeds,
        wallMs,
        feedsPerSecond: feeds / (wallMs / 1000),
        cpuMsPerFeed: (cpu.user + cpu.system) / 1000 / feeds,
        ...counters.counts,
      };
    };
    const cold = await runRound('first round (all 200, parsed)', MINUTE_MS);
    // Every next check falls within two intervals and a bit of jitter of the first.
    const steady = await runRound('steady round (70% 304, 30% new)', 2.5 * POLL_INTERVAL_MS);
    await poller.stop();
    sample();
    return {
      feeds,
      store: storeKind,
      maxInFlight,
      parser: 'parseFeed from src/feeds/parse-feed.ts (feedsmith + normaliser)',
      seedMs,
      heapBeforeMiB: heapBefore / MIB,
      peakHeapMiB: sampler.peakHeap / MIB,
      peakRssMiB: sampler.peakRss / MIB,
      rounds: [cold, steady],
    };
  } finally {
    if (sampling !== undefined) clearInterval(sampling);
    await store.close();
    host.child.stdin.end();
    await new Promise((resolve) => (host.child.exitCode === null ? host.child.once('exit', resolve) : resolve(undefined)));
    await rm(folder, { recursive: true, force: true });
  }
}

export function describeFeedPolling(figures: FeedPollingFigures): string[] {
  const row = (round: FeedPollingRound) => [
    round.name,
    String(round.feeds),
    fixed(round.wallMs / 1000, 1),
    fixed(round.feedsPerSecond, 0),
    fixed(round.cpuMsPerFeed, 2),
    fixed(1000 / round.cpuMsPerFeed, 0),
    `${round.answers200}/${round.answers304}`,
    String(round.parsed),
    String(round.itemsHandedOn),
  ];
  const [, steady] = figures.rounds;
  return [
    formatTable(['round', 'feeds', 'wall s', 'feeds/s', 'CPU ms/feed', 'feeds/s per core', '200/304', 'parsed', 'items on'], figures.rounds.map(row)),
    `Target: 100 feeds/s on one core; steady round: ${fixed(1000 / steady.cpuMsPerFeed, 0)} feeds/s per core of CPU (${fixed(steady.feedsPerSecond, 0)}/s wall, ${figures.maxInFlight} requests in flight).`,
    `Memory: heap ${fixed(figures.heapBeforeMiB, 0)} MiB before the rounds, peak heap ${fixed(figures.peakHeapMiB, 0)} MiB, peak RSS ${fixed(figures.peakRssMiB, 0)} MiB (sampled every 20 ms).`,
    `Setup: ${figures.feeds} feeds on distinct host names all resolving to one local server (a child process, so its CPU is not counted),`,
    `the real poller, safe fetcher (a fresh connection per request, address checks, time-out, size cap) and parser (${figures.parser}),`,
    `the ${figures.store} store (${fixed(figures.seedMs / 1000, 1)} s to add the feeds, not counted); items handed on are counted and dropped (no pool).`,
    'Each round makes every feed due at once, so the rate is what the poller sustains, not what the 30-minute schedule needs (5.6/s for 10,000).',
    'CPU is process.cpuUsage (user + system) over the round divided by the feeds; "per core" = 1000 / CPU ms per feed.',
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const feeds = process.argv[2] === undefined ? undefined : Number(process.argv[2]);
  const store = process.argv[3] === 'memory' ? 'memory' : 'sqlite';
  for (const line of describeFeedPolling(await runFeedPollingBench({ ...(feeds !== undefined && { feeds }), store }))) console.log(line);
}
