/** Each benchmark's figures as the lines of its report section: a table, then how it was measured. */
import type { CacheHitLatency, CacheHitLatencyFigures } from './cache-hit-latency.js';
import type { DigestBuildFigures } from './digest-build.js';
import type { DuplicateCoalescingFigures } from './duplicate-coalescing.js';
import type { ExtractionBenchResult, ExtractorResult } from './extraction.js';
import type { FanOutRateFigures, SendRate } from './fan-out-rate.js';
import { fixed, formatTable } from './text-table.js';

export function describeExtraction(result: ExtractionBenchResult): string[] {
  const row = (name: string, figures: ExtractorResult) => [name, fixed(figures.f1, 3), fixed(figures.precision, 3), fixed(figures.recall, 3), fixed(figures.pagesPerSecond, 1)];
  return [
    formatTable(['extractor', 'F1', 'precision', 'recall', 'pages/s'], [row('ours (linkedom)', result.ours), row('Readability + jsdom', result.readabilityJsdom)]),
    `speed ratio ours / Readability+jsdom: ${fixed(result.ours.pagesPerSecond / result.readabilityJsdom.pagesPerSecond, 2)}x`,
    'Development half of scrapinghub/article-extraction-benchmark (../shared/bench/extraction), one pass each, same process.',
  ];
}

export function describeCacheHits(figures: CacheHitLatencyFigures): string[] {
  const row = (name: string, latency: CacheHitLatency) => [
    name,
    String(latency.hits.samples),
    fixed(latency.hits.median, 1),
    fixed(latency.hits.p95, 1),
    fixed(latency.hits.min, 1),
    fixed(latency.hits.max, 1),
    fixed(latency.coldMs, 1),
  ];
  return [
    formatTable(
      ['article', 'hits', 'median ms', 'p95 ms', 'min ms', 'max ms', 'cold first ms'],
      [row('pasted text (Moscow Times dump)', figures.pastedText), row('link (page server)', figures.link)],
    ),
    `Fake-LLM requests in the whole run: ${figures.llmRequests} for the 2 articles (1 each means every later request was a cache hit).`,
    'Measured: one request at a time, each from a new private chat — from emulator.sendUserMessage until the',
    "bot's final reply is in the emulator (long polling, telegraf, SQLite store, outbound queue). The queue paces",
    'on a virtual clock here, so its 25 msg/s spacing costs no real time. "cold first" is the first request for',
    'the article: extraction (+ fetch for the link) and a fake LLM that answers at once, then the progress',
    'message edited into the answer; a real LLM adds its own seconds to it.',
  ];
}

export function describeCoalescing(figures: DuplicateCoalescingFigures): string[] {
  const sends = figures.uniqueArticles * figures.chatsPerArticle;
  return [
    formatTable(
      ['unique articles', 'sends', 'LLM calls', 'calls/article', 'page fetches', 'replies', 'correct replies', 'wall ms'],
      [
        [
          String(figures.uniqueArticles),
          String(sends),
          String(figures.llmRequests),
          fixed(figures.llmRequestsPerArticle, 2),
          String(figures.pageFetches),
          `${figures.repliesReceived}/${sends}`,
          `${figures.correctReplies}/${sends}`,
          fixed(figures.wallMs, 0),
        ],
      ],
    ),
    `Target: 1.00 call per article. Each link sent by ${figures.chatsPerArticle} chats, all ${sends} sends in the emulator before any reply`,
    `was awaited; the fake LLM takes ${figures.llmLatencyMs} ms real time per request, so duplicates overlap the first call.`,
  ];
}

export function describeDigestBuild(figures: DigestBuildFigures): string[] {
  return [
    formatTable(
      ['subscribers', 'pool', 'distinct digests', 'cluster ms', 'build ms', 'heap before MiB', 'peak heap MiB'],
      [
        [
          String(figures.subscribers),
          String(figures.poolSize),
          String(figures.distinctDigests),
          fixed(figures.clusterMs, 1),
          fixed(figures.buildMs, 1),
          fixed(figures.heapBeforeMiB, 1),
          fixed(figures.peakHeapMiB, 1),
        ],
      ],
    ),
    'Run in a fresh child process with --expose-gc: "heap before" is heapUsed right after a full GC with the pool and',
    'subscribers in memory; "peak" is the largest heapUsed sampled after clustering and every 500 subscribers, so a',
    'short-lived peak between samples can be missed.',
  ];
}

export function describeFanOut(figures: FanOutRateFigures): string[] {
  const row = (name: string, rate: SendRate) => [
    name,
    String(rate.messages),
    fixed(rate.spanMs / 1000, 2),
    fixed(rate.perSecond, 2),
    fixed(rate.ratioToConfigured, 3),
    fixed(rate.gapsMs.median, 0),
    fixed(rate.gapsMs.p95, 0),
    fixed(rate.gapsMs.max, 0),
  ];
  const verdict = figures.delivered.ratioToConfigured >= 0.95 ? 'meets' : 'MISSES';
  return [
    formatTable(
      ['sendMessage calls', 'count', 'span s', 'msg/s', 'ratio', 'gap median ms', 'gap p95 ms', 'gap max ms'],
      [
        row('digest, delivered', figures.delivered),
        row('digest, incl. 429s', figures.attempted),
        row('/subscribe replies (interactive)', figures.subscribeReplies),
      ],
    ),
    `Configured: ${figures.configuredPerSecond} msg/s. Delivered digest rate is ${fixed(figures.delivered.ratioToConfigured, 3)} of it: ${verdict} the 0.95 target.`,
    `${figures.subscribers} chats subscribed with "/subscribe world" through the bot; ${figures.poolArticles} links summarized into the pool`,
    `(${figures.storiesInDigest ?? '?'} stories in the digest); digest made due by moving the bot's wall clock to 08:00:30.`,
    `${figures.chatsWithDigest}/${figures.subscribers} chats got a digest, at most ${figures.maxMessagesPerDigest} message(s) each.`,
    `429s: the emulator answered 429 (retry_after ${figures.retryAfterSeconds} s) to the first digest message of ${figures.rateLimitedChats.length} chats`,
    `(${figures.rateLimitedChats.join(', ')}); 429s seen: ${figures.answered429}; retries that went out after every other chat was served: ${figures.tailRetries}.`,
    'Measured on real time: the outbound queue paces on the system clock and the emulator stamps each call (ms);',
    'rate = (calls − 1) / (last − first call time), up to the last call to a chat that got no 429: a retry still waiting',
    'out its retry_after once everyone else is served is idle time, not throughput. "incl. 429s" counts refused calls too.',
  ];
}
