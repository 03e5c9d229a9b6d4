import { isStopword } from '../../core/words.js';
import { commonPrefixLength, type FoldedToken } from './fold.js';

/**
 * How one name is written short and long: "U.S." and "US" for "United States",
 * "UN" for "United Nations", «Минобороны» for «Министерство обороны». A summary
 * may write either form whichever the article chose, so each side is read for
 * what the other could be.
 */

/** Two to six letters, capitals with at most one small letter between them: "NATO", "EU", "MoD", «США». */
const ACRONYM = /^\p{Lu}(?:\p{Ll}?\p{Lu})+$/u;

/** A Russian acronym with a case ending: «ФАПов», «МЧСа», «ВУЗы». */
const DECLINED_ACRONYM = /^(\p{Lu}{2,6})(?:ов|ам|ами|ах|ом|а|у|е|ы)$/u;

/** The acronym in a Russian acronym declined with a case ending, as written («ФАПов» → «ФАП»), or undefined. */
export function declinedAcronymOf(written: string): string | undefined {
  const letters = DECLINED_ACRONYM.exec(written)?.[1];
  return letters !== undefined && /^\p{Script=Cyrillic}+$/u.test(letters) ? letters : undefined;
}

/** Whether a word as written is an acronym: "NATO", "MoD", «ООН»; not "McCain" or "Ukraine". */
export function isAcronym(written: string): boolean {
  return written.length <= 6 && ACRONYM.test(written);
}

const CAPITALISED = /^[\p{Lu}\p{Lt}]/u;
const SINGLE_CAPITAL = /^\p{Lu}$/u;
/** Between two words of one capitalised run, as in a name: a space or a hyphen. */
const WITHIN_RUN = /^(?:[\s\u00a0]+|[\s\u00a0]?-[\s\u00a0]?)$/u;

/** The folded first letters of words: ["united", "states"] → "us". */
export function initialsOf(folded: readonly string[]): string {
  return folded.map((word) => word[0] ?? '').join('');
}

/** What a source writes as an acronym, and what its longer names are short for; see `findAbbreviations`. */
export interface Abbreviations {
  /** Acronyms the source writes, folded: "NATO" → "nato", "MoD" → "mod", "U.S." → "us", «США» → "сша". */
  written: Set<string>;
  /**
   * Initials of the source's runs of two or more capitalised words, stop-words
   * ("The", "of") skipped and, for a second reading, lower-case joining words
   * kept: "European Union" → "eu", "Ministry of Defence" → "md" and "mod".
   */
  initials: Set<string>;
}

/** Dotted initials ("U.S.", "U.K.") from `index` on: the letters and the index after them, or undefined. */
function dottedInitialsAt(text: string, tokens: readonly FoldedToken[], index: number): { letters: string; next: number } | undefined {
  let letters = '';
  let at = index;
  for (let token = tokens[at]; token && SINGLE_CAPITAL.test(token.text) && text[token.end] === '.'; token = tokens[++at]) {
    letters += token.folded;
    const next = tokens[at + 1];
    // "U.S." ends at the dot; "U. S." with a space is an initial in a person's name ("J. K. Rowling").
    if (!next || next.start !== token.end + 1) {
      at++;
      break;
    }
  }
  return letters.length >= 2 ? { letters, next: at } : undefined;
}

/**
 * Initials of a chain of capitalised runs, built as the words come: of each run of
 * two or more words, and of runs joined by one lower-case word, which is read both
 * skipped and kept ("Ministry of Defence" is "MD" or "MoD"). Stop-words written
 * capitalised ("The") never count.
 */
class InitialsChain {
  private run = '';
  private skipped = '';
  private kept = '';
  private runs = 0;
  private joiner: string | undefined;

  constructor(private readonly initials: Set<string>) {}

  get open(): boolean {
    return this.runs > 0;
  }

  get joining(): boolean {
    return this.joiner !== undefined;
  }

  /** A capitalised word: it goes on the current run, or starts the next one after a joining word. */
  addWord(folded: string): void {
    if (this.runs === 0 || this.joiner !== undefined) {
      this.endRun();
      if (this.joiner !== undefined) this.kept += this.joiner[0] ?? '';
      this.joiner = undefined;
      this.runs++;
    }
    if (isStopword(folded)) return;
    const initial = folded[0] ?? '';
    this.run += initial;
    this.skipped += initial;
    this.kept += initial;
  }

  join(folded: string): void {
    this.joiner = folded;
  }

  close(): void {
    this.endRun();
    if (this.runs >= 2 && this.skipped.length >= 2) {
      this.initials.add(this.skipped);
      this.initials.add(this.kept);
    }
    this.skipped = '';
    this.kept = '';
    this.runs = 0;
    this.joiner = undefined;
  }

  private endRun(): void {
    if (this.run.length >= 2) this.initials.add(this.run);
    this.run = '';
  }
}

