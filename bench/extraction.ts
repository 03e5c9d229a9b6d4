/**
 * Article-extraction benchmark: our `extractArticleFromHtml` against plain
 * Readability on jsdom, scored the way scrapinghub/article-extraction-benchmark
 * scores (see /work/shared/bench/extraction/README.md). Run: `npx tsx bench/extraction.ts`.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { extractArticleFromHtml } from '../src/extract/html-article.js';
import { ExtractError } from '../src/extract/extract-error.js';
import { matchShingles, scorePages, type ExtractionScores, type PageCounts } from './extraction-metric.js';

export interface ExtractorResult extends ExtractionScores {
  pagesPerSecond: number;
}

export interface ExtractionBenchResult {
  ours: ExtractorResult;
  readabilityJsdom: ExtractorResult;
}

export interface BenchPage {
  id: string;
  url: string;
  html: string;
  truth: string;
}

type Extractor = (html: string, url: string) => string;

/** The data lives next to the repository: `<repo>/../shared/bench/extraction`. */
const DATA_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'shared', 'bench', 'extraction');

function isTruthEntry(value: unknown): value is { articleBody?: unknown; url?: unknown } {
  return typeof value === 'object' && value !== null;
}

export async function loadBenchPages(dataDir = DATA_DIR): Promise<BenchPage[]> {
  const groundTruth: unknown = JSON.parse(await readFile(path.join(dataDir, 'ground-truth.json'), 'utf8'));
  if (typeof groundTruth !== 'object' || groundTruth === null) throw new Error(`Unexpected ground truth in ${dataDir}`);
  const pages: BenchPage[] = [];
  for (const [id, entry] of Object.entries(groundTruth).sort(([a], [b]) => a.localeCompare(b))) {
    if (!isTruthEntry(entry)) continue;
    const compressed = await readFile(path.join(dataDir, 'html', `${id}.html.gz`));
    pages.push({
      id,
      url: typeof entry.url === 'string' ? entry.url : `https://example.invalid/${id}`,
      // The benchmark decodes every page as UTF-8, whatever it declares.
      html: new TextDecoder('utf-8').decode(gunzipSync(compressed)),
      truth: typeof entry.articleBody === 'string' ? entry.articleBody : '',
    });
  }
  return pages;
}

export const extractOurs: Extractor = (html, url) => {
  try {
    return extractArticleFromHtml(html, url).text;
  } catch (error) {
    // "No article" is a legitimate answer and scores as an empty prediction.
    if (error instanceof ExtractError) return '';
    throw error;
  }
};

const quietConsole = new VirtualConsole();

function createDom(html: string, url: string): JSDOM {
  try {
    return new JSDOM(html, { url, virtualConsole: quietConsole });
  } catch {
    // jsdom's CSS parser (cssstyle) throws on some real-world stylesheets. Stylesheets
    // do not change what Readability reads (it only looks at inline styles), so retry without them.
    return new JSDOM(html.replace(/<style\b[\s\S]*?<\/style>/gi, ''), { url, virtualConsole: quietConsole });
  }
}

export const extractReadabilityJsdom: Extractor = (html, url) => {
  const dom = createDom(html, url);
  try {
    return new Readability(dom.window.document).parse()?.textContent ?? '';
  } finally {
    dom.window.close();
  }
};

export function runExtractor(pages: readonly BenchPage[], extract: Extractor): { result: ExtractorResult; perPage: PageCounts[] } {
  const predictions: string[] = [];
  const started = performance.now();
  for (const page of pages) predictions.push(extract(page.html, page.url));
  const seconds = (performance.now() - started) / 1000;
  const perPage = pages.map((page, index) => matchShingles(page.truth, predictions[index] ?? ''));
  return { result: { ...scorePages(perPage), pagesPerSecond: pages.length / seconds }, perPage };
}

export async function runExtractionBench(): Promise<ExtractionBenchResult> {
  const pages = await loadBenchPages();
  return {
    ours: runExtractor(pages, extractOurs).result,
    readabilityJsdom: runExtractor(pages, extractReadabilityJsdom).result,
  };
}

function formatRow(name: string, result: ExtractorResult): string {
  const cell = (value: number): string => value.toFixed(3).padStart(9);
  return `${name.padEnd(20)}${cell(result.f1)}${cell(result.precision)}${cell(result.recall)}${result.pagesPerSecond.toFixed(1).padStart(12)}`;
}

async function main(): Promise<void> {
  const result = await runExtractionBench();
  console.log(`${'extractor'.padEnd(20)}${'F1'.padStart(9)}${'P'.padStart(9)}${'R'.padStart(9)}${'pages/s'.padStart(12)}`);
  console.log(formatRow('ours (linkedom)', result.ours));
  console.log(formatRow('readability+jsdom', result.readabilityJsdom));
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  await main();
}
