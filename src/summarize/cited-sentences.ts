import type { FaithfulnessSource } from './faithfulness/evidence.js';
import { splitSentences } from './sentences.js';

/**
 * The article as the model is shown it for citing: sentence 0 is the headline
 * (empty without one), 1 onwards the sentences of the body text sent, one
 * paragraph (lines up to a blank one) after another. The model names the sentences each part of its
 * summary was written from by these numbers, and the checker reads them back
 * by the same numbering, so both go through this one function.
 */
export function numberArticleSentences(title: string | undefined, text: string, language: string | undefined): string[] {
  // A single line break is no sentence end: pasted text wraps its lines, and a paste Telegram split is joined at one.
  const body = text.split(/\n\s*\n/u).flatMap((paragraph) => splitSentences(paragraph.replace(/\s*\n\s*/gu, ' '), language));
  return [title?.trim() ?? '', ...body];
}

/** The body's sentences as the prompt lists them: `[1] …`, one a line (the headline, 0, is given on its own). */
export function renderNumberedBody(sentences: readonly string[]): string {
  return sentences
    .slice(1)
    .map((sentence, index) => `[${index + 1}] ${sentence}`)
    .join('\n');
}

/**
 * The sentences a part of a summary cites, as a source of its own to check the
 * part's numbers against: numbers the article states of something else, in
 * sentences the part was not written from, do not support it ("six clinical
 * pharmacists" where the cited sentence has four, and a bus route elsewhere is
 * the 6). The article's date and language stay the part's: a year worked out
 * from the publication date needs no sentence. Numbers out of range are
 * ignored; undefined when nothing valid is cited, and the whole article decides.
 */
export function citedPassageOf(article: FaithfulnessSource, sentences: readonly string[], cited: readonly number[] | undefined): FaithfulnessSource | undefined {
  const valid = [...new Set(cited ?? [])].filter((index) => Number.isInteger(index) && index >= 0 && index < sentences.length && sentences[index] !== '').sort((a, b) => a - b);
  if (valid.length === 0) return undefined;
  const body = valid.filter((index) => index > 0).map((index) => sentences[index]);
  return {
    text: body.join('\n'),
    ...(valid[0] === 0 && { title: sentences[0] }),
    ...(article.siteName !== undefined && { siteName: article.siteName }),
    ...(article.publishedAt !== undefined && { publishedAt: article.publishedAt }),
    ...(article.language !== undefined && { language: article.language }),
  };
}
