import { foldWord } from './fold.js';

/** The languages the checker reads (as number-words.ts does): English, Russian, German. */
export const CHECKED_LOCALES = ['en', 'ru', 'de'];
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/**
 * Names news writes that ICU gives in another form: it calls the Koreas
 * «Республика Корея» and «КНДР».
 */
const NAMES_ICU_LACKS: ReadonlyArray<readonly [string, string, string]> = [
  ['Южная Корея', 'KR', 'ru'],
  ['Северная Корея', 'KP', 'ru'],
];

/**
 * The continents and their parts by UN M.49 code, which ICU names as it names
 * countries: "North America", "Nordamerika", «Северная Америка» (003);
 * "Southeast Asia", "Südostasien" (035). Not the world (001), which languages
 * write in lower case.
 */
const CONTINENT_CODES = ['002', '003', '005', '009', '013', '015', '019', '029', '030', '034', '035', '039', '053', '142', '143', '145', '150', '151', '154', '155', '202', '419'];

/**
 * Every name ICU gives a two-letter code of `type` in each checked locale, as
 * written, in its long and short forms ("United States", "US"; «Соединенные
 * Штаты», «США»), the continents (CONTINENT_CODES) and NAMES_ICU_LACKS.
 * Some 4,000 ICU look-ups.
 */
function forEachDisplayName(type: 'region' | 'language', visit: (name: string, code: string, locale: string) => void): void {
  for (const locale of CHECKED_LOCALES) {
    const styles = (['long', 'short'] as const).map((style) => new Intl.DisplayNames([locale], { type, style, fallback: 'none' }));
    for (const first of LETTERS) {
      for (const second of LETTERS) {
        const code = type === 'region' ? (first + second).toUpperCase() : first + second;
        const names = new Set(styles.map((names) => names.of(code)));
        for (const name of names) if (name !== undefined && name !== code) visit(name, code, locale);
      }
    }
    if (type === 'region') for (const code of CONTINENT_CODES) for (const name of new Set(styles.map((names) => names.of(code)))) if (name !== undefined) visit(name, code, locale);
  }
  if (type === 'region') for (const [name, code, locale] of NAMES_ICU_LACKS) visit(name, code, locale);
}

/**
 * Calls `visit` with every one-word name ICU gives a two-letter code of `type`
 * in each checked locale, folded: regions by ISO 3166 code ("DE": "germany",
 * «германия», "deutschland"), languages by ISO 639-1 code ("nl": "dutch",
 * «нидерландскии», "niederlandisch"). Names of several words ("United
 * Kingdom") are left out: see forEachIcuPhrase. Callers build their tables from
 * it once per process.
 */
export function forEachIcuName(type: 'region' | 'language', visit: (folded: string, code: string, locale: string) => void): void {
  forEachDisplayName(type, (name, code, locale) => {
    if (!/[\s-]/u.test(name)) visit(foldWord(name), code, locale);
  });
}

/** Two or three words of letters, by spaces or hyphens: "New Zealand", «Саудовская Аравия», "Vereinigte Staaten"; not "Antigua & Barbuda", «о-в Мэн». */
const PHRASE = /^\p{Lu}\p{L}+(?:[\s-]\p{Lu}\p{L}+){1,2}$/u;

/** ISO 3166's codes for private use, which ICU names "Pseudo-Accents", "Unknown Region", "Outlying Oceania": no place a text names. */
const USER_ASSIGNED = /^(?:AA|Q[M-Z]|X[A-Z]|ZZ)$/u;

/**
 * Calls `visit` with the folded words of every name of two or three words ICU
 * gives a region in each checked locale: "NZ": ["new", "zealand"], «новая
 * зеландия», ["neuseeland"] no (one word: see forEachIcuName). Each word
 * capitalised, so that a name with a connective ("Bosnia & Herzegovina",
 * «Тринидад и Тобаго») or an abbreviation («о-ва Кука») is left out.
 */
export function forEachIcuPhrase(visit: (words: readonly string[], code: string) => void): void {
  forEachDisplayName('region', (name, code) => {
    if (PHRASE.test(name) && !USER_ASSIGNED.test(code)) visit(name.split(/[\s-]/u).map(foldWord), code);
  });
}

/** Adds `code` to the codes `key` names in `map`. */
export function addCode(map: Map<string, Set<string>>, key: string, code: string): void {
  const codes = map.get(key) ?? new Set<string>();
  codes.add(code);
  map.set(key, codes);
}
