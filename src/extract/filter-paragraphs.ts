import { countWords } from '../core/words.js';
import { endsLikeSentence, isChromeLine, isRelatedHeading, isShortLabel } from './chrome-patterns.js';

/** Teasers under a "Read more" heading are a headline and a blurb; real paragraphs run longer. */
const MAX_TEASER_CHARS = 320;

/** An all-caps kicker ("RANDY ANDY", "'A NATIONAL TRAGEDY'") that labels a teaser. */
function isKicker(paragraph: string): boolean {
  const letters = paragraph.match(/\p{L}/gu) ?? [];
  const upper = paragraph.match(/\p{Lu}/gu) ?? [];
  return letters.length >= 3 && paragraph.length <= 60 && upper.length / letters.length > 0.9;
}

/** A teaser's headline: short, no sentence punctuation, not itself a kicker. */
function isTeaserHeadline(paragraph: string): boolean {
  return isShortLabel(paragraph, 15) && !isKicker(paragraph);
}

/** Length of the teaser units (kicker, headline, optional blurb) that run from `start` exactly to the end, or -1. */
function teaserUnitsToEnd(paragraphs: readonly string[], start: number): number {
  let units = 0;
  let index = start;
  while (index < paragraphs.length) {
    if (!isKicker(paragraphs[index] ?? '') || !isTeaserHeadline(paragraphs[index + 1] ?? '')) return -1;
    index += 2;
    const blurb = paragraphs[index];
    if (blurb !== undefined && !isKicker(blurb) && blurb.length <= MAX_TEASER_CHARS) index += 1;
    units += 1;
  }
  return units;
}

/**
 * Where a trailing list of teasers ("KICKER / Headline / blurb", repeated) begins,
 * or `paragraphs.length` when the text does not end in one.
 */
function teaserTailStart(paragraphs: readonly string[]): number {
  for (let start = 0; start < paragraphs.length; start += 1) {
    if (teaserUnitsToEnd(paragraphs, start) >= 2) return start;
  }
  return paragraphs.length;
}

/**
 * The index of the last teaser in the block that the related heading at `headingIndex` opens
 * ("Read more", "Читайте также"): the teasers run until a paragraph reads like the article again.
 */
export function relatedBlockEnd(paragraphs: readonly string[], headingIndex: number): number {
  let end = headingIndex;
  while (end + 1 < paragraphs.length) {
    const next = paragraphs[end + 1] ?? '';
    if (next.length > MAX_TEASER_CHARS || (endsLikeSentence(next) && next.length > 200 && !isChromeLine(next))) break;
    // A teaser's blurb stands alone between headlines; two sentences of prose in a row are the article again.
    if (isFullSentence(next) && isFullSentence(paragraphs[end + 2] ?? '')) break;
    end += 1;
  }
  return end;
}

/** A whole sentence of some length, not cut off with an ellipsis as teaser blurbs are. */
function isFullSentence(paragraph: string): boolean {
  return countWords(paragraph) >= 8 && endsLikeSentence(paragraph) && !/(?:\.\.\.|…)$/u.test(paragraph) && !isChromeLine(paragraph);
}

function comparable(text: string): string {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
}

export interface FilterOptions {
  /** The headline; a paragraph repeating it is dropped (the title has its own field). */
  title?: string;
}

/**
 * Drops chrome paragraphs from an article's paragraph list: prompts and credits
 * anywhere, teaser blocks after a "Related"/"Read more" heading, the headline
 * repeated, and label-like lines (few words, no sentence punctuation) at the
 * start and end, where kickers, section names, bylines and agency credits sit.
 */
export function removeChromeParagraphs(paragraphs: readonly string[], options: FilterOptions = {}): string[] {
  const title = options.title === undefined ? '' : comparable(options.title);
  const kept: string[] = [];
  for (let index = 0; index < paragraphs.length; index += 1) {
    const paragraph = paragraphs[index] ?? '';
    if (isRelatedHeading(paragraph)) {
      index = relatedBlockEnd(paragraphs, index);
      continue;
    }
    if (isChromeLine(paragraph)) continue;
    if (title !== '' && comparable(paragraph) === title) continue;
    kept.push(paragraph);
  }
  let start = 0;
  let end = teaserTailStart(kept);
  while (start < end && isShortLabel(kept[start] ?? '')) start += 1;
  while (end > start && isShortLabel(kept[end - 1] ?? '')) end -= 1;
  return kept.slice(start, end);
}
