import { calendarNames } from '../../core/words.js';
import { foldWord, sameDeclinedName, sameWordForm } from './fold.js';

/** A weekday or month, the same in every language: "weekday:4" is Friday, "month:9" October. */
export type CalendarKey = `weekday:${number}` | `month:${number}`;

interface CalendarForm {
  folded: string;
  key: CalendarKey;
  /** The locale writes it in lower case ("октября"), so a lower-case word in a text is the name too. */
  lowerCase: boolean;
}

let formsByStart: Map<string, CalendarForm[]> | undefined;

/** The names of `calendarNames` (core/words.ts, the one list), folded and grouped by their first three letters. */
function calendarForms(): Map<string, CalendarForm[]> {
  if (formsByStart) return formsByStart;
  const forms = new Map<string, CalendarForm[]>();
  for (const { name, kind, index } of calendarNames()) {
    const folded = foldWord(name);
    if (folded.length < 3) continue;
    const key: CalendarKey = `${kind}:${index}`;
    const start = folded.slice(0, 3);
    const list = forms.get(start) ?? [];
    if (!list.some((form) => form.folded === folded && form.key === key)) list.push({ folded, key, lowerCase: name === name.toLowerCase() });
    forms.set(start, list);
  }
  formsByStart = forms;
  return forms;
}

/** The times of day German writes onto a weekday: "Freitagabend", "Montagmorgen", "Sonntagnachmittag" (folded: "früh" is "fruh"). */
const PART_OF_DAY = /(?:abend|morgen|vormittag|nachmittag|mittag|nacht|fruh)s?$/u;

/** What makes a weekday's plural or adverb: "Wednesdays", "mittwochs", "Sonntagen". */
const WEEKDAY_ENDINGS = ['s', 'en'];

/** The Russian months in their cases, folded (ё is е, й is и), January first: «январь», «января», «в январе», «в мае». */
const RUSSIAN_MONTHS: readonly RegExp[] = ['январ', 'феврал', 'март', 'апрел', 'ма', 'июн', 'июл', 'август', 'сентябр', 'октябр', 'ноябр', 'декабр'].map((stem) =>
  stem === 'ма' ? /^ма(?:и|я|е|ю|ем)$/u : stem.endsWith('т') ? new RegExp(`^${stem}(?:а|е|у|ом)?$`, 'u') : new RegExp(`^${stem}(?:ь|я|е|ю|ем)$`, 'u'),
);

/** The month (0 is January) a folded Russian word names in any case, or -1: «в мае» is 4. */
export function russianMonthOf(folded: string): number {
  return RUSSIAN_MONTHS.findIndex((forms) => forms.test(folded));
}

/**
 * The weekday or month a word names, in any of the known languages, or
 * undefined. `capitalised` says how the word was written: "May" is a month,
 * "may" is not, while «мая» is one in lower case. Cyrillic and Greek case
 * endings are allowed («в пятницу» is Friday, «к среде» Wednesday).
 */
export function calendarKeyOf(folded: string, capitalised: boolean): CalendarKey | undefined {
  if (folded.length < 3) return undefined;
  // «в мае», «май»: three letters, too short for the case endings below.
  const russianMonth = russianMonthOf(folded);
  if (russianMonth >= 0) return `month:${russianMonth}`;
  const candidates = calendarForms().get(folded.slice(0, 3));
  if (!candidates) return undefined;
  const exact = candidates.find((form) => form.folded === folded);
  // "on Wednesdays", "an Sonntagen", "mittwochs": a weekday's plural or adverb is that weekday, and German writes the adverb in lower case.
  const ending = WEEKDAY_ENDINGS.find((letters) => folded.endsWith(letters));
  const weekday = exact || ending === undefined ? undefined : candidates.find((form) => form.folded === folded.slice(0, -ending.length) && form.key.startsWith('weekday:'));
  if (weekday) return capitalised || ending === 's' ? weekday.key : undefined;
  // "Freitagabend", "am Montagmorgen": German joins a weekday and the time of that day into one word, which names the day.
  const partOfDay = capitalised ? PART_OF_DAY.exec(folded) : null;
  if (partOfDay) {
    const day = candidates.find((form) => form.folded === folded.slice(0, partOfDay.index) && form.key.startsWith('weekday:'));
    if (day) return day.key;
  }
  // Case endings only where names decline (Cyrillic, Greek; «в июне», four letters): in Latin script "Julia" is not "Juli".
  const declines = folded.length >= 4 && !/^[a-z]/.test(folded);
  const found = exact ?? (declines ? candidates.find((form) => (form.folded.length >= 5 && sameWordForm(form.folded, folded)) || sameDeclinedName(form.folded, folded)) : undefined);
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

/** Whether a folded word names a month in any known language (see calendarKeyOf): "June", «июня», "Juli". */
export function isMonthWord(folded: string, capitalised: boolean): boolean {
  return calendarKeyOf(folded, capitalised)?.startsWith('month:') === true;
}
