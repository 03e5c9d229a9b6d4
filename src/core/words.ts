/**
 * The one tokenizer and the one stop-word list of the product: language
 * detection, the extractive summarizer, story clustering and feed item
 * classification all count words the same way.
 */

/** A word: a run of letters and digits, with one apostrophe inside ("don't", "Moscow’s"). */
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

/** Letter and digit runs, lower-cased ("don't" stays one word): the words of a text. */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

/** One word of a text as written (case kept), with where it is: `text.slice(start, end)`. */
export interface WordToken {
  text: string;
  start: number;
  end: number;
}

/**
 * The words of `wordsOf`, case kept and with their offsets, for readers that need
 * the capitals or what stands between words (the faithfulness checker).
 */
export function wordTokensOf(text: string): WordToken[] {
  return Array.from(text.matchAll(WORD), (match) => ({ text: match[0], start: match.index, end: match.index + match[0].length }));
}

/** Scripts written without spaces between words. */
const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;

/**
 * Words, counting each Han, kana or Hangul character as half a word: those
 * scripts do not put spaces between words, so a run of letters is a sentence.
 */
export function countWords(text: string): number {
  const unspaced = text.match(UNSPACED_SCRIPT)?.length ?? 0;
  const spaced = text.replace(UNSPACED_SCRIPT, ' ');
  return (spaced.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) + Math.floor(unspaced / 2);
}

/**
 * Function words and words too common in news to say what a text is about, per
 * language. Detection counts a language's own list; everything else asks
 * `isStopword`, which knows them all.
 */
export const STOPWORDS_BY_LANGUAGE: Readonly<Record<string, ReadonlySet<string>>> = Object.fromEntries(
  Object.entries({
    en:
      'the and of to in is that for it with was on as are by this have from he said has be at not but they which were would ' +
      'you all any can her one our out day get him his how man new now old see two way who boy did its let put say she too use ' +
      'will your know want been good much some time very when come here just like long make many more only over such take than ' +
      'them well what about after again also back could first into most says year years their there these those while other ' +
      'being under since where before between during through against amid week today people had then should may might who',
    ru: 'и в во не на что с со как а то по но из у за от для до же его ее её они это бы был была были быть к о об при так уже или ли ни да нет мы вы он она их также сказал заявил',
    de: 'der die das und ist nicht mit den sich auf ein eine einer dem des auch es für von zu im wird sind hat wie bei nach aus oder werden',
    fr: 'le la les et des est une du pour que qui dans pas sur au avec ce il elle sont aux par plus été ont mais leur cette nous',
    es: 'el la los las y que del en por con una para es se lo su al como más pero sus fue este ha también muy sobre entre hasta',
    it: 'il di che la e per non con una sono della del gli le nel alla anche dei ha questo più come ma delle nella essere stato è degli',
    pt: 'o a os as de que e do da em um uma para com não por dos das mais se na no ao foi são como também pelo pela',
    nl: 'de het een en van is dat op te zijn niet met voor die ook aan er maar om werd wordt bij nog door naar heeft worden dan hij',
    pl: 'i w nie na się z to że do jest jak po od za o ale przez tak jego już być które został może oraz tym który jako dla',
  }).map(([language, words]) => [language, new Set(words.split(' '))]),
);

const ALL_STOPWORDS = new Set(Object.values(STOPWORDS_BY_LANGUAGE).flatMap((words) => [...words]));

export function isStopword(word: string): boolean {
  return ALL_STOPWORDS.has(word);
}

/** The words of a text that say what it is about: three letters or more, no stop-words. */
export function contentWordsOf(text: string): string[] {
  return wordsOf(text).filter((word) => word.length > 2 && !ALL_STOPWORDS.has(word));
}

/**
 * A crude stem: the first six letters, so that "sanctions" ~ "sanction" and "медведя" ~
 * "медведи". Enough to compare two texts' vocabulary in any language, no more.
 */
export function stemOf(word: string): string {
  return word.length > 5 ? word.slice(0, 6) : word;
}

/**
 * Languages whose weekday and month names the product knows, from the platform's own
 * locale data (Intl), so no list of names is kept anywhere: the languages of the
 * stop-word list plus Ukrainian and Greek, with British English for its "Sept". The
 * date recognisers in `extract/`, the dateline rule below and the faithfulness
 * checker's calendar all read them from `calendarNames`.
 */
const CALENDAR_LOCALES = ['en-US', 'en-GB', 'ru', 'uk', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'el'];

