import { calendarKeyOf, calendarKeysOfDate, type CalendarKey } from './calendar.js';
import { dominantScript, foldedTokensOf, withoutPossessive, type Script } from './fold.js';
import { findNumbers } from './numbers.js';
import type { NumberUnit } from './number-words.js';
import { consonantSkeleton } from './transliterate.js';

/** The text a summary must be faithful to: an article, or the gists a digest overview was written from. */
export interface FaithfulnessSource {
  text: string;
  title?: string;
  siteName?: string;
  /** ISO 8601; its year, month, day and weekday count as stated (the model is shown the date). */
  publishedAt?: string;
  /** Primary language subtag, when known. */
  language?: string;
}

/** What a source states, indexed once so each summary (and its repair) is checked quickly. */
export interface Evidence {
  language: string | undefined;
  script: Script;
  /** Folded words in order, for quotations. */
  words: readonly string[];
  /** Where each folded word occurs in `words`. */
  positions: ReadonlyMap<string, readonly number[]>;
  /** Folded words by their first three letters, for matching another form of a word. */
  wordsByStart: ReadonlyMap<string, readonly string[]>;
  /** Consonant skeletons of the source's capitalised words, for names across scripts and languages. */
  skeletons: ReadonlySet<string>;
  /** The same skeletons less their last letter: «Путиным» is "ptnm", "Putin" is "ptn". */
  skeletonStems: ReadonlySet<string>;
  /** Every number value, with the units it is stated in (`undefined`: none written). */
  numbers: ReadonlyMap<number, ReadonlySet<NumberUnit | undefined>>;
  /** Weekdays and months the source names, in any language. */
  calendar: ReadonlySet<CalendarKey>;
}

const CAPITALISED = /^[\p{Lu}\p{Lt}]/u;

function addTo<Key, Value>(map: Map<Key, Value[]>, key: Key, value: Value): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Indexes a source for `findUnsupported`; pure, and linear in the length of the source. */
export function indexSource(source: FaithfulnessSource): Evidence {
  const text = [source.title, source.text, source.siteName]
    .filter((part): part is string => typeof part === 'string' && part.trim() !== '')
    .join('\n\n')
    .normalize('NFC');
  const tokens = foldedTokensOf(text);
  const words = tokens.map((token) => token.folded);
  const positions = new Map<string, number[]>();
  const wordsByStart = new Map<string, string[]>();
  const skeletons = new Set<string>();
  const calendar = new Set<CalendarKey>(calendarKeysOfDate(source.publishedAt));
  tokens.forEach((token, index) => {
    const known = positions.has(token.folded);
    addTo(positions, token.folded, index);
    if (known) return;
    const capitalised = CAPITALISED.test(token.text);
    for (const form of new Set([token.folded, withoutPossessive(token.folded)])) addTo(wordsByStart, form.slice(0, 3), form);
    if (capitalised) skeletons.add(consonantSkeleton(withoutPossessive(token.folded)));
    const day = calendarKeyOf(token.folded, capitalised);
    if (day) calendar.add(day);
  });
  const numbers = new Map<number, Set<NumberUnit | undefined>>();
  const addNumber = (value: number, unit: NumberUnit | undefined) => {
    const units = numbers.get(value) ?? new Set<NumberUnit | undefined>();
    units.add(unit);
    numbers.set(value, units);
  };
  for (const mention of findNumbers(text, tokens)) for (const value of mention.values) addNumber(value, mention.unit);
  const date = /^(\d{4})-(\d{2})-(\d{2})/.exec(source.publishedAt ?? '');
  if (date) for (const part of date.slice(1)) addNumber(Number(part), undefined);
  const stems = new Set<string>();
  for (const skeleton of skeletons) if (skeleton.length >= 3) stems.add(skeleton.slice(0, -1));
  return {
    language: source.language?.toLowerCase().split(/[-_]/)[0],
    script: dominantScript(text),
    words,
    positions,
    wordsByStart,
    skeletons,
    skeletonStems: stems,
    numbers,
    calendar,
  };
}
