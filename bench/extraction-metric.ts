/**
 * The scoring of scrapinghub/article-extraction-benchmark (`evaluate.py`), so our
 * numbers compare with the published ones: token 4-gram shingle multisets,
 * per-page TP/FP/FN normalised to sum to 1, mean precision and mean recall over
 * pages, F1 of those two means.
 */

export interface PageCounts {
  tp: number;
  fp: number;
  fn: number;
}

export interface ExtractionScores {
  f1: number;
  precision: number;
  recall: number;
}

/** Python's `\w+` with re.UNICODE, as the benchmark's README specifies for JavaScript. */
const TOKEN = /[\p{L}\p{N}_]+/gu;
const SHINGLE_SIZE = 4;

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** Multiset of token 4-grams; a text of 1 to 3 tokens is one shorter shingle, an empty text none. */
export function shingles(text: string, size = SHINGLE_SIZE): Map<string, number> {
  const tokens = tokenize(text);
  const counts = new Map<string, number>();
  const last = Math.max(1, tokens.length - size + 1);
  for (let i = 0; i < last && tokens.length > 0; i += 1) {
    // Tokens never contain a space, so a space-joined key is unambiguous.
    const key = tokens.slice(i, i + size).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** TP/FP/FN of one page, divided by their sum so every page weighs the same. */
export function matchShingles(truth: string, prediction: string): PageCounts {
  const expected = shingles(truth);
  const predicted = shingles(prediction);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...expected.keys(), ...predicted.keys()])) {
    const trueCount = expected.get(key) ?? 0;
    const predCount = predicted.get(key) ?? 0;
    tp += Math.min(trueCount, predCount);
    fp += Math.max(0, predCount - trueCount);
    fn += Math.max(0, trueCount - predCount);
  }
  const sum = tp + fp + fn;
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp, fp, fn };
}

function precisionOf({ tp, fp, fn }: PageCounts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

function recallOf({ tp, fp, fn }: PageCounts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

function mean(values: number[]): number {
  if (values.length === 0) return Number.NaN;
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

/**
 * Scores over pages. An empty prediction has TP+FP = 0 and so drops out of the
 * precision mean: it costs only recall (a quirk of the original, kept on purpose).
 */
export function scorePages(pages: readonly PageCounts[]): ExtractionScores {
  const precision = mean(pages.filter(({ tp, fp }) => tp + fp > 0).map(precisionOf));
  const recall = mean(pages.filter(({ tp, fn }) => tp + fn > 0).map(recallOf));
  const f1 = (2 * precision * recall) / (precision + recall);
  return { f1, precision, recall };
}
