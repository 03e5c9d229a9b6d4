/**
 * `npm run bench`: every benchmark in order, each as a plain-text section. Figures are
 * medians, p95s and ratios measured side by side in this one run, because the machine
 * may be shared and noisy; compare runs by their ratios, not by absolute times.
 */
import os from 'node:os';
import { runCacheHitLatencyBench } from './cache-hit-latency.js';
import { runDigestBuildBenchIsolated } from './digest-build-isolated.js';
import { runDuplicateCoalescingBench } from './duplicate-coalescing.js';
import { runExtractionBench } from './extraction.js';
import { describeFeedPolling, runFeedPollingBench } from './feed-polling.js';
import { runFanOutRateBench } from './fan-out-rate.js';
import { describeFeedParsing, runFeedParsingBench } from './feed-parsing.js';
import { runFaithfulnessBench } from './faithfulness.js';
import { describeCacheHits, describeCoalescing, describeDigestBuild, describeExtraction, describeFaithfulness, describeFanOut, describeInstances, describeSourceCost } from './report-sections.js';
import { runInstancesBench } from './instances.js';
import { runSourceCostBench } from './source-cost.js';

function printSection(title: string, lines: readonly string[]): void {
  console.log(`\n== ${title} ${'='.repeat(Math.max(0, 76 - title.length))}`);
  for (const line of lines) console.log(line);
}

/** Runs one benchmark and prints its section; a failure is printed in its place and the others still run. */
async function runSection<Figures>(title: string, run: () => Promise<Figures>, describe: (figures: Figures) => string[]): Promise<void> {
  let figures: Figures;
  try {
    figures = await run();
  } catch (error) {
    process.exitCode = 1;
    printSection(title, [`FAILED: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`]);
    return;
  }
  printSection(title, describe(figures));
}

const cpus = os.cpus();
printSection('Newsdigest benchmarks', [
  `${new Date().toISOString()} · Node ${process.version} · ${cpus[0]?.model ?? 'unknown CPU'} × ${cpus.length} · load ${os
    .loadavg()
    .map((load) => load.toFixed(2))
    .join(' ')}`,
]);
await runSection('1. Extraction: ours vs Readability on jsdom', runExtractionBench, describeExtraction);
await runSection('2. Cache-hit reply latency through the bot and the Bot API emulator', () => runCacheHitLatencyBench({ hitsPerArticle: 200 }), describeCacheHits);
await runSection('3. LLM calls per unique article under concurrent duplicates', () => runDuplicateCoalescingBench({ uniqueArticles: 10, chatsPerArticle: 5 }), describeCoalescing);
await runSection('4. Digest build: 10,000 subscribers over a 2,000-article pool', () => runDigestBuildBenchIsolated(10_000, 2_000), describeDigestBuild);
await runSection('5. Digest fan-out send rate vs configured rate (real time)', () => runFanOutRateBench({ subscribers: 250 }), describeFanOut);
await runSection('6. Feed parsing: ours (feedsmith + normaliser) vs rss-parser', () => runFeedParsingBench(), describeFeedParsing);
await runSection('7. Sources: LLM calls against stories shown (simulated day)', () => runSourceCostBench(), describeSourceCost);
await runSection('8. Feed polling: 10,000 feeds, real fetcher, parser and SQLite', () => runFeedPollingBench(), describeFeedPolling);
await runSection('9. Faithfulness checker: precision and recall on a labelled set', () => runFaithfulnessBench(), describeFaithfulness);
await runSection('10. Several instances on one Redis: combined send rate, cache hits on Redis', () => runInstancesBench(), describeInstances);
