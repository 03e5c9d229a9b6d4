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

/** c, s or z with a caron, or c with an acute, decomposed: "č", "š", "ž", "ć". */
const CARON_LETTER = /[csz]\u030c|c\u0301/u;
const CARON_LETTERS: Readonly<Record<string, string>> = { 'c\u030c': 'č', 's\u030c': 'š', 'z\u030c': 'ž', 'c\u0301': 'ć' };

/**
 * A word folded as `foldWord` does, but keeping "č", "š", "ž" and "ć", or
 * undefined when it has none: Czech, Slovak, Croatian and Polish write with
 * them what Russian writes with one letter ("Kostelnička" «Костельничка»),
 * which folding turns into another sound ("kostelnicka"). Only for
 * transliteration (see consonantSkeleton); words still compare folded.
 */
export function foldKeepingCarons(word: string): string | undefined {
  if (ASCII.test(word)) return undefined;
  const decomposed = word.normalize('NFKD').toLowerCase();
  if (!CARON_LETTER.test(decomposed)) return undefined;
  return decomposed.replace(new RegExp(CARON_LETTER.source, 'gu'), (letter) => CARON_LETTERS[letter] ?? letter).replace(MARKS, '');
}

/** "austin's" → "austin": English possessives are the same name. */
export function withoutPossessive(word: string): string {
  return word.endsWith("'s") ? word.slice(0, -2) : word.endsWith("'") ? word.slice(0, -1) : word;
}

