import { wordTokensOf, type WordToken } from '../../core/words.js';

/** Typographic apostrophes and look-alikes, read as the ASCII apostrophe. */
const APOSTROPHES = /[’‘ʼ`´]/gu;
const MARKS = /\p{M}/gu;
const ASCII = /^[\x20-\x7e]*$/;

/**
 * A text as the checker compares it: lower case, no diacritics, typographic
 * apostrophes as `'`, every run of white space as one space. Diacritics go on
 * both sides alike (é → e, ё → е, й → и), so "Zelenskyy" written "Zelenskýy"
 * or "трёх" written "трех" still match.
 */
export function foldText(text: string): string {
  return text.normalize('NFKD').replace(MARKS, '').replace(APOSTROPHES, "'").replace(/\s+/gu, ' ').toLowerCase();
}

/** `foldText` for one word; most words are ASCII, which only needs lower-casing. */
export function foldWord(word: string): string {
  if (ASCII.test(word)) return word.toLowerCase();
  return word.normalize('NFKD').replace(MARKS, '').replace(APOSTROPHES, "'").toLowerCase();
}

/** "austin's" → "austin": English possessives are the same name. */
export function withoutPossessive(word: string): string {
  return word.endsWith("'s") ? word.slice(0, -2) : word.endsWith("'") ? word.slice(0, -1) : word;
}

function commonPrefixLength(a: string, b: string): number {
  const limit = Math.min(a.length, b.length);
  let index = 0;
  while (index < limit && a[index] === b[index]) index++;
  return index;
}

/**
 * Two folded words that are forms of one word: equal; one is the other plus at
 * most two letters ("Киев" / "Киева", "Biden" / "Bidens"); or they share a
 * beginning of five letters or more that leaves at most three letters of
 * either ("Казань" / "Казани", "Путин" / "Путиным", "Ukraine" / "Ukrainian").
 * "Austin" / "Austria" share four, so they stay two names.
 */
export function sameWordForm(a: string, b: string): boolean {
  if (a === b) return true;
  const shared = commonPrefixLength(a, b);
  const shorter = Math.min(a.length, b.length);
  const longer = Math.max(a.length, b.length);
  if (shared === shorter && shorter >= 3 && longer - shorter <= 2) return true;
  return shared >= 5 && shared >= longer - 3;
}

/** A word of a text with its folded form. */
export interface FoldedToken extends WordToken {
  folded: string;
}

/** The words of `text` (the one tokenizer, `wordTokensOf`), each with its folded form. */
export function foldedTokensOf(text: string): FoldedToken[] {
  return wordTokensOf(text).map((token) => ({ ...token, folded: foldWord(token.text) }));
}

/** The writing systems the checker tells apart; names cross between them by transliteration. */
export type Script = 'latin' | 'cyrillic' | 'greek' | 'other' | 'none';

const SCRIPTS: ReadonlyArray<readonly [Exclude<Script, 'other' | 'none'>, RegExp]> = [
  ['latin', /\p{Script=Latin}/gu],
  ['cyrillic', /\p{Script=Cyrillic}/gu],
  ['greek', /\p{Script=Greek}/gu],
];

/** The script most letters of `text` are in (its first 4,000 characters are enough to tell). */
export function dominantScript(text: string): Script {
  const sample = text.slice(0, 4_000);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters === 0) return 'none';
  let best: Script = 'other';
  let bestCount = 0;
  for (const [script, pattern] of SCRIPTS) {
    const count = sample.match(pattern)?.length ?? 0;
    if (count > bestCount) [best, bestCount] = [script, count];
  }
  return bestCount >= letters / 2 ? best : 'other';
}
