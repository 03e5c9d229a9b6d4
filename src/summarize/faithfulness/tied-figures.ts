import type { NumberMention } from './numbers.js';

/**
 * Figures a phrase ties together: one replaces another ("2,20 Euro statt
 * bisher 1,80 Euro"), one is a part of the one before it ("22 lifeguards, 15
 * of them from the town", «60 машин, из них 24»), one comes on top of the one
 * before it ("€15,000 in prize money, and a further €10,000"), a list after a
 * dash or colon breaks one down ("12 people — a manager, a chef and ten
 * part-time staff"). Where the source ties a figure to others, a text that
 * ties it to a figure the source does not is wrong about one of the two,
 * whatever words stand around them: the tie says which figure it is, across
 * languages too, as a range's ends do (see contradictsSourceRange in check.ts).
 *
 * A part and a whole after "of" ("8 очков из 9") would be a tie too, but «из»,
 * "von" and "of" as often say where from or by whom ("32 дуэта из девяти
 * регионов", "14 Skulpturen von zwölf Künstlern"): tried on the faithfulness
 * set, it flagged 14 faithful sentences to catch one planted number.
 */
export type TieKind = 'replaces' | 'partOf' | 'further' | 'listedPart';

/** One kind of tie in the source, both ways: by the values of a tie's second figure, its firsts; by the first's, its seconds. */
export interface Ties {
  firstsBySecond: ReadonlyMap<number, ReadonlySet<number>>;
  secondsByFirst: ReadonlyMap<number, ReadonlySet<number>>;
}
export type TiedFigures = ReadonlyMap<TieKind, Ties>;

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

/** What a whole and then a part of it have between them, up to a word that says the part is of it: "22 lifeguards, davon", «машин, из них». */
const PART_MARK_BEFORE = /^[^\d.;!?]{0,60}[,:–—-][\s\u00a0]*(?:davon|darunter|из них|из которых|среди них)[\s\u00a0]+$/iu;
/** The same after the part: "22 lifeguards, 15 of them", "…, 15 of whom", "…, 15 davon". */
const PART_MARK_AFTER = /^[\s\u00a0]*(?:[\p{L}-]+[\s\u00a0]+)?(?:of them|of whom|of which|of these|davon|darunter|из них)(?!\p{L})/iu;
const PART_GAP = /^[^\d.;!?]{0,60}[,:–—-][\s\u00a0]*$/u;

/**
 * A word that says a figure comes on top of another, right before it: "a further €10,000", "an additional 15,000
 * euros", "weitere 10.000 Euro", «дополнительно 15 000 евро», «ещё 10 тысяч».
 */
const FURTHER_MARK = /(?:^|[^\p{L}])(?:further|additional|extra|zusätzlich\p{L}*|weitere\p{L}*|дополнительн\p{L}*|ещё|еще)[\s\u00a0]+$/iu;
const FURTHER_MARK_REACH = 24;
/** What may stand between a figure and the further one in one sentence: no sentence end, no semicolon. */
const FURTHER_GAP = /^[^.;!?]{0,100}$/u;

const furtherMarked = (text: string, mention: NumberMention) => FURTHER_MARK.test(text.slice(Math.max(0, mention.start - FURTHER_MARK_REACH), mention.start));

/**
 * What stands between a whole and the last part of a list that breaks it down after a dash or colon: "12 people — a
 * manager, a chef and ten part-time staff", «30 сотрудников: директор, повар и 28 официантов».
 */
const LISTED_PART_BETWEEN = /^[^\d.;!?:—–]{0,40}(?:[:—–]|\s-\s)[^\d.;!?:—–]{1,60},[^\d.;!?:—–]{1,60}[\s\u00a0](?:and|und|и)[\s\u00a0]+$/iu;
/** The end of a list right before its last thing: "einen Wirt, einen Koch und ", "a manager, a chef and ". */
const LIST_LAST_BEFORE = /,[^\d.;!?:—–,]{1,60}[\s\u00a0](?:and|und|и)[\s\u00a0]+$/iu;
const LIST_LAST_REACH = 80;

/** A year: "2025", and the "27" of "2026-27", which findNumbers reads as 2027. */
const isYear = (mention: NumberMention) => /^\d{2,4}$/u.test(mention.text) && mention.values.every((value) => Number.isInteger(value) && value >= 1800 && value <= 2100);

