import { endsLikeSentence, isChromeLine, isRelatedHeading, isShortLabel } from './chrome-patterns.js';

/** Teasers under a "Read more" heading are a headline and a blurb; real paragraphs run longer. */
const MAX_TEASER_CHARS = 320;

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
      // Skip the teasers that follow; stop at the first paragraph that reads like the article again.
      while (index + 1 < paragraphs.length) {
        const next = paragraphs[index + 1] ?? '';
        if (next.length > MAX_TEASER_CHARS || (endsLikeSentence(next) && next.length > 200 && !isChromeLine(next))) break;
        index += 1;
      }
      continue;
    }
    if (isChromeLine(paragraph)) continue;
    if (title !== '' && comparable(paragraph) === title) continue;
    kept.push(paragraph);
  }
  let start = 0;
  let end = kept.length;
  while (start < end && isShortLabel(kept[start] ?? '')) start += 1;
  while (end > start && isShortLabel(kept[end - 1] ?? '')) end -= 1;
  return kept.slice(start, end);
}
