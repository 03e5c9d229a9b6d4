import type { Article } from '../core/article.js';
import { findUnsupported, type CheckOptions, type Claim } from './faithfulness/check.js';
import { indexSource, type Evidence, type FaithfulnessSource } from './faithfulness/evidence.js';
import { citedPassageOf } from './cited-sentences.js';
import { isMonthWord } from './faithfulness/calendar.js';
import { dominantScript, foldedTokensOf } from './faithfulness/fold.js';
import { splitSentences, truncateAtWord, truncateToWords } from './sentences.js';
import type { Summary, UnsupportedClaim } from './summary.js';
import { countSummaryWords, type SummaryLength } from './summary-length.js';

/** Limits for parts taken from the article, within summarySchema's. */
const MAX_TITLE_CHARS = 150;
const MAX_GIST_CHARS = 200;

/**
 * The summary is written in another language than its source: judged by the
 * language codes when both are known, and by script either way (a model may
 * say "en" and write Russian).
 */
export function isCrossLanguage(evidence: Evidence, language: string | undefined, text: string): boolean {
  const code = language?.toLowerCase().split(/[-_]/)[0];
  if (code && evidence.language && code !== evidence.language) return true;
  const script = dominantScript(text);
  return script !== 'none' && evidence.script !== 'none' && script !== evidence.script;
}

/** The article's sentences as the model was shown them to cite (numberArticleSentences), with the article they number. */
export interface NumberedArticle {
  source: FaithfulnessSource;
  sentences: readonly string[];
}

/**
 * Every number, quotation and name in the title, bullets and gist that the source does not state, and every negation they
 * turn round. Where the summary says what a part was written from (`sources`) and `numbered` gives the sentences it means,
 * the part's numbers must also be in those sentences: a number the article states only of something else does not
 * support it (see citedPassageOf).
 */
export function checkSummary(evidence: Evidence, summary: Summary, numbered?: NumberedArticle): UnsupportedClaim[] {
  const parts: Array<{ part: UnsupportedClaim['part']; bullet?: number; text: string }> = [
    { part: 'title', text: summary.title },
    ...summary.bullets.map((text, bullet) => ({ part: 'bullet' as const, bullet, text })),
    { part: 'gist', text: summary.gist },
  ];
  const crossLanguage = isCrossLanguage(evidence, summary.language, parts.map((part) => part.text).join('\n'));
  // Words the body writes in lower case are common words, whatever a Title Case headline does with them.
  const commonWords = new Set(
    foldedTokensOf([...summary.bullets, summary.gist].join('\n'))
      .filter((token) => token.text === token.text.toLowerCase())
      .map((token) => token.folded),
  );
  const options = { crossLanguage, commonWords, language: summary.language };
  return parts.flatMap(({ part, bullet, text }) => {
    const place = { part, ...(bullet !== undefined && { bullet }) };
    const found = findUnsupported(evidence, text, options);
    const cited = part === 'bullet' ? summary.sources?.bullets[bullet ?? 0] : summary.sources?.[part];
    const outside = numbered && cited ? numbersOutsideCited(numbered, cited, text, options, found) : [];
    return [...found.map((claim) => ({ ...claim, ...place })), ...outside.map((claim) => ({ ...claim, ...place, cited: [...cited ?? []].sort((a, b) => a - b) }))];
  });
}

/**
 * The numbers of `text` that the sentences it cites do not state, where the whole article does (`found` holds what the
 * whole article does not state): said of something else there. Nothing when no valid sentence is cited. A month counts
 * as a number here where the cited sentences name a month ("the final week of June" for "… of July"), as Russian's
 * lower-case months always do; cited sentences that name none ("last month") leave the month to the whole article.
 */
export function numbersOutsideCited(numbered: NumberedArticle, cited: readonly number[], text: string, options: CheckOptions, found: readonly Claim[]): Claim[] {
  const passage = citedPassageOf(numbered.source, numbered.sentences, cited);
  if (passage === undefined) return [];
  const citesMonth = foldedTokensOf(passage.text).some((token) => isMonthWord(token.folded, token.text !== token.text.toLowerCase()));
  const isMonth = (claim: Claim) => claim.kind === 'name' && citesMonth && foldedTokensOf(claim.text).some((token) => isMonthWord(token.folded, true));
  return findUnsupported(indexSource(passage), text, options)
    .filter((claim) => (claim.kind === 'number' || isMonth(claim)) && !found.some((other) => other.kind === claim.kind && other.text === claim.text))
    .map((claim) => (claim.kind === 'name' ? { ...claim, kind: 'number' as const } : claim));
}