/** Acronyms and initials of capitalised runs in a source: one pass over its words. */
export function findAbbreviations(text: string, tokens: readonly FoldedToken[]): Abbreviations {
  const written = new Set<string>();
  const initials = new Set<string>();
  const chain = new InitialsChain(initials);
  let index = 0;
  while (index < tokens.length) {
    const token = tokens[index];
    if (!token) break;
    const capitalised = CAPITALISED.test(token.text);
    // Most words are neither capitalised nor in a run: nothing to do.
    if (!capitalised && !chain.open) {
      index++;
      continue;
    }
    const dotted = capitalised ? dottedInitialsAt(text, tokens, index) : undefined;
    if (dotted) {
      written.add(dotted.letters);
      chain.close();
      index = dotted.next;
      continue;
    }
    if (capitalised && isAcronym(token.text)) written.add(token.folded);
    const previous = tokens[index - 1];
    const close = previous !== undefined && WITHIN_RUN.test(text.slice(previous.end, token.start));
    if (capitalised) {
      if (!close) chain.close();
      chain.addWord(token.folded);
    } else if (close && !chain.joining && isStopword(token.folded) && token.folded.length <= 3) {
      // "of" in "United States of America"; a second lower-case word ends the chain.
      chain.join(token.folded);
    } else chain.close();
    index++;
  }
  chain.close();
  addRussianNameInitials(text, tokens, initials);
  addLatinTermInitials(text, tokens, initials);
  return { written, initials };
}

/** Letters each word of a term has at least to be worth writing short: "artificial intelligence" is "AI", "the new plan" no "NP". */
const TERM_WORD_LETTERS = 5;
/** How the title of a company's chief is written short: "chief executive" is the "CEO", "chief financial" the "CFO". */
const CHIEF = 'chief';
const OFFICER_INITIAL = 'o';

/**
 * The initials of English terms written in lower case: "artificial-intelligence
 * tools" is "AI", "chief executive" the "CEO". Only of long words: three short
 * common words in a row would spell any acronym.
 */
function addLatinTermInitials(text: string, tokens: readonly FoldedToken[], initials: Set<string>): void {
  tokens.forEach((token, index) => {
    if (token.folded.length < TERM_WORD_LETTERS || !/^\p{Script=Latin}/u.test(token.text) || CAPITALISED.test(token.text)) return;
    let letters = token.folded[0] ?? '';
    let previous = token;
    for (let next = index + 1; next < tokens.length && next <= index + RUSSIAN_NAME_WORDS; next++) {
      const word = tokens[next];
      if (!word || word.folded.length < TERM_WORD_LETTERS || !WITHIN_RUSSIAN_NAME.test(text.slice(previous.end, word.start)) || CAPITALISED.test(word.text)) break;
      previous = word;
      letters += word.folded[0] ?? '';
      initials.add(letters);
      if (token.folded === CHIEF && next === index + 1) initials.add(letters + OFFICER_INITIAL);
    }
  });
}

/** Words after its first one that a Russian name's initials may take in: «Министерство по чрезвычайным ситуациям» (МЧС). */
const RUSSIAN_NAME_WORDS = 4;
/** Fewer letters than this, and initials of a word and the words after it match too many acronyms. */
const RUSSIAN_INITIALS = 3;

/** Letters each of two words has at least for their initials to be an acronym: «чрезвычайной ситуации» (ЧС), not «в районе». */
const LONG_TERM_WORD = 7;

/** Between two words of a Russian name or term: spaces, or the hyphen of a compound adjective («фельдшерско-акушерских»). */
const WITHIN_RUSSIAN_NAME = /^(?:[\s\u00a0]+|-)$/u;

/**
 * The initials of a Russian name or term, which Russian capitalises only at
 * its first word if at all: «Российского научного фонда» is «РНФ»,
 * «Министерство по чрезвычайным ситуациям» «МЧС», «фельдшерско-акушерских
 * пунктов» «ФАП», «дорожно-транспортное происшествие» «ДТП». Stop-words are
 * skipped; the name ends at punctuation and at the next capital.
 */
function addRussianNameInitials(text: string, tokens: readonly FoldedToken[], initials: Set<string>): void {
  tokens.forEach((token, index) => {
    if (!/^\p{Script=Cyrillic}/u.test(token.text) || isStopword(token.folded)) return;
    let letters = token.folded[0] ?? '';
    let previous = token;
    for (let next = index + 1; next < tokens.length && next <= index + RUSSIAN_NAME_WORDS; next++) {
      const word = tokens[next];
      if (!word || !WITHIN_RUSSIAN_NAME.test(text.slice(previous.end, word.start)) || CAPITALISED.test(word.text)) break;
      previous = word;
      if (isStopword(word.folded)) continue;
      letters += word.folded[0] ?? '';
      // «чрезвычайной ситуации» is «ЧС»: two long words make initials too, as "artificial intelligence" makes "AI".
      if (letters.length >= RUSSIAN_INITIALS || (next === index + 1 && token.folded.length >= LONG_TERM_WORD && word.folded.length >= LONG_TERM_WORD)) initials.add(letters);
    }
  });
}

/** The parts of a source's index (Evidence) a compound word is looked up in. */
export interface WordIndex {
  words: readonly string[];
  positions: ReadonlyMap<string, readonly number[]>;
  wordsByStart: ReadonlyMap<string, readonly string[]>;
}

