import { isStopword } from '../../core/words.js';
import { calendarKeyOf } from './calendar.js';
import { foldWord, type FoldedToken } from './fold.js';
import {
  CURRENCY_SIGNS,
  DIGIT_SUFFIX_SCALES,
  ARTICLE_FRACTIONS,
  compoundQuantityOf,
  hyphenedMeasureOf,
  FRACTION_OF,
  HALF_ARTICLE,
  isMeasureNoun,
  measureNounOf,
  NUMBER_JOINER,
  numberWordOf,
  PART_WORDS,
  RATE_WORDS,
  REFERRING_DETERMINERS,
  SINGULAR_ARTICLES,
  TIME_RELATIONS,
  unitWordOf,
  type MeasureBase,
  type MeasureNoun,
  type NumberUnit,
  type NumberWord,
} from './number-words.js';

/** A quantity of time or distance, in its base unit: "half a century" and "fifty years" are both 600 months. */
export interface Measure {
  base: MeasureBase;
  /** `values` in the base unit, in the same order. */
  amounts: number[];
}

/** A number as a text states it. */
export interface NumberMention {
  /** As written: "$3.5bn", "forty million pounds", "5 %". */
  text: string;
  start: number;
  end: number;
  /** Every value it can be read as: "12.000" is 12 or 12,000, "5m" five million or five metres. */
  values: number[];
  /** Per cent or a currency, when written next to it. */
  unit?: NumberUnit;
  /** What it counts when that is a noun of time or distance right after it: "five years", "zwölf Kilometer", "an hour". */
  measure?: Measure;
  /**
   * "the two countries", "these three men": a small count in words that refers
   * back to what the text has named, not a new fact (see REFERRING_DETERMINERS).
   */
  refersBack?: true;
  /**
   * "about half of it", "half is expected…": a share of something, which the
   * words around it seldom name ("it", "is"); see SHARE_CONTEXT.
   */
  share?: true;
  /** "the first half", «во второй половине»: a half of a period by its place, 1 or 2, which the source must give the same. */
  halfOf?: true;
  /** "two thirds", «пятая часть», "ein Drittel", "half": a fraction in words, which a summary may give for a percentage (see fractionOfStatedPercentage in worked-out.ts). */
  fraction?: true;
  /** The numbers a share in words is written with: 1 and 5 of "one in five", 7 of "jeder siebte" (see withSharesInWords). */
  writtenWith?: readonly number[];
  /** "6 p.m.", "noon": a time of day, in hours of a 24-hour clock (see twelveHourTime). */
  clock?: true;
  /**
   * The hour or the minutes of a time of day written with both ("11:40 p.m.",
   * «в 23:40», "8.40 Uhr"): the time, in minutes after midnight (see withTimesOfDay).
   */
  timeOfDay?: number[];
  /** The upper end of a range: the values of its lower end ("6 p.m." of "from 10 a.m. to 6 p.m." has [10]; see shareAcrossRanges). */
  rangeFrom?: number[];
  /** A rounded figure, and which side of it the exact one is: "more than 14,000", "almost four hours", "about 2,100" (see APPROXIMATIONS). */
  approximately?: Approximation;
}

/** Which side of a rounded figure the exact one is: above "more than 14,000", below "almost four hours", either "about 2,100". */
export type Approximation = 'above' | 'below' | 'near';

/**
 * The words before a number that make it a rounded figure, by the side the exact one is on; a Russian preposition may
 * stand between («почти в 95 млрд», «более чем на 10%», «менее чем за три часа»), and a German article before a fraction or a multiple ("mehr als die
 * Hälfte", "gut das Dreifache", "knapp eine halbe Million").
 */
const APPROXIMATIONS: ReadonlyArray<readonly [Approximation, RegExp]> = [
  ['above', /(?:^|[^\p{L}])(?:more than|over|above|upwards of|in excess of|just after|shortly after|более(?:\s+чем)?|больше|свыше|вскоре после|mehr als|über|gut|kurz nach)\s+(?:(?:в|на|до|за|die|das|eine)\s+)?$/iu],
  ['below', /(?:^|[^\p{L}])(?:almost|nearly|under|less than|fewer than|close to|just before|shortly before|почти|менее(?:\s+чем)?|меньше(?:\s+чем)?|без малого|незадолго до|fast|knapp|beinahe|nahezu|weniger als|unter|kurz vor)\s+(?:(?:в|на|до|за|die|das|eine)\s+)?$/iu],
  ['near', /(?:^|[^\p{L}])(?:about|around|roughly|approximately|some|an estimated|около|примерно|порядка|приблизительно|rund|etwa|ungefähr|circa|ca\.|zirka|gegen)\s+(?:(?:в|на|до|за|die|das|eine)\s+)?$/iu],
];
/** Characters before a number looked at for APPROXIMATIONS. */
const APPROXIMATION_REACH = 24;

/** Marks each number the text rounds (see APPROXIMATIONS). */
function withApproximations(text: string, mentions: NumberMention[]): NumberMention[] {
  for (const mention of mentions) {
    // "about one in 45 million", «примерно один из 45 млн»: the rounding word is of the odds, and of the number they are out of.
    const odds = ONE_IN_BEFORE.exec(text.slice(Math.max(0, mention.start - APPROXIMATION_REACH), mention.start));
    const start = odds ? mention.start - odds[0].length : mention.start;
    const before = text.slice(Math.max(0, start - APPROXIMATION_REACH), start);
    const approximation = APPROXIMATIONS.find(([, words]) => words.test(before))?.[0];
    if (approximation) mention.approximately = approximation;
  }
  return mentions;
}
/** Odds before the number they are out of: "one in", "1 in", «один из», "eins zu". */
const ONE_IN_BEFORE = /(?<![\p{L}\d])(?:one|1|один|одна|eins|einer|eine)\s+(?:in|out of|из|zu|von)\s+$/iu;

/**
 * Digits as news writes them: grouped by commas ("1,000"), spaces ("1 000", also
 * no-break and thin ones), apostrophes as Switzerland writes them ("38'000") or
 * dots in threes ("1.000.000", and "1.075,20" with a decimal comma), with a decimal part
 * ("3.5", "3,5"), and letters stuck to them ("5bn", "24th", "1990s"). Digits
 * inside a word ("G20", "MH17") are a code, not a number.
 */
