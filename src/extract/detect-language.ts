import { STOPWORDS_BY_LANGUAGE, wordsOf } from '../core/words.js';

/** Latin-script languages told apart by their function words. */
const LATIN_LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl'];

/** Fewer letters than this say too little to name a language. */
const MIN_LETTERS = 20;

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

/**
 * Best guess at the primary language of `text` as a subtag ("en", "ru", "ja"…),
 * or undefined when the text is too short or unclear. Script decides first
 * (Hangul, kana, Han, Cyrillic); Latin-script text is told apart by stopwords.
 */
export function detectLanguage(text: string): string | undefined {
  const sample = text.slice(0, 20_000);
  const letters = count(sample, /\p{L}/gu);
  if (letters < MIN_LETTERS) return undefined;

  const hangul = count(sample, /\p{Script=Hangul}/gu);
  const kana = count(sample, /[\p{Script=Hiragana}\p{Script=Katakana}]/gu);
  const han = count(sample, /\p{Script=Han}/gu);
  const cyrillic = count(sample, /\p{Script=Cyrillic}/gu);
  const greek = count(sample, /\p{Script=Greek}/gu);
  const arabic = count(sample, /\p{Script=Arabic}/gu);
  const hebrew = count(sample, /\p{Script=Hebrew}/gu);

  if (hangul > letters * 0.3) return 'ko';
  // Japanese mixes kana into Han text; Chinese has (almost) none.
  if (kana > letters * 0.05) return 'ja';
  if (han > letters * 0.3) return 'zh';
  if (cyrillic > letters * 0.4) return detectCyrillic(sample);
  if (greek > letters * 0.4) return 'el';
  if (arabic > letters * 0.4) return 'ar';
  if (hebrew > letters * 0.4) return 'he';
  return detectLatin(sample);
}

function detectCyrillic(sample: string): string {
  // Letters only Ukrainian uses against letters only Russian uses.
  const ukrainian = count(sample, /[іїєґІЇЄҐ]/g);
  const russian = count(sample, /[ыэъЫЭЪё]/g);
  if (ukrainian > russian) return 'uk';
  if (count(sample, /[ўЎ]/g) > russian / 2 && count(sample, /[іІ]/g) > 0) return 'be';
  return 'ru';
}

function detectLatin(sample: string): string | undefined {
  const words = wordsOf(sample);
  if (words.length < 5) return undefined;
  let best: { language: string; score: number } | undefined;
  for (const language of LATIN_LANGUAGES) {
    const stopwords = STOPWORDS_BY_LANGUAGE[language] ?? new Set<string>();
    let score = 0;
    for (const word of words) if (stopwords.has(word)) score += 1;
    if (best === undefined || score > best.score) best = { language, score };
  }
  // Without a fair share of function words the text may be a list of names or code.
  if (best === undefined || best.score < Math.max(2, words.length * 0.08)) return undefined;
  return best.language;
}
