import { caseStems, foldWord, inflectionStems } from './fold.js';

/**
 * Country names differ between languages more than transliteration can follow:
 * "Germany", "Deutschland", «Германия»; "Austria", "Österreich"; "Hungary",
 * "Ungarn", «Венгрия». ICU (Intl.DisplayNames, in Node with full ICU) names
 * every region by its ISO code in every locale, so one code stands for all of
 * a country's names, with no list of our own to keep.
 */

/** The languages the checker reads (as number-words.ts does): English, Russian, German. */
const COUNTRY_NAME_LOCALES = ['en', 'ru', 'de'];
/** ISO 3166 region codes are two capital letters. */
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

let codesByName: ReadonlyMap<string, ReadonlySet<string>> | undefined;
/** The first three letters of every name and stem in codesByName: most words are ruled out by them before their stems are worked out. */
let beginnings: ReadonlySet<string> = new Set();

function addCode(map: Map<string, Set<string>>, key: string, code: string): void {
  const codes = map.get(key) ?? new Set<string>();
  codes.add(code);
  map.set(key, codes);
}

/**
 * One-word country names, folded, and their Russian case stems («германи»,
 * «герман» of «Германия»), each with the codes it names. Built on first use:
 * some 800 ICU look-ups, once per process. Names of several words ("United
 * Kingdom", «Соединённые Штаты») are left out: a name is checked word by word.
 */
function countryNames(): ReadonlyMap<string, ReadonlySet<string>> {
  if (codesByName) return codesByName;
  const map = new Map<string, Set<string>>();
  for (const locale of COUNTRY_NAME_LOCALES) {
    const names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
    for (const first of LETTERS) {
      for (const second of LETTERS) {
        const code = first + second;
        const name = names.of(code);
        if (name === undefined || name === code || /[\s-]/u.test(name)) continue;
        const folded = foldWord(name);
        for (const form of [folded, ...caseStems(folded).slice(1)]) addCode(map, form, code);
      }
    }
  }
  codesByName = map;
  beginnings = new Set([...map.keys()].map((name) => name.slice(0, 3)));
  return map;
}

/** The countries a folded word names in any form: "deutschlands", «германии», "germany" → DE. Empty for any other word. */
export function countryCodesOf(folded: string): string[] {
  const names = countryNames();
  if (!beginnings.has(folded.slice(0, 3))) return [];
  const codes = new Set<string>();
  for (const form of [folded, ...inflectionStems(folded)]) for (const code of names.get(form) ?? []) codes.add(code);
  return [...codes];
}
