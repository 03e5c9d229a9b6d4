import { caseStems, foldWord, inflectionStems, sameDeclinedName, sameWordForm } from './fold.js';
import { isCommonEnglishWord } from './english-words.js';
import { addCode, forEachIcuName, forEachIcuPhrase } from './icu-names.js';
import { TRANSLATED_NAMES } from './translated-names.js';

/**
 * Calls `visit` with the folded words of each name of TRANSLATED_NAMES and a
 * code for its place or party ("name:0" for "Bavaria", "Bayern", «Бавария»),
 * which stands in the tables here as a country's ISO code does.
 */
function forEachTranslatedName(visit: (words: readonly string[], code: string) => void): void {
  TRANSLATED_NAMES.forEach((line, index) => {
    const [names = ''] = line.split(COUNTRY_MARK);
    for (const name of names.split('|')) visit(name.split(/[\s.-]+/u).filter(Boolean).map(foldWord), `name:${index}`);
  });
}

/** What puts a line of TRANSLATED_NAMES in its country: "Bavaria|Bayern|Бавария @DE". */
const COUNTRY_MARK = ' @';

/**
 * The ISO code of the country a place of TRANSLATED_NAMES lies in, by the code
 * countryCodesOf gives the place ("name:0" → "DE"); undefined for a country's
 * own code, a party, or a place across borders ("Danube").
 */
export function countryOfPlace(code: string): string | undefined {
  if (!code.startsWith(PLACE_CODE)) return undefined;
  return TRANSLATED_NAMES[Number(code.slice(PLACE_CODE.length))]?.split(COUNTRY_MARK)[1];
}
const PLACE_CODE = 'name:';

/**
 * Country names differ between languages more than transliteration can follow:
 * "Germany", "Deutschland", «Германия»; "Austria", "Österreich"; "Hungary",
 * "Ungarn", «Венгрия». ICU (Intl.DisplayNames, in Node with full ICU) names
 * every region by its ISO code in every locale, so one code stands for all of
 * a country's names, with no list of our own to keep (see icu-names.ts).
 */

let codesByName: ReadonlyMap<string, ReadonlySet<string>> | undefined;
/** The names of codesByName as written, without the case stems: what a demonym's stem is cut from (see countryStems). */
let codesByWholeName: ReadonlyMap<string, ReadonlySet<string>> | undefined;
/** The first three letters of every name and stem in codesByName: most words are ruled out by them before their stems are worked out. */
let beginnings: ReadonlySet<string> = new Set();

/**
 * One-word country names, folded, and their Russian case stems («германи»,
 * «герман» of «Германия»), each with the codes it names. Built on first use:
 * some 800 ICU look-ups, once per process. Names of several words ("United
 * Kingdom", «Соединённые Штаты») are left out: a name is checked word by word.
 */
function countryNames(): ReadonlyMap<string, ReadonlySet<string>> {
  if (codesByName) return codesByName;
  const map = new Map<string, Set<string>>();
  const whole = new Map<string, Set<string>>();
  forEachIcuName('region', (folded, code) => {
    addCode(whole, folded, code);
    for (const form of [folded, ...caseStems(folded).slice(1)]) addCode(map, form, code);
  });
  forEachTranslatedName((words, code) => {
    const [folded] = words;
    if (words.length !== 1 || folded === undefined) return;
    addCode(whole, folded, code);
    for (const form of [folded, ...caseStems(folded).slice(1)]) addCode(map, form, code);
  });
  codesByName = map;
  codesByWholeName = whole;
  beginnings = new Set([...map.keys()].map((name) => name.slice(0, 3)));
  return map;
}

/** Letters a country's stem keeps at least, so that only its own words begin with it: «эфиоп», "ethiop", "athiopi"; not "indi" of "individual". */
const DEMONYM_STEM_LETTERS = 5;
/** Letters a demonym's stem may drop from its country's name: the name's ending («Эфиоп|ия», "Äthiopi|en", "Ethiopi|a"). */
const NAME_ENDING_LETTERS = 2;
/** A demonym is no longer than this many letters past its stem: "Ethiop|ians", «эфиоп|ского». */
const DEMONYM_ENDING_LETTERS = 6;

/** Letters at least of an English word that makes a compound of the stem before it (see demonymCountryCodesOf). */
const COMPOUND_WORD_LETTERS = 3;

let codesByStem: ReadonlyMap<string, ReadonlySet<string>> | undefined;

