import { foldWord } from './fold.js';

/** The languages the checker reads (as number-words.ts does): English, Russian, German. */
export const CHECKED_LOCALES = ['en', 'ru', 'de'];
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/**
 * Calls `visit` with every one-word name ICU gives a two-letter code of `type`
 * in each checked locale, folded: regions by ISO 3166 code ("DE": "germany",
 * «германия», "deutschland"), languages by ISO 639-1 code ("nl": "dutch",
 * «нидерландскии», "niederlandisch"). Names of several words ("United
 * Kingdom") are left out: a name is checked word by word. Some 2,000 ICU
 * look-ups; callers build their tables from it once per process.
 */
export function forEachIcuName(type: 'region' | 'language', visit: (folded: string, code: string, locale: string) => void): void {
  for (const locale of CHECKED_LOCALES) {
    const names = new Intl.DisplayNames([locale], { type, fallback: 'none' });
    for (const first of LETTERS) {
      for (const second of LETTERS) {
        const code = type === 'region' ? (first + second).toUpperCase() : first + second;
        const name = names.of(code);
        if (name === undefined || name === code || /[\s-]/u.test(name)) continue;
        visit(foldWord(name), code, locale);
      }
    }
  }
}

/** Adds `code` to the codes `key` names in `map`. */
export function addCode(map: Map<string, Set<string>>, key: string, code: string): void {
  const codes = map.get(key) ?? new Set<string>();
  codes.add(code);
  map.set(key, codes);
}
