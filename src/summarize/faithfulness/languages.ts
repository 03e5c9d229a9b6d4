import { addCode, forEachIcuName } from './icu-names.js';
import { RUSSIAN_ADJECTIVE_ENDINGS } from './russian-institutions.js';

/**
 * Nationality adjectives: English writes them capitalised and as the language's
 * name ("Dutch developer", "Georgian wine"), Russian and German write them in
 * lower case ("нидерландский застройщик", "der niederländische Entwickler"),
 * so a summary's "Dutch" has nothing to match by its letters. ICU names every
 * language in every locale (Intl.DisplayNames: "Dutch", «нидерландский»,
 * "Niederländisch"), so one code stands for all three, and for the country the
 * language is most likely spoken in (Intl.Locale#maximize: nl → NL), with no
 * list of our own to keep.
 */


/** German adds these to its lower-case adjective ("niederländische"); Russian names a language by the masculine adjective («нидерландский»), declined with RUSSIAN_ADJECTIVE_ENDINGS. */
const GERMAN_ADJECTIVE_ENDINGS = ['en', 'er', 'es', 'em', 'e'];

let codesByForm: ReadonlyMap<string, ReadonlySet<string>> | undefined;
/** The first three letters of every form in codesByForm: most words are ruled out by them before any ending is tried. */
let beginnings: ReadonlySet<string> = new Set();

/** One-word language names, folded, and Russian adjective stems of them («нидерландск»), each with the ISO 639-1 codes it names. Built on first use. */
function languageForms(): ReadonlyMap<string, ReadonlySet<string>> {
  if (codesByForm) return codesByForm;
  const forms = new Map<string, Set<string>>();
  forEachIcuName('language', (folded, code, locale) => {
    addCode(forms, folded, code);
    const ending = RUSSIAN_ADJECTIVE_ENDINGS.find((candidate) => folded.endsWith(candidate));
    if (locale === 'ru' && ending) addCode(forms, folded.slice(0, -ending.length), code);
  });
  codesByForm = forms;
  beginnings = new Set([...forms.keys()].map((form) => form.slice(0, 3)));
  return forms;
}

/** The languages a folded word names, or is the nationality adjective of, in any form: "dutch", «нидерландского», "niederlandische" → nl. */
export function languageCodesOf(folded: string): string[] {
  const forms = languageForms();
  if (!beginnings.has(folded.slice(0, 3))) return [];
  const codes = new Set<string>(forms.get(folded) ?? []);
  for (const ending of [...RUSSIAN_ADJECTIVE_ENDINGS, ...GERMAN_ADJECTIVE_ENDINGS]) {
    if (folded.length > ending.length + 2 && folded.endsWith(ending)) for (const code of forms.get(folded.slice(0, -ending.length)) ?? []) codes.add(code);
  }
  return [...codes];
}

/** The country a language is most likely spoken in: nl → NL, ka → GE. `code` is one languageCodesOf gave. */
export function regionOfLanguage(code: string): string | undefined {
  return new Intl.Locale(code).maximize().region;
}
