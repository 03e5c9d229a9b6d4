import { calendarKeyOf } from './calendar.js';
import { foldWord } from './fold.js';
import { measureNounOf, multiplierOf, numberWordOf, unitWordOf } from './number-words.js';

/**
 * Scores a text writes: "led 5-3", «со счётом 10:7», "beat Coventry 27-24",
 * "ein 18:19". A score is one fact of two numbers; each of them alone is
 * often stated elsewhere in a match report ("6-2" against a source with "6-5"
 * and "2-0"), so a summary's score is checked as the pair (see findUnsupported
 * in check.ts).
 */
export interface Score {
  start: number;
  end: number;
  /** The pair, the smaller first: "5-3" and "3-5" are the same score said from either side. */
  key: string;
  /** It reads as a time of day too ("13:10"): a score only where the source writes that pair. */
  clock: boolean;
}

/**
 * Two numbers of up to three digits joined by a hyphen, a dash or a colon, not
 * part of a longer number, a date, a decimal or a third number ("2024-25",
 * "1.5-2", "3:47:10", "a 3-2-1 defence").
 */
const SCORE = /(?<![\d.,:/-])(\d{1,3})[ \u00a0]?([-–:])[ \u00a0]?(\d{1,3})(?![\d]|[.,:/–-]\d)/gu;
/** The word after a pair: a unit, a scale or a noun of time or distance makes it a range ("42–48 см", "5-10 km", "10-15%"). */
const WORD_AFTER = /^[ \u00a0]?([%°€£$]|\p{L}+)/u;
/** The word before a pair. */
const WORD_BEFORE = /(\p{L}+)[ \u00a0]$/u;
/** Past this an hour is no time of day, and two minutes' digits are how a clock writes them. */
const LAST_HOUR = 23;
const CLOCK_MINUTES = /^[0-5]\d$/u;

/** The scores `text` writes, in order. */
export function findScores(text: string): Score[] {
  const scores: Score[] = [];
  for (const match of text.matchAll(SCORE)) {
    const [whole, first = '', separator, second = ''] = match;
    const end = match.index + whole.length;
    const after = WORD_AFTER.exec(text.slice(end))?.[1];
    const before = WORD_BEFORE.exec(text.slice(0, match.index))?.[1];
    // "February 3–4", «3–4 марта»: days of a month.
    if ((after !== undefined && (isUnitWord(after) || isMonth(after))) || (before !== undefined && isMonth(before))) continue;
    const [low, high] = [Number(first), Number(second)].sort((one, other) => one - other);
    const clock = separator === ':' && Number(first) <= LAST_HOUR && CLOCK_MINUTES.test(second);
    scores.push({ start: match.index, end, key: `${low}-${high}`, clock });
  }
  return scores;
}

/** A sign, a unit, a scale or a noun of time or distance. */
function isUnitWord(word: string): boolean {
  if (/^[%°€£$]$/u.test(word)) return true;
  const folded = foldWord(word);
  return unitWordOf(folded) !== undefined || measureNounOf(folded) !== undefined || numberWordOf(folded)?.role === 'scale' || multiplierOf(folded) !== undefined || /^(?:uhr|h|am|pm)$/u.test(folded);
}

/**
 * The name of a month, in any case or language: capitalised, in Cyrillic (Russian writes months in lower case) or
 * longer than an abbreviation some language has for one ("out" is October's in Portuguese, not "close it out 13-10").
 */
function isMonth(word: string): boolean {
  const capitalised = /^\p{Lu}/u.test(word);
  if (!capitalised && !/^\p{Script=Cyrillic}/u.test(word) && word.length <= MONTH_ABBREVIATION) return false;
  return calendarKeyOf(foldWord(word), capitalised)?.startsWith('month:') === true;
}
const MONTH_ABBREVIATION = 3;