/** A weekday's or month's name as one of the calendar locales writes it, without an abbreviation's dot. */
export interface CalendarName {
  name: string;
  kind: 'weekday' | 'month';
  /** Monday 0 to Sunday 6 (ISO 8601's order); January 0 to December 11. */
  index: number;
}

let allCalendarNames: readonly CalendarName[] | undefined;

/**
 * Every long and short weekday and month name of the calendar locales, case as the
 * locale writes it ("Friday", «октября»); months stand-alone ("октябрь") and in a
 * date ("25 октября"), which differ in many languages. Built once, on first use.
 */
export function calendarNames(): readonly CalendarName[] {
  if (allCalendarNames !== undefined) return allCalendarNames;
  const names: CalendarName[] = [];
  const seen = new Set<string>();
  const add = (written: string | undefined, kind: CalendarName['kind'], index: number) => {
    if (written === undefined) return;
    const name = written.replace(/\.$/u, '');
    const key = `${kind}:${index}:${name}`;
    if (seen.has(key)) return;
    seen.add(key);
    names.push({ name, kind, index });
  };
  const partOf = (format: Intl.DateTimeFormat, date: Date, type: CalendarName['kind']) => format.formatToParts(date).find((part) => part.type === type)?.value;
  for (const locale of CALENDAR_LOCALES) {
    for (const width of ['long', 'short'] as const) {
      const weekday = new Intl.DateTimeFormat(locale, { weekday: width, timeZone: 'UTC' });
      // 2024-01-01 was a Monday.
      for (let day = 0; day < 7; day += 1) add(partOf(weekday, new Date(Date.UTC(2024, 0, 1 + day)), 'weekday'), 'weekday', day);
      const formats = [new Intl.DateTimeFormat(locale, { month: width, timeZone: 'UTC' }), new Intl.DateTimeFormat(locale, { month: width, day: 'numeric', timeZone: 'UTC' })];
      for (let month = 0; month < 12; month += 1) {
        for (const format of formats) add(partOf(format, new Date(Date.UTC(2024, month, 15)), 'month'), 'month', month);
      }
    }
  }
  allCalendarNames = names;
  return names;
}

let monthNumbersByName: Map<string, number> | undefined;

/** The month names of `calendarNames` in lower case, with the three-letter cuts of wire datelines. */
function monthNames(): Map<string, number> {
  if (monthNumbersByName !== undefined) return monthNumbersByName;
  const names = new Map<string, number>();
  for (const { name, kind, index } of calendarNames()) if (kind === 'month') names.set(name.toLowerCase(), index + 1);
  // Wire datelines cut a name to three letters without a dot ("МОСКВА, 25 ноя — РИА Новости"); only where that is one month.
  const prefixes = new Map<string, number | undefined>();
  for (const [name, month] of names) {
    const prefix = name.slice(0, 3);
    if (name.length > 3 && !names.has(prefix)) prefixes.set(prefix, prefixes.has(prefix) && prefixes.get(prefix) !== month ? undefined : month);
  }
  for (const [prefix, month] of prefixes) if (month !== undefined) names.set(prefix, month);
  monthNumbersByName = names;
  return names;
}

/** 1 to 12 for a month's name or abbreviation (without its dot) in any case: "Oct", "октября", "Oktober". */
export function monthNumber(word: string): number | undefined {
  return monthNames().get(word.toLowerCase());
}

export function isMonthName(word: string): boolean {
  return monthNumber(word) !== undefined;
}