/** The stems of one-word country names (see DEMONYM_STEM_LETTERS), with the codes each names. */
function countryStems(): ReadonlyMap<string, ReadonlySet<string>> {
  if (codesByStem) return codesByStem;
  const stems = new Map<string, Set<string>>();
  countryNames();
  // Cut from the names as written, not from their case stems: «словак» of «Словакия» less a letter is «слова», which
  // begins «по словам».
  for (const [name, codes] of codesByWholeName ?? []) {
    for (let drop = 1; drop <= NAME_ENDING_LETTERS; drop++) {
      const stem = name.slice(0, -drop);
      if (stem.length >= DEMONYM_STEM_LETTERS) for (const code of codes) addCode(stems, stem, code);
    }
  }
  codesByStem = stems;
  return stems;
}

/**
 * The countries a folded word is the people or an adjective of, by the stem of
 * the country's name it begins with: «эфиопка», «эфиопу» → ET, "Kenianer"
 * no (its stem is too short to tell). Russian and German write these in lower
 * case or as nouns, where a summary names the country: "Ethiopia's Tesfaye
 * Alemu" for «эфиопу Тесфайе Алему».
 */
export function demonymCountryCodesOf(folded: string): string[] {
  const stems = countryStems();
  const joined = joinedPhraseCodesOf(folded);
  if (joined.length > 0) return joined;
  const codes = new Set<string>();
  const unprefixed = RUSSIAN_ADJECTIVE_PREFIX.exec(folded)?.[1];
  for (const word of [folded, unprefixed].filter((form) => form !== undefined)) {
    // «моск|ов|ский», «подмоск|ов|ный» of «Москва»: Russian makes the adjective of a name in -ва, -во with -ов-.
    const form = word.replace(RUSSIAN_OV_LINK, 'в');
    if (!beginnings.has(form.slice(0, 3))) continue;
    // «эфиоп» is the stem itself, with no ending: "Ethiopian", not the country.
    for (let length = DEMONYM_STEM_LETTERS; length <= form.length && length >= form.length - DEMONYM_ENDING_LETTERS - NAME_ENDING_LETTERS; length++) {
      const rest = form.slice(length);
      // "Green|way", "Green|line": a stem with an English word after it makes a compound, no people or party's adjective.
      if (rest.length >= COMPOUND_WORD_LETTERS && isCommonEnglishWord(rest)) continue;
      for (const code of stems.get(form.slice(0, length)) ?? []) codes.add(code);
    }
  }
  return [...codes];
}

/** Letters a German compound has at least past the name that opens it: "Weihnachts|markt", "Deutschland|ticket". */
const COMPOUND_REST_LETTERS = 4;
/** Letters at least of the name's stem that opens a compound: "weihnacht", not "polen" of "Polenta". */
const COMPOUND_NAME_LETTERS = 6;

/**
 * The places and other names (see TRANSLATED_NAMES) that open a German
 * compound: "Weihnachtsmarkt" and "Weihnachtsgeld" are Christmas's,
 * "Deutschlandticket" Germany's. German joins a name to the noun it qualifies
 * where English writes two words ("Christmas market") and Russian an adjective.
 */
export function compoundNameCodesOf(folded: string): string[] {
  const stems = countryStems();
  const names = countryNames();
  const codes = new Set<string>();
  for (let length = COMPOUND_NAME_LETTERS; length <= folded.length - COMPOUND_REST_LETTERS; length++) {
    const start = folded.slice(0, length);
    for (const code of [...(names.get(start) ?? []), ...(stems.get(start) ?? [])]) codes.add(code);
  }
  return [...codes];
}

/** Prefixes Russian makes adjectives of a place with: «подмосковный», «приволжский», «заполярный», «всероссийский», «общегерманский». */
export const RUSSIAN_ADJECTIVE_PREFIX = /^(?:под|при|за|все|обще)(\p{Script=Cyrillic}{3,})$/u;
/** The -ов- before -ск- or -н- that joins a name in -ва or -во to its adjective («московский», «подмосковный»). */
const RUSSIAN_OV_LINK = /ов(?=ск|н)/u;

/** The countries a folded word names in any form: "deutschlands", «германии», "germany" → DE. Empty for any other word. */
export function countryCodesOf(folded: string): string[] {
  const names = countryNames();
  const codes = new Set<string>();
  if (beginnings.has(folded.slice(0, 3))) for (const form of [folded, ...inflectionStems(folded)]) for (const code of names.get(form) ?? []) codes.add(code);
  const part = GERMAN_DIRECTION_PREFIX.exec(folded)?.[1];
  if (codes.size === 0 && part !== undefined && part.length >= DEMONYM_STEM_LETTERS) return countryCodesOf(part);
  return [...codes];
}

