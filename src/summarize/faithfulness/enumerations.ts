import { calendarKeyOf } from './calendar.js';
import type { FoldedToken } from './fold.js';

/**
 * Lists a text writes out, and how many things each names: "in Deutschland,
 * Tschechien, Slowenien und Zypern" is four, «по вторникам, четвергам и
 * субботам» three. A summary counts them ("27 Scheinfirmen in vier Ländern",
 * "three days a week"), which no number of the source states.
 */
export interface Enumeration {
  /** How many things the list names. */
  count: number;
  /** The index of its first token and one past its last. */
  first: number;
  end: number;
  /** Whether every thing it names is a day, a weekday or a day of a month: "three days a week", "over two days" for "3 and 4 February". */
  days: boolean;
}

/** The word before a list's last thing: "and", "und", «и», "or", "oder", «или». */
const LAST_JOINERS: ReadonlySet<string> = new Set(['and', 'und', 'и', 'or', 'oder', 'или']);
/** Articles a name in a list may take: "the Czech Republic", "die Schweiz". */
const ARTICLES: ReadonlySet<string> = new Set(['the', 'die', 'der']);
/** Words a thing of a list may have at most: "Palma de Mallorca" is one thing, not three. */
const WORDS_A_THING = 3;
/** Joiners inside one thing's name: "Palma de Mallorca", "Rhein-Main". */
const NAME_LINKS: ReadonlySet<string> = new Set(['de', 'del', 'la', 'von', 'van', 'am', 'an', 'der', 'on', 'upon', 'на']);

/** A word that opens a thing of a list: a name (a capital) or a weekday, which Russian writes in lower case. */
function opensThing(token: FoldedToken): { weekday: boolean } | undefined {
  const capitalised = /^\p{Lu}/u.test(token.text);
  const weekday = calendarKeyOf(token.folded, capitalised)?.startsWith('weekday:') === true;
  return capitalised || weekday ? { weekday } : undefined;
}

/**
 * Every list of two or more things `text` writes with commas and "and" (or
 * "or") before its last: each thing a name of up to WORDS_A_THING words or a
 * weekday. A list of two ("Berlin and Rostock") counts as well.
 */
export function findEnumerations(text: string, tokens: readonly FoldedToken[]): Enumeration[] {
  const found: Enumeration[] = [];
  const gapAfter = (index: number) => text.slice(tokens[index]?.end ?? 0, tokens[index + 1]?.start ?? 0);
  // The end of the thing opening at `start`: past the words of its name, joined by spaces, hyphens or links.
  const thingEnd = (start: number) => {
    let end = start + 1;
    while (end - start < WORDS_A_THING && end < tokens.length && /^[\s\u00a0-]+$/u.test(gapAfter(end - 1))) {
      const token = tokens[end];
      if (!token || !(/^\p{Lu}/u.test(token.text) || NAME_LINKS.has(token.folded))) break;
      end++;
    }
    // A link is no last word: "Palma de" ends before "de".
    while (end - 1 > start && NAME_LINKS.has(tokens[end - 1]?.folded ?? '')) end--;
    return end;
  };
  for (let first = 0; first < tokens.length; first++) {
    const opening = tokens[first] && opensThing(tokens[first] as FoldedToken);
    if (!opening) continue;
    let count = 1;
    let days = opening.weekday;
    let end = thingEnd(first);
    let closed = false;
    while (end < tokens.length) {
      const gap = gapAfter(end - 1);
      const joiner = tokens[end];
      // ", Tschechien": another thing; " und Zypern", ", and Cyprus": the last.
      const last = joiner !== undefined && LAST_JOINERS.has(joiner.folded) && /^,?\s+$/u.test(gap) && /^\s+$/u.test(gapAfter(end));
      let next = last ? end + 1 : end;
      if (!last && !/^,\s+$/u.test(gap)) break;
      // "the Czech Republic", "die Schweiz": an article before a name.
      if (ARTICLES.has(tokens[next]?.folded ?? '') && tokens[next + 1] && /^\p{Lu}/u.test(tokens[next + 1]?.text ?? '')) next++;
      const thing = tokens[next] && opensThing(tokens[next] as FoldedToken);
      if (!thing) break;
      count++;
      days &&= thing.weekday;
      end = thingEnd(next);
      if (last) {
        closed = true;
        break;
      }
    }
    if (closed && count >= 2) {
      found.push({ count, first, end, days });
      first = end - 1;
    }
  }
  return [...found, ...daysOfMonth(text, tokens)].sort((one, other) => one.first - other.first);
}

/** The most digits a day of a month has. */
const DAY_DIGITS = /^\d{1,2}$/u;

/** Lists of days of one month: "on 3 and 4 February", «18, 19 и 20 марта», "February 3 and 4". */
function daysOfMonth(text: string, tokens: readonly FoldedToken[]): Enumeration[] {
  const found: Enumeration[] = [];
  const isMonth = (token: FoldedToken | undefined) => token !== undefined && calendarKeyOf(token.folded, /^\p{Lu}/u.test(token.text))?.startsWith('month:') === true;
  const gapAfter = (index: number) => text.slice(tokens[index]?.end ?? 0, tokens[index + 1]?.start ?? 0);
  for (let first = 0; first < tokens.length; first++) {
    if (!DAY_DIGITS.test(tokens[first]?.text ?? '')) continue;
    let last = first;
    let closed = false;
    while (last + 1 < tokens.length) {
      const joiner = tokens[last + 1];
      const isLast = joiner !== undefined && LAST_JOINERS.has(joiner.folded) && /^,?\s+$/u.test(gapAfter(last));
      const next = isLast ? last + 2 : last + 1;
      if (!isLast && !/^,\s+$/u.test(gapAfter(last))) break;
      if (!DAY_DIGITS.test(tokens[next]?.text ?? '')) break;
      last = next;
      if (isLast) {
        closed = true;
        break;
      }
    }
    // The month right next to the days, a space between: "3 and 4 February", "February 3 and 4"; not "February; 12 and 14 pupils".
    const spaced = (index: number) => /^\s+$/u.test(gapAfter(index));
    if (closed && ((isMonth(tokens[last + 1]) && spaced(last)) || (isMonth(tokens[first - 1]) && spaced(first - 1)))) {
      found.push({ count: tokens.slice(first, last + 1).filter((token) => DAY_DIGITS.test(token.text)).length, first, end: last + 1, days: true });
      first = last;
    }
  }
  return found;
}