function placeOf(claim: UnsupportedClaim): string {
  return claim.part === 'bullet' ? `bullet ${(claim.bullet ?? 0) + 1}` : `the ${claim.part}`;
}

/**
 * The list a repair request shows the model: each claim once, with every place
 * it appears, e.g. `- number "7,300" (the title, bullet 4, the gist)`.
 */
export function describeUnsupported(claims: readonly UnsupportedClaim[]): string {
  const byClaim = new Map<string, { claim: UnsupportedClaim; places: string[] }>();
  for (const claim of claims) {
    // A number missing from one part's cited sentences is another finding than one the article does not state at all.
    const key = `${claim.kind}\u0000${claim.text}\u0000${claim.cited?.join(',') ?? ''}`;
    const entry = byClaim.get(key) ?? { claim, places: [] };
    entry.places.push(placeOf(claim));
    byClaim.set(key, entry);
  }
  return [...byClaim.values()]
    .map(({ claim, places }) => `- ${claim.kind} "${claim.text}" (${places.join(', ')})${claim.cited ? `: not in the article's sentences it cites (${claim.cited.map((index) => `[${index}]`).join(', ')})` : ''}`)
    .join('\n');
}

/** The article's first sentence: what news puts first is its summary in one line. */
function leadOf(article: Article): string | undefined {
  const sentences = splitSentences(article.text, article.language);
  return sentences.find((sentence) => sentence.split(/\s+/).length >= 5) ?? sentences[0];
}

export type TrimmedSummary =
  | { ok: true; summary: Summary; droppedBullets: number; replaced: Array<'title' | 'gist'> }
  | { ok: false; bulletsLeft: number };

/**
 * The summary without anything unsupported: a bullet that states something the
 * article does not is dropped; a title or gist that does is replaced by the
 * article's own title or lead, the lead cut to the words the bullets left in
 * the budget. Fewer bullets left than this article's minimum (three for a long
 * one, one or two for a short one) is no summary.
 */
export function removeUnsupported(summary: Summary, claims: readonly UnsupportedClaim[], article: Article, length: SummaryLength): TrimmedSummary {
  const badBullets = new Set(claims.filter((claim) => claim.part === 'bullet').map((claim) => claim.bullet));
  const bullets = summary.bullets.filter((_bullet, index) => !badBullets.has(index));
  if (bullets.length < length.minBullets) return { ok: false, bulletsLeft: bullets.length };
  const replaced: Array<'title' | 'gist'> = [];
  let { title, gist } = summary;
  const lead = leadOf(article);
  // Surviving bullets are supported, so the first one is the last resort for an article with no title and no text.
  const fallback = bullets[0] ?? '';
  if (claims.some((claim) => claim.part === 'title')) {
    title = truncateAtWord(article.title?.trim() || lead || fallback, MAX_TITLE_CHARS);
    replaced.push('title');
  }
  if (claims.some((claim) => claim.part === 'gist')) {
    // The gist it replaces fitted beside the bullets, and fewer bullets are left: at least as many words are free.
    const wordsLeft = length.maxWords - countSummaryWords({ bullets, gist: '' });
    gist = truncateToWords(truncateAtWord(lead || article.title?.trim() || fallback, MAX_GIST_CHARS), wordsLeft);
    replaced.push('gist');
  }
  // What the parts were written from follows them: a dropped bullet's sentences go with it, and a part taken from the
  // article cites nothing (the whole article states it).
  const sources = summary.sources && {
    title: replaced.includes('title') ? [] : summary.sources.title,
    bullets: summary.sources.bullets.filter((_cited, index) => !badBullets.has(index)),
    gist: replaced.includes('gist') ? [] : summary.sources.gist,
  };
  return { ok: true, summary: { ...summary, title, bullets, gist, ...(sources && { sources }) }, droppedBullets: summary.bullets.length - bullets.length, replaced };
}
