/**
 * Where the article sits in a page dump (a whole page copied from a browser, one block per
 * line): the run of prose that is the body, and the headline above it. Judged by structure
 * (long sentence-like lines against short labels, menus and appeals) and by what the body is
 * about, so it works the same whatever the page's language.
 */
import { contentWordsOf, countWords, stemOf } from '../core/words.js';
import { endsLikeSentence, isAppealLine, isChromeLine, isRelatedHeading } from './chrome-patterns.js';
import { relatedBlockEnd } from './filter-paragraphs.js';

/** A paragraph of prose: this many words or more, ending like a sentence. */
const PROSE_MIN_WORDS = 8;
/** So many words are prose even without a full stop (a paragraph ending in a quote or a list's colon). */
const LONG_PARAGRAPH_WORDS = 25;
/** What a line of chrome (menu, banner, credit, prompt) costs a stretch of text that includes it. */
const CHROME_COST = 6;
/**
 * Lines without prose costing this much together (a dozen lines of chrome: a share bar, a
 * comment form, a teaser list) separate the article from what follows it. Measured on
 * dumps of the extraction benchmark's pages: 60 to 90 all do about as well.
 */
const BREAK_COST = 12 * CHROME_COST;
/** The first block of prose weighing this share of the heaviest is the article. */
const FIRST_BLOCK_SHARE = 0.4;
/** How far above the body a headline is looked for. */
const HEADLINE_WINDOW = 20;
const MAX_HEADLINE_WORDS = 30;
/** Lines this long are preferred as headlines over shorter kickers and section names. */
const MIN_HEADLINE_WORDS = 4;
/** The first candidate scoring at least this share of the best one is the headline. */
const FIRST_HEADLINE_SHARE = 0.5;
/** Share of a headline's content words that the body must use too. */
const MIN_HEADLINE_OVERLAP = 0.3;

/** The article's paragraphs are `paragraphs.slice(start, end)`. */
export interface ArticleSpan {
  start: number;
  end: number;
}

function isChrome(paragraph: string): boolean {
  return isChromeLine(paragraph) || isAppealLine(paragraph) || isRelatedHeading(paragraph);
}

/**
 * What a paragraph adds to a stretch of text that is meant to be the article: prose adds
 * its words, a short sentence a little, a label (a headline, a section name, a button)
 * costs a little, chrome costs more. Teasers under a related heading count as chrome.
 */
function weighParagraphs(paragraphs: readonly string[]): number[] {
  const weights: number[] = [];
  for (let index = 0; index < paragraphs.length; index += 1) {
    const paragraph = paragraphs[index] ?? '';
    if (isRelatedHeading(paragraph)) {
      const end = relatedBlockEnd(paragraphs, index);
      for (; index <= end; index += 1) weights.push(-CHROME_COST);
      index -= 1;
      continue;
    }
    const words = countWords(paragraph);
    if (isChrome(paragraph)) weights.push(-CHROME_COST);
    else if (words >= LONG_PARAGRAPH_WORDS || (words >= PROSE_MIN_WORDS && (endsLikeSentence(paragraph) || /[:;]$/u.test(paragraph)))) weights.push(words);
    else if (endsLikeSentence(paragraph)) weights.push(1);
    else weights.push(-(2 + Math.min(words, 12) / 2));
  }
  return weights;
}

/** The maximum-sum run of `weights[from..to)`, or undefined when nothing in it adds up to more than zero. */
function heaviestRun(weights: readonly number[], from: number, to: number): (ArticleSpan & { sum: number }) | undefined {
  let best: (ArticleSpan & { sum: number }) | undefined;
  let start = from;
  let sum = 0;
  for (let index = from; index < to; index += 1) {
    if (sum <= 0) {
      start = index;
      sum = 0;
    }
    sum += weights[index] ?? 0;
    if (sum > (best?.sum ?? 0)) best = { start, end: index + 1, sum };
  }
  return best;
}