const DIGITS =
  /(?<![\p{L}\p{N}])(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}(?![\d.,])|\d{1,3}(?:\.\d{3})+,\d+|\d{1,3}(?:(?:,\d{3})+|(?:[ \u00a0\u202f\u2009]\d{3})+|(?:['’]\d{3})+|(?:\.\d{3}){2,})(?!\d)(?:\.\d+)?|\d+(?:[.,]\d+)?)(\p{L}*)/gu;

/** What may stand between the words of one number: "forty-two", "3.5 million". */
/** "21.10.2022", "21/10/22": a date is three numbers, not 21.1 and 2022. */
const DATE = /^\d{1,2}[./]\d{1,2}[./]\d{2,4}$/;

/** "8.40", "08:40": an hour and its minutes, which a word after them says are a time of day (see clockTimeAt). */
const HOUR_AND_MINUTES = /^(\d{1,2})[.:]([0-5]\d)$/;
/** The end of a range of times of day, marked once for both: "von 6.30 bis 21 Uhr", "6.30–21.00 Uhr". */
const CLOCK_RANGE_END = /^[\s\u00a0]*(?:bis|to|до|[-–—])[\s\u00a0]*\d{1,2}(?:[.:][0-5]\d)?[\s\u00a0]*(?:uhr\b|[ap]\.?[\s\u00a0]?m\b)/iu;
/** What says the digits before are a time of day: "a.m.", "pm", "Uhr", «утра», «вечера». */
const CLOCK_MARKER = /^(?:[ap]m|[\s\u00a0\u202f]?(?:[ap]\.?[\s\u00a0]?m\b|uhr\b|утра|вечера|дня|ночи))/iu;

/**
 * "8.40 a.m.", "8.40am", "8.40 Uhr", «8:40 утра»: an hour and its minutes, read
 * as two numbers whatever separates them, as "8:40" always is (the colon makes
 * two digit runs). Without a word saying it is a time, after it or after the
 * range it opens ("von 6.30 bis 21 Uhr"), "8.40" is a decimal ("8.40 per
 * cent"). `end` is where the digits and `suffix` end.
 */
function clockTimeAt(text: string, body: string, suffix: string, end: number): { hour: string; minutes: string } | undefined {
  const parts = HOUR_AND_MINUTES.exec(body);
  const [, hour, minutes] = parts ?? [];
  if (!hour || !minutes || Number(hour) > 24) return undefined;
  const after = suffix + text.slice(end);
  return CLOCK_MARKER.test(after) || CLOCK_RANGE_END.test(after) ? { hour, minutes } : undefined;
}

const NUMBER_GAP = /^[\s\u00a0\u202f\u2009-]*$/u;
const PERCENT_AFTER = /^[\s\u00a0\u202f\u2009]?%/u;
/** The currency signs CURRENCY_SIGNS reads, as a character class: one list to add a sign to. */
const SIGNS = `[${Object.keys(CURRENCY_SIGNS).join('').replace(/[\\\]^-]/gu, '\\$&')}]`;
// Not a sign that begins the next amount: "children under 16 £3" is 16 and £3.
const SIGN_AFTER = new RegExp(`^[\\s\\u00a0\\u202f\\u2009]?(${SIGNS})(?![\\s\\u00a0\\u202f\\u2009]?\\d)`, 'u');
const SIGN_BEFORE = new RegExp(`(${SIGNS})[\\s\\u00a0\\u202f\\u2009]?$`, 'u');

/** "1,000.5" → [1000.5]; "12.500" → [12.5, 12500]; "12.000" → [12000]; "3,5" → [3.5]; "1.075,20" → [1075.2]. */
function readDigits(digits: string): number[] {
  const compact = digits.replace(/[ \u00a0\u202f\u2009'’]/gu, '');
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(compact)) return [Number(compact.replace(/,/g, ''))];
  if (/^\d{1,3}(?:\.\d{3}){2,}$/.test(compact)) return [Number(compact.replace(/\./g, ''))];
  // "1.075,20": German thousands with a decimal comma.
  if (/^\d{1,3}(?:\.\d{3})+,\d+$/.test(compact)) return [Number(compact.replace(/\./g, '').replace(',', '.'))];
  const decimal = /^(\d+)([.,])(\d+)$/.exec(compact);
  if (decimal) {
    const [, whole = '', separator, fraction = ''] = decimal;
    const asDecimal = Number(`${whole}.${fraction}`);
    // "12.500" is twelve and a half in English and twelve thousand five hundred in German; both readings count. "5.000" is
    // only five thousand: no one writes five with three zero decimals.
    if (separator === '.' && fraction.length === 3) return fraction === '000' ? [Number(whole + fraction)] : [asDecimal, Number(whole + fraction)];
    return [asDecimal];
  }
  return [Number(compact)];
}

/**
 * The scale a number ends with ("31 тысячу", "3 million", "5bn", "two hundred
 * thousand"), which the lower end of a range shares ("22–31 тысячу"). `ambiguous`:
 * the base is a reading too ("5m" is also five metres).
 */
interface Multiplier {
  scale: number;
  ambiguous: boolean;
}

/** A token or a digit run, in text order, for the number reader. */
type Atom =
  | { kind: 'digits'; start: number; end: number; values: number[]; multiplier?: Multiplier }
  | { kind: 'word'; start: number; end: number; folded: string };

/** Letters at least of a unit written onto digits that is read as a word: "km", not "m" (millions) or "s". */
const GLUED_MEASURE_LETTERS = 2;

function atomsOf(text: string, tokens: readonly FoldedToken[]): Atom[] {
  const atoms: Atom[] = [];
  const digitRuns: Array<{ start: number; end: number }> = [];
  for (const match of text.matchAll(DIGITS)) {
    const suffix = match[1] ?? '';
    const body = match[0].slice(0, match[0].length - suffix.length);
    const start = match.index;
    const end = start + match[0].length;
    digitRuns.push({ start, end });
    const clock = clockTimeAt(text, body, suffix, end);
    if (clock) {
      atoms.push({ kind: 'digits', start, end: start + clock.hour.length, values: [Number(clock.hour)] });
      atoms.push({ kind: 'digits', start: end - suffix.length - clock.minutes.length, end: end - suffix.length, values: [Number(clock.minutes)] });
      continue;
    }
    if (DATE.test(body)) {
      let at = start;
      for (const part of body.split(/[./]/)) {
        atoms.push({ kind: 'digits', start: at, end: at + part.length, values: [Number(part)] });
        at += part.length + 1;
      }
      continue;
    }
    const base = readDigits(body);
    const scale = DIGIT_SUFFIX_SCALES[foldWord(suffix)];
    // "187.5km", "12kg", «5км»: a unit of two letters or more written onto the digits is a word after them ("48s" may be a decade).
    if (!scale && suffix.length >= GLUED_MEASURE_LETTERS && isMeasureNoun(foldWord(suffix))) {
      atoms.push({ kind: 'digits', start, end: end - suffix.length, values: base });
      atoms.push({ kind: 'word', start: end - suffix.length, end, folded: foldWord(suffix) });
      continue;
    }
    const values = scale ? [...(scale.ambiguous ? base : []), ...base.map((value) => value * scale.scale)] : base;
    atoms.push({ kind: 'digits', start, end, values, ...(scale && { multiplier: { scale: scale.scale, ambiguous: scale.ambiguous === true } }) });
  }
  // Both lists are in text order: merged, without the tokens a digit run already covers.
  const merged: Atom[] = [];
  let next = 0;
  let run = 0;
  for (const token of tokens) {
    while (run < digitRuns.length && (digitRuns[run]?.end ?? 0) <= token.start) run++;
    const digits = digitRuns[run];
    if (digits && token.start < digits.end && token.end > digits.start) continue;
    for (let atom = atoms[next]; atom && atom.start < token.start; atom = atoms[++next]) merged.push(atom);
    merged.push({ kind: 'word', start: token.start, end: token.end, folded: token.folded });
  }
  merged.push(...atoms.slice(next));
  return merged;
}

function adjacent(text: string, before: Atom, after: Atom | undefined): after is Atom {
  return after !== undefined && NUMBER_GAP.test(text.slice(before.end, after.start));
}

function wordOf(atom: Atom | undefined): NumberWord | undefined {
  return atom?.kind === 'word' ? numberWordOf(atom.folded) : undefined;
}

/** What joins a half to the number before it in Russian: «два с половиной» («полтора» is one word). */
const RUSSIAN_HALF_JOINER = 'с';

/** Where the half of "and a half" at `index` is, or undefined: "two and a half", "a year and a half". */
function andAHalfAt(text: string, atoms: readonly Atom[], index: number): number | undefined {
  const [joiner, article, half] = [atoms[index], atoms[index + 1], atoms[index + 2]];
  if (!joiner || foldedOf(joiner) !== NUMBER_JOINER || foldedOf(article) !== HALF_ARTICLE || wordOf(half)?.role !== 'half') return undefined;
  return adjacent(text, joiner, article) && adjacent(text, article, half) ? index + 2 : undefined;
}

/** Where the half is that "and a half" or «с половиной» at `index` adds to the number before it, or undefined. */
function halfAddedAt(text: string, atoms: readonly Atom[], index: number): number | undefined {
  const [joiner, next] = [atoms[index], atoms[index + 1]];
  if (!joiner || !adjacent(text, joiner, next)) return undefined;
  if (foldedOf(joiner) === RUSSIAN_HALF_JOINER && wordOf(next)?.role === 'half') return index + 1;
  return andAHalfAt(text, atoms, index);
}

const DOZEN = 12;
/** A German noun made of a number word: "Einer", "Zweier", "Vierer", "Achter" (boats, teams, a figure eight). */
const GERMAN_NUMBER_NOUN = /^(?:Einer|Zweier|Dreier|Vierer|Fünfer|Sechser|Siebener|Achter|Neuner|Zehner|Elfer|Zwölfer)$/u;
/** German articles before such a noun: "einen Einer", "im Achter", "der Vierer". */
const GERMAN_ARTICLES_BEFORE_NOUN: ReadonlySet<string> = new Set('ein einen einem eines der den dem des die im am vom zum beim'.split(' '));
const ENGLISH_HALF = 'half';
/** German words after the verb "half" (helfen) that never follow the English "half" ("half an hour" is English too). */
const GERMAN_AFTER_HALF: ReadonlySet<string> = new Set(
  'es ihm ihr ihnen uns mir dir den dem der die das beim bei mit nicht nichts auch dabei dort damals jedoch aber im am zum zur vielen allen sie er man zudem schließlich letztlich kaum sehr viel wenig'
    .split(' ')
    .map(foldWord),
);

/**
 * Whether `word` goes on the number `previous` ended: "twenty" + "five", «двести» +
 * «пятьдесят», "hundred" + "fifty" do; "two" + "three" and "twenty" + "thirty" are two numbers.
 */
function continuesNumber(previous: NumberWord, word: NumberWord): boolean {
  // "half a million": only a scale goes on a half; a half goes on a number only as "and a half" (readNumberWords).
  if (previous.role === 'half') return word.role === 'scale' || word.role === 'times-hundred';
  // "um ein Fünftel ein(brechen)": nothing goes on a fraction.
  if (previous.role === 'times-hundred' && previous.value < 1) return false;
  // "a dozen five seasons ago": a dozen takes a scale after it ("a dozen million"), never units, as "hundred" does.
  if (previous.role === 'times-hundred' && previous.value === DOZEN && (word.role === 'add' || word.role === 'one')) return false;
  if (word.role === 'half') return false;
  // «третья сотня», "the third hundred": an ordinal is a place, and ends its number.
  if (previous.ordinal) return false;
  const adds = (number: NumberWord) => number.role === 'add' || number.role === 'one';
  if (!adds(previous) || !adds(word)) return true;
  if (previous.value % 100 === 0) return word.value < 100;
  if (previous.value % 10 === 0 && previous.value >= 20) return word.value < 10;
  return false;
}

function foldedOf(atom: Atom | undefined): string | undefined {
  return atom?.kind === 'word' ? atom.folded : undefined;
}

/**
 * Roman numerals of two letters or more up to 39, in capitals: «VII
 * международный кинофестиваль», "XXI century", "Louis XIV". Not with L, C, D
 * or M, which spell acronyms ("CV", "XL", "MD"), nor one letter ("I", "V").
 */
const ROMAN_NUMERAL = /^(X{0,3})(IX|IV|V?I{0,3})$/u;
const ROMAN_VALUES: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10 };

/** The value of a word written as a Roman numeral (see ROMAN_NUMERAL), or undefined. */
function romanNumeralOf(written: string): number | undefined {
  if (written.length < 2 || !ROMAN_NUMERAL.test(written)) return undefined;
  let total = 0;
  for (let index = 0; index < written.length; index++) {
    const value = ROMAN_VALUES[written[index] ?? ''] ?? 0;
    const next = ROMAN_VALUES[written[index + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

/** «в первой половине дня», «во второй половине дня»: Russian for the morning and the afternoon, each word folded. */
const HALF_OF_DAY = [/^(?:перв|втор)(?:ая|ои|ую)$/u, /^половин[аеуы]$/u, /^дня$/u];

/** The places of a half that make it a period: "the first half", "der zweiten Hälfte", «во второй половине». */
const ORDINALS_OF_HALVES: ReadonlyMap<string, number> = new Map([
  ...['first', 'erste', 'ersten', 'erster', 'первая', 'первой', 'первую', 'первое', 'первом', 'первого'].map((word) => [foldWord(word), 1] as const),
  ...['second', 'zweite', 'zweiten', 'zweiter', 'вторая', 'второй', 'вторую', 'второе', 'втором', 'второго'].map((word) => [foldWord(word), 2] as const),
]);
/** A half of a year in one word: "im ersten Halbjahr", «в первом полугодии». */
const HALF_YEARS: ReadonlySet<string> = new Set(['halbjahr', 'halbjahres', 'halbjahrs', 'полугодие', 'полугодия', 'полугодии', 'полугодию'].map(foldWord));

/** The words from `at` on say the morning or the afternoon (see HALF_OF_DAY). «во второй половине 2026 года» is a half of a year still. */
function isHalfOfDay(text: string, atoms: readonly Atom[], at: number): boolean {
  return HALF_OF_DAY.every((word, offset) => {
    const atom = atoms[at + offset];
    const before = atoms[at + offset - 1];
    return word.test(foldedOf(atom) ?? '') && (offset === 0 || (before !== undefined && adjacent(text, before, atom)));
  });
}

/** How many words may stand between a count and the article of its rate: "300 lorries a day", "40 million new passengers a year". */
const RATE_REACH = 5;

/**
 * The article at `atoms[article]` makes a rate, not a count: right after
 * "twice", "times", "per", digits, a number word or a measure noun ("twice a
 * week", "$5 a day", "40 million a year", "five days a week"), or after a count
 * and what it counts ("300 lorries a day", "three trains an hour"), unless a word
 * of time after the noun makes it a span ("three ministers resigned a day
 * after", "two buses a week later"). After a comma, or a word that is no noun
 * ("300 lorries and a year", "for a day"), it is a new phrase ("two years, a
 * week later").
 */
function makesRate(text: string, atoms: readonly Atom[], article: number): boolean {
  const before = atoms[article - 1];
  const articleAtom = atoms[article];
  if (before === undefined || articleAtom === undefined || !adjacent(text, before, articleAtom)) return false;
  if (before.kind === 'digits' || numberWordOf(before.folded) !== undefined || RATE_WORDS.has(before.folded) || isMeasureNoun(before.folded)) return true;
  // The word before the article is what is counted: "lorries", not "and", "for", "in" ("300 lorries and a year", "for a day").
  if (isStopword(before.folded) || TIME_RELATIONS.has(foldedOf(atoms[article + 2]) ?? '')) return false;
  for (let index = article - 2; index >= 0 && index >= article - 1 - RATE_REACH; index--) {
    const atom = atoms[index];
    const after = atoms[index + 1];
    if (atom === undefined || after === undefined || !adjacent(text, atom, after)) return false;
    if (atom.kind === 'digits' || numberWordOf(atom.folded) !== undefined) return true;
  }
  return false;
}

const HALF_PREFIX = 'пол';
/** "a third" is a fraction, and also the third of an order ("a third year in a row"); "a quarter" is only a fraction ("a quarter century"). */
const ORDINAL_THIRD = 'third';
/** Nouns a place in an order is of: "a third year", "a third time", "a third consecutive month". */
const ORDERED_NOUNS: ReadonlySet<string> = new Set(['time', 'term', 'season', 'round', 'consecutive', 'straight', 'successive']);

function isOrderedNoun(folded: string): boolean {
  const base = measureNounOf(folded)?.base;
  return ORDERED_NOUNS.has(folded) || base === 'month' || base === 'minute';
}
/** Words after "a quarter" that make it a quarter of the year: "a quarter earlier", "a quarter later". */
const PERIOD_AFTER = /^(?:earlier|later|sooner|ahead)$/u;
/** The German adjective "half", declined: "eine halbe Stunde", "einer halben Stunde", "ein halbes Jahr". */
const GERMAN_HALF: ReadonlySet<string> = new Set(['halbe', 'halben', 'halber', 'halbes', 'halbem']);

/** Words before "a fifth" that make it a share, not a place: "about a fifth", "nearly a tenth" ("a fifth term" is a place). */
const ROUNDED_BEFORE = /(?:^|[^\p{L}])(?:about|around|roughly|nearly|almost|approximately|some|over|under|more than|less than)\s+$/iu;

/**
 * Reads number words from `atoms[from]` on: "two hundred and fifty thousand",
 * «ста тысяч», "a million", "two and a half", "an hour". Returns the value and
 * the index after the last word, or undefined when the words state no number (a
 * lone "one", "thousands").
 */
function readNumberWords(text: string, atoms: readonly Atom[], from: number): { value: number; next: number; scale?: number } | undefined {
  let total = 0;
  let group = 0;
  let index = from;
  let words = 0;
  let onlyVague = true;
  let onlyOne = true;
  let previous: NumberWord | undefined;
  for (;;) {
    const atom = atoms[index];
    if (atom?.kind !== 'word') break;
    let word = numberWordOf(atom.folded);
    const next = atoms[index + 1];
    // "half-time", "half-brother": a word of its own; "half-hour" is a measure still.
    if (words === 0 && word?.role === 'half' && text[atom.end] === '-' && next?.start === atom.end + 1 && !isMeasureNoun(foldedOf(next) ?? '')) return undefined;
    const fraction = ARTICLE_FRACTIONS.get(foldedOf(next) ?? '');
    if (words === 0 && fraction !== undefined && (SINGULAR_ARTICLES.has(atom.folded) || word?.role === 'one') && adjacent(text, atom, next)) {
      // "a quarter earlier": a quarter of the year, a time, not a share.
      if (PERIOD_AFTER.test(foldedOf(atoms[index + 2]) ?? '')) return undefined;
      // "for a third year in a row", "a third time": a place in an order, as "a fifth term" is.
      if (foldedOf(next) === ORDINAL_THIRD && isOrderedNoun(foldedOf(atoms[index + 2]) ?? '')) return undefined;
      return { value: fraction, next: index + 2 };
    }
    // «на пол-очка», «пол-литра»: Russian "half" as a prefix before a hyphen («пол» alone is a floor).
    if (words === 0 && atom.folded === HALF_PREFIX && text[atom.end] === '-' && next?.start === atom.end + 1) return { value: 0.5, next: index + 1 };
    // "eine halbe Stunde", "ein halbes Jahr": the German adjective is a half only before a noun of time or distance ("halbe Sachen" is none).
    if (words === 0 && GERMAN_HALF.has(atom.folded) && adjacent(text, atom, next) && isMeasureNoun(foldedOf(next) ?? '')) return { value: 0.5, next: index + 1 };
    // "eine halbe Million": half of the scale after it.
    const halfOf = wordOf(next);
    if (words === 0 && GERMAN_HALF.has(atom.folded) && adjacent(text, atom, next) && halfOf?.role === 'scale') return { value: 0.5 * halfOf.value, next: index + 2, scale: halfOf.value };
    // «пятая часть», "a fifth of", "about a fifth": an ordinal as a fraction (see PART_WORDS).
    const ordinalNext = wordOf(next);
    // "a fifth of", and "a fifth off" a price.
    const fractionAfter = foldedOf(atoms[index + 2]) === FRACTION_OF || foldedOf(atoms[index + 2]) === PRICE_CUT || ROUNDED_BEFORE.test(text.slice(Math.max(0, atom.start - 24), atom.start));
    // Not "a second": no half is written so ("more than a second and a half quicker" is a time).
    if (words === 0 && ordinalNext?.ordinal && ordinalNext.value !== 2 && (SINGULAR_ARTICLES.has(atom.folded) || word?.role === 'one') && adjacent(text, atom, next) && fractionAfter) {
      return { value: 1 / ordinalNext.value, next: index + 2 };
    }
    if (words === 0 && word?.ordinal && PART_WORDS.has(foldedOf(next) ?? '') && adjacent(text, atom, next)) return { value: 1 / word.value, next: index + 2 };
    if (!word && SINGULAR_ARTICLES.has(atom.folded) && adjacent(text, atom, next)) {
      const following = wordOf(next);
      const scales = following && (following.role === 'scale' || following.role === 'times-hundred') && following.alone === 'value';
      // "half a million", "a half": the article only carries the half; "half an hour" ends with its noun.
      if ((previous?.role === 'half' && scales) || (words === 0 && following?.role === 'half')) {
        index++;
        continue;
      }
      if (previous?.role === 'half' && isMeasureNoun(foldedOf(next) ?? '')) {
        index += 2;
        break;
      }
      // "a hundred", "a million", "an hour": the article is the one; "twice a week" is a rate.
      // Not "a day pass", "a week ticket": the unit names the kind of ticket, as "Tageskarte" does, and counts nothing.
      const namesTicket = TICKET_NOUNS.has(foldedOf(atoms[index + 2]) ?? '') && adjacent(text, next, atoms[index + 2]);
      if (words === 0 && (scales || (isMeasureNoun(foldedOf(next) ?? '') && !makesRate(text, atoms, index) && !namesTicket))) word = { value: 1, role: 'one', alone: 'value' };
    }
    // "two hundred and fifty": "and" joins only when a number word follows, after a hundred or a scale ("between four and
    // seven minutes" is a range's two ends).
    const joinsAfter = previous?.role === 'times-hundred' || previous?.role === 'scale';
    if (!word && atom.folded === NUMBER_JOINER && words > 0 && joinsAfter && adjacent(text, atom, next) && wordOf(next)?.role === 'add') {
      index++;
      continue;
    }
    // "two and a half", «два с половиной»: the half adds to the number before it.
    const halfAt = !word && words > 0 && previous?.role !== 'half' ? halfAddedAt(text, atoms, index) : undefined;
    const half = halfAt === undefined ? undefined : atoms[halfAt];
    if (halfAt !== undefined && half) {
      group += 0.5;
      previous = wordOf(half);
      onlyOne = false;
      words++;
      index = halfAt + 1;
      if (!adjacent(text, half, atoms[index])) break;
      continue;
    }
    if (!word) break;
    if (previous && !continuesNumber(previous, word)) break;
    if (word.role === 'times-hundred') group = (group || 1) * word.value;
    else if (word.role === 'scale') {
      total += (group || 1) * word.value;
      group = 0;
    } else group += word.value;
    if (word.alone === 'value' || words > 0) onlyVague = false;
    if (word.role !== 'one') onlyOne = false;
    words++;
    previous = word;
    index++;
    if (!adjacent(text, atom, atoms[index])) break;
  }
  if (words === 0 || onlyVague) return undefined;
  if (onlyOne) {
    // A lone "one" is a pronoun ("one of them"); "one year", "an hour", «один год» state a number, noun included.
    const noun = atoms[index];
    const last = atoms[index - 1];
    if (last && noun?.kind === 'word' && adjacent(text, last, noun) && isMeasureNoun(noun.folded)) return { value: 1, next: index + 1 };
    // "a ratio of one to 2,000", "eins zu 54 Millionen": the one of a ratio, as of odds ("one in 45 million"), is no figure.
    const ratioSide = atoms.slice(index, index + 2).findIndex((atom) => last && atom?.kind === 'digits' && RATIO_JOINER.test(text.slice(last.end, atom.start)));
    const ratioAtom = ratioSide < 0 ? undefined : atoms[index + ratioSide];
    if (ratioAtom?.kind === 'digits' && Math.max(...ratioAtom.values) * (scaleAfter(text, atoms, index + ratioSide) ?? 1) >= SMALLEST_RATIO) return undefined;
    // "one or two days", "one to three": the lower end of a range (see shareAcrossRanges).
    const upper = [atoms[index], atoms[index + 1]].find((atom) => last && atom && RANGE_JOINER.test(text.slice(last.end, atom.start)));
    const opensRange = upper !== undefined && (upper.kind === 'digits' || wordOf(upper) !== undefined);
    return opensRange ? { value: 1, next: index } : undefined;
  }
  const scale = previous?.role === 'scale' || previous?.role === 'times-hundred' ? previous.value : undefined;
  return { value: total + group, next: index, ...(scale !== undefined && { scale }) };
}

/**
 * A count in words of two or three between "the" (these, those) and a word that is
 * not a measure, or ending its phrase: "the two countries", "separated the
 * two:". An ordinal is a place, not a count: "the third since the invasion"
 * states a number.
 */
function refersBack(text: string, atoms: readonly Atom[], first: number, last: number, value: number): boolean {
  const before = atoms[first - 1];
  const number = atoms[first];
  const after = atoms[last + 1];
  if (first !== last || value > 3 || number?.kind !== 'word' || before?.kind !== 'word') return false;
  if (numberWordOf(number.folded)?.ordinal || !REFERRING_DETERMINERS.has(before.folded) || !adjacent(text, before, number)) return false;
  // "the votes that separated the two:", "between the two.": the two it has named.
  if (CLAUSE_ENDS_AFTER.test(text.slice(number.end))) return true;
  return after?.kind === 'word' && adjacent(text, number, after) && !isMeasureNoun(after.folded) && !numberWordOf(after.folded);
}
/** Punctuation or the end of the text right after a word: it ends its phrase. */
const CLAUSE_ENDS_AFTER = /^(?:\s*[,:;.!?)\u2014\u2013]|\s*$)/u;

/** The scale word right after digits: "3.5 million", "40 млн", "100 тысяч". */
function scaleAfter(text: string, atoms: readonly Atom[], index: number): number | undefined {
  const atom = atoms[index];
  const next = atoms[index + 1];
  if (!atom || !adjacent(text, atom, next)) return undefined;
  const word = wordOf(next);
  return word?.role === 'scale' || word?.role === 'times-hundred' ? word.value : undefined;
}

/**
 * Points of a rate, which a summary converts: "75 basis points" is "0.75
 * percentage points" or "three-quarters of a percentage point", per cent as
 * the checker compares them. The first group is set for basis points, a
 * hundredth of a percentage point.
 */
const POINTS_AFTER =
  /^[\s\u00a0]*(?:(basis[\s\u00a0-]points?\b|bps?\b|basispunkt\p{L}*|базисн\p{L}*[\s\u00a0]+пункт\p{L}*|б\.[\s\u00a0]?п\.)|(?:of[\s\u00a0]+)?an?[\s\u00a0]+percentage[\s\u00a0]+point\b)/iu;
const POINTS_REACH = 32;

/** The dot of an abbreviated scale word and the space after it: "Mrd. ", «млн. ». */
const ABBREVIATION_DOT = /^\.[\s\u00a0\u202f\u2009]+$/u;
/** Letters of an abbreviated scale word at most: "Mrd", «млрд»; not "million". */
const ABBREVIATED_SCALE_LETTERS = 4;
/** India's "Rs", written before the amount as a currency code is. */
const RUPEES_BEFORE = 'rs';

/** Per cent or a currency written around the number's atoms `first`..`last`. */
function unitAround(text: string, atoms: readonly Atom[], first: number, last: number): { unit?: NumberUnit; end: number; start: number; factor?: number } {
  const firstAtom = atoms[first];
  const lastAtom = atoms[last];
  if (!firstAtom || !lastAtom) return { start: 0, end: 0 };
  const after = text.slice(lastAtom.end, lastAtom.end + 3);
  const percent = PERCENT_AFTER.exec(after);
  if (percent) return { unit: 'percent', start: firstAtom.start, end: lastAtom.end + percent[0].length };
  const points = POINTS_AFTER.exec(text.slice(lastAtom.end, lastAtom.end + POINTS_REACH));
  if (points) return { unit: 'percent', start: firstAtom.start, end: lastAtom.end + points[0].length, ...(points[1] !== undefined && { factor: 0.01 }) };
  const signAfter = SIGN_AFTER.exec(after);
  if (signAfter?.[1]) return { unit: CURRENCY_SIGNS[signAfter[1]], start: firstAtom.start, end: lastAtom.end + signAfter[0].length };
  const signBefore = SIGN_BEFORE.exec(text.slice(Math.max(0, firstAtom.start - 2), firstAtom.start));
  if (signBefore?.[1]) return { unit: CURRENCY_SIGNS[signBefore[1]], start: firstAtom.start - signBefore[0].length, end: lastAtom.end };
  const next = atoms[last + 1];
  // "3 Mrd. Euro", «3 млн. рублей»: a scale word abbreviated, its dot before the unit.
  const afterAbbreviation = lastAtom.kind === 'word' && lastAtom.folded.length <= ABBREVIATED_SCALE_LETTERS && next !== undefined && ABBREVIATION_DOT.test(text.slice(lastAtom.end, next.start));
  if (next?.kind === 'word' && (adjacent(text, lastAtom, next) || afterAbbreviation)) {
    // "5 per cent": two words.
    const cent = atoms[last + 2];
    if (next.folded === 'per' && cent?.kind === 'word' && cent.folded === 'cent') return { unit: 'percent', start: firstAtom.start, end: cent.end };
    const unit = unitWordOf(next.folded);
    if (unit) return { unit, start: firstAtom.start, end: next.end };
    const qualified = qualifiedCurrencyAfter(text, atoms, last);
    if (qualified) return { unit: qualified.unit, start: firstAtom.start, end: qualified.end };
  }
  const previous = atoms[first - 1];
  if (previous?.kind === 'word' && adjacent(text, previous, firstAtom)) {
    const unit = unitWordOf(previous.folded);
    // Only a code reads before the number ("USD 5", "Rs 450"); "dollars 5" is not how anyone writes.
    if (unit && (previous.folded.length === 3 || previous.folded === RUPEES_BEFORE)) return { unit, start: previous.start, end: lastAtom.end };
  }
  return { start: firstAtom.start, end: lastAtom.end };
}

/** A word of a currency's country: "US", "Canadian", «канадских», "kanadische". */
const CURRENCY_QUALIFIER_ENDING = /(?:ск(?:ий|ого|ому|им|их|ие|ими)|isch(?:e|en|er|es)?)$/u;
const QUALIFIER_GAP = /^[\s\u00a0.-]*$/u;
/** A dot and a space: a sentence's end, unless after an abbreviation of a letter or two ("U.S. dollars"). */
const SENTENCE_DOT = /\.[\s\u00a0]/u;
const ABBREVIATION_LETTERS = 2;

/**
 * A currency after a word or two of its country, right after the number's
 * last atom: "4.5 million US dollars", "U.S. dollars", "US-Dollar", «4,5 млн
 * канадских долларов». Only words written with a capital or as a country's
 * adjective qualify: "5 million more dollars" says no currency of "more".
 */
function qualifiedCurrencyAfter(text: string, atoms: readonly Atom[], last: number): { unit: NumberUnit; end: number } | undefined {
  const MAX_QUALIFIERS = 2;
  let previous = atoms[last];
  for (let index = last + 1; index <= last + MAX_QUALIFIERS + 1; index++) {
    const atom = atoms[index];
    if (!previous || atom?.kind !== 'word' || !QUALIFIER_GAP.test(text.slice(previous.end, atom.start))) return undefined;
    // "U.S. dollars" has a dot after a letter or two; "acht Jahre. Regionalbus Franken" ends a sentence at it.
    if (SENTENCE_DOT.test(text.slice(previous.end, atom.start)) && previous.end - previous.start > ABBREVIATION_LETTERS) return undefined;
    const unit = index > last + 1 ? unitWordOf(atom.folded) : undefined;
    if (unit?.startsWith('currency:')) return { unit, end: atom.end };
    // A noun of time or distance is what the number counts, no country of a currency: "acht Jahre Regionalbus Franken".
    if (isMeasureNoun(atom.folded)) return undefined;
    const written = text.slice(atom.start, atom.end);
    if (!/^\p{Lu}/u.test(written) && !CURRENCY_QUALIFIER_ENDING.test(atom.folded)) return undefined;
    previous = atom;
  }
  return undefined;
}

/** The articles German puts before an ordinal in digits, fused with a preposition or not: "in der 66. Minute", "am 24. Spieltag". */
const GERMAN_ORDINAL_ARTICLES: ReadonlySet<string> = new Set('der die das dem den des am im zum zur vom beim ins'.split(' '));
/** The dot of a German ordinal in digits, and the space before its noun: "66. Minute". */
const ORDINAL_DOT = /^\.[ \u00a0]$/u;
/** Digits of an ordinal: a place, a minute, a day; not "2,115." at a sentence's end. */
const ORDINAL_DIGITS = /^\d{1,3}$/u;

/**
 * The digits `first`..`last` (one atom) are a German ordinal: "in der 66.
 * Minute", "bis zur 38. Minute". German writes an ordinal as digits and a dot,
 * which would end a sentence; the article before the digits and the capital of
 * the noun after say it does not. "66. Minute" counts minutes as "66th minute"
 * and «на 66-й минуте» do.
 */
function isGermanOrdinal(text: string, atoms: readonly Atom[], first: number, last: number): boolean {
  const [before, digits, noun] = [atoms[first - 1], atoms[first], atoms[last + 1]];
  if (first !== last || digits?.kind !== 'digits' || before?.kind !== 'word' || noun?.kind !== 'word') return false;
  if (!ORDINAL_DIGITS.test(text.slice(digits.start, digits.end)) || !ORDINAL_DOT.test(text.slice(digits.end, noun.start))) return false;
  return GERMAN_ORDINAL_ARTICLES.has(before.folded) && /^[ \u00a0]$/u.test(text.slice(before.end, digits.start)) && /^\p{Lu}/u.test(text.slice(noun.start, noun.end));
}

/** The parts of the day Russian names an hour of the clock by, and which half of the clock they are: «3 часа утра» is 3:00, «3 часа дня» 15:00. */
const PARTS_OF_DAY: ReadonlyMap<string, 'am' | 'pm'> = new Map([
  ['утра', 'am'],
  ['ночи', 'am'],
  ['дня', 'pm'],
  ['вечера', 'pm'],
]);

/** Digits that name a calendar year. */
const CALENDAR_YEAR = /^(?:1[89]|20)\d\d$/u;
/** The singular of Russian «год» after a year's number: «2028 года», «в 2025 году», «2021 год» (a count of years is «лет»). */
const YEAR_NOUN_FORMS: ReadonlySet<string> = new Set(['год', 'года', 'году', 'годом', 'годе']);

/** Adjectives of "more of the same" between a number and its unit: "two additional weeks", "zwei weitere Wochen", «две дополнительные недели». */
const ADDED_UNITS: ReadonlySet<string> = new Set(
  [
    'additional extra more further consecutive straight full whole weitere weiteren zusätzliche zusätzlichen volle vollen дополнительные дополнительных дополнительной дополнительную дополнительная',
    // «три последних года подряд», «в ближайшие пять лет» written «пять ближайших лет», «два полных дня».
    'последних последние ближайших ближайшие следующих следующие полных полные целых целые',
  ]
    .join(' ')
    .split(' ')
    .map(foldWord),
);

/** What a unit of time before it names the kind of: "a day pass", "a week ticket", "a day trip". */
const TICKET_NOUNS: ReadonlySet<string> = new Set(['pass', 'passes', 'ticket', 'tickets', 'trip', 'trips', 'card', 'cards']);

/** "a" or "one" before a noun and "and a half": "a length and a half". */
const ONE_BEFORE_NOUN: ReadonlySet<string> = new Set(['a', 'one']);

/**
 * "a length and a half" at `index`: one and a half of a noun that is no unit
 * of time or distance (those are measures: "a year and a half", see
 * measureAround). Where it ends and the atom after it, or undefined.
 */
function oneAndAHalfAt(text: string, atoms: readonly Atom[], index: number): { end: number; next: number } | undefined {
  const [one, noun, joiner, , half] = atoms.slice(index, index + 5);
  if (!one || !ONE_BEFORE_NOUN.has(foldedOf(one) ?? '') || noun?.kind !== 'word' || isMeasureNoun(noun.folded) || numberWordOf(noun.folded)) return undefined;
  if (!half || andAHalfAt(text, atoms, index + 2) !== index + 4 || !adjacent(text, one, noun) || !adjacent(text, noun, joiner)) return undefined;
  return { end: half.end, next: index + 5 };
}

/** What puts a temperature on one side of zero: "über null", "below zero", «выше нуля». */
const SIDES_OF_ZERO: ReadonlySet<string> = new Set('über unter above below выше ниже'.split(' ').map(foldWord));

/** The word at `index` is zero after a side of it ("drei Grad über null"): the sign of a temperature, not a count. */
function isZeroOfScale(atoms: readonly Atom[], index: number): boolean {
  return wordOf(atoms[index])?.value === 0 && SIDES_OF_ZERO.has(foldedOf(atoms[index - 1]) ?? '');
}

/**
 * A lower-case word that may stand between a number and its unit of time as
 * the unit's modifier: "twelve strike days", «пять рабочих дней». Not one that
 * makes another unit with it ("kilowatt hours", "man days", "light years").
 */
function isModifier(atom: Atom | undefined): boolean {
  const folded = foldedOf(atom);
  return (
    atom?.kind === 'word' &&
    folded !== undefined &&
    folded.length >= 3 &&
    !isStopword(folded) &&
    !numberWordOf(folded) &&
    !isMeasureNoun(folded) &&
    unitWordOf(folded) === undefined &&
    !UNIT_MAKERS.test(folded) &&
    !RATE_PREPOSITIONS.has(folded)
  );
}
/** What makes the unit after it a rate, not what the number counts: "3300 pro Tag", "12 per week", "zwei je Woche". */
const RATE_PREPOSITIONS: ReadonlySet<string> = new Set(['pro', 'per', 'je', 'each', 'every']);
/**
 * `word` stands between a number and the unit `unit` it counts: a word of
 * "more" ("two additional weeks"), or a modifier of a unit of time written with
 * a space ("twelve strike days").
 */
function standsBeforeUnit(text: string, word: Atom, unit: Atom): boolean {
  if (!adjacent(text, word, unit) || !isMeasureNoun(foldedOf(unit) ?? '')) return false;
  if (ADDED_UNITS.has(foldedOf(word) ?? '')) return true;
  return isModifier(word) && SPACE.test(text.slice(word.end, unit.start)) && measureNounOf(foldedOf(unit) ?? '')?.base === 'minute';
}

const A_SECOND: MeasureNoun = { base: 'second', factor: 1 };

/** Words that make a unit of their own with a unit of time after them: "kilowatt hours", "man-days", "person hours", "light years". */
const UNIT_MAKERS = /^(?:\p{L}*watt|man|person|light)$/u;
const SPACE = /^[ \u00a0]$/u;

/**
 * The noun of time or distance the number's atoms `first`..`last` count: the
 * last of them ("an hour", "half a century" read it already), the word right
 * after them ("five years", "40-minute") or the one after a word of "more"
 * ("two additional weeks"), with "and a half" after it ("a year and a half" is
 * 1.5 years). Undefined when no such noun is there.
 */
function measureAround(text: string, atoms: readonly Atom[], first: number, last: number): { noun: number; half: boolean; end: number; more?: true } | undefined {
  const lastAtom = atoms[last];
  const next = atoms[last + 1];
  const afterNext = atoms[last + 2];
  let noun: number;
  let more = false;
  if (last > first && isMeasureNoun(foldedOf(lastAtom) ?? '')) noun = last;
  else if (lastAtom && (adjacent(text, lastAtom, next) || isGermanOrdinal(text, atoms, first, last)) && isMeasureNoun(foldedOf(next) ?? '')) noun = last + 1;
  // «42-минутный фильм»: a Russian adjective of the unit, joined by a hyphen.
  else if (lastAtom?.kind === 'digits' && next && text.slice(lastAtom.end, next.start) === '-' && hyphenedMeasureOf(foldedOf(next) ?? '')) noun = last + 1;
  // "two additional weeks", "zwei weitere Wochen": the weeks are still what the number counts.
  else if (lastAtom && adjacent(text, lastAtom, next) && next && afterNext && standsBeforeUnit(text, next, afterNext)) noun = last + 2;
  // «восемь с лишним часов»: "eight hours and more", the hours still what the number counts.
  else if (lastAtom && foldedOf(next) === 'с' && foldedOf(afterNext) === 'лишним' && adjacent(text, lastAtom, next) && adjacent(text, next, afterNext) && adjacent(text, afterNext, atoms[last + 3]) && isMeasureNoun(foldedOf(atoms[last + 3]) ?? '')) {
    noun = last + 3;
    more = true;
  } else return undefined;
  const nounAtom = atoms[noun];
  if (!nounAtom) return undefined;
  // "a year and a half": the half is of the unit just named.
  const [joiner, half] = [atoms[noun + 1], atoms[noun + 3]];
  const andAHalf = adjacent(text, nounAtom, joiner) && andAHalfAt(text, atoms, noun + 1) !== undefined;
  return { noun, half: andAHalf, end: andAHalf ? (half?.end ?? nounAtom.end) : nounAtom.end, ...(more && { more: true as const }) };
}

/**
 * Every number `text` states, in digits or in words (English, Russian, German),
 * with its scale, its unit and the measure it counts. `tokens` are `foldedTokensOf(text)`.
 */
/** "6 p.m.", "6pm", "6:30 a.m.", "8.40am": what follows the hour of a 12-hour clock time (its minutes are a number of their own; see clockTimeAt). */
const MERIDIEM_AFTER = /^(?:[:.]\d{2})?[\s\u00a0\u202f]?([ap])\.?[\s\u00a0]?m\b\.?/iu;
/** "Uhr" right after an hour: "8 Uhr". */
const UHR_AFTER = /^[\s\u00a0]+Uhr(?!\p{L})/u;
const MERIDIEM_SUFFIX = /^(\d{1,2})([ap])m$/iu;
/** Times of day named by a word, in hours of a 24-hour clock: midnight is both 0:00 and 24:00. */
const CLOCK_WORDS: ReadonlyMap<string, readonly number[]> = new Map<string, readonly number[]>([
  ...['noon', 'midday', 'mittag', 'mittags', 'полдень', 'полдня', 'полудня'].map((word): [string, readonly number[]] => [word, [12]]),
  ...['midnight', 'mitternacht', 'полночь', 'полуночи'].map((word): [string, readonly number[]] => [word, [0, 24]]),
]);

/** «в 8 утра», «в 9 вечера»: a morning's or an evening's hour after its digits (see twelveHourTime). */
const RUSSIAN_PART_OF_DAY_AFTER = /^[\s\u00a0]+(утра|вечера)(?!\p{L})/u;

/**
 * A 12-hour clock time at the digits `atom`, as hours of a 24-hour clock: "6 p.m."
 * and "6pm" are 18, as «18 часов» or "18 Uhr" write them; "12 a.m." is midnight
 * (0 or 24), "12 p.m." noon. An "a.m." keeps the hour as written too: "12 am
 * Montag" is German for twelve on Monday. `end` is where the "a.m." / "p.m."
 * ends, or the hour when minutes follow ("6:30 a.m."): they are read as a
 * number of their own.
 */
function twelveHourTime(text: string, atom: Extract<Atom, { kind: 'digits' }>): { hours: number[]; end: number } | undefined {
  const written = text.slice(atom.start, atom.end);
  const suffixed = MERIDIEM_SUFFIX.exec(written);
  const after = suffixed ? undefined : MERIDIEM_AFTER.exec(text.slice(atom.end));
  const hour = Number(suffixed ? suffixed[1] : /^\d{1,2}$/.test(written) ? written : Number.NaN);
  const meridiem = (suffixed?.[2] ?? after?.[1])?.toLowerCase();
  // "seit 8 Uhr", "um 15 Uhr": a German full hour, on a 24-hour clock.
  const uhr = !suffixed && !meridiem && /^\d{1,2}$/.test(written) ? UHR_AFTER.exec(text.slice(atom.end)) : null;
  if (uhr && hour >= 0 && hour <= 24) return { hours: [hour], end: atom.end + uhr[0].length };
  // «в 8 утра», «в 9 вечера»: the morning's and the evening's hours. Not «дня» and «ночи», which also count days and nights («2 дня»).
  const partOfDay = !suffixed && !meridiem && /^\d{1,2}$/.test(written) ? RUSSIAN_PART_OF_DAY_AFTER.exec(text.slice(atom.end)) : null;
  if (partOfDay && hour >= 1 && hour <= 12) return { hours: [partOfDay[1] === 'вечера' ? (hour % 12) + 12 : hour % 12], end: atom.end + partOfDay[0].length };
  if (!meridiem || !(hour >= 1 && hour <= 12)) return undefined;
  const end = !after || /^[:.]\d/.test(after[0]) ? atom.end : atom.end + after[0].length;
  if (meridiem === 'p') return { hours: [(hour % 12) + 12], end };
  return { hours: hour === 12 ? [0, 24, 12] : [hour], end };
}

export function findNumbers(text: string, tokens: readonly FoldedToken[]): NumberMention[] {
  const atoms = atomsOf(text, tokens);
  const mentions: NumberMention[] = [];
  // The scale each mention ends with, for ranges (see shareAcrossRanges).
  const multipliers: Array<Multiplier | undefined> = [];
  let index = 0;
  while (index < atoms.length) {
    const atom = atoms[index];
    if (!atom) break;
    let values: number[] | undefined;
    let multiplier: Multiplier | undefined;
    let last = index;
    // "1.48 million" for 1,482,300: a decimal before a scale is the figure rounded to its last digit.
    let roundedByScale = false;
    const clock = atom.kind === 'digits' ? twelveHourTime(text, atom) : undefined;
    const clockWord = atom.kind === 'word' ? CLOCK_WORDS.get(atom.folded) : undefined;
    if (clock || clockWord) {
      mentions.push({ text: text.slice(atom.start, clock?.end ?? atom.end), start: atom.start, end: clock?.end ?? atom.end, values: [...(clock?.hours ?? clockWord ?? [])], clock: true });
      multipliers.push(undefined);
      index++;
      continue;
    }
    // «во второй половине дня»: the afternoon, a time of day; no count of halves or of days.
    if (isHalfOfDay(text, atoms, index)) {
      index += HALF_OF_DAY.length;
      continue;
    }
    // "in the first half of 2026", "in der zweiten Hälfte": a period, named by its place, which is its number: 1 or 2.
    const halfPlace = atom.kind === 'word' ? ORDINALS_OF_HALVES.get(atom.folded) : undefined;
    const half = atoms[index + 1];
    // "the first half hour" is thirty minutes, not a half of a period; in English only, as «в первой половине года» is the
    // first half of the year, its noun in the genitive.
    const halfOfMeasure = foldedOf(half) === ENGLISH_HALF && half !== undefined && isMeasureNoun(foldedOf(atoms[index + 2]) ?? '') && adjacent(text, half, atoms[index + 2]);
    if (halfPlace !== undefined && (wordOf(half)?.role === 'half' || HALF_YEARS.has(foldedOf(half) ?? '')) && adjacent(text, atom, half) && !halfOfMeasure) {
      mentions.push({ text: text.slice(atom.start, half?.end), start: atom.start, end: half?.end ?? atom.end, values: [halfPlace], halfOf: true });
      multipliers.push(undefined);
      index += 2;
      continue;
    }
    // "a length and a half", "one goal and a half": one and a half of what the noun counts, as «полтора корпуса» says.
    const halfAgain = oneAndAHalfAt(text, atoms, index);
    if (halfAgain !== undefined) {
      mentions.push({ text: text.slice(atom.start, halfAgain.end), start: atom.start, end: halfAgain.end, values: [1.5] });
      multipliers.push(undefined);
      index = halfAgain.next;
      continue;
    }
    // "over the next year and a half": a unit and a half, with no article before it ("an hour and a half" has one).
    // "a second and a half": "second" is a unit only so, as it is a place elsewhere ("a second term").
    const unitAndAHalf =
      atom.kind === 'word' && !wordOf(atoms[index - 1]) ? (measureNounOf(atom.folded) ?? (atom.folded === 'second' && foldedOf(atoms[index - 1]) === 'a' ? A_SECOND : undefined)) : undefined;
    const unitHalf = unitAndAHalf && andAHalfAt(text, atoms, index + 1);
    if (unitAndAHalf && unitHalf !== undefined && adjacent(text, atom, atoms[index + 1])) {
      const end = atoms[unitHalf]?.end ?? atom.end;
      mentions.push({ text: text.slice(atom.start, end), start: atom.start, end, values: [1.5], measure: { base: unitAndAHalf.base, amounts: [roundValue(1.5 * unitAndAHalf.factor)] } });
      multipliers.push(undefined);
      index = unitHalf + 1;
      continue;
    }
    // "drei Grad über null", "below zero", «ниже нуля»: the sign of a temperature, no number of its own.
    if (isZeroOfScale(atoms, index)) {
      index++;
      continue;
    }
    // "half es, dass der Wind drehte", "half den Helfern": the German verb (helfen), before a word no English "half" takes.
    if (atom.kind === 'word' && atom.folded === 'half' && GERMAN_AFTER_HALF.has(foldedOf(atoms[index + 1]) ?? '')) {
      index++;
      continue;
    }
    // "für einen Einer bis … einen Achter", "im Vierer": German names boats and teams by a number word, a noun after its article.
    // Not the first part of a compound: "die Achter-Sesselbahn" seats eight.
    if (
      atom.kind === 'word' &&
      GERMAN_NUMBER_NOUN.test(text.slice(atom.start, atom.end)) &&
      text[atom.end] !== '-' &&
      GERMAN_ARTICLES_BEFORE_NOUN.has(foldedOf(atoms[index - 1]) ?? '')
    ) {
      index++;
      continue;
    }
    // "megabits per second", "pro Sekunde": a unit of a rate, no second place.
    if (atom.kind === 'word' && atom.folded === 'second' && RATE_PREPOSITIONS.has(foldedOf(atoms[index - 1]) ?? '')) {
      index++;
      continue;
    }
    // "после 14:00": the minutes of a full hour say no number of their own.
    if (atom.kind === 'digits' && text.slice(atom.start, atom.end) === '00' && /\d:$/u.test(text.slice(0, atom.start))) {
      index++;
      continue;
    }
    const roman = atom.kind === 'word' ? romanNumeralOf(text.slice(atom.start, atom.end)) : undefined;
    if (roman !== undefined) {
      mentions.push({ text: text.slice(atom.start, atom.end), start: atom.start, end: atom.end, values: [roman] });
      multipliers.push(undefined);
      index++;
      continue;
    }
    if (atom.kind === 'digits') {
      const scale = scaleAfter(text, atoms, index);
      values = scale === undefined ? atom.values : atom.values.map((value) => value * scale);
      multiplier = scale === undefined ? atom.multiplier : { scale, ambiguous: false };
      if (scale !== undefined) last = index + 1;
      roundedByScale = (scale !== undefined || atom.multiplier !== undefined) && atom.values.some((value) => !Number.isInteger(value));
    } else {
      const words = readNumberWords(text, atoms, index);
      if (words) {
        values = [words.value];
        multiplier = words.scale === undefined ? undefined : { scale: words.scale, ambiguous: false };
        last = words.next - 1;
      }
    }
    // «пятичасовой», "Zehnjahresmittel", «пятипроцентный»: a number and its noun or unit in one word.
    const compound = values === undefined && atom.kind === 'word' ? compoundQuantityOf(atom.folded) : undefined;
    if (compound) {
      const { value, noun, unit } = compound;
      mentions.push({
        text: text.slice(atom.start, atom.end),
        start: atom.start,
        end: atom.end,
        values: [value],
        ...(noun && { measure: { base: noun.base, amounts: [roundValue(value * noun.factor)] } }),
        ...(unit && { unit }),
      });
      multipliers.push(undefined);
      index++;
      continue;
    }
    if (values === undefined) {
      index++;
      continue;
    }
    const { unit, start, end, factor } = unitAround(text, atoms, index, last);
    if (factor !== undefined) values = values.map((value) => value * factor);
    const anaphoric = values.length === 1 && refersBack(text, atoms, index, last, values[0] ?? 0);
    // «до 30 ноября 2028 года», «в 2025 году»: Russian names a calendar year with the noun "year" after it; no count of years.
    const calendarYear = atom.kind === 'digits' && last === index && CALENDAR_YEAR.test(text.slice(atom.start, atom.end)) && YEAR_NOUN_FORMS.has(foldedOf(atoms[index + 1]) ?? '');
    const around = unit === undefined && !calendarYear ? measureAround(text, atoms, index, last) : undefined;
    const noun = around && (measureNounOf(foldedOf(atoms[around.noun]) ?? '') ?? hyphenedMeasureOf(foldedOf(atoms[around.noun]) ?? ''));
    // «в 3 часа утра», «в 7 часов вечера»: an hour of the clock, as "3 a.m." and "7 p.m." are; no count of hours.
    const partOfDay = around && noun?.base === 'minute' && noun.factor === MINUTES_IN_HOUR ? PARTS_OF_DAY.get(foldedOf(atoms[around.noun + 1]) ?? '') : undefined;
    const dayPart = atoms[(around?.noun ?? 0) + 1];
    if (around && partOfDay && dayPart && values.length === 1 && adjacent(text, atoms[around.noun] ?? dayPart, dayPart)) {
      const [hour = 0] = values;
      mentions.push({ text: text.slice(start, dayPart.end), start, end: dayPart.end, values: [partOfDay === 'pm' && hour < 12 ? hour + 12 : hour], clock: true });
      multipliers.push(undefined);
      index = around.noun + 2;
      continue;
    }
    if (around && noun) {
      const counted = values.map((value) => roundValue(value + (around.half ? 0.5 : 0)));
      const measure = { base: noun.base, amounts: counted.map((value) => roundValue(value * noun.factor)) };
      mentions.push({
        text: text.slice(start, around.end),
        start,
        end: around.end,
        values: counted,
        measure,
        ...(anaphoric && { refersBack: true as const }),
        ...(around.more && { approximately: 'above' as const }),
      });
      multipliers.push(multiplier);
      index = Math.max(last, around.noun) + 1 + (around.half ? 3 : 0);
      continue;
    }
    // A lone "half" (not "half a million", "two and a half", "half an hour", read above).
    const share = atom.kind === 'word' && unit === undefined && values.length === 1 && values[0] === 0.5;
    const [value = 0] = values;
    const fraction = atom.kind === 'word' && unit === undefined && values.length === 1 && value > 0 && value < 1;
    mentions.push({
      text: text.slice(start, end),
      start,
      end,
      values: values.map(roundValue),
      ...(unit && { unit }),
      ...(anaphoric && { refersBack: true as const }),
      ...(share && { share: true as const }),
      ...(fraction && { fraction: true as const }),
      ...(roundedByScale && { approximately: 'near' as const }),
    });
    multipliers.push(multiplier);
    index = last + 1;
  }
  shareAcrossRanges(text, mentions, multipliers);
  shareAcrossAlternatives(text, mentions, multipliers);
  secondsAfterMinutes(text, mentions);
  withShortYearRanges(text, mentions);
  return withAges(text, withoutVerbParticles(text, withClockHours(text, withApproximations(text, withSharesInWords(text, withSubunits(text, withKopecks(text, withHalfHours(text, withTimesOfDay(text, withRaceTimes(text, withFractionsOfUnits(text, mentions)))))))))));
}

/** Words right before an age in years that say it is one: "aged 41", "an average age of 41", "whose average age is 41", «в возрасте 41», "im Alter von 41". */
const AGE_BEFORE = /(?:^|[^\p{L}])(?:aged|age (?:is|was|of)|возрасте|возраст\p{L}* (?:—|составляет|составил)|Alter von|Durchschnittsalter (?:von|liegt bei|beträgt))[\s\u00a0]+$/iu;
const AGE_BEFORE_REACH = 32;

/** A bare number after words that make it an age is that many years ("whose average age is 41" is no count of 41). */
function withAges(text: string, mentions: NumberMention[]): NumberMention[] {
  return mentions.map((mention) => {
    if (mention.unit !== undefined || mention.measure !== undefined || mention.clock || mention.values.length !== 1 || !AGE_BEFORE.test(text.slice(Math.max(0, mention.start - AGE_BEFORE_REACH), mention.start))) return mention;
    return { ...mention, measure: { base: 'month', amounts: mention.values.map((years) => years * MONTHS_IN_YEAR) } };
  });
}

/** What ends a clause after a word: punctuation, a dash, or the end of the text. */
const CLAUSE_END_AFTER = /^[\s\u00a0]*(?:[,.;:!?)»“”"–—-]|$)/u;

/**
 * German "ein" at the end of a clause is the particle of a verb that splits
 * ("stuften 40 Prozent als geschädigt ein – eine Entwicklung", "sah den Fehler
 * ein"), no number: "one" before nothing is "eins" or "einer".
 */
function withoutVerbParticles(text: string, mentions: NumberMention[]): NumberMention[] {
  return mentions.filter((mention) => mention.text !== 'ein' || !CLAUSE_END_AFTER.test(text.slice(mention.end)));
}

/** "a third off": a fraction of a price taken off it. */
const PRICE_CUT = 'off';

/** "eleven o'clock": the hour of a clock right before it. */
const O_CLOCK_AFTER = /^[\s\u00a0]+o['’]clock(?!\p{L})/iu;
/** «к одиннадцати часам», «к 8 часу»: "by" an hour of the clock, which a count of hours is not («за 11 часов»). */
const BY_HOUR = /(?:^|[^\p{L}])к[\s\u00a0]+$/iu;
const BY_HOUR_NOUN = /(?:часам|часу)$/u;
/** Hours of a 12-hour clock. */
const HALF_DAY_HOURS = 12;

/**
 * Hours of the clock said with a word for the clock: "eleven o'clock", «к
 * одиннадцати часам». Neither says morning or evening, so each is both hours of
 * a 24-hour clock (11 and 23), as "6 p.m." is one (see twelveHourTime).
 */
function withClockHours(text: string, mentions: NumberMention[]): NumberMention[] {
  return mentions.map((mention) => {
    const [hour] = mention.values;
    if (mention.values.length !== 1 || hour === undefined || !Number.isInteger(hour) || hour < 1 || hour > HALF_DAY_HOURS || mention.unit !== undefined || mention.clock) return mention;
    const hours = [hour % HALF_DAY_HOURS, (hour % HALF_DAY_HOURS) + HALF_DAY_HOURS, ...(hour === HALF_DAY_HOURS ? [HALF_DAY_HOURS * 2] : [])];
    const oClock = mention.measure === undefined ? O_CLOCK_AFTER.exec(text.slice(mention.end)) : null;
    if (oClock) return { text: text.slice(mention.start, mention.end + oClock[0].length), start: mention.start, end: mention.end + oClock[0].length, values: hours, clock: true };
    const byHour = mention.measure?.base === 'minute' && mention.measure.amounts[0] === hour * MINUTES_IN_HOUR && BY_HOUR_NOUN.test(mention.text) && BY_HOUR.test(text.slice(Math.max(0, mention.start - 3), mention.start));
    if (byHour) return { text: mention.text, start: mention.start, end: mention.end, values: hours, clock: true };
    return mention;
  });
}

/** Between a fraction and the one unit it is of: "a quarter of a metre", "three quarters of an hour". */
const OF_ONE_UNIT = /^[\s\u00a0]+of[\s\u00a0]+$/iu;

/**
 * The mentions, each joined with the one after it where `join` makes one of the two ("7 руб. 84 коп.", "a quarter of a
 * metre"); a joined pair is one mention, and the next is read after it.
 */
function joinWithNext(mentions: readonly NumberMention[], join: (first: NumberMention, next: NumberMention) => NumberMention | undefined): NumberMention[] {
  const result: NumberMention[] = [];
  for (let index = 0; index < mentions.length; index++) {
    const first = mentions[index];
    const next = mentions[index + 1];
    if (!first) continue;
    const joined = next && join(first, next);
    result.push(joined ?? first);
    if (joined) index++;
  }
  return result;
}

/** "a quarter of a metre" is 0.25 metres, one quantity, not a quarter and a metre. */
function withFractionsOfUnits(text: string, mentions: NumberMention[]): NumberMention[] {
  return joinWithNext(mentions, (fraction, unit) => {
    const [part] = fraction.values;
    const [one] = unit.values;
    const [amount] = unit.measure?.amounts ?? [];
    if (!fraction.fraction || part === undefined || !unit.measure || one !== 1 || amount === undefined || !OF_ONE_UNIT.test(text.slice(fraction.end, unit.start))) return undefined;
    return {
      ...unit,
      text: text.slice(fraction.start, unit.end),
      start: fraction.start,
      values: [part],
      measure: { base: unit.measure.base, amounts: [roundValue(part * amount)] },
      ...(fraction.approximately && { approximately: fraction.approximately }),
    };
  });
}

/**
 * Pence and cents after a bare number, glued ("60p") or as a word ("32 Cent", «45 пенсов»): the hundredth of a pound
 * or of the currency a cent is of, as a summary writes the amount in the whole unit ("up 60p" for £7.20 to £7.80,
 * "32 Cent pro Quadratmeter" for "0,32 Euro"). English and Russian cents say no currency of their own (euro or dollar), so
 * they stay bare.
 */
const GLUED_PENCE = /^\d+(?:[.,]\d+)?p$/u;
const SUBUNIT_AFTER: ReadonlyArray<readonly [RegExp, NumberUnit | undefined]> = [
  [/^[\s\u00a0]+(?:pence|penny|пенс\p{L}*|пенни)(?!\p{L})/iu, 'currency:GBP'],
  // German writes "Cent" for the euro's; English "cents" and Russian «центов» are of the euro or the dollar.
  [/^[\s\u00a0]+(?:Cent|евроцент\p{L}*|[Ee]urocent\p{L}*)(?!\p{L})/u, 'currency:EUR'],
  [/^[\s\u00a0]+(?:cents?|цент\p{L}*)(?!\p{L})/iu, undefined],
];
const SUBUNITS_IN_UNIT = 100;

function withSubunits(text: string, mentions: NumberMention[]): NumberMention[] {
  return mentions.map((mention) => {
    const [value] = mention.values;
    if (value === undefined || mention.values.length !== 1 || mention.unit !== undefined || mention.measure !== undefined || mention.timeOfDay !== undefined) return mention;
    const hundredth = roundValue(value / SUBUNITS_IN_UNIT);
    if (GLUED_PENCE.test(mention.text)) return { ...mention, values: [hundredth], unit: 'currency:GBP' as const };
    for (const [words, unit] of SUBUNIT_AFTER) {
      const word = words.exec(text.slice(mention.end));
      if (word) return { ...mention, text: text.slice(mention.start, mention.end + word[0].length), end: mention.end + word[0].length, values: [hundredth], ...(unit && { unit }) };
    }
    return mention;
  });
}

/** Kopecks after the roubles of one price: «7 руб. 84 коп.», «58 рублей 40 копеек». */
const KOPECKS_AFTER = /^[\s\u00a0]*коп(?:\.|еек|ейки|ейка|\p{L}*)/iu;
const BETWEEN_ROUBLES_AND_KOPECKS = /^\.?[\s\u00a0]+$/u;
const KOPECKS_IN_ROUBLE = 100;

/** One price in roubles and kopecks, «7 руб. 84 коп.», as the amount a summary writes for it: 7,84 roubles. */
function withKopecks(text: string, mentions: NumberMention[]): NumberMention[] {
  return joinWithNext(mentions, (roubles, kopecks) => {
    const [whole] = roubles.values;
    const [part] = kopecks.values;
    const joined =
      roubles.unit === 'currency:RUB' &&
      roubles.values.length === 1 &&
      kopecks.unit === undefined &&
      kopecks.values.length === 1 &&
      whole !== undefined &&
      part !== undefined &&
      Number.isInteger(part) &&
      part < KOPECKS_IN_ROUBLE &&
      BETWEEN_ROUBLES_AND_KOPECKS.test(text.slice(roubles.end, kopecks.start)) &&
      KOPECKS_AFTER.test(text.slice(kopecks.end));
    return joined ? { ...roubles, text: text.slice(roubles.start, kopecks.end), end: kopecks.end, values: [roundValue(whole + part / KOPECKS_IN_ROUBLE)] } : undefined;
  });
}

/** Between a count and the small whole it is out of: "one in five", "nine out of ten", «девять из десяти», "vier von fünf". */
const OUT_OF = /^[\s\u00a0]+(?:in|out of|von|из)[\s\u00a0]+$/iu;
const IN = /^[\s\u00a0]+in[\s\u00a0]+$/iu;

/**
 * The words from `end` to `wholeStart` join a share: "in" always ("one in five", "four in ten"); "out of", «из» and
 * "von" only with a rounding word before the count ("more than nine out of ten", «более девяти из десяти», "mehr als
 * vier von fünf"), as without one they count things named ("one of the two", "vier von sechs Badestellen", "danger
 * level four out of five").
 */
function isShareJoiner(text: string, start: number, end: number, wholeStart: number): boolean {
  const between = text.slice(end, wholeStart);
  if (IN.test(between)) return true;
  const before = text.slice(Math.max(0, start - APPROXIMATION_REACH), start);
  return OUT_OF.test(between) && APPROXIMATIONS.some(([, words]) => words.test(before));
}
/** The largest whole a share in words is out of: "one in five", "nine out of ten"; «в 23 из 40» counts things. */
const LARGEST_SMALL_WHOLE = 10;
/** Before an ordinal that makes it a share: "every fifth", "jeder siebte Betrieb", «каждый четвёртый брак». */
const EVERY_BEFORE = /(?:^|[^\p{L}])(?:every|jede[rsnm]?|кажд\p{L}+)[\s\u00a0]+$/iu;
const EVERY_REACH = 12;

/**
 * Shares written in words as a count of a small whole ("almost one in five", «более девяти из десяти», "vier von fünf")
 * or an ordinal after "every" ("jeder siebte", «каждый четвёртый»): one fraction, which a percentage or a fraction of
 * the other text states ("a fifth", "15 Prozent"), not two counts said of other things.
 */
function withSharesInWords(text: string, mentions: NumberMention[]): NumberMention[] {
  const result: NumberMention[] = [];
  const plain = (mention: NumberMention | undefined) => mention !== undefined && mention.unit === undefined && !mention.measure && !mention.fraction && mention.values.length === 1;
  for (let index = 0; index < mentions.length; index++) {
    const count = mentions[index];
    const whole = mentions[index + 1];
    if (!count) continue;
    const [part = 0] = count.values;
    const [of = 0] = whole?.values ?? [];
    if (whole && plain(count) && plain(whole) && Number.isInteger(part) && Number.isInteger(of) && part > 0 && part < of && of <= LARGEST_SMALL_WHOLE && isShareJoiner(text, count.start, count.end, whole.start)) {
      result.push({ text: text.slice(count.start, whole.end), start: count.start, end: whole.end, values: [roundValue(part / of)], fraction: true, share: true, writtenWith: [part, of] });
      index++;
      continue;
    }
    // "one in five": the one is no number of its own (see findNumbers), so the whole is found alone after it.
    const oneIn = ONE_IN_BEFORE.exec(text.slice(Math.max(0, count.start - EVERY_REACH), count.start));
    if (oneIn && isShareJoiner(text, count.start - oneIn[0].length, count.start - oneIn[0].length + (/^\S+/u.exec(oneIn[0])?.[0].length ?? 0), count.start) && plain(count) && Number.isInteger(part) && part > 1 && part <= LARGEST_SMALL_WHOLE) {
      const start = count.start - oneIn[0].length;
      result.push({ text: text.slice(start, count.end), start, end: count.end, values: [roundValue(1 / part)], fraction: true, share: true, writtenWith: [1, part] });
      continue;
    }
    const ordinal = !DIGIT_START.test(count.text) && plain(count) && part > 1 && EVERY_BEFORE.test(text.slice(Math.max(0, count.start - EVERY_REACH), count.start));
    result.push(ordinal ? { ...count, values: [roundValue(1 / part)], fraction: true, share: true, writtenWith: [part] } : count);
  }
  return result;
}
const DIGIT_START = /^\d/u;

/** What makes a number a multiple: «в два раза», "three times", "zweimal", "dreifach", "a two-time champion" («двукратная чемпионка»). */
export const TIMES_AFTER = /^(?:[\s\u00a0]+(?:раза|раз|times)|[\s\u00a0]*(?:mal|fach)|-time)(?!\p{L})/iu;

export const MINUTES_IN_HOUR = 60;
export const MONTHS_IN_YEAR = 12;
const HOURS_IN_DAY = 24;
export const MINUTES_IN_DAY = HOURS_IN_DAY * MINUTES_IN_HOUR;

/** The minutes after an hour: ":40", and ".40" when the hour is a clock time ("11.40pm") or a word says it is ("8.40 Uhr"). */
const MINUTES_AFTER_HOUR = /^([:.])([0-5]\d)(?!\d|[:.,]\d)/u;

/**
 * Marks the hour and the minutes of each time of day with the time they
 * make: "11:40 p.m." is 23:40, as «в 23:40» writes it. A time to the minute
 * is specific enough that the source stating it is stating this one, as an
 * amount of money is, whatever the words around it (see numberIsStated). The
 * hour and the minutes stay numbers of their own, for a summary that writes
 * «в 23 часа 40 минут».
 */
/** A preposition of a point in time before an hour: "at 9.30", "um 9.30", «в 9.30»; not "from", which grades take too ("from 2.17"). */
const AT_TIME_BEFORE = /(?:^|[^\p{L}])(?:at|um|gegen|в)\s+$/iu;
const AT_TIME_REACH = 8;

function withTimesOfDay(text: string, mentions: NumberMention[]): NumberMention[] {
  for (const [index, hour] of mentions.entries()) {
    // "At 9.30", read as the decimal 9.3: after a preposition of time, an hour and its minutes ("at 2.50 euros" has a unit).
    const decimalTime = hour.unit === undefined && !hour.measure ? HOUR_AND_MINUTES.exec(hour.text) : null;
    if (decimalTime && AT_TIME_BEFORE.test(text.slice(Math.max(0, hour.start - AT_TIME_REACH), hour.start))) {
      const time = Number(decimalTime[1]) * MINUTES_IN_HOUR + Number(decimalTime[2]);
      if (time <= MINUTES_IN_DAY) hour.timeOfDay = [time];
      continue;
    }
    if (hour.measure || hour.unit || !hour.values.every((value) => Number.isInteger(value) && value <= 24)) continue;
    const after = MINUTES_AFTER_HOUR.exec(text.slice(hour.end));
    if (!after) continue;
    const [written = '', separator, minutes = ''] = after;
    const rest = text.slice(hour.end + written.length);
    if (separator === '.' && !hour.clock && !CLOCK_MARKER.test(rest) && !CLOCK_RANGE_END.test(rest)) continue;
    const timeOfDay = hour.values.map((value) => value * MINUTES_IN_HOUR + Number(minutes));
    // «гости вели 24:14»: past midnight a clock starts again at 0, so this is a score, not a time.
    if (timeOfDay.some((time) => time > MINUTES_IN_DAY)) continue;
    hour.timeOfDay = timeOfDay;
    const next = mentions[index + 1];
    if (next?.start === hour.end + 1) next.timeOfDay = timeOfDay;
    // "von 7 bis 18.30 Uhr": the lower end of a range to a time of day is an hour of the clock.
    const lower = mentions[index - 1];
    const lowerIsHour = lower !== undefined && !lower.clock && !lower.timeOfDay && lower.unit === undefined && lower.measure === undefined && lower.values.every((value) => Number.isInteger(value) && value <= HOURS_IN_DAY);
    if (lower && hour.rangeFrom !== undefined && lowerIsHour) lower.clock = true;
  }
  return mentions;
}

/** "half past ten", "a quarter past eight": the half or quarter is of the hour after it. */
const HALF_PAST_BETWEEN = /^\s+past\s+$/iu;
/** "um halb elf", "gegen halb acht": German counts the half hour towards the next one (10:30), after a preposition of time. */
const GERMAN_HALF_HOUR_BEFORE = /(?:^|[^\p{L}])(?:um|gegen|bis|ab|seit|vor|nach)\s+halb\s+$/iu;
/** «в половине одиннадцатого», «половина восьмого»: Russian counts the half hour towards the next one, an ordinal after it. */
const RUSSIAN_HALF = /^половин\p{L}*$/iu;
const RUSSIAN_HOUR_ORDINAL = /(?:ого|его)$/u;
const HOURS_ON_DIAL = 12;
const HALF_HOUR = 30;
/** The value of "half" ("half past ten"). */
const HALF_SHARE = 0.5;
/** The value of "a quarter" ("a quarter past eight"), and the minutes it is past the hour. */
const QUARTER_SHARE = 0.25;
const QUARTER_HOUR = 15;
/** How far before the hour "um halb" is looked for. */
const GERMAN_HALF_REACH = 16;

/**
 * A half hour in words: "half past ten", "um halb elf", «в половине одиннадцатого»
 * are all 10:30 (or 22:30: a clock in words has twelve hours); "a quarter past
 * eight" is 8:15. The hour's mention, and the half's or quarter's where it has
 * one, get the time, as "10:30" would (see withTimesOfDay).
 */
function withHalfHours(text: string, mentions: NumberMention[]): NumberMention[] {
  const onDial = (value: number) => Number.isInteger(value) && value >= 1 && value <= HOURS_ON_DIAL;
  const pastOf = (hour: number, minutes: number) => [hour, hour + HOURS_ON_DIAL].map((value) => (value % HOURS_IN_DAY) * MINUTES_IN_HOUR + minutes);
  for (const [index, hour] of mentions.entries()) {
    if (hour.timeOfDay || hour.unit || hour.measure || hour.values.length !== 1 || !onDial(hour.values[0] ?? 0)) continue;
    const value = hour.values[0] ?? 0;
    const half = mentions[index - 1];
    const between = half ? text.slice(half.end, hour.start) : '';
    const pastShare = half?.fraction === true && HALF_PAST_BETWEEN.test(between) ? half.values[0] : undefined;
    const halfPast = pastShare === HALF_SHARE || pastShare === QUARTER_SHARE;
    const russianHalf = half?.fraction === true && RUSSIAN_HALF.test(half.text) && /^\s+$/u.test(between) && RUSSIAN_HOUR_ORDINAL.test(hour.text.toLowerCase());
    const germanHalf = GERMAN_HALF_HOUR_BEFORE.test(text.slice(Math.max(0, hour.start - GERMAN_HALF_REACH), hour.start));
    if (!halfPast && !russianHalf && !germanHalf) continue;
    const times = pastOf(halfPast ? value : value - 1, pastShare === QUARTER_SHARE ? QUARTER_HOUR : HALF_HOUR);
    hour.timeOfDay = times;
    // "um halb 8 Uhr" is 7:30, not the full hour "8 Uhr" is alone.
    delete hour.clock;
    if (half && (halfPast || russianHalf)) {
      half.timeOfDay = times;
      delete half.share;
      delete half.fraction;
    }
  }
  return mentions;
}

/**
 * A race time or another duration in hours, minutes and seconds: "2:09:41",
 * and "2:09.41" as Russian writes it. Not a clock time with seconds before
 * a word that makes it one ("um 14:05:30 Uhr" is read as "14:05" by clockTimeAt).
 */
const RACE_TIME = /(?<![\d:.,])(\d{1,2}):(\d{2})[:.](\d{2})(?![\d]|[.,:]\d)/gu;

/**
 * A swimming, skating or biathlon time to the hundredth or the tenth:
 * "2:05.41", «2.05,41», "1:55,87", "24:51,3" (minutes, seconds, and a part of
 * a second). Two different separators: "2.05.41" may be a date and "2:09:41"
 * is hours, minutes and seconds.
 */
const TIME_IN_HUNDREDTHS = /(?<![\d:.,])(\d{1,2})(?::(\d{2})[.,]|\.(\d{2}),)(\d{1,2})(?![\d]|[.,:]\d)/gu;
export const SECONDS_IN_MINUTE = 60;
const DECIMAL_BASE = 10;

/** The times to the hundredth `text` writes (see TIME_IN_HUNDREDTHS), each in seconds, with where it stands. */
export function findTimesInHundredths(text: string): Array<{ start: number; end: number; seconds: number }> {
  const times: Array<{ start: number; end: number; seconds: number }> = [];
  for (const match of text.matchAll(TIME_IN_HUNDREDTHS)) {
    const [whole, minutes = '', afterColon, afterDot, hundredths = ''] = match;
    const seconds = Number(afterColon ?? afterDot ?? '');
    if (seconds >= SECONDS_IN_MINUTE) continue;
    const part = Number(hundredths) / DECIMAL_BASE ** hundredths.length;
    times.push({ start: match.index, end: match.index + whole.length, seconds: roundValue(Number(minutes) * SECONDS_IN_MINUTE + seconds + part) });
  }
  return times;
}

/**
 * A duration in minutes and seconds, or hours and minutes, written as a time
 * with its unit after it: "4:20 Minuten", "4:20 min", «1:30 часа», "1:30 hours".
 * The third group is set for minutes.
 */
const DURATION_IN_UNIT =
  /(?<![\d:.,])(\d{1,2}):([0-5]\d)(?![\d]|[.,:]\d)[\s\u00a0]*(?:(minuten|minutes|mins?\b|минут\p{L}*|мин\b)|(?:stunden|std\b|hours|hrs?\b|час\p{L}*|ч\b))/giu;

/**
 * The mentions with each race time as three quantities, its hours, minutes and
 * seconds, in place of the numbers read from its digits ("2", "09.41"): a
 * summary writes «2 часа 9 минут 41 секунда» for "2:09:41", or the other way
 * round, and each part must be the source's.
 */
function withRaceTimes(text: string, mentions: NumberMention[]): NumberMention[] {
  const times = [...text.matchAll(RACE_TIME)];
  const durations = [...text.matchAll(DURATION_IN_UNIT)];
  if (times.length === 0 && durations.length === 0) return mentions;
  const parts: NumberMention[] = [];
  const partsOf = (start: number, units: ReadonlyArray<readonly [string, MeasureBase, number]>) => {
    let at = start;
    for (const [digits, base, factor] of units) {
      const value = Number(digits);
      parts.push({ text: digits, start: at, end: at + digits.length, values: [value], measure: { base, amounts: [value * factor] } });
      at += digits.length + 1;
    }
  };
  for (const time of times) {
    const [, hours = '', minutes = '', seconds = ''] = time;
    partsOf(time.index, [
      [hours, 'minute', MINUTES_IN_HOUR],
      [minutes, 'minute', 1],
      [seconds, 'second', 1],
    ]);
  }
  for (const duration of durations) {
    const [, larger = '', smaller = '', minutesWord] = duration;
    // "4:20 Minuten" is 4 minutes and 20 seconds, "1:30 hours" an hour and 30 minutes.
    partsOf(duration.index, minutesWord === undefined ? [[larger, 'minute', MINUTES_IN_HOUR], [smaller, 'minute', 1]] : [[larger, 'minute', 1], [smaller, 'second', 1]]);
  }
  const inTime = (mention: NumberMention) =>
    [...times, ...durations].some((time) => mention.start < time.index + time[0].length && mention.end > time.index);
  return [...mentions.filter((mention) => !inTime(mention)), ...parts].sort((a, b) => a.start - b.start);
}

/** Between the two ends of a range: a dash, "to", «до», "bis", "or", and "about" after them ("to about 4 million"); "vom 12. bis 14. Juni" after a German day's dot. */
const RANGE_JOINER =
  /^[\s\u00a0\u202f\u2009]*[-–—][\s\u00a0\u202f\u2009]*$|^\s+(?:to|or|до|или|bis|oder)\s+(?:(?:about|around|roughly|nearly|almost|примерно|около|почти|rund|etwa|circa|knapp|fast)\s+)?$|^\.\s+bis\s+$/iu;
/** "one to 2,000", "eins zu 2000", «один к 500»: the joiner of a ratio's two sides. */
const RATIO_JOINER = /^\s+(?:to|zu|к)\s+$/iu;
/** The other side of a ratio from one is at least this: "one to three" is a range still. */
const SMALLEST_RATIO = 100;
/** "von 2,8 auf rund vier Millionen Euro", "von ursprünglich neun auf inzwischen 17 Millionen": German "auf" joins a change's ends after "von". */
const AUF_JOINER = /^\s+auf\s+(?:(?:inzwischen|mittlerweile|nun|jetzt|zuletzt)\s+)?(?:(?:rund|etwa|circa|knapp|fast)\s+)?$/iu;
// "von geplanten 29 auf 38 Millionen", «с запланированных 29 до 38 млн»: what the first end was, in a word between.
const VON_BEFORE = /(?:^|[^\p{L}])von\s+(?:(?:derzeit|bisher|zuletzt|geplanten|ursprünglich|ursprünglichen|zunächst)\s+)?$/iu;
/** A change's first end: "from", "von", «с», «от». */
const FROM_BEFORE =
  /(?:^|[^\p{L}])(?:from|von|с|со|от)\s+(?:(?:derzeit|bisher|zuletzt|geplanten|ursprünglich|ursprünglichen|zunächst|an expected|a planned|an original|the planned|запланированных|первоначальных|прежних|нынешних)\s+)?$/iu;
/** A German noun right after a number: what it counts ("4.108 Fälle"). */
const NOUN_AFTER = /^[ \u00a0]\p{Lu}\p{Ll}/u;
/** How many times larger a change's first end may be than its second and still read as a fall. */
const PLAUSIBLE_FALL = 10;
/** A bare number this small before a scaled one is a count of the same scale; a larger one is a figure of its own. */
const SCALE_SHARED_BELOW = 1_000;
/** "between 2 and 3 million", «между 5 и 7 тысячами», "zwischen 5 und 7 Millionen": "and" joins the ends only after these. */
const AND_JOINER = /^\s+(?:and|и|und)\s+$/iu;
const BETWEEN_BEFORE = /(?:^|[^\p{L}])(?:between|между|zwischen)\s+$/iu;
/** «с 7 по 15 февраля»: Russian «по» joins a range's ends after «с». */
const PO_JOINER = /^\s+по\s+$/iu;
const S_BEFORE = /(?:^|[^\p{L}])(?:с|со)\s+$/iu;
/** Characters before a range's lower end in which what opens it is looked for: "von ursprünglich ", «с запланированных ». */
const RANGE_OPENER_REACH = 32;

/**
 * A range shares the scale, unit and measure written once: "22–31 тысячу" is
 * 22,000 to 31,000, "2-3 million" 2 to 3 million, «от 5 до 7 тысяч» 5,000 to
 * 7,000, "$2-3 million" dollars at both ends (a sign at the lower end only
 * with a dash), "5 to 7 per cent" per cent at both, "two to three years" years
 * at both. The lower end written without a
 * scale takes the upper end's (it is the smaller number before the scale: "10
 * to 20,000" has no scale word to share); a unit or a measure written at one end
 * goes to the other. `multipliers` are the mentions' scales, in their order.
 */
function shareAcrossRanges(text: string, mentions: NumberMention[], multipliers: ReadonlyArray<Multiplier | undefined>): void {
  for (let index = 0; index + 1 < mentions.length; index++) {
    const lower = mentions[index];
    const upper = mentions[index + 1];
    // "fell by about a third to 1.42 million tonnes": a fraction is a share of what follows, no end of a range.
    if (!lower || !upper || lower.share || upper.share || lower.fraction) continue;
    // "rose 9.4% to €212 million": a rise and what it rose to, not a range; the ends of a range are of one kind.
    if (lower.unit !== undefined && upper.unit !== undefined && lower.unit !== upper.unit) continue;
    if (lower.measure && upper.measure && lower.measure.base !== upper.measure.base) continue;
    const gap = text.slice(lower.end, upper.start);
    const before = text.slice(Math.max(0, lower.start - RANGE_OPENER_REACH), lower.start);
    // "Angebote über 13 und 16 Millionen Pfund", "£13 and £16 million": two amounts listed, the scale and unit written once.
    const listedScale = multipliers[index + 1];
    if (AND_JOINER.test(gap) && !BETWEEN_BEFORE.test(before) && listedScale && multipliers[index] === undefined && lower.unit === undefined && lower.measure === undefined && Math.max(...lower.values) < SCALE_SHARED_BELOW) {
      lower.values = lower.values.map((value) => roundValue(value * listedScale.scale));
      if (upper.unit !== undefined) lower.unit = upper.unit;
      continue;
    }
    if (
      !RANGE_JOINER.test(gap) &&
      !(AND_JOINER.test(gap) && BETWEEN_BEFORE.test(before)) &&
      !(AUF_JOINER.test(gap) && VON_BEFORE.test(before)) &&
      !(PO_JOINER.test(gap) && S_BEFORE.test(before))
    )
      continue;
    const multiplier = multipliers[index + 1];
    // The upper end before its scale: "31" of "31 тысячу".
    const upperBase = Math.max(...upper.values) / (multiplier?.scale ?? 1);
    // A change may fall ("von 47 auf 21 Millionen Euro", "from 9.4 to 5.8 per cent"); a range without "from" rises, and so
    // does one of hours («с полудня до восьми вечера» is noon to 8 p.m.).
    const falls = FROM_BEFORE.test(before) && !lower.clock && !upper.clock;
    // «от 500 до 4 тысяч рублей»: a lower end larger than the upper's figure before its scale, smaller than the upper end,
    // keeps its own scale and takes the unit.
    // A fall is seldom tenfold: «от 500 до 4 тысяч» rises from 500, it does not fall from 500 thousand.
    const tenfoldFall = falls && multiplier !== undefined && Math.min(...lower.values) * multiplier.scale > Math.max(...upper.values) * PLAUSIBLE_FALL;
    if (Math.min(...lower.values) >= upperBase && (!falls || tenfoldFall) && multiplier && Math.max(...lower.values) < Math.min(...upper.values)) {
      if (lower.unit === undefined && upper.unit !== undefined && lower.measure === undefined) lower.unit = upper.unit;
      upper.rangeFrom = lower.values;
      continue;
    }
    if (Math.min(...lower.values) >= upperBase && !falls) continue;
    // "von 9 bis 20 Uhr", "between 7 and 10 p.m.": the lower end is an hour of the clock too.
    if (upper.clock && !lower.clock && lower.unit === undefined && lower.measure === undefined && !lower.timeOfDay && lower.values.every((hour) => Number.isInteger(hour) && hour <= HOURS_IN_DAY)) lower.clock = true;
    if (multiplier && multipliers[index] === undefined && lower.measure === undefined) {
      const scaled = lower.values.map((value) => roundValue(value * multiplier.scale));
      lower.values = multiplier.ambiguous ? [...lower.values, ...scaled] : scaled;
    }
    if (lower.unit === undefined && upper.unit !== undefined && lower.measure === undefined) lower.unit = upper.unit;
    // A sign before the lower end is the range's only with a dash ("$2-3 million"), or after "from" ("from 20 seconds to
    // 14", "von 12 Prozent auf 9"): "gave £5 to 200 people" is two things.
    // Not to an upper end that counts a noun of its own: "ein Plus von 23 Prozent auf 4.108 Fälle" is a rise to 4,108 cases.
    else if (upper.unit === undefined && lower.unit !== undefined && upper.measure === undefined && (/[-–—]/u.test(gap) || FROM_BEFORE.test(before)) && !NOUN_AFTER.test(text.slice(upper.end)))
      upper.unit = lower.unit;
    if (upper.measure === undefined && upper.unit === undefined && FROM_BEFORE.test(before)) takeMeasure(upper, lower);
    if (lower.measure === undefined && lower.unit === undefined) takeMeasure(lower, upper);
    upper.rangeFrom = lower.values;
  }
}

/**
 * Between a number and the one it replaces: "an vier statt fünf Tagen", «пять дней вместо шести», "four instead of five
 * days", with what a price is for and a word for "what it was" between them: «24 рубля за километр вместо нынешних 21».
 */
const INSTEAD_OF =
  /^(?:\s+(?:за|per|pro|je|a)\s+\p{L}+)?(?:\s+(?:statt|anstatt|instead of|rather than|вместо)(?:\s+(?:нынешних|прежних|бывших|the current|the previous|the former|der bisherigen|den bisherigen|bisher))?|,?\s+(?:up|down)\s+from)\s+$/iu;

/** ", up from", " down from": the number before is the new one, written with its own scale (see shareAcrossAlternatives). */
const UP_OR_DOWN_FROM = /^,?\s+(?:up|down)\s+from\s+$/iu;

/**
 * A number and the one it replaces share the unit, scale or measure written once:
 * "vier statt fünf Tagen" is four days against five, "41 minutes, up from 34"
 * forty-one minutes against thirty-four, "5,8 statt 4,9 Millionen Euro" millions of euros both.
 */
function shareAcrossAlternatives(text: string, mentions: NumberMention[], multipliers: ReadonlyArray<Multiplier | undefined>): void {
  for (let index = 0; index + 1 < mentions.length; index++) {
    const first = mentions[index];
    const second = mentions[index + 1];
    if (!first || !second || !INSTEAD_OF.test(text.slice(first.end, second.start))) continue;
    const firstIsBare = first.unit === undefined && first.measure === undefined;
    const [bare, written] = firstIsBare ? [first, second] : [second, first];
    if (bare.unit !== undefined || bare.measure !== undefined) continue;
    // "5,8 statt 4,9 Millionen Euro": the scale written once is both numbers'.
    const [bareScale, writtenScale] = firstIsBare ? [multipliers[index], multipliers[index + 1]] : [multipliers[index + 1], multipliers[index]];
    // Not a number before "up from" ("in 2026/27, up from £6.2 million"): the one that rose is written with its own scale.
    const upFrom = UP_OR_DOWN_FROM.test(text.slice(first.end, second.start));
    if (writtenScale && !bareScale && !(upFrom && firstIsBare) && Math.max(...bare.values) < SCALE_SHARED_BELOW) {
      const scaled = bare.values.map((value) => roundValue(value * writtenScale.scale));
      bare.values = writtenScale.ambiguous ? [...bare.values, ...scaled] : scaled;
    }
    if (written.unit !== undefined) bare.unit = written.unit;
    takeMeasure(bare, written);
  }
}

/** "с" or "s" for seconds, after a bare number: written so only after minutes («47 мин 10 с»), where «с» is no preposition. */
const SECONDS_SIGN_AFTER = /^[\s\u00a0]*(?:с|s|сек)(?![\p{L}\d])\.?/u;
/** Between minutes and the seconds that follow them: a space. */
const BETWEEN_PARTS = /^[\s\u00a0]+$/u;

/**
 * A time in hours, minutes and seconds written with signs: «2 ч 47 мин 10 с», "5 min 21 s". The seconds are a bare
 * number to the rest of the reader, as «с» is also "with"; after minutes they are seconds.
 */
function secondsAfterMinutes(text: string, mentions: NumberMention[]): void {
  for (let index = 1; index < mentions.length; index++) {
    const minutes = mentions[index - 1];
    const seconds = mentions[index];
    if (!minutes || !seconds || minutes.measure?.base !== 'minute' || seconds.unit !== undefined || seconds.measure !== undefined) continue;
    if (!BETWEEN_PARTS.test(text.slice(minutes.end, seconds.start)) || !SECONDS_SIGN_AFTER.test(text.slice(seconds.end))) continue;
    seconds.measure = { base: 'second', amounts: [...seconds.values] };
  }
}

/** `bare` counts in the unit of time or distance `written` counts in, if any: "fünf Tagen" makes the "vier" before it four days. */
function takeMeasure(bare: NumberMention, written: NumberMention): void {
  const measure = written.measure;
  const counted = written.values[0];
  if (!measure || !counted) return;
  const factor = (measure.amounts[0] ?? 0) / counted;
  bare.measure = { base: measure.base, amounts: bare.values.map((value) => roundValue(value * factor)) };
}

/** A year, a dash or slash, and two digits: "2023–24", "2023/24", the winter or season of two years. */
const SHORT_YEAR_RANGE = /^\d{4}[-–—/]\d{2}$/u;
const YEARS_IN_CENTURY = 100;

/**
 * The second year of "2023–24" is 2024, as «2023–2024 годов» writes it; read
 * as 24, it would state "24 metres".
 */
function withShortYearRanges(text: string, mentions: readonly NumberMention[]): void {
  for (const [index, upper] of mentions.entries()) {
    const lower = mentions[index - 1];
    const [first] = lower?.values ?? [];
    const [second] = upper.values;
    if (!lower || first === undefined || second === undefined || lower.values.length !== 1 || upper.values.length !== 1) continue;
    if (!SHORT_YEAR_RANGE.test(text.slice(lower.start, upper.end))) continue;
    const century = first - (first % YEARS_IN_CENTURY);
    const year = century + second < first ? century + YEARS_IN_CENTURY + second : century + second;
    upper.values = [year];
  }
}

/** Float noise from 3.5 × 1e6 must not make two equal numbers differ, nor 3.83 / 0.1 move a figure across a step. */
export function roundValue(value: number): number {
  return Number(value.toPrecision(12));
}

/** A code of letters and digits: "G20", "MH17", "F16". */
export interface CodeMention {
  text: string;
  folded: string;
  start: number;
  end: number;
  /** Its digits as a number: what survives when a translation spells the letters differently ("G20" / «Г20»). */
  digits: number;
}

const CODE = /^\p{L}[\p{L}\p{N}]*\p{N}/u;

/** Words that start with a letter and hold digits; `findNumbers` leaves them alone. */
export function findCodes(tokens: readonly FoldedToken[]): CodeMention[] {
  return tokens
    .filter((token) => CODE.test(token.text))
    .map((token) => ({ text: token.text, folded: token.folded, start: token.start, end: token.end, digits: Number(token.text.replace(/\D/g, '')) }));
}

/** A sentence ends between two words: . ! ? … or a line break (not the dot of "Feb. 24" or "3.5", which has no space after it). */
const SENTENCE_END = /[.!?…]["'”’»)\]]*\s|[\r\n]/u;

/**
 * A sentence ends in `gap`, the text after `before` (and before `next`, when
 * known). "Feb. 24", "U.S. troops": a short capitalised word before a dot is
 * an abbreviation; so is a short lower-case word before a dot and a number
 * («ч. 1 ст. 217 УК РФ», "p. 12", "Nr. 5"), which no sentence ends with.
 */
export function sentenceEndsAfter(before: FoldedToken, gap: string, next?: FoldedToken, beforeThat?: FoldedToken): boolean {
  if (!SENTENCE_END.test(gap)) return false;
  // "am 8. März": German writes the day of a date as an ordinal, with a dot.
  if (DAY_DIGITS.test(before.text) && /^\.\s+$/u.test(gap) && next !== undefined && calendarKeyOf(next.folded, true)?.startsWith('month:') === true) return false;
  // "In der 66. Minute", "zum 3. Mal": an ordinal in digits after an article, before its noun.
  if (ORDINAL_DIGITS.test(before.text) && /^\. $/u.test(gap) && GERMAN_ORDINAL_ARTICLES.has(beforeThat?.folded ?? '') && /^\p{Lu}/u.test(next?.text ?? '')) return false;
  // «18,4 тыс. гектаров», "approx. five": a sentence does not begin in lower case; the dot ends an abbreviation.
  if (gap.startsWith('.') && /^\p{Ll}/u.test(next?.text ?? '')) return false;
  if (!gap.startsWith('.') || before.text.length > 4) return true;
  return !(/^\p{Lu}/u.test(before.text) || (before.text.length <= ABBREVIATION_BEFORE_NUMBER && /^\p{N}/u.test(next?.text ?? '')));
}

/** What joins the last of listed days to the one before: "3 and 4 February", «19 и 20 марта». */
const LISTED_DAY_JOINERS: ReadonlySet<string> = new Set(['and', 'und', 'и']);

/** The digits of a day of the month. */
const DAY_DIGITS = /^\d{1,2}$/u;

/** Letters of a lower-case abbreviation before a number: «ч.», «ст.», "p.", "nr.". */
const ABBREVIATION_BEFORE_NUMBER = 3;

/** A word that says what a text is about: three letters or more, no digits, not a stop-word, a number word or a word of replacement. */
export function isContentWord(folded: string): boolean {
  return folded.length > 2 && !/\p{N}/u.test(folded) && !isStopword(folded) && !numberWordOf(folded) && !INSTEAD_WORDS.has(folded);
}
/** "31 statt bisher 23 Orte", «12 вместо шести»: words of a replacement, which say nothing of what a number counts. */
const INSTEAD_WORDS: ReadonlySet<string> = new Set(['statt', 'anstatt', 'instead', 'rather', 'вместо'].map(foldWord));

/**
 * How far the words that say what a share is of are looked for: its whole
 * sentence, and in the source the sentence before too, where what it is a share
 * of is often named ("The council estimates the cost at 180 million pounds.
 * About half is expected to come from a national fund").
 */
export const SHARE_CONTEXT = { reach: 40, sentencesBefore: 1 } as const;

/** How far `contextAround` looks. */
export interface ContextReach {
  /** Words looked at on each side. */
  reach: number;
  /** Sentences before the number's own that count too. Default 0. */
  sentencesBefore?: number;
  /**
   * Count only content words toward `reach`, so that digits, units and
   * stop-words do not push the word that says what is counted out of a short
   * reach ("invest another £20 million over five years" kept "invest").
   * Default false: an article's wider reach counts every word, so that it
   * does not take in the next clause's words.
   */
  contentWordsOnly?: boolean;
  /**
   * Where the words other numbers count begin (see countedWordStarts): left
   * out, as they say what those numbers count. «176 пассажиров … и шесть
   * членов экипажа»: «пассажиров» is no word around «шесть».
   */
  countedByOthers?: (start: number) => boolean;
}

/** Only spaces between a number and the word it counts: "176 пассажиров", "six crew". */
const COUNTED_WORD_GAP = /^[ \u00a0]+$/u;

/** Where the word right after each number begins, when it is a content word (what the number counts), by the number's start. */
export function countedWordStarts(text: string, tokens: readonly FoldedToken[], mentions: readonly NumberMention[]): Map<number, number> {
  const starts = new Map<number, number>();
  let at = 0;
  for (const mention of mentions) {
    while (at < tokens.length && (tokens[at]?.start ?? 0) < mention.end) at++;
    // "fünf zusätzliche Hebammen": German puts a declined adjective between a count and the noun it counts.
    const next = tokens[at + 1];
    const adjective = tokens[at] !== undefined && next !== undefined && GERMAN_DECLINED_ADJECTIVE.test(tokens[at]?.text ?? '') && /^\p{Lu}/u.test(next.text) && COUNTED_WORD_GAP.test(text.slice(tokens[at]?.end, next.start));
    const word = adjective ? next : tokens[at];
    const gapStart = adjective ? (tokens[at]?.end ?? mention.end) : mention.end;
    // "statt bisher 41 künftig 58 Haltestellen": a word between two numbers is no noun of the first; it shares the second's.
    const beforeNumber = DIGIT_TOKEN.test(tokens[(adjective ? at + 1 : at) + 1]?.text ?? '');
    if (word && !beforeNumber && isContentWord(word.folded) && COUNTED_WORD_GAP.test(text.slice(gapStart, word.start))) starts.set(mention.start, word.start);
  }
  return starts;
}
/** A token that begins with digits: a number (see countedWordStarts). */
const DIGIT_TOKEN = /^\d/u;
/** A German adjective declined in lower case: "zusätzliche", "neuen", "freie". */
const GERMAN_DECLINED_ADJECTIVE = /^\p{Ll}{3,}(?:e|en|er|es|em)$/u;

/**
 * The content words within reach before and after a number, in its own
 * sentence (and as many sentences before it as `sentencesBefore` says): what it
 * counts ("five years", «в шесть утра»). Stop-words, digits and number words are
 * left out; they say nothing about which number this is.
 */
export function contextAround(
  text: string,
  tokens: readonly FoldedToken[],
  span: { start: number; end: number },
  { reach, sentencesBefore = 0, contentWordsOnly = false, countedByOthers }: ContextReach,
): string[] {
  const counts = (token: FoldedToken) => !contentWordsOnly || isContentWord(token.folded);
  let first = 0;
  let high = tokens.length;
  while (first < high) {
    const middle = (first + high) >> 1;
    if ((tokens[middle]?.end ?? 0) <= span.start) first = middle + 1;
    else high = middle;
  }
  let after = first;
  while (after < tokens.length && (tokens[after]?.start ?? 0) < span.end) after++;
  // «Шестиэтажное здание», «шестиэтажный корпус»: a number in one word with what it counts says itself what it counts.
  const around: FoldedToken[] = tokens.slice(first, after).filter((token) => compoundQuantityOf(token.folded) !== undefined);
  let boundary = span.start;
  let sentencesLeft = sentencesBefore;
  let taken = 0;
  for (let index = first - 1; index >= 0 && taken < reach; index--) {
    const token = tokens[index];
    if (!token) break;
    if (counts(token)) taken++;
    if (sentenceEndsAfter(token, text.slice(token.end, boundary), tokens[index + 1], tokens[index - 1])) {
      if (sentencesLeft === 0) break;
      sentencesLeft--;
    }
    around.push(token);
    boundary = token.start;
  }
  boundary = span.end;
  taken = 0;
  for (let index = after; index < tokens.length && taken < reach; index++) {
    const token = tokens[index];
    const previous = tokens[index - 1];
    if (token && counts(token)) taken++;
    const gap = text.slice(boundary, token?.start);
    // Right after the number, its own last word ("тыс" of «9,7 тыс. га») says whether a dot ends the sentence.
    const ends = previous ? sentenceEndsAfter(previous, gap, token, tokens[index - 2]) : SENTENCE_END.test(gap);
    if (!token || ends) break;
    around.push(token);
    boundary = token.end;
  }
  return around
    .filter((token) => !countedByOthers?.(token.start))
    .map((token) => UNIT_ABBREVIATIONS.get(token.folded) ?? token.folded)
    .filter(isContentWord);
}

/**
 * Units a text writes short or in full, folded: «9,7 тыс. га» and «18,4 тыс. гектаров» count the same thing. The words
 * around a number are compared in full (see contextAround); a short one is otherwise too short to be a content word.
 */
const UNIT_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['га', 'гектар'],
  ['ha', 'hektar'],
  ['км', 'километр'],
  ['km', 'kilometer'],
  ['кг', 'килограмм'],
  ['kg', 'kilogramm'],
]);

/** The seasons, by the key a year next to them is filed under beside the months' 0–11 (see seasonNextTo). */
const SEASONS: ReadonlyMap<string, number> = new Map(
  [
    ['spring frühling frühjahr frühjahrs весна весной весны весне', 12],
    ['summer sommer sommers лето летом лета', 13],
    ['autumn fall herbst herbstes осень осенью осени', 14],
    ['winter winters зима зимой зимы зиме', 15],
  ].flatMap(([words, key]) => String(words).split(' ').map((word): [string, number] => [foldWord(word), Number(key)])),
);

/**
 * The season named right before a year: "autumn 2027", "im Herbst 2027",
 * «осенью 2026 года», as a key after the months' (12 spring … 15 winter).
 * What a year next to it dates, as a month does (see monthNextTo).
 */
export function seasonNextTo(tokens: readonly FoldedToken[], mention: NumberMention): number | undefined {
  const before = tokens.findLast((token) => token.end <= mention.start);
  return before !== undefined && mention.start - before.end <= 1 ? SEASONS.get(before.folded) : undefined;
}

/** Letters of a month's name written short before a dot: "Feb", "Sept". */
const ABBREVIATED_MONTH_LETTERS = 4;

/**
 * The month named right before or after a number: "October 21", «21 октября».
 * One right after it comes first: in "20 April, 5 May" the 5 is of May. A
 * comma between them parts them: in «по 5 мая, 14 театров» 14 is no day.
 */
export function monthNextTo(text: string, tokens: readonly FoldedToken[], mention: NumberMention): number | undefined {
  const beforeAt = tokens.findLastIndex((token) => token.end <= mention.start);
  // «с 14 по 22 марта 18 трупп», "on 3 March 18 people": a month that has its day before it gives no other day after it;
  // its year it still may ("30 ноября 2027").
  const dayBefore = tokens[beforeAt - 1];
  const monthHasDay = DAY_DIGITS.test(mention.text) && dayBefore !== undefined && DAY_DIGITS.test(dayBefore.text) && /^[\s.]*$/u.test(text.slice(dayBefore.end, tokens[beforeAt]?.start));
  const before = monthHasDay ? undefined : tokens[beforeAt];
  let afterAt = tokens.findIndex((token) => token.start >= mention.end);
  // "on 3 and 4 February", «18, 19 и 20 марта»: a day listed before others is of the month after the last.
  for (let at = afterAt; at >= 0; ) {
    const joiner = tokens[at];
    const listed = joiner && LISTED_DAY_JOINERS.has(joiner.folded) && /^\s+$/u.test(text.slice(tokens[at - 1]?.end ?? mention.end, joiner.start)) ? at + 1 : at;
    const gap = text.slice(tokens[listed - 1]?.end ?? mention.end, tokens[listed]?.start);
    if (!DAY_DIGITS.test(tokens[listed]?.text ?? '') || !(listed > at ? /^\s+$/u : /^,\s+$/u).test(gap)) break;
    afterAt = listed + 1;
    at = afterAt;
  }
  const after = afterAt >= 0 ? tokens[afterAt] : undefined;
  for (const [token, gap, joins] of [
    [after, after && text.slice(tokens[tokens.indexOf(after) - 1]?.end ?? mention.end, after.start), /^[\s.]*$/u],
    [before, before && text.slice(before.end, mention.start), /^[\s.]*$/u],
  ] as const) {
    if (!token || gap === undefined || !joins.test(gap)) continue;
    // A dot joins a day in digits to its month ("Feb. 24", "12. April"), and a month written short before it: "on Monday,
    // 6 April. Twelve GPs" ends a sentence at the month.
    if (gap.includes('.') && (!DAY_DIGITS.test(mention.text) || (token === before && token.text.length > ABBREVIATED_MONTH_LETTERS))) continue;
    const key = calendarKeyOf(token.folded, /^\p{Lu}/u.test(token.text));
    if (key?.startsWith('month:')) return Number(key.slice('month:'.length));
  }
  return undefined;
}

/** Digits with the ending of an ordinal stuck to them: "24th", "3rd". */
const ORDINAL_DIGITS_SUFFIX = /^\d+(?:st|nd|rd|th)$/iu;

/**
 * A number written as an ordinal, a place rather than a count: "the Fourth Section", "58th", «в пятый раз», "die
 * vierte". By its last word: "the third day" is a day, counted as one (isCountOfThings in check.ts reads every word).
 */
export function isOrdinalMention(mention: NumberMention): boolean {
  const last = mention.text.split(/[\s\u00a0-]+/u).at(-1) ?? '';
  return ORDINAL_DIGITS_SUFFIX.test(mention.text) || numberWordOf(foldWord(last))?.ordinal === true;
}
