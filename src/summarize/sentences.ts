import { countWords } from '../core/words.js';

/**
 * Splits prose into sentences with the platform's Unicode sentence rules, which
 * keep "U.S. counterpart" and "Feb. 24" whole, in the text's language when known.
 */
export function splitSentences(text: string, language?: string): string[] {
  let segmenter: Intl.Segmenter;
  try {
    segmenter = new Intl.Segmenter(language, { granularity: 'sentence' });
  } catch {
    // A malformed language tag: the root rules still split well enough.
    segmenter = new Intl.Segmenter(undefined, { granularity: 'sentence' });
  }
  const segments = [...segmenter.segment(text)].map((part) => part.segment.replace(/\s+/g, ' ').trim()).filter((sentence) => sentence.length > 0);
  return mergeAfterAbbreviations(segments);
}

/** "Feb.", "Gen.", "Dr." at the end of a segment, e.g. "invaded Ukraine on Feb." */
const ENDS_WITH_ABBREVIATION = /(?:^|\s)\p{Lu}\p{Ll}{0,3}\.$/u;
const STARTS_LIKE_CONTINUATION = /^[\p{Ll}\p{N}]/u;
/** Titles before a name: "Dr. Smith" is never two sentences. */
const ENDS_WITH_TITLE = /(?:^|\s)(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Sgt|Capt|Adm|Sen|Rep|Gov|Rev|St|Hon|Pres)\.$/;

/**
 * Unicode rules break after "Feb." in "on Feb. 24." because a space follows;
 * a short capitalised word with a dot, followed by a number or a lower-case
 * word, is an abbreviation inside one sentence, so the pieces are joined again.
 */
function mergeAfterAbbreviations(segments: readonly string[]): string[] {
  const merged: string[] = [];
  for (const segment of segments) {
    const previous = merged.at(-1);
    const continues =
      previous !== undefined &&
      (ENDS_WITH_TITLE.test(previous) || (ENDS_WITH_ABBREVIATION.test(previous) && STARTS_LIKE_CONTINUATION.test(segment)));
    if (previous !== undefined && continues) {
      merged[merged.length - 1] = `${previous} ${segment}`;
    } else {
      merged.push(segment);
    }
  }
  return merged;
}

/** At most `maxChars`, cut at a word boundary with an ellipsis when cut. */
export function truncateAtWord(text: string, maxChars: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= maxChars) return clean;
  const head = clean.slice(0, maxChars - 1);
  const lastSpace = head.lastIndexOf(' ');
  // A single very long word has no boundary to cut at; cut inside it then.
  const cut = lastSpace > maxChars * 0.5 ? head.slice(0, lastSpace) : head;
  return `${cut.replace(/[\s,;:–—-]+$/u, '')}…`;
}

/**
 * At most `maxWords` words as `countWords` counts them, cut after a whole word
 * with an ellipsis when cut. Text in a script without spaces is cut between
 * characters.
 */
export function truncateToWords(text: string, maxWords: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (countWords(clean) <= maxWords) return clean;
  let head = '';
  for (const piece of clean.split(' ')) {
    const longer = head === '' ? piece : `${head} ${piece}`;
    if (countWords(longer) > maxWords) break;
    head = longer;
  }
  if (head === '') {
    // The first space comes too late (Chinese, Japanese): the longest run of characters that fits.
    const characters = Array.from(clean.split(' ')[0] ?? '');
    let end = characters.length;
    while (end > 0 && countWords(characters.slice(0, end).join('')) > maxWords) end -= 1;
    head = characters.slice(0, end).join('');
  }
  return `${head.replace(/[\s,;:–—-]+$/u, '')}…`;
}
