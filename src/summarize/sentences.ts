import { countWords, isMonthName, isStopword } from '../core/words.js';

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
  return mergeAfterAbbreviations(segments, language);
}

/** "Feb.", "Gen.", "Dr." at the end of a segment, e.g. "invaded Ukraine on Feb." */
const ENDS_WITH_ABBREVIATION = /(?:^|\s)\p{Lu}\p{Ll}{0,3}\.$/u;
const STARTS_LIKE_CONTINUATION = /^[\p{Ll}\p{N}]/u;
/** An initialism with its dots, "U.S.", "U.K.", at the end of a segment. */
const ENDS_WITH_INITIALISM = /(?:^|[\s(])(?:\p{Lu}\.){2,}$/u;
/** Titles before a name: "Dr. Smith" is never two sentences. */
const ENDS_WITH_TITLE = /(?:^|\s)(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Sgt|Capt|Adm|Sen|Rep|Gov|Rev|St|Hon|Pres)\.$/;

/**
 * A day of the month written as German and the Nordic languages write it, "am 3." before "März": the segment ends with it
 * and the next begins with the month. Up to 31, so a count that ends a sentence ("sind es 45.") stays an end.
 */
const ENDS_WITH_DAY_OF_MONTH = /(?:^|[\s(])(?:[1-9]|[12]\d|3[01])\.$/u;
const FIRST_WORD = /^\p{L}+/u;
/**
 * A German ordinal after its article or preposition: "in der 52." before "Minute", "Der 12." before "Senat", "zum 3."
 * before "Mal". A number after one of these words is never the end of a sentence.
 */
const ENDS_WITH_GERMAN_ORDINAL = /(?:^|\s)(?:der|die|das|dem|den|des|am|im|zum|zur|vom|beim|ins|ihre[mnrs]?|seine[mnrs]?|jede[mnrs]?)\s+\d{1,4}\.$/iu;

/**
 * Unicode rules break after "Feb." in "on Feb. 24." because a space follows;
 * a short capitalised word with a dot, followed by a number or a lower-case
 * word, is an abbreviation inside one sentence, so the pieces are joined again.
 * They break after an initialism before a capitalised word ("U.S." before
 * "President Joe Biden"), joined unless the word is one that opens sentences.
 * They also break after the dot of a German ordinal ("am 3. März", "Lüneburg,
 * 7. Mai", "in der 52. Minute"), which is joined the same way.
 */
function mergeAfterAbbreviations(segments: readonly string[], language: string | undefined): string[] {
  const german = language === undefined || language.toLowerCase().split(/[-_]/u)[0] === 'de';
  const merged: string[] = [];
  for (const segment of segments) {
    const previous = merged.at(-1);
    const continues =
      previous !== undefined &&
      (ENDS_WITH_TITLE.test(previous) ||
        (ENDS_WITH_ABBREVIATION.test(previous) && STARTS_LIKE_CONTINUATION.test(segment)) ||
        (ENDS_WITH_DAY_OF_MONTH.test(previous) && isMonthName(FIRST_WORD.exec(segment)?.[0] ?? '')) ||
        // "with U.S." before "President Joe Biden": an initialism before a word that opens no sentence ("The", "It" do).
        (ENDS_WITH_INITIALISM.test(previous) && /^\p{Lu}/u.test(segment) && !isStopword((FIRST_WORD.exec(segment)?.[0] ?? '').toLowerCase())) ||
        (german && ENDS_WITH_GERMAN_ORDINAL.test(previous) && FIRST_WORD.test(segment)));
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
