import type { Article } from '../core/article.js';
import { countWords } from '../core/words.js';
import type { Summary } from './summary.js';

/**
 * How long one article's summary may be. The one place that decides it: the
 * prompt tells the model (summary-input.ts), the OpenAI adapter checks the
 * answer, the faithfulness check knows how few bullets are still a summary, and
 * the extractive summarizer picks sentences to fit.
 *
 * What counts is the bullets and the gist, not the title. The title stands
 * where the article's headline stands, and the article's words are counted
 * without its headline (its `text`, as everywhere else in the product), so the
 * two are compared like with like; the extractive summary's title *is* the
 * headline. The gist counts: it is read under the bullets in a reply, and alone
 * under the title in every digest.
 */
export interface SummaryLength {
  /** The article's words (`countWords` of its text). */
  articleWords: number;
  /** Most words the bullets and the gist may have together. */
  maxWords: number;
  /** Fewest bullets: with fewer the summary says too little of this article (see removeUnsupported). */
  minBullets: number;
  /** Most bullets the word budget has room for. */
  maxBullets: number;
}

/** The share of the article's words a summary may have. */
export const SUMMARY_SHARE = 0.3;
/**
 * The budget of a long article: what summary v2 already allowed (five bullets
 * of at most 40 words and a one-line gist), so a long article's summary is as
 * long as before and the model is never told it may write 900 words.
 */
const MAX_SUMMARY_WORDS = 5 * 40 + 40;
/**
 * The budget of a very short article: one short bullet and a one-line gist
 * cannot be said in fewer. Articles under 67 words (which the bot rarely takes:
 * a paste needs 60) get this, which is more than 30% of them.
 */
const MIN_SUMMARY_WORDS = 20;
/** Words left for the gist when counting how many bullets fit. */
const GIST_WORDS = 15;
/** A bullet as short as a sentence with something to say gets: how many bullets could fit at most. */
const SHORT_BULLET_WORDS = 12;
/** A bullet of the usual length: how many fit for sure, the fewest a summary of this article should have. */
const USUAL_BULLET_WORDS = 20;
const MOST_BULLETS = 5;
/** A long article's summary keeps at least three bullets, as it always had. */
const FEWEST_BULLETS_OF_A_LONG_ARTICLE = 3;

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}

/**
 * The budget for one article. About 150 words give 45 words in 1–2 bullets,
 * 200 words 60 in 2–3, and from 250 words on a summary keeps its 3–5 bullets.
 */
export function summaryLengthOf(article: Pick<Article, 'text'>): SummaryLength {
  const articleWords = countWords(article.text);
  const maxWords = clamp(Math.floor(articleWords * SUMMARY_SHARE), MIN_SUMMARY_WORDS, MAX_SUMMARY_WORDS);
  const bulletWords = maxWords - GIST_WORDS;
  return {
    articleWords,
    maxWords,
    minBullets: clamp(Math.floor(bulletWords / USUAL_BULLET_WORDS), 1, FEWEST_BULLETS_OF_A_LONG_ARTICLE),
    maxBullets: clamp(Math.floor(bulletWords / SHORT_BULLET_WORDS), 1, MOST_BULLETS),
  };
}

/**
 * What summary v1 and v2 ask of every article: 3 to 5 bullets and no word
 * budget. A summarizer whose prompt does not state the article's length holds
 * its answers to this, so pinning an old prompt version brings back its behaviour.
 */
export const UNSTATED_LENGTH: SummaryLength = {
  // Not counted: nothing here depends on it.
  articleWords: 0,
  maxWords: Number.POSITIVE_INFINITY,
  minBullets: FEWEST_BULLETS_OF_A_LONG_ARTICLE,
  maxBullets: MOST_BULLETS,
};

/** The words of a summary that count against its budget: the bullets and the gist. */
export function countSummaryWords(summary: Pick<Summary, 'bullets' | 'gist'>): number {
  return countWords([...summary.bullets, summary.gist].join('\n'));
}

/** "1 bullet", "1 to 2 bullets", "3 to 5 bullets": the bullet count as the prompt and a repair request say it. */
export function describeBulletRange(length: Pick<SummaryLength, 'minBullets' | 'maxBullets'>): string {
  const { minBullets, maxBullets } = length;
  if (minBullets === maxBullets) return `${maxBullets} bullet${maxBullets === 1 ? '' : 's'}`;
  return `${minBullets} to ${maxBullets} bullets`;
}

/**
 * What makes a summary the wrong length for its article, said so the model can
 * fix it in a repair request; undefined when it fits.
 */
export function describeLengthProblem(summary: Pick<Summary, 'bullets' | 'gist'>, length: SummaryLength): string | undefined {
  const words = countSummaryWords(summary);
  const bullets = summary.bullets.length;
  const tooLong = words > length.maxWords;
  if (!tooLong && bullets >= length.minBullets && bullets <= length.maxBullets) return undefined;
  const has = `The summary has ${bullets} bullet${bullets === 1 ? '' : 's'}${Number.isFinite(length.maxWords) ? ` and is ${words} words long (bullets and gist together)` : ''}`;
  const allowed = Number.isFinite(length.maxWords)
    ? `this article of ${length.articleWords} words allows at most ${length.maxWords} words, in ${describeBulletRange(length)}`
    : `it must have ${describeBulletRange(length)}`;
  const fix = tooLong ? ' Keep the most important points and say them in fewer words; leave out the rest rather than crowding it in.' : '';
  return `${has}; ${allowed}.${fix}`;
}
