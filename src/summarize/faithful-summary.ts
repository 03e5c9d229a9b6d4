import type { Article } from '../core/article.js';
import { findUnsupported } from './faithfulness/check.js';
import type { Evidence } from './faithfulness/evidence.js';
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

/** Every number, quotation and name in the title, bullets and gist that the source does not state, and every negation they turn round. */
export function checkSummary(evidence: Evidence, summary: Summary): UnsupportedClaim[] {
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
  return parts.flatMap(({ part, bullet, text }) =>
    findUnsupported(evidence, text, { crossLanguage, commonWords, language: summary.language }).map((claim) => ({ ...claim, part, ...(bullet !== undefined && { bullet }) })),
  );
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
    const key = `${claim.kind}\u0000${claim.text}`;
    const entry = byClaim.get(key) ?? { claim, places: [] };
    entry.places.push(placeOf(claim));
    byClaim.set(key, entry);
  }
  return [...byClaim.values()].map(({ claim, places }) => `- ${claim.kind} "${claim.text}" (${places.join(', ')})`).join('\n');
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
  return { ok: true, summary: { ...summary, title, bullets, gist }, droppedBullets: summary.bullets.length - bullets.length, replaced };
}