/** "Oberbayern", "Ostdeutschland", "Südtirol": German names a part of a place by a direction joined to its name, which is the place's. */
const GERMAN_DIRECTION_PREFIX = /^(?:ober|nieder|unter|nord|sud|ost|west|mittel)(\p{L}+)$/u;

/** A country's name of two or three words, folded: "new zealand", «новая зеландия», "vereinigte staaten". */
interface CountryPhrase {
  words: readonly string[];
  code: string;
}

let phrasesByBeginning: ReadonlyMap<string, readonly CountryPhrase[]> | undefined;

/** Country names of several words, by the first three letters of their first word. Built on first use, once per process. */
function countryPhrases(): ReadonlyMap<string, readonly CountryPhrase[]> {
  if (phrasesByBeginning) return phrasesByBeginning;
  const map = new Map<string, CountryPhrase[]>();
  const add = (words: readonly string[], code: string) => {
    const beginning = words[0]?.slice(0, 3) ?? '';
    map.set(beginning, [...(map.get(beginning) ?? []), { words, code }]);
  };
  forEachIcuPhrase(add);
  forEachTranslatedName((words, code) => {
    if (words.length > 1) add(words, code);
  });
  phrasesByBeginning = map;
  return map;
}

/** A word of a text is a word of a country's name in any case: «Новой» of «Новая», "Vereinigten" of "Vereinigte". */
function isFormOf(word: string, nameWord: string): boolean {
  return sameWordForm(word, nameWord) || sameDeclinedName(word, nameWord);
}

/**
 * The countries whose name of several words the folded words from `at` on
 * are, in any case, with how many words each takes: "New Zealand" → NZ, 2;
 * «Новой Зеландии» → NZ, 2; "Vereinigten Staaten" → US, 2. A name is one
 * claim, not its words: "Zealand" is no country, and "New" no name of its own.
 */
export function countryPhrasesAt(words: readonly string[], at: number): Array<{ code: string; length: number }> {
  const first = words[at];
  if (first === undefined) return [];
  return (countryPhrases().get(first.slice(0, 3)) ?? [])
    .filter((phrase) => phrase.words.every((nameWord, offset) => {
      const word = words[at + offset];
      return word !== undefined && isFormOf(word, nameWord);
    }))
    .map((phrase) => ({ code: phrase.code, length: phrase.words.length }));
}

/** Russian adjective endings of a country name's first word: «Южн|ая», «Нов|ая», «Саудовск|ая». */
const RUSSIAN_ADJECTIVE_ENDING = /(?:ая|ии|ыи|ое|ие|ые)$/u;
/** Letters a joined adjective's key is looked up by. */
const JOINED_KEY_BEGINNING = 4;

let joinedKeys: ReadonlyMap<string, ReadonlyArray<readonly [string, string]>> | undefined;

/**
 * The beginnings of the one-word adjectives Russian makes of a country's name
 * of two words, its first word's stem joined by «о» to its second's:
 * «Южная Корея» «южнокорейский», «Новая Зеландия» «новозеландский»,
 * «Северная Македония» «северомакедонский». By their first four letters.
 */
function joinedPhraseKeys(): ReadonlyMap<string, ReadonlyArray<readonly [string, string]>> {
  if (joinedKeys) return joinedKeys;
  const map = new Map<string, Array<readonly [string, string]>>();
  for (const phrases of countryPhrases().values()) {
    for (const { words, code } of phrases) {
      const [first, second] = words;
      if (words.length !== 2 || first === undefined || second === undefined || !/^\p{Script=Cyrillic}+$/u.test(first + second) || !RUSSIAN_ADJECTIVE_ENDING.test(first)) continue;
      const stem = first.slice(0, -2);
      for (const head of new Set([stem, stem.replace(/н$/u, '')])) {
        for (const tail of new Set([second.slice(0, -1), second.endsWith('ия') ? second.slice(0, -2) : second.slice(0, -1)])) {
          const key = `${head}о${tail}`;
          const beginning = key.slice(0, JOINED_KEY_BEGINNING);
          map.set(beginning, [...(map.get(beginning) ?? []), [key, code] as const]);
        }
      }
    }
  }
  joinedKeys = map;
  return map;
}

/** The countries a Russian adjective joined from a name of two words is of: «южнокорейского» → KR (see joinedPhraseKeys). */
function joinedPhraseCodesOf(folded: string): string[] {
  const keys = joinedPhraseKeys().get(folded.slice(0, JOINED_KEY_BEGINNING));
  return keys === undefined ? [] : keys.filter(([key]) => folded.startsWith(key)).map(([, code]) => code);
}