/** What joins the words of a German place name in lower case: "Giengen an der Brenz", "Weiden in der Oberpfalz", "Rothenburg ob der Tauber". */
const PLACE_JOINER = String.raw`\s(?:an der|an dem|am|im|in der|ob der|bei)\s`;
/** What tells two places of one name apart, in brackets: "Frankfurt (Oder)", "Halle (Saale)". */
const PLACE_QUALIFIER = String.raw`\s\(\p{Lu}[\p{L}.-]*\)`;
/** One to three capitalised words: "Moscow", "NEW YORK", "Giengen an der Brenz", "Frankfurt (Oder)"; "Rio de Janeiro" is beyond it. */
const PLACE_NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?:(?:[ -]|${PLACE_JOINER})\p{Lu}[\p{L}'’.-]*){0,2}(?:${PLACE_QUALIFIER})?`;
/** A German place that says it is one alone, by its joining words or brackets: "Giengen an der Brenz.", "Frankfurt (Oder)." */
const PLACE_ALONE = String.raw`\p{Lu}[\p{L}'’-]*(?:${PLACE_JOINER}\p{Lu}[\p{L}'’-]*|${PLACE_QUALIFIER})`;
/** The same with one or two regions after commas: "Dekalb, Ill.", "Washington, DC, United States". */
const PLACE_WITH_REGION = String.raw`${PLACE_NAME}(?:,\s*${PLACE_NAME}){1,2}`;
/** A place, with or without a region. */
const PLACE = String.raw`${PLACE_NAME}(?:,\s*${PLACE_NAME}){0,2}`;
/** A place in capitals ("MADRID", "NEW YORK"), which is a dateline on its own before a dash. */
const PLACE_IN_CAPITALS = String.raw`\p{Lu}[\p{Lu}'’.-]+(?:[ -]\p{Lu}[\p{Lu}'’.-]+){0,2}`;
/**
 * "25 октября", "25. Oktober", "Oct. 25", "25 de marzo de 2024", "October 25, 2022". The
 * month is any word here (`month`); `isMonthName` decides, because the place before it
 * must be matched case-sensitively and the month name not.
 */
const DAY_AND_MONTH = String.raw`(?:\d{1,2}\.?\s+(?:de\s+)?(?<month>\p{L}+)|(?<monthFirst>\p{L}+)\.?\s+\d{1,2}(?:st|nd|rd|th)?(?!\p{N}))\.?(?:,?\s+(?:de\s+)?\d{4}(?:\s*(?:г\.|года))?)?`;
/** "(Reuters)", "(dpa)", "/ТАСС/", "INTERFAX.RU" before a dash. */
const AGENCY = String.raw`(?:\([^()\n]{1,40}\)|/[^/\n]{1,30}/|\p{Lu}[\p{Lu}\p{N}.-]{2,}(?=\s*[-–—]))`;
/** A dash, optionally followed by the agency ("— РИА Новости."). */
const DASH = String.raw`\s*[-–—]+(?:\s*\p{Lu}\p{L}*(?:\s\p{Lu}\p{L}*)?\.(?=\s|$))?`;

/** The shapes of a dateline, tried in order; each must be followed by a sentence or nothing. */
const LEADING_DATELINES = [
  // "Москва, 25 октября.", "MOSCOW, Oct. 25 (Reuters) -", "МОСКВА, 25 октября. /ТАСС/.", "Москва. 25 октября. INTERFAX.RU -"
  `${PLACE}[,.]?\\s+${DAY_AND_MONTH}(?:[.,]?\\s*${AGENCY})?(?:${DASH}|\\s*:|\\.)?`,
  // "MOSCOW (Reuters) -", "Berlin (dpa) –", "WASHINGTON (AP) —"
  `${PLACE}\\s*${AGENCY}\\s*[.:]?(?:${DASH}|\\s*:|\\.)`,
  // "MADRID —", "NEW DELHI:", "Dekalb, Ill. —", "Washington, DC, United States:"
  `(?:${PLACE_IN_CAPITALS}|${PLACE_WITH_REGION})(?:\\s+[-–—]+|:)`,
  // "(Reuters) —" with the place left out
  `${AGENCY}\\s*[-–—]+`,
  // "Giengen an der Brenz." with the date left out, as German local papers write it
  `${PLACE_ALONE}\\.`,
].map((source) => new RegExp(`^(?:${source})[\\s.]*`, 'u'));

/**
 * Splits a news dateline ("Москва, 25 октября.", "MOSCOW, Oct. 25 (Reuters) -",
 * "Berlin (dpa) –", "MADRID —") off the start of a text. It says where and when,
 * never what happened: extraction treats a line that is only a dateline as page
 * chrome, and the summarizer never lets one open a gist. Undefined when the text
 * does not start with one, or when what follows does not start a sentence.
 */
export function splitLeadingDateline(text: string): { dateline: string; rest: string } | undefined {
  for (const pattern of LEADING_DATELINES) {
    const match = pattern.exec(text);
    if (match === null) continue;
    const month = match.groups?.['month'] ?? match.groups?.['monthFirst'];
    if (month !== undefined && !isMonthName(month)) continue;
    const rest = text.slice(match[0].length);
    if (rest !== '' && !/^["“”«„'‘(\p{Lu}\p{N}]/u.test(rest)) continue;
    return { dateline: match[0].trim(), rest };
  }
  return undefined;
}