/** What makes a figure the object of the one before it: "Eleven of the 23", "17 der 58", "seven instead of four". */
const OBJECT_OF_BEFORE =
  /^[\s\u00a0]*(?:[\p{L}-]+[\s\u00a0]+){0,2}(?:of|out of|der|von|из|instead of|statt|anstatt|вместо)[\s\u00a0]+(?:(?:the|den|der)[\s\u00a0]+)?(?:[\p{L}'’-]+[\s\u00a0]+){0,2}$/iu;

/**
 * The figure at `index` and the one after it are tied in `text` (`mentions` of it, in order): how, if they are. A part is
 * of the figure before it unless that one is the object of another: in "Eleven of the 23 students …, two of them" the two
 * are of the eleven, so no part of the 23 is read there.
 */
function tieAt(text: string, mentions: readonly NumberMention[], index: number): TieKind | undefined {
  const first = mentions[index];
  const second = mentions[index + 1];
  if (!first || !second) return undefined;
  const between = text.slice(first.end, second.start);
  if (REPLACES_BETWEEN.test(between)) return 'replaces';
  // "€15,000 in prize money, and a further €10,000 bonus": an amount and one on top of it, of the same unit.
  if (first.unit !== undefined && first.unit === second.unit && FURTHER_GAP.test(between) && furtherMarked(text, second)) return 'further';
  if (!first.unit && !second.unit && LISTED_PART_BETWEEN.test(between) && first.values.some((whole) => second.values.some((value) => value < whole))) return 'listedPart';
  const before = mentions[index - 1];
  const objectOfBefore = before !== undefined && OBJECT_OF_BEFORE.test(text.slice(before.end, first.start));
  const marked = PART_MARK_BEFORE.test(between) || (PART_GAP.test(between) && PART_MARK_AFTER.test(text.slice(second.end)));
  // A share ("60 buses, 40 per cent of them", "two-thirds of which") is no count of its part, nor a year ("at the 2025
  // event, three of whom") a whole.
  const counts = (mention: NumberMention) => mention.unit !== 'percent' && mention.fraction !== true && !isYear(mention);
  return !objectOfBefore && marked && counts(first) && counts(second) && first.values.some((whole) => second.values.some((value) => value < whole)) ? 'partOf' : undefined;
}

/** Every tie of the source's figures (`mentions` of `text`, in order). */
export function tiedFiguresOf(text: string, mentions: readonly NumberMention[]): TiedFigures {
  const ties = new Map<TieKind, { firstsBySecond: Map<number, Set<number>>; secondsByFirst: Map<number, Set<number>> }>();
  const add = (map: Map<number, Set<number>>, keys: readonly number[], values: readonly number[]) => {
    for (const key of keys) map.set(key, new Set([...(map.get(key) ?? []), ...values]));
  };
  mentions.forEach((first, index) => {
    const second = mentions[index + 1];
    const kind = tieAt(text, mentions, index);
    if (!second || !kind) return;
    const tie = ties.get(kind) ?? { firstsBySecond: new Map(), secondsByFirst: new Map() };
    add(tie.firstsBySecond, second.values, first.values);
    add(tie.secondsByFirst, first.values, second.values);
    ties.set(kind, tie);
  });
  return ties;
}

/**
 * The text ties its figure at `index` to the one before or after it, and the source ties that other figure the same way
 * only to figures this one is not: "Fußgänger zahlen künftig 2,50 Euro statt bisher 1,80 Euro" where the source replaces
 * 1,80 with 2,20. `isFigure` says whether a figure the source states is the text's (as written or rounded as it says).
 */
export function contradictsTiedFigures(tied: TiedFigures, text: string, mentions: readonly NumberMention[], index: number, isFigure: (stated: number) => boolean): boolean {
  const mention = mentions[index];
  if (!mention) return false;
  const contradicts = (other: NumberMention, statedOf: ReadonlyMap<number, ReadonlySet<number>> | undefined) => {
    const stated = other.values.flatMap((value) => [...(statedOf?.get(value) ?? [])]);
    return stated.length > 0 && !stated.some(isFigure);
  };
  const next = mentions[index + 1];
  const previous = mentions[index - 1];
  const tiedToNext = tieAt(text, mentions, index);
  const tiedToPrevious = tieAt(text, mentions, index - 1);
  // A part is held to the parts the source gives of its whole, not a whole to the wholes of its part: a small part ("two of
  // them") is of many wholes in one article.
  return (
    (next !== undefined && tiedToNext === 'replaces' && contradicts(next, tied.get(tiedToNext)?.firstsBySecond)) ||
    (previous !== undefined && tiedToPrevious !== undefined && contradicts(previous, tied.get(tiedToPrevious)?.secondsByFirst))
  );
}

/** The source ties a figure `isFigure` takes as the first of `ties` (what comes on top, what a list breaks down), never the second. */
function onlyFirstOf(ties: Ties | undefined, isFigure: (stated: number) => boolean): boolean {
  return ties !== undefined && [...ties.secondsByFirst.keys()].some(isFigure) && ![...ties.firstsBySecond.keys()].some(isFigure);
}

/**
 * The text's figure stands alone where a tie's second would, and the source ties that figure only as a first: one the
 * text gives as on top of another (see FURTHER_MARK) is the one something comes on top of in the source («дополнительно
 * 15 000 евро» for "€15,000 in prize money, and a further €10,000 bonus"), or one the text gives as the last thing of a
 * list is the whole the source's list breaks down ("einen Wirt, einen Koch und zwölf Teilzeitkräfte" for "12 people — a
 * manager, a chef and ten part-time staff"). `isFigure` as for contradictsTiedFigures.
 */
export function contradictsLoneTiedFigure(tied: TiedFigures, text: string, mention: NumberMention, isFigure: (stated: number) => boolean): boolean {
  const listLast = LIST_LAST_BEFORE.test(text.slice(Math.max(0, mention.start - LIST_LAST_REACH), mention.start));
  return (furtherMarked(text, mention) && onlyFirstOf(tied.get('further'), isFigure)) || (listLast && onlyFirstOf(tied.get('listedPart'), isFigure));
}