/** Three letters at least: «мин», «гос», «фин»; two would make too many words out of pieces. */
const MIN_PART = 3;
/** «Мосгорсуд» is three words' beginnings; more is not how these words are made. */
const MAX_PARTS = 3;

/**
 * `rest` is read from the source's words at `position` on: the word itself or its
 * beginning, another form of it («думы» for «дума»), or the beginning of the word
 * followed by the rest read from the next one.
 */
function readsFrom(index: WordIndex, rest: string, position: number, partsLeft: number): boolean {
  const word = index.words[position];
  if (word === undefined) return false;
  const shared = commonPrefixLength(rest, word);
  // The last part: at most two letters of case ending differ.
  if (shared >= Math.max(MIN_PART, rest.length - 2)) return true;
  if (partsLeft <= 1 || shared < MIN_PART) return false;
  for (let cut = Math.min(shared, rest.length - MIN_PART); cut >= MIN_PART; cut--) {
    if (cut < word.length && readsFrom(index, rest.slice(cut), position + 1, partsLeft - 1)) return true;
  }
  return false;
}

/**
 * A compound abbreviation of consecutive words of the source: «Минобороны» of
 * «Министерство обороны», «Минфин» of «Министерство финансов», «Госдума» of
 * «Государственная дума»: each part the beginning of one word, the last one
 * that word in any form. The first part must be shorter than its word, or the
 * compound is only two words written together.
 */
export function isCompoundOf(index: WordIndex, folded: string): boolean {
  if (folded.length < 2 * MIN_PART) return false;
  for (const first of index.wordsByStart.get(folded.slice(0, MIN_PART)) ?? []) {
    const shared = commonPrefixLength(first, folded);
    for (let cut = Math.min(shared, folded.length - MIN_PART, first.length - 1); cut >= MIN_PART; cut--) {
      for (const position of index.positions.get(first) ?? []) {
        if (readsFrom(index, folded.slice(cut), position + 1, MAX_PARTS - 1)) return true;
      }
    }
  }
  return false;
}

/**
 * Heads of compound abbreviations whose full word survives translation, with the
 * beginnings it has in the checked languages: «Минобороны» is a ministry, a
 * Ministry, a Ministerium. The rest of such a word («обороны», defence) is a
 * common noun a translation replaces, so across languages only the head can be
 * checked: like a short acronym, the rest is taken on trust.
 */
const TRANSLATED_HEADS: ReadonlyArray<{ head: string; stems: readonly string[] }> = [{ head: 'мин', stems: ['minist', 'министер'] }];

/** A compound abbreviation whose head the source states in its own language: «Минобороны» for "Defense Ministry". */
export function translatedCompoundIsStated(index: WordIndex, folded: string): boolean {
  return TRANSLATED_HEADS.some(
    ({ head, stems }) =>
      folded.startsWith(head) &&
      folded.length - head.length >= MIN_PART &&
      stems.some((stem) => (index.wordsByStart.get(stem.slice(0, MIN_PART)) ?? []).some((word) => word.startsWith(stem))),
  );
}

/** A German acronym's words: "Bundesamt für Migration und Flüchtlinge" (BAMF) has three besides its joining words. */
const GERMAN_ACRONYM_WORDS = 4;

/**
 * The letters `rest` read from the word at `position` on, from its letter
 * `from`: each the first letter of a part of a German compound (three letters
 * at least, the last part too: "Landes|kriminal|amt" is "LKA"), or of the next
 * word, stop-words between skipped ("Bundesamt für Migration" is "BAM…").
 */
function readsGermanAcronym(index: WordIndex, rest: string, position: number, from: number, wordsLeft: number): boolean {
  const word = index.words[position];
  if (word === undefined) return false;
  if (rest === '') return word.length - from >= MIN_PART;
  for (let at = from + MIN_PART; at <= word.length - MIN_PART; at++) {
    if (word[at] === rest[0] && readsGermanAcronym(index, rest.slice(1), position, at, wordsLeft)) return true;
  }
  if (wordsLeft <= 1 || word.length - from < MIN_PART) return false;
  let next = position + 1;
  while (index.words[next] !== undefined && isStopword(index.words[next] ?? '')) next++;
  return index.words[next]?.[0] === rest[0] && readsGermanAcronym(index, rest.slice(1), next, 0, wordsLeft - 1);
}

/**
 * A German acronym of the source's compound words: "LKA" of
 * "Landeskriminalamt", "EZB" of "Europäische Zentralbank". German makes its
 * acronyms from the parts of compounds as well as from words, so the letters
 * are read from the beginnings of parts too (see readsGermanAcronym).
 */
export function isGermanAcronymOf(index: WordIndex, folded: string): boolean {
  if (folded.length < 2) return false;
  return index.words.some((word, position) => word[0] === folded[0] && word.length >= 2 * MIN_PART && readsGermanAcronym(index, folded.slice(1), position, 0, GERMAN_ACRONYM_WORDS));
}