/** Stretches of the text between breaks: runs of lines without prose that cost at least `BREAK_COST` together. */
function splitAtBreaks(weights: readonly number[]): ArticleSpan[] {
  const blocks: ArticleSpan[] = [];
  let blockStart = 0;
  let index = 0;
  while (index < weights.length) {
    if ((weights[index] ?? 0) > 0) {
      index += 1;
      continue;
    }
    const gapStart = index;
    let cost = 0;
    for (; index < weights.length && (weights[index] ?? 0) <= 0; index += 1) cost -= weights[index] ?? 0;
    if (cost >= BREAK_COST) {
      if (gapStart > blockStart) blocks.push({ start: blockStart, end: gapStart });
      blockStart = index;
    }
  }
  if (blockStart < weights.length) blocks.push({ start: blockStart, end: weights.length });
  return blocks;
}

/**
 * The body of a page dump. Runs of chrome split the text into blocks; in each, the body
 * candidate is the stretch with the most prose net of the chrome inside it (the maximum-sum
 * run of `weighParagraphs`). The article is the first candidate that weighs at least
 * `FIRST_BLOCK_SHARE` of the heaviest: pages put comments and teasers after the article,
 * and a long comment thread must not win over the story it comments on. Banners and menus
 * above the headline fall outside it. Undefined when the text has no prose at all.
 */
export function findArticleSpan(paragraphs: readonly string[]): ArticleSpan | undefined {
  const weights = weighParagraphs(paragraphs);
  const runs = splitAtBreaks(weights).flatMap((block) => heaviestRun(weights, block.start, block.end) ?? []);
  const heaviest = Math.max(0, ...runs.map((run) => run.sum));
  const article = runs.find((run) => run.sum >= heaviest * FIRST_BLOCK_SHARE);
  return article === undefined ? undefined : { start: article.start, end: article.end };
}

function stemsOf(text: string): string[] {
  return contentWordsOf(text).map(stemOf);
}

/** A line that could be a headline: not chrome (a menu, a dateline, an appeal), not a sentence ending in a full stop, not too long. */
function isHeadlineLike(paragraph: string): boolean {
  const words = countWords(paragraph);
  return words >= 2 && words <= MAX_HEADLINE_WORDS && !/[.。](?:["'”’»)\]]*)$/u.test(paragraph) && !isChrome(paragraph);
}

/**
 * The headline of a page dump: of the headline-like lines just above the body, the one whose
 * words the body uses most (a donation banner, a menu or a section name shares few of them).
 * Undefined when no line above the body is about what the body is about.
 */
export function findHeadline(paragraphs: readonly string[], bodyStart: number, body: string): number | undefined {
  const bodyStems = new Set(stemsOf(body));
  const candidates: { index: number; score: number }[] = [];
  for (let index = Math.max(0, bodyStart - HEADLINE_WINDOW); index < bodyStart; index += 1) {
    const paragraph = paragraphs[index] ?? '';
    if (!isHeadlineLike(paragraph)) continue;
    const stems = [...new Set(stemsOf(paragraph))];
    const shared = stems.filter((stem) => bodyStems.has(stem)).length;
    const share = stems.length === 0 ? 0 : shared / stems.length;
    if (shared < Math.min(2, stems.length) || share < MIN_HEADLINE_OVERLAP) continue;
    // Shared words times their share: a section name sharing its one word does not beat a headline sharing six of seven.
    candidates.push({ index, score: shared * share });
  }
  // A kicker or section name above the headline ("Company Town", "Общество") is shorter than a headline.
  const long = candidates.filter((candidate) => countWords(paragraphs[candidate.index] ?? '') >= MIN_HEADLINE_WORDS);
  const contenders = long.length > 0 ? long : candidates;
  const best = Math.max(0, ...contenders.map((candidate) => candidate.score));
  // The headline comes before the standfirst and the picture caption, which often share more words with the body.
  return contenders.find((candidate) => candidate.score >= best * FIRST_HEADLINE_SHARE)?.index;
}
