import type { NumberMention } from './numbers.js';

/**
 * Figures a phrase ties together: one replaces another ("2,20 Euro statt bisher
 * 1,80 Euro"). Where the source ties a figure to others, a text that ties it
 * to a figure the source does not is wrong about one of the two, whatever
 * words stand around them: the tie says which figure it is, across languages
 * too, as a range's ends do (see contradictsSourceRange in check.ts).
 *
 * A part and its whole ("8 очков из 9") would be a tie too, but «из», "von"
 * and "of" as often say where from or by whom ("32 дуэта из девяти регионов",
 * "14 Skulpturen von zwölf Künstlern"): tried on the faithfulness set, it
 * flagged 14 faithful sentences to catch one planted number.
 */
export interface TiedFigures {
  /** By the values of a replaced figure, the figures that replace it: 1.8 → 2.2. */
  replacing: ReadonlyMap<number, ReadonlySet<number>>;
  /** By the values of a replacing figure, the figures it replaces: 2.2 → 1.8. */
  replaced: ReadonlyMap<number, ReadonlySet<number>>;
}

/** Words that qualify the replaced figure: "statt bisher", "instead of the planned", «вместо прежних». */
const REPLACED_QUALIFIER =
  /the|der|die|den|des|bisher\p{L}*|zuvor|früher|vorher|previously|previous|planned|expected|usual|geplant\p{L}*|erwartet\p{L}*|üblich\p{L}*|прежн\p{L}*|запланированн\p{L}*|ожидавш\p{L}*|обычн\p{L}*/u
    .source;

/**
 * What stands between a figure and the one it replaces: "2,20 Euro statt bisher 1,80 Euro", "£4.50 instead of £3.80",
 * «150 рублей вместо прежних 120», "14 months instead of the planned 16". Up to three words of what the first counts may
 * come before the word ("neun Mathematikstunden pro Woche statt fünf"); no comma, which would start another clause.
 */
const REPLACES_BETWEEN = new RegExp(
  String.raw`^(?:[\s\u00a0]+[\p{L}-]+){0,3}[\s\u00a0]+(?:statt|anstatt|instead of|rather than|вместо)(?:[\s\u00a0]+(?:${REPLACED_QUALIFIER})){0,2}[\s\u00a0]+$`,
  'iu',
);

/** `first` replaces the figure after it, `second`, in `text`. */
function replaces(text: string, first: NumberMention, second: NumberMention): boolean {
  return REPLACES_BETWEEN.test(text.slice(first.end, second.start));
}

/** Every tie of the source's figures (`mentions` of `text`, in order). */
export function tiedFiguresOf(text: string, mentions: readonly NumberMention[]): TiedFigures {
  const replacing = new Map<number, Set<number>>();
  const replaced = new Map<number, Set<number>>();
  const add = (map: Map<number, Set<number>>, keys: readonly number[], values: readonly number[]) => {
    for (const key of keys) map.set(key, new Set([...(map.get(key) ?? []), ...values]));
  };
  mentions.forEach((first, index) => {
    const second = mentions[index + 1];
    if (!second || !replaces(text, first, second)) return;
    add(replacing, second.values, first.values);
    add(replaced, first.values, second.values);
  });
  return { replacing, replaced };
}

/**
 * The text ties its figure at `index` to the one before or after it, and the source ties that other figure only to
 * figures this one is not: "Fußgänger zahlen künftig 2,50 Euro statt bisher 1,80 Euro" where the source replaces 1,80
 * with 2,20. `isFigure` says whether a figure the source states is the text's (as written or rounded as it says).
 */
export function contradictsTiedFigures(
  tied: TiedFigures,
  text: string,
  mentions: readonly NumberMention[],
  index: number,
  isFigure: (stated: number) => boolean,
): boolean {
  const mention = mentions[index];
  if (!mention) return false;
  const contradicts = (other: NumberMention, statedOf: TiedFigures['replacing']) => {
    const stated = other.values.flatMap((value) => [...(statedOf.get(value) ?? [])]);
    return stated.length > 0 && !stated.some(isFigure);
  };
  const next = mentions[index + 1];
  const previous = mentions[index - 1];
  return (next !== undefined && replaces(text, mention, next) && contradicts(next, tied.replacing)) || (previous !== undefined && replaces(text, previous, mention) && contradicts(previous, tied.replaced));
}
