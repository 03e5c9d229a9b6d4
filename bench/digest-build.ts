import { performance } from 'node:perf_hooks';
import { buildDigest, type Digest } from '../src/digest/build-digest.js';
import { clusterStories } from '../src/digest/story-clusters.js';
import type { PoolArticle } from '../src/store/article-pool.js';
import { TOPIC_SLUGS, type Topic } from '../src/core/topics.js';
import { createRandom } from './seeded-random.js';


const WORDS = (
  'minister election market shares climate vaccine football league museum satellite bank inflation court protest ' +
  'summit border energy pipeline chip startup merger strike hospital virus drought flood wildfire rocket telescope ' +
  'festival novel album striker coach tariff budget parliament senate governor mayor refugee ceasefire treaty talks'
).split(' ');
const PLACES = 'Berlin Paris Kyiv Tokyo Lagos Lima Delhi Ottawa Madrid Rome Cairo Seoul Jakarta Nairobi Warsaw Oslo'.split(' ');

export function makePool(size: number, now: number, random = createRandom(42)): PoolArticle[] {
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)] as T;
  const pool: PoolArticle[] = [];
  while (pool.length < size) {
    // About one story in four is reported by two to four sources.
    const sources = random() < 0.25 ? 2 + Math.floor(random() * 3) : 1;
    const storyWords = [pick(PLACES), pick(WORDS), pick(WORDS), pick(WORDS), pick(PLACES), String(Math.floor(random() * 1000))];
    const topics: Topic[] = [pick(TOPIC_SLUGS)];
    for (let source = 0; source < sources && pool.length < size; source++) {
      const id = `article-${pool.length}`;
      pool.push({
        id,
        title: `${storyWords.slice(0, 4).join(' ')} ${pick(WORDS)}`,
        gist: `${storyWords.join(' ')} ${pick(WORDS)} ${pick(WORDS)}`,
        topics,
        url: `https://source${source}.example/${id}`,
        source: `Source ${source}`,
        addedAt: now - Math.floor(random() * 7 * 24 * 3_600_000),
      });
    }
  }
  return pool;
}

export interface DigestBuildFigures {
  subscribers: number;
  poolSize: number;
  distinctDigests: number;
  clusterMs: number;
  buildMs: number;
  peakHeapMiB: number;
  heapBeforeMiB: number;
}

/** Builds the digests of `subscriberCount` subscribers as one scheduled run does: cluster once, one build per (topics, since). */
export function runDigestBuildBench(subscriberCount = 10_000, poolSize = 2_000): DigestBuildFigures {
  const now = Date.parse('2026-11-25T08:00:00Z');
  const random = createRandom(7);
  const pool = makePool(poolSize, now);
  // Subscribers follow 1–4 topics; their "since" marks come from a handful of cohorts (yesterday's runs in different zones).
  const cohorts = Array.from({ length: 24 }, (_, hour) => now - 24 * 3_600_000 + hour * 3_600_000);
  const subscribers = Array.from({ length: subscriberCount }, () => {
    const topics = TOPIC_SLUGS.filter(() => random() < 0.3);
    return { topics: topics.length > 0 ? topics : [TOPIC_SLUGS[0] as Topic], since: cohorts[Math.floor(random() * cohorts.length)] as number };
  });
  global.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  let peakHeap = heapBefore;
  const sample = () => (peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed));

  const clusterStart = performance.now();
  const clusters = clusterStories(pool);
  const clusterMs = performance.now() - clusterStart;
  sample();

  const buildStart = performance.now();
  const built = new Map<string, Digest>();
  subscribers.forEach((subscriber, index) => {
    const key = `${subscriber.topics.join(',')}|${subscriber.since}`;
    if (!built.has(key)) built.set(key, buildDigest(pool, clusters, { topics: subscriber.topics, since: subscriber.since, until: now, maxItemsPerTopic: 5 }));
    if (index % 500 === 0) sample();
  });
  const buildMs = performance.now() - buildStart;
  sample();
  return {
    subscribers: subscriberCount,
    poolSize,
    distinctDigests: built.size,
    clusterMs,
    buildMs,
    peakHeapMiB: peakHeap / 2 ** 20,
    heapBeforeMiB: heapBefore / 2 ** 20,
  };
}