/** How many letters two words share from their start. */
export function commonPrefixLength(a: string, b: string): number {
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

/**
 * What German and English add to a name: case and adjective endings ("Bremer",
 * "Kahlen Asten"), plurals and the people of a place ("Kenyan", "Italians").
 * Folded.
 */
const LATIN_NAME_ENDINGS: ReadonlySet<string> = new Set(['', 'e', 'en', 'er', 'ern', 'em', 'es', 's', 'n', 'r', 'm', 'ns', 'ner', 'ers', 'an', 'ans', 'ian', 'ians', 'ese']);
/** The endings of Russian adjectives in names («Центральный район», «Северному парку»), folded (й → и). */
const RUSSIAN_ADJECTIVE_ENDINGS: ReadonlySet<string> = new Set('ыи ии ои ого его ому ему ым им ом ем ая яя ую юю ое ее ые ие ых их ыми ими еи ою ею'.split(' '));
/** An English possessive, which is no part of the name: "Kenya's". */
const POSSESSIVE = /['’]s$/u;

/**
 * Two folded capitalised words that are forms of one name, in the text's own
 * language: forms of one word (see `sameWordForm`) whose letters after their
 * common beginning are both endings a name takes ("Bremen" / "Bremer",
 * «Центральный» / «Центральном»). "Pritchett" is not "Pritchard", nor
 * "Rothmann" "Rothmund": within one language a name is spelt one way.
 */
export function sameNameForm(a: string, b: string): boolean {
  const one = a.replace(POSSESSIVE, '');
  const other = b.replace(POSSESSIVE, '');
  if (!sameWordForm(one, other)) return false;
  const shared = commonPrefixLength(one, other);
  const endings = [one.slice(shared), other.slice(shared)];
  return endings.every((ending) => LATIN_NAME_ENDINGS.has(ending) || CYRILLIC_CASE_ENDINGS.includes(ending) || RUSSIAN_ADJECTIVE_ENDINGS.has(ending));
}

/**
 * Case endings of Russian and Ukrainian nouns and of names declined like
 * adjectives (Соколова, Соколовой), folded as words are (й → и, ї → і).
 */
const CYRILLIC_CASE_ENDINGS: readonly string[] = [
  ...'а я о е ы и у ю ь і'.split(' '),
  ...'ои еи ою ею ом ем ам ям ах ях ов ев ии ие ия ию ым им ых их ую юю ая яя ое ее ые ів'.split(' '),
  ...'ами ями ого его ому ему ыми ими ові еві'.split(' '),
].map(foldWord);

/** Fewer letters than this left by an ending say too little: «Ира» is no stem of «Ирак». */
const MIN_CASE_STEM = 3;

/**
 * A Cyrillic word's possible stems: itself, and itself less each case ending it
 * may carry, keeping three letters at least. «Умка» and «Умку» share «умк»,
 * «Ирина» and «Ирины» «ирин»: what `sameWordForm` does not see when the stem is
 * shorter than five letters. Empty for a word in another script. `minStem`:
 * letters a stem keeps at least (default three).
 */
export function caseStems(folded: string, minStem = MIN_CASE_STEM): string[] {
  if (!/^\p{Script=Cyrillic}+$/u.test(folded)) return [];
  const stems = [folded];
  for (const ending of CYRILLIC_CASE_ENDINGS) {
    if (folded.length - ending.length >= minStem && folded.endsWith(ending)) stems.push(folded.slice(0, -ending.length));
  }
  // «Павел», «Павла»: the vowel before a last consonant drops when an ending comes after it.
  const fleeting = FLEETING_VOWEL.exec(folded);
  if (fleeting && (fleeting[1] ?? '').length + 1 >= minStem) stems.push(`${fleeting[1] ?? ''}${fleeting[2] ?? ''}`);
  return stems;
}
/** A word whose last syllable has a vowel Russian drops in its other forms: «Павел» (Павла), «Орёл» (Орла), «отец» (отца). */
const FLEETING_VOWEL = /^(\p{Script=Cyrillic}{2,})[ео]([бвгджзклмнпрстфхцчшщ])$/u;

/** The genitive and plural "-s" of a name in Latin letters: "Putins", "Kuriers", "Großbritanniens". */
const LATIN_NAME_ENDING = /^(\p{Script=Latin}{3,})s$/u;

/**
 * A name's possible stems less a case ending, not the word itself: «путин» of
 * «Путиным», "putin" of "Putins". What a name declined in the text is
 * compared by across scripts (see `caseStems`).
 */
export function inflectionStems(folded: string): string[] {
  const latin = LATIN_NAME_ENDING.exec(folded)?.[1];
  if (latin !== undefined) return [latin];
  return caseStems(folded).slice(1);
}

/** Two Cyrillic words that are case forms of one name: a stem in common (see `caseStems`). */
export function sameDeclinedName(a: string, b: string): boolean {
  const stems = caseStems(a);
  return stems.length > 0 && caseStems(b).some((stem) => stems.includes(stem));
}

/** A word of a text with its folded form. */
export interface FoldedToken extends WordToken {
  folded: string;
}

/** The words of `text` (the one tokenizer, `wordTokensOf`), each with its folded form. */
export function foldedTokensOf(text: string): FoldedToken[] {
  // Words repeat ("the", names, «станция»): each distinct spelling is folded once.
  const folded = new Map<string, string>();
  return wordTokensOf(text).map((token) => {
    let form = folded.get(token.text);
    if (form === undefined) {
      form = foldWord(token.text);
      folded.set(token.text, form);
    }
    return { text: token.text, start: token.start, end: token.end, folded: form };
  });
}

/** The writing systems the checker tells apart; names cross between them by transliteration. */
export type Script = 'latin' | 'cyrillic' | 'greek' | 'other' | 'none';

const LETTER_BY_SCRIPT = /(\p{Script=Latin})|(\p{Script=Cyrillic})|(\p{Script=Greek})|\p{L}/gu;

/** The script most letters of `text` are in; its first 1,000 characters are enough to tell. */
export function dominantScript(text: string): Script {
  const counts = { latin: 0, cyrillic: 0, greek: 0, other: 0 };
  for (const match of text.slice(0, 1_000).matchAll(LETTER_BY_SCRIPT)) {
    if (match[1]) counts.latin++;
    else if (match[2]) counts.cyrillic++;
    else if (match[3]) counts.greek++;
    else counts.other++;
  }
  const letters = counts.latin + counts.cyrillic + counts.greek + counts.other;
  if (letters === 0) return 'none';
  const [best, count] = (['latin', 'cyrillic', 'greek'] as const).map((script) => [script, counts[script]] as const).reduce((a, b) => (b[1] > a[1] ? b : a));
  return count >= letters / 2 ? best : 'other';
}
