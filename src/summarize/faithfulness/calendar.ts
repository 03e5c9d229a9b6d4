import { foldWord, sameWordForm } from './fold.js';

/**
 * Languages whose weekday and month names the checker knows, from the
 * platform's own locale data (Intl), so no list of names is kept here: the
 * languages of the stop-word list plus Ukrainian and Greek.
 */
const CALENDAR_LOCALES = ['en-US', 'en-GB', 'ru', 'uk', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'el'];

/** A weekday or month, the same in every language: "weekday:4" is Friday, "month:9" October. */
export type CalendarKey = `weekday:${number}` | `month:${number}`;

interface CalendarForm {
  key: CalendarKey;
  /** The locale writes it in lower case ("октября"), so a lower-case word in a text is the name too. */
  lowerCase: boolean;
}

let formsByStart: Map<string, Array<{ folded: string } & CalendarForm>> | undefined;

function calendarForms(): Map<string, Array<{ folded: string } & CalendarForm>> {
  if (formsByStart) return formsByStart;
  const forms = new Map<string, Array<{ folded: string } & CalendarForm>>();
  const addForm = (written: string, key: CalendarKey) => {
    const name = written.replace(/\.$/, '');
    const folded = foldWord(name);
    if (folded.length < 3) return;
    const start = folded.slice(0, 3);
    const list = forms.get(start) ?? [];
    if (!list.some((form) => form.folded === folded && form.key === key)) list.push({ folded, key, lowerCase: name === name.toLowerCase() });
    forms.set(start, list);
  };
  const partOf = (format: Intl.DateTimeFormat, date: Date, type: 'weekday' | 'month') => format.formatToParts(date).find((part) => part.type === type)?.value;
  for (const locale of CALENDAR_LOCALES) {
    for (const width of ['long', 'short'] as const) {
      const weekday = new Intl.DateTimeFormat(locale, { weekday: width, timeZone: 'UTC' });
      // 2024-01-01 was a Monday: key 0 is Monday, as in ISO 8601.
      for (let day = 0; day < 7; day++) {
        const name = partOf(weekday, new Date(Date.UTC(2024, 0, 1 + day)), 'weekday');
        if (name) addForm(name, `weekday:${day}`);
      }
      // Stand-alone ("октябрь") and in a date ("21 октября"), which differ in many languages.
      const standAlone = new Intl.DateTimeFormat(locale, { month: width, timeZone: 'UTC' });
      const inDate = new Intl.DateTimeFormat(locale, { month: width, day: 'numeric', timeZone: 'UTC' });
      for (let month = 0; month < 12; month++) {
        const date = new Date(Date.UTC(2024, month, 15));
        for (const format of [standAlone, inDate]) {
          const name = partOf(format, date, 'month');
          if (name) addForm(name, `month:${month}`);
        }
      }
    }
  }
  formsByStart = forms;
  return forms;
}

/**
 * The weekday or month a word names, in any of the known languages, or
 * undefined. `capitalised` says how the word was written: "May" is a month,
 * "may" is not, while «мая» is one in lower case. Cyrillic and Greek case
 * endings are allowed («в пятницу» is Friday).
 */
export function calendarKeyOf(folded: string, capitalised: boolean): CalendarKey | undefined {
  if (folded.length < 3) return undefined;
  const candidates = calendarForms().get(folded.slice(0, 3));
  if (!candidates) return undefined;
  const exact = candidates.find((form) => form.folded === folded);
  // Case endings only where names decline (Cyrillic, Greek): in Latin script "Julia" is not "Juli".
  const declines = folded.length >= 5 && !/^[a-z]/.test(folded);
  const found = exact ?? (declines ? candidates.find((form) => form.folded.length >= 5 && sameWordForm(form.folded, folded)) : undefined);
  if (!found || (!capitalised && !found.lowerCase)) return undefined;
  return found.key;
}

/** The weekday and month of an ISO date ("2022-10-21"), which the source's date line states. */
export function calendarKeysOfDate(isoDate: string | undefined): CalendarKey[] {
  if (!isoDate) return [];
  const date = new Date(isoDate);
  if (Number.isNaN(date.getTime())) return [];
  return [`weekday:${(date.getUTCDay() + 6) % 7}`, `month:${date.getUTCMonth()}`];
}
