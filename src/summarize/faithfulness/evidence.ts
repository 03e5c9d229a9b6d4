import { tiedFiguresOf, type TiedFigures } from './tied-figures.js';
import { findAbbreviations, type Abbreviations } from './abbreviations.js';
import { findEnumerations } from './enumerations.js';
import { findScores } from './scores.js';
import { calendarKeyOf, calendarKeysOfDate, type CalendarKey } from './calendar.js';
import { compoundNameCodesOf, countryCodesOf, countryOfPlace, countryPhrasesAt, demonymCountryCodesOf, RUSSIAN_ADJECTIVE_PREFIX } from './countries.js';
import { languageCodesOf, regionOfLanguage } from './languages.js';
import { caseStems, dominantScript, foldedTokensOf, foldKeepingCarons, foldWord, withoutPossessive, type FoldedToken, type Script } from './fold.js';
import { readPolarity, type Polarity } from './negation.js';
import { contextAround, countedWordStarts, findNumbers, isOrdinalMention, findTimesInHundredths, MINUTES_IN_HOUR, monthNextTo, roundValue, seasonNextTo, SECONDS_IN_MINUTE, SHARE_CONTEXT, TIMES_AFTER, type NumberMention } from './numbers.js';
import { measureNounOf, multiplierOf, namesMeasure, oneUnitWordOf, type MeasureBase, type NumberUnit } from './number-words.js';
import { findQuotes } from './quotes.js';
import { indexRoles, type RoleIndex } from './roles.js';
import { consonantSkeleton, consonantSkeletons, shortNameShape } from './transliterate.js';

/** The text a summary must be faithful to: an article, or the gists a digest overview was written from. */
export interface FaithfulnessSource {
  text: string;
  title?: string;
  siteName?: string;
  /** ISO 8601; its year, weekday, month and day in that month count as stated (the model is shown the date). */
  publishedAt?: string;
  /** Primary language subtag, when known. */
  language?: string;
}

/** A number as the source states it once. */
export interface StatedNumber {
  unit?: NumberUnit;
  /** The base of the noun of time or distance it counts ("five years": month), if any. */
  measure?: MeasureBase;
  /** The content words around it (see contextAround), which say what it counts. */
  context: readonly string[];
  /**
   * Words of `context` that another number counts, right after it: «пассажиров»
   * of «176 пассажиров … и шесть членов экипажа» around «шесть». No word a
   * summary's number counts itself («шести пассажирам»; see saysAbout in check.ts).
   */
  countedByOthers?: readonly string[];
  /** The content word right after it, which it counts: «мест» of «на 6 100 мест» (see countedWordStarts). */
  counts?: string;
  /** The whole odds are out of: the eight of "one in eight", which is no length of time (see numberIsStated in check.ts). */
  ofShare?: true;
  /** Written as an ordinal: a place ("the Fourth Section", «в пятый раз»), which states no count of other things (see placeOfOtherThing in check.ts). */
  ordinal?: true;
  /** It is the day of this month (0 is January) in a date: "5. März", "October 21", «5 марта». */
  dayOfMonth?: number;
  /** Digits joined by a hyphen to the word they count: «34-летний», "34-Jähriger", «на 12-й минуте». */
  compound?: true;
  /** The hour or the minutes of a time of day: the 13 of "at 12.13pm" is no duration, the 6 of "from 6am" no count of things (see numberIsStated in check.ts). */
  ofTimeOfDay?: true;
  /** An age joined to its number: «18-летняя», "34-Jähriger" (see numberIsStated in check.ts). */
  ofAge?: true;
  /** A part of a time given down to its seconds: the 32 of «32 минуты 18 секунд» is no count of things (see numberIsStated in check.ts). */
  ofTimeInParts?: true;
  /** It is one word with a unit of time or distance: "neunmonatigen" of "in einem neunmonatigen Lehrgang", which counts the Lehrgang's months. */
  unitInItsWord?: true;
  /** A total the source gives as its parts ("elf Männer und zwei Frauen" is 13): the parts. */
  parts?: readonly number[];
  /** Its sentence, counted from 0 (see Evidence.sentenceNames). */
  sentence: number;
}

/**
 * A number the source writes with no unit and no noun of time or distance: it
 * says nothing against the text's unit. Not the day of a month the source
 * dates something by: "5. März" does not state «пять дней».
 */
export function isBare(number: StatedNumber): boolean {
  return number.unit === undefined && number.measure === undefined && number.dayOfMonth === undefined;
}

/** A quantity of time or distance the source states: its base unit, its amount in it, and the number that states it. */
export interface StatedQuantity {
  base: MeasureBase;
  amount: number;
  stated: StatedNumber;
}

/** One number of the source, with its unit. */
export interface NumberInSequence {
  values: readonly number[];
  unit?: NumberUnit;
  /** The quantity of time or distance it is, if any: "a day" is minute 1440. */
  measure?: { base: MeasureBase; amounts: readonly number[] };
}

/**
 * Characters at most between two numbers read as a pair: "at 47% compared with 78%", "lag bei 44,1 Prozent und damit
 * deutlich unter dem Wert des ersten Wahlgangs vor zwei Wochen, als 61,3 Prozent".
 */
const PAIR_GAP = 100;
/** Numbers of the source that may stand between the two of a pair: "vor zwei Wochen" above. */
const WITHIN_PAIR = 1;
/** A sentence ends between two numbers: they are no pair. */
const SENTENCE_BREAK = /[.!?…]\s/u;

/** Two numbers of `text` stand side by side in one sentence (see PAIR_GAP). */
export function isNumberPair(text: string, first: { end: number }, second: { start: number }): boolean {
  return second.start - first.end <= PAIR_GAP && !SENTENCE_BREAK.test(text.slice(first.end, second.start));
}

/**
 * What stands before the earlier value of a pair written after the later one:
 * "lag bei 2,21 nach 2,17", "1,482,300, up 11.4% from 1,330,600", «42% против
 * 38%». A text that writes the two in time order ("von 2,17 auf 2,21") states
 * the pair the other way round (see Evidence.timeOrderPairs).
 */
const EARLIER_VALUE_BEFORE = /(?:^|[^\p{L}])(?:nach|gegenüber|after|from|against|против|после)\s+$/iu;

/**
 * Each number of `mentions` and the next, or the one after it, where the two
 * are a pair (isNumberPair); years between them are passed over ("312 mit 1,0,
 * 2025 waren es 287"). `timeOrder`: the pairs whose second is the earlier
 * value (EARLIER_VALUE_BEFORE), the other way round.
 */
function numberPairsOf(text: string, mentions: readonly NumberMention[]): { pairs: NumberPair[]; timeOrder: NumberPair[] } {
  const pairs: NumberPair[] = [];
  const timeOrder: NumberPair[] = [];
  const asStated = ({ values, unit, measure }: NumberMention): NumberInSequence => ({ values, ...(unit && { unit }), ...(measure && { measure }) });
  const isYearAlone = (mention: NumberMention) => mention.unit === undefined && mention.measure === undefined && mention.values.length === 1 && mention.values.every(isYear);
  mentions.forEach((mention, index) => {
    let between = 0;
    for (const next of mentions.slice(index + 1)) {
      if (!isNumberPair(text, mention, next)) break;
      if (isYearAlone(next)) continue;
      pairs.push([asStated(mention), asStated(next)]);
      if (EARLIER_VALUE_BEFORE.test(text.slice(mention.end, next.start))) timeOrder.push([asStated(next), asStated(mention)]);
      if (++between > WITHIN_PAIR) break;
    }
  });
  return { pairs, timeOrder };
}
type NumberPair = readonly [NumberInSequence, NumberInSequence];

/** A hyphen and a letter right after digits: the start of a compound («34-летний», "12-й"). */
const COMPOUND_AFTER = /^-\p{L}/u;
/** An age joined to its digits: «34-летний», "34-Jähriger", "34-jährige". */
const AGE_COMPOUND = /^-(?:летн|годовал|jährig)/iu;
const AGE_COMPOUND_REACH = 9;
/** The same read into the number as its unit: «18-летняя» (see hyphenedMeasureOf in number-words.ts). */
const AGE_IN_MENTION = /^\d+-(?:летн|годовал)/iu;

/**
 * Words either side of a number in the source that may say what it counts. Wider
 * than a summary's (SUMMARY_CONTEXT_REACH in check.ts): an article takes more
 * words to say the same ("cost the city more than forty million pounds").
 */
const SOURCE_CONTEXT_REACH = 8;

/** A number as the source writes it, with its sentence (see Evidence.mentions). */
export interface SourceMention {
  mention: NumberMention;
  sentence: number;
  endOfChange?: true;
}
/** "by", "um", «на» before an amount: what a change is by ("rise by £80 to £560", "um 480.000 Euro"), with a rounding word between. */
export const CHANGE_BY_BEFORE = /(?:^|[^\p{L}])(?:by|um|на)\s+(?:(?:about|around|roughly|nearly|almost|some|more than|примерно|около|почти|более чем|etwa|rund|knapp|fast|gut)\s+)?$/iu;
/** Characters before a figure in which CHANGE_BY_BEFORE is looked for. */
export const CHANGE_BY_REACH = 24;
/** What leads from a change to how many there are now: «приняла двух врачей, теперь их в отделении шесть», "hired two, bringing the total to six". */
const NOW_BETWEEN = /^[^\d;.]{0,60}(?:^|[^\p{L}])(?:now|теперь|jetzt|nun|inzwischen|bringing (?:the|its|their) total to)(?:[\s\u00a0]+[\p{L}-]+){0,3}[\s\u00a0]+$/iu;
/** What leads from a change to the figure it reaches: "… euros to a total of", "Euro auf insgesamt", «рублей до». */
const CHANGE_TO_BETWEEN = /^[^\d;.]{0,40}(?:^|[^\p{L}])(?:to|auf|до)\s+(?:(?:a total of|insgesamt|about|around|rund|etwa|knapp|gut|около|примерно)\s+)?$/iu;

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
  /**
   * The folded words the source writes capitalised at least once. A name in
   * another form than the source's word is a form of a name only ("Bidens",
   * «Казани»), not a common word made longer ("Walker" is no form of "walk").
   */
  capitalised: ReadonlySet<string>;
  /** Consonant skeletons of the source's capitalised words, for names across scripts and languages. */
  skeletons: ReadonlySet<string>;
  /** The countries the source names, by ISO code, in any language's name for them (see countryCodesOf). */
  countries: ReadonlySet<string>;
  /**
   * The shapes (see `shortNameShape`) of the source's capitalised words with
   * one consonant or none, and of their case stems: "Rae" "ra", «Рэя» "ra".
   */
  shortNames: ReadonlySet<string>;
  /** The same skeletons less their last letter: «Путиным» is "ptnm", "Putin" is "ptn". */
  skeletonStems: ReadonlySet<string>;
  /**
   * Skeletons of the names the source's adjectives are made from, which Russian
   * and German write in lower case: «арктических» "rkt", «российских» "rs",
   * "russischen" "rs" (see `adjectiveCoresOf`).
   */
  adjectiveCores: ReadonlySet<string>;
  /**
   * The names the source puts in quotation marks, which are made of common
   * words a translation translates («Полярный мир» is "Polar World"): by the
   * skeleton of the first word, and that less its last consonant, the most
   * words such a name has (see `quotedNamesOf`).
   */
  quotedNames: ReadonlyMap<string, number>;
  /**
   * The titles the source puts in quotation marks, as folded words: spans of
   * one to four words, the first capitalised («Енуфа», „Die Zauberflöte“).
   * Russian declines a title in quotation marks («показал „Енуфу“»), so a
   * summary quotes it in another case (see `quotedTitleIsStated` in check.ts).
   */
  quotedTitles: ReadonlyArray<readonly string[]>;
  /** Every number value, each time it is stated: with its unit, and the words around it. */
  numbers: ReadonlyMap<number, readonly StatedNumber[]>;
  /** The same by their kind (see kindOfNumber): per cent, a currency, a time. */
  numbersOfKind: ReadonlyMap<string, readonly StatedNumber[]>;
  /**
   * The consonant skeletons of the names of each sentence (see
   * nameSkeletonsOf), which a summary in another language writes too: what
   * the sentence's numbers are said of.
   */
  sentenceNames: ReadonlyArray<ReadonlySet<string>>;
  /** The same of the title, which names what the whole article is about. */
  titleNames: ReadonlySet<string>;
  /** Numbers the source writes side by side: each with the next, or the one after it (see numberPairsOf, and pairedWithStatedNumber in check.ts). */
  numberPairs: ReadonlyArray<readonly [NumberInSequence, NumberInSequence]>;
  /** Pairs the source writes later value first ("2,21 nach 2,17"), in time order: what a text's "von 2,17 auf 2,21" states (see numberPairsOf). */
  timeOrderPairs: ReadonlyArray<readonly [NumberInSequence, NumberInSequence]>;
  /** The ranges the source states: the values of each lower end, with those of the upper ends it runs to («с 10 до 17 часов»: 10 → 17). */
  rangeEnds: ReadonlyMap<number, ReadonlySet<number>>;
  /** The same the other way: the lower ends of the ranges that end at a value («с 7 по 15 февраля»: 15 → 7). */
  rangeStarts: ReadonlyMap<number, ReadonlySet<number>>;
  /** The figures a phrase ties together: one replacing another, one a part of another (see tiedFiguresOf). */
  tied: TiedFigures;
  /**
   * The compounds a German list cut short writes in full once: "Fern- und
   * Regionalzüge" states "Fernzüge"; folded, with each tail of the full word
   * the cut one may share (see cutCompoundsOf).
   */
  cutCompounds: ReadonlySet<string>;
  /** The quantities of time and distance, by `measureKey`: "fifty years" is "month:600". */
  measures: ReadonlyMap<string, readonly StatedNumber[]>;
  /** The same quantities in order, for a summary's rounded figure to be compared with ("almost four hours" for «3 часа 50 минут»). */
  quantities: ReadonlyArray<StatedQuantity>;
  /** The kinds of quantity the source states with a number: time ("minute"), distance ("metre"), months. */
  measureBases: ReadonlySet<MeasureBase>;
  /** The units the source writes next to a number anywhere: per cent, currencies. */
  units: ReadonlySet<NumberUnit>;
  /** The times of day the source writes to the minute, in minutes after midnight: "11:40 p.m." is 1420. */
  timesOfDay: ReadonlySet<number>;
  /** The halves of a period the source names by their place: 1 for "the first half", 2 for «во второй половине». */
  halves: ReadonlySet<number>;
  /** The scores the source writes, each as its pair, the smaller first ("3-5"; see findScores). */
  scores: ReadonlySet<string>;
  /**
   * The lists the source writes out (see findEnumerations), each with how many things it names and its sentence's words:
   * what a text's count of them is (see countOfSourceList in worked-out.ts).
   */
  enumerations: ReadonlyArray<{ count: number; days: boolean; sentence: number; words: readonly string[] }>;
  /**
   * Each number as the source writes it, with its sentence: what a text's difference of two of them is worked out from (see
   * differenceOfSourceFigures in worked-out.ts). `endOfChange` marks the figure a change reaches ("um 480.000 Euro auf 6,3
   * Millionen"), a total already (see totalOfSourceFigures).
   */
  mentions: ReadonlyArray<SourceMention>;
  /** Times to the hundredth or the tenth of a second, in seconds: "2.05,41" is 125.41 (see findTimesInHundredths). */
  timesInHundredths: ReadonlySet<number>;
  /**
   * One of each unit of time or distance the source names with no number
   * before it, by `measureKey`: «за сутки» is "minute:1440", "innerhalb des
   * Monats" "month:1", "in a single month" too. What "in a day" or "one
   * month" says.
   */
  bareMeasures: ReadonlySet<string>;
  /** The same after "pro", "per" or "je": the unit of a rate ("25 Euro pro Stunde"), which states a rate ("people an hour"), no length of time. */
  rateMeasures: ReadonlySet<string>;
  /** Acronyms the source writes, and the initials of its longer names: "U.S.", "United Nations". */
  abbreviations: Abbreviations;
  /** Each word's sentence, clause and whether a negation covers it, for negations a summary turns round. */
  polarity: Polarity;
  /**
   * Consonant skeletons of the words that end a run of capitals in the source
   * (a surname, a place, a lone name): "Rawcliffe" of "Joanne Rawcliffe",
   * «Волжская» of «Волжская сцена». A word after one of these in a summary's
   * run is not more of the same name (see anchoredRunWords in check.ts).
   */
  nameEndSkeletons: ReadonlySet<string>;
  /** The years the source writes next to each month (0 is January) or season (12 is spring, see seasonNextTo): "August 2020" is 7 → [2020]. */
  monthYears: ReadonlyMap<number, readonly number[]>;
  /**
   * The years the source names as the one before another without writing them
   * (see yearsBeforeOf): 2025 of "in der Brutsaison 2026 … 14 mehr als im
   * Vorjahr", and of «в прошлом году» in an article of 2026.
   */
  yearsBefore: ReadonlySet<number>;
  /** How many times something grew or shrank, as the source says it in a word: "doubled", «вдвое», "verdreifacht" (see multiplierOf). */
  multiples: ReadonlySet<number>;
  /** The languages the source names or makes nationality adjectives of, by ISO 639-1 code: «нидерландский» is "nl" (see languages.ts). */
  languages: ReadonlySet<string>;
  /** Weekdays and months the source names, in any language. */
  calendar: ReadonlySet<CalendarKey>;
  /** The source's date: its year counts as stated, its day only next to its month ("21 October"). */
  date: { year: number; month: number; day: number } | undefined;
  /** Who the body names in which role ("finance director Tom Whitcombe"; see roles.ts). */
  roles: RoleIndex;
}

const CAPITALISED = /^[\p{Lu}\p{Lt}]/u;
const MAX_DAY_OF_MONTH = 31;

export function isDayOfMonth(value: number): boolean {
  return Number.isInteger(value) && value >= 1 && value <= MAX_DAY_OF_MONTH;
}
const FIRST_YEAR = 1000;
const LAST_YEAR = 2999;

/** A whole number a text may mean as a year: "2020", "1938". */
export function isYear(value: number): boolean {
  return Number.isInteger(value) && value >= FIRST_YEAR && value <= LAST_YEAR;
}
/** Shorter words name no language ("Ewe" is one, and a Russian word), and looking them up costs every short word of the source. */
const LANGUAGE_WORD_LETTERS = 4;
/** A short name declined in Russian keeps two letters of its own: «Рэ-я», «Ли-ю». */
export const SHORT_NAME_STEM = 2;

/**
 * An adjective made from a name, folded (й → и), and the name part before its
 * suffix: Russian -ическ-, -ск-, -цк- («арктических», «московский»), Ukrainian
 * -ськ-, -цьк-, German -isch- ("arktischen", "russische").
 */
const ADJECTIVES_FROM_NAMES: readonly RegExp[] = [
  /^(\p{Script=Cyrillic}{3,}?)(ическ|ськ|цьк|ск|цк)(?:ии|ыи|ои|еи|іи|оі|ая|ое|ие|ые|ого|ому|им|ым|ім|ом|ую|их|ых|ими|ыми|ою|а|е|и|у|і)$/u,
  /^(\p{Script=Latin}{3,}?)isch(?:e|en|er|es|em)?$/u,
];

/** The skeletons of the names a folded word may be an adjective of: «арктических» → "rkt". Two consonants at least. */
export function adjectiveCoresOf(folded: string): string[] {
  const cores: string[] = [];
  for (const pattern of ADJECTIVES_FROM_NAMES) {
    const [, name, suffix] = pattern.exec(folded) ?? [];
    if (name === undefined) continue;
    // «Акмол|ин|ская» of "Akmola", «Пенз|ен|ская» of "Penza": Russian joins some names to -ск- with -ин- or -ен-.
    const joined = RUSSIAN_ADJECTIVE_LINK.exec(name)?.[1];
    // «томских» of "Tomsk", «братский» of "Bratsk": a town whose name ends in -ск or -цк keeps it whole in its adjective.
    const whole = suffix === 'ск' || suffix === 'цк' ? name + suffix : undefined;
    // «волж|ские» of "Volga", «праж|ский» of "Prague": Russian turns a name's last г, к, х into ж, ч, ш before -ск-.
    const unaltered = ALTERNATED_CONSONANT.test(name) ? name.slice(0, -1) + (BEFORE_ALTERNATION[name.slice(-1)] ?? '') : undefined;
    // «под|московных» "near Moscow", «все|российской» "All-Russian": a prefix before the name.
    const unprefixed = RUSSIAN_ADJECTIVE_PREFIX.exec(name)?.[1];
    for (const stem of [name, joined, whole, unaltered, unprefixed].filter((form) => form !== undefined)) {
      const skeleton = consonantSkeleton(stem);
      if (skeleton.length >= 2) cores.push(skeleton);
    }
  }
  return cores;
}
const RUSSIAN_ADJECTIVE_LINK = /^(\p{Script=Cyrillic}{3,})[ие]н$/u;
/** A Cyrillic name part ending in a consonant Russian alternates with г, к, х in adjectives (see adjectiveCoresOf). */
const ALTERNATED_CONSONANT = /^\p{Script=Cyrillic}{2,}[жчш]$/u;
const BEFORE_ALTERNATION: Readonly<Record<string, string>> = { ж: 'г', ч: 'к', ш: 'х' };

/**
 * The country a source that names none is from, by its language: regional news
 * does not name its own country («в Республике Алтай»), and a summary for a
 * reader abroad does ("Russia’s Altai Republic"). Not English, the language of
 * too many countries for one to be implied.
 */
function homeCountryOf(language: string | undefined): string | undefined {
  return language === undefined || language === ENGLISH ? undefined : regionOfLanguage(language);
}
const ENGLISH = 'en';

/** More words than this in quotation marks are a quotation, not a name. */
const QUOTED_NAME_WORDS = 4;
/** A first word with fewer consonants than this says too little to know the name by. */
const QUOTED_NAME_SKELETON = 3;

/**
 * Names of two to four words in quotation marks whose first word is
 * capitalised: «Полярный мир», „Hafen City“, "Polar World". Russian writes
 * only the first word of such a name in capitals, and a summary in another
 * language translates it word by word, so only the first word can be matched
 * (by transliteration: "Polar" ~ «Полярный»); the rest is known by its count.
 */
function quotedNamesOf(text: string): Map<string, number> {
  const names = new Map<string, number>();
  for (const quote of findQuotes(text)) {
    const words = foldedTokensOf(quote.text);
    const [first] = words;
    if (!first || words.length < 2 || words.length > QUOTED_NAME_WORDS || !CAPITALISED.test(first.text)) continue;
    const skeleton = consonantSkeleton(first.folded);
    if (skeleton.length < QUOTED_NAME_SKELETON) continue;
    const keys = skeleton.length > QUOTED_NAME_SKELETON ? [skeleton, skeleton.slice(0, -1)] : [skeleton];
    for (const key of keys) names.set(key, Math.max(words.length, names.get(key) ?? 0));
  }
  return names;
}

function quotedTitlesOf(text: string): string[][] {
  const titles: string[][] = [];
  for (const quote of findQuotes(text)) {
    const words = foldedTokensOf(quote.text);
    if (words.length > 0 && words.length <= QUOTED_NAME_WORDS && CAPITALISED.test(words[0]?.text ?? '')) titles.push(words.map((word) => word.folded));
  }
  return titles;
}

/** A German compound cut short before "und", "oder", "sowie", and the full one after: "Fern- und Regionalzüge". */
const CUT_COMPOUND_LIST = /(\p{L}{2,})-[\s\u00a0]+(?:und|oder|sowie|bzw\.)[\s\u00a0]+(\p{L}{4,})/gu;
/** Letters at least of the head a cut compound shares: "züge" of "Regionalzüge". */
const SHARED_HEAD_LETTERS = 3;

/**
 * The cut compounds of a German text, made whole with each tail of the full
 * compound after them ("fernzuge", "fernalzuge", …, from "Fern- und
 * Regionalzüge"): which tail is the shared head is not known without a
 * dictionary, and a made-up one matches no word a summary writes.
 */
function cutCompoundsOf(text: string): Set<string> {
  const compounds = new Set<string>();
  for (const [, cut = '', whole = ''] of text.matchAll(CUT_COMPOUND_LIST)) {
    const first = foldWord(cut);
    const full = foldWord(whole);
    for (let at = 1; at <= full.length - SHARED_HEAD_LETTERS; at++) compounds.add(first + full.slice(at));
  }
  return compounds;
}

/** Between the parts of one quantity in two units: «3 часа 50 минут», "2 hours and 15 minutes", "3 Stunden, 50 Minuten". */
/** Two counts of one sentence joined as parts of a whole, each with its noun: "elf Männer und zwei Frauen", «трое мужчин и две женщины». */
const COUNTS_JOINER = /^\s+(\p{L}+)\s+(?:and|und|и)\s+$/iu;
/** What a total of two counts counts: none of its parts' nouns (see StatedNumber.countedByOthers). */
const TOTAL = 'total';

/** A whole number of things, no amount, measure, year or fraction: what COUNTS_JOINER adds up. */
function isCount(mention: NumberMention): boolean {
  return mention.unit === undefined && mention.measure === undefined && !mention.fraction && mention.values.length === 1 && mention.values.every((value) => Number.isInteger(value) && value > 0 && !isYear(value));
}

const COMPOUND_QUANTITY_JOINER = /^(?:\s+|\s*,\s*|\s+(?:and|и|und)\s+)$/iu;

/** The unit a quantity is counted in, in its base unit: 60 for "3 hours" (minutes), 1 for "50 minutes". */
/**
 * A name in guillemets that opens with a capital: «Волжская улыбка», «Зелёная долина». Russian capitalises only its
 * first word, and a summary in another language writes every word as a name ("Wolschskaja Ulybka").
 */
const QUOTED_NAME = /«(\p{Lu}[^«»]{0,60})»/gu;

/** The indexes of `tokens` that stand in a name in guillemets (QUOTED_NAME) of a few words. */
function quotedNameTokens(text: string, tokens: readonly FoldedToken[]): Set<number> {
  const inside = new Set<number>();
  for (const match of text.matchAll(QUOTED_NAME)) {
    const [start, end] = [match.index + 1, match.index + 1 + (match[1]?.length ?? 0)];
    const words = tokens.flatMap((token, index) => (token.start >= start && token.end <= end ? [index] : []));
    if (words.length <= QUOTED_NAME_WORDS) for (const index of words) inside.add(index);
  }
  return inside;
}

/** Between the parts of a time: a space, a comma, "and", or the colon of a race time ("2:41:17"). */
const TIME_PARTS_JOINER = /^(?:\s+|\s*,\s*|\s+(?:and|и|und)\s+|:)$/iu;

function unitOf(mention: NumberMention): number {
  const [value = 0] = mention.values;
  const [amount = 0] = mention.measure?.amounts ?? [];
  return value === 0 ? 0 : amount / value;
}

/** How `Evidence.measures` files a quantity: its base unit and its amount in it. */
export function measureKey(base: MeasureBase, amount: number): string {
  return `${base}:${amount}`;
}

function addTo<Key, Value>(map: Map<Key, Value[]>, key: Key, value: Value): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** A skeleton shorter than this is too little to know a name by. */
const NAME_SKELETON = 2;

/** The consonant skeletons of a capitalised word, or of the name a lower-case adjective is made of («российских»). */
export function nameSkeletonsOf(token: FoldedToken): string[] {
  const skeletons = CAPITALISED.test(token.text) ? consonantSkeletons(withoutPossessive(token.folded)) : adjectiveCoresOf(token.folded);
  return skeletons.filter((skeleton) => skeleton.length >= NAME_SKELETON);
}

/**
 * The skeletons of the names of each sentence (see nameSkeletonsOf), from those
 * of each capitalised word and of each adjective made of a name, by folded word.
 */
function namesBySentence(tokens: readonly FoldedToken[], polarity: Polarity, capitalised: ReadonlyMap<string, readonly string[]>, adjectives: ReadonlyMap<string, readonly string[]>): Array<Set<string>> {
  const sentences = Array.from({ length: polarity.sentences + 1 }, () => new Set<string>());
  tokens.forEach((token, index) => {
    const skeletons = CAPITALISED.test(token.text) ? capitalised.get(token.folded) : adjectives.get(token.folded);
    const names = sentences[polarity.sentence[index] ?? 0];
    for (const skeleton of skeletons ?? []) names?.add(skeleton);
  });
  return sentences;
}

/** What a number is a figure of, when its unit or measure says: "percent", "currency:EUR", "second". */
export function kindOfNumber(number: { unit?: NumberUnit; measure?: { base: MeasureBase } }): string | undefined {
  return number.unit ?? number.measure?.base;
}

/** Before the unit of a rate, not a length of time: "25 Euro pro Stunde", "£3 per hour" (see Evidence.rateMeasures). */
const PER_UNIT: ReadonlySet<string> = new Set(['pro', 'per', 'je']);

/** The halves of a match said by the break between them: before it the first, after it the second. */
const HALF_TIME_PHRASES: ReadonlyArray<readonly [RegExp, number]> = [
  [/(?:^|[^\p{L}])(?:before|by) half-time(?![\p{L}])|(?:^|[^\p{L}])vor der (?:Pause|Halbzeit(?:pause)?)(?![\p{L}])|(?:^|[^\p{L}])до перерыва(?![\p{L}])/iu, 1],
  [/(?:^|[^\p{L}])after (?:half-time|the break)(?![\p{L}])|(?:^|[^\p{L}])nach (?:der Pause|dem Seitenwechsel)(?![\p{L}])|(?:^|[^\p{L}])после перерыва(?![\p{L}])/iu, 2],
];

/** Indexes a source for `findUnsupported`; pure, and linear in the length of the source. */
export function indexSource(source: FaithfulnessSource): Evidence {
  const text = [source.title, source.text, source.siteName]
    .filter((part): part is string => typeof part === 'string' && part.trim() !== '')
    .join('\n\n')
    .normalize('NFC');
  const tokens = foldedTokensOf(text);
  const words = tokens.map((token) => token.folded);
  // The source's language, as a code without region ("de" of "de-AT").
  const language = source.language?.toLowerCase().split(/[-_]/)[0];
  const positions = new Map<string, number[]>();
  const wordsByStart = new Map<string, string[]>();
  const skeletons = new Set<string>();
  const calendar = new Set<CalendarKey>(calendarKeysOfDate(source.publishedAt));
  const capitalisedSeen = new Set<string>();
  const adjectiveCores = new Set<string>();
  // The skeletons of each capitalised word, and the cores of each adjective of a name, by folded word (see namesBySentence).
  const nameSkeletons = new Map<string, string[]>();
  const adjectiveNames = new Map<string, string[]>();
  const shortNames = new Set<string>();
  const countries = new Set<string>();
  const languages = new Set<string>();
  const inQuotedNames = quotedNameTokens(text, tokens);
  tokens.forEach((token, index) => {
    const known = positions.has(token.folded);
    addTo(positions, token.folded, index);
    if (!known) {
      for (const form of new Set([token.folded, withoutPossessive(token.folded)])) addTo(wordsByStart, form.slice(0, 3), form);
      const cores = adjectiveCoresOf(token.folded);
      if (cores.length > 0) adjectiveNames.set(token.folded, cores.filter((core) => core.length >= NAME_SKELETON));
      for (const core of cores) adjectiveCores.add(core);
      for (const code of demonymCountryCodesOf(token.folded)) countries.add(code);
      // "Weihnachtsmarkt" names Christmas for "Christmas market".
      if (language === 'de' && CAPITALISED.test(token.text)) for (const code of compoundNameCodesOf(token.folded)) countries.add(code);
      // «нидерландский застройщик», "der niederländische Entwickler": the language, and the country it is spoken in.
      if (token.folded.length >= LANGUAGE_WORD_LETTERS) {
        for (const code of languageCodesOf(token.folded)) {
          languages.add(code);
          const region = regionOfLanguage(code);
          if (region) countries.add(region);
        }
      }
    }
    const capitalised = CAPITALISED.test(token.text) || inQuotedNames.has(index);
    // Each word once, and once more capitalised: "may" is a verb, "May" a month, "Bank" a name.
    if (known && (!capitalised || capitalisedSeen.has(token.folded))) return;
    if (capitalised) {
      capitalisedSeen.add(token.folded);
      const name = withoutPossessive(token.folded);
      const withCarons = foldKeepingCarons(token.text);
      for (const spelling of withCarons === undefined ? [name] : [name, withoutPossessive(withCarons)]) {
        const ofSpelling = consonantSkeletons(spelling);
        for (const skeleton of ofSpelling) skeletons.add(skeleton);
        if (spelling === name) nameSkeletons.set(token.folded, ofSpelling.filter((skeleton) => skeleton.length >= NAME_SKELETON));
      }
      // "New Zealand", «Новой Зеландии»: a name of several words is the country's, whatever its words say alone.
      for (const code of [...countryCodesOf(name), ...countryPhrasesAt(words, index).map((phrase) => phrase.code), ...(language === 'de' ? germanPlaceAdjectiveCodesOf(token.text, name) : [])]) {
        countries.add(code);
        // "Rheinland-Pfalz" is in Germany: a summary may name the country the source's place is in.
        const country = countryOfPlace(code);
        if (country) countries.add(country);
      }
      if (consonantSkeleton(name).length < 2) for (const form of [name, ...caseStems(name, SHORT_NAME_STEM)]) shortNames.add(shortNameShape(form));
      // "Arrow" «Эрроу»: English w is a vowel to Russian ears, which leaves a name of one consonant; so is a silent gh ("Pugh" «Пью»).
      for (const spoken of [name.replaceAll('w', ''), name.replaceAll('gh', '')]) {
        if (spoken !== name && consonantSkeleton(spoken).length < 2) shortNames.add(shortNameShape(spoken));
      }
    }
    const day = calendarKeyOf(withoutPossessive(token.folded), capitalised);
    if (day) calendar.add(day);
  });
  const numbers = new Map<number, StatedNumber[]>();
  const measures = new Map<string, StatedNumber[]>();
  const rangeEnds = new Map<number, Set<number>>();
  const rangeStarts = new Map<number, Set<number>>();
  const mentions = findNumbers(text, tokens);
  const polarity = readPolarity(text, tokens);
  const titleNames = new Set(foldedTokensOf(source.title ?? '').flatMap((token) => (CAPITALISED.test(token.text) ? nameSkeletonsOf(token) : [])));
  const sentenceNames = namesBySentence(tokens, polarity, nameSkeletons, adjectiveNames);
  const numbersOfKind = new Map<string, StatedNumber[]>();
  // The token each number starts in, found by walking both in order.
  let tokenAt = 0;
  const monthYears = new Map<number, number[]>();
  const timesOfDay = new Set<number>();
  const units = new Set<NumberUnit>();
  const measureBases = new Set<MeasureBase>();
  const quantities: StatedQuantity[] = [];
  const addQuantity = (base: MeasureBase, amount: number, stated: StatedNumber) => {
    addTo(measures, measureKey(base, amount), stated);
    quantities.push({ base, amount, stated });
  };
  let previous: { mention: NumberMention; stated: StatedNumber } | undefined;
  // The hours and minutes of a time in parts so far, and where they end; the seconds after them make one time.
  let timeParts: { end: number; minutes: number; stated: StatedNumber[] } | undefined;
  const timesInParts = new Set<number>();
  // The words each number counts (see StatedNumber.countedByOthers).
  const counted = countedWordStarts(text, tokens, mentions);
  const countedWords = new Set(counted.values());
  const countedByOthersThan = (mention: NumberMention) => {
    const own = counted.get(mention.start);
    return (start: number) => start !== own && countedWords.has(start);
  };
  const mentionsBySentence: SourceMention[] = [];
  const halves = new Set<number>();
  // "scored twice before half-time": the first half, which a summary names by its place ("a first-half brace").
  for (const [pattern, half] of HALF_TIME_PHRASES) if (pattern.test(text)) halves.add(half);
  for (const mention of mentions) {
    // "the first half": a period, which states its place (see halvesOf), no number one.
    if (mention.halfOf) {
      for (const value of mention.values) halves.add(value);
      continue;
    }
    for (const time of mention.timeOfDay ?? []) timesOfDay.add(time);
    // "11am", "22 Uhr", "noon": a full hour is a time of day as "11:00" is.
    if (mention.clock) for (const hour of mention.values) timesOfDay.add(hour * MINUTES_IN_HOUR);
    if (mention.unit) units.add(mention.unit);
    for (const from of mention.rangeFrom ?? []) {
      const ends = rangeEnds.get(from) ?? new Set<number>();
      for (const value of mention.values) ends.add(value);
      rangeEnds.set(from, ends);
      for (const value of mention.values) rangeStarts.set(value, (rangeStarts.get(value) ?? new Set<number>()).add(from));
    }
    const context = mention.share ? contextAround(text, tokens, mention, SHARE_CONTEXT) : contextAround(text, tokens, mention, { reach: SOURCE_CONTEXT_REACH });
    const own = mention.share ? context : contextAround(text, tokens, mention, { reach: SOURCE_CONTEXT_REACH, countedByOthers: countedByOthersThan(mention) });
    const countedByOthers = context.filter((word) => !own.includes(word));
    while (tokenAt < tokens.length - 1 && (tokens[tokenAt]?.end ?? 0) <= mention.start) tokenAt++;
    const sentence = polarity.sentence[tokenAt] ?? 0;
    const changed = mentionsBySentence.at(-1);
    const between = changed === undefined ? '' : text.slice(changed.mention.end, mention.start);
    const endOfChange =
      changed !== undefined &&
      changed.sentence === sentence &&
      ((CHANGE_BY_BEFORE.test(text.slice(Math.max(0, changed.mention.start - CHANGE_BY_REACH), changed.mention.start)) && CHANGE_TO_BETWEEN.test(between)) || NOW_BETWEEN.test(between));
    mentionsBySentence.push({ mention, sentence, ...(endOfChange && { endOfChange: true as const }) });
    const countedAt = counted.get(mention.start);
    const counts = countedAt === undefined ? undefined : tokens.find((token) => token.start === countedAt)?.folded;
    const stated: StatedNumber = {
      context,
      sentence,
      ...(countedByOthers.length > 0 && { countedByOthers }),
      ...(counts !== undefined && { counts }),
      ...(isOrdinalMention(mention) && { ordinal: true as const }),
      ...(mention.unit && { unit: mention.unit }),
      ...(mention.measure && { measure: mention.measure.base }),
      ...(COMPOUND_AFTER.test(text.slice(mention.end, mention.end + 2)) && { compound: true as const }),
      ...((mention.timeOfDay || mention.clock) && { ofTimeOfDay: true as const }),
      ...((AGE_COMPOUND.test(text.slice(mention.end, mention.end + AGE_COMPOUND_REACH)) || AGE_IN_MENTION.test(mention.text)) && { ofAge: true as const }),
      ...(!/[\s\u00a0]/u.test(mention.text) && namesMeasure(foldWord(mention.text)) && { unitInItsWord: true as const }),
    };
    // "between 50 and 60 deer": a range's lower end counts what its upper end does, which the words after it name. Not a
    // range of days, whose month follows the last («с 1 по 26 апреля»).
    const countsThings = counts !== undefined && calendarKeyOf(counts, true) === undefined;
    if (countsThings && previous?.stated.counts === undefined && previous?.mention.values.some((from) => mention.rangeFrom?.includes(from))) previous.stated.counts = counts;
    // "5. März", "August 2020": a day or a year next to a month dates something.
    const [value] = mention.values;
    const bare = mention.values.length === 1 && value !== undefined && mention.unit === undefined && mention.measure === undefined;
    const month = bare && (isYear(value) || isDayOfMonth(value)) ? monthNextTo(text, tokens, mention) : undefined;
    if (value !== undefined && month !== undefined) {
      if (isYear(value)) addTo(monthYears, month, value);
      else stated.dayOfMonth = month;
    }
    // "im Herbst 2027": a season dates a year as a month does.
    const season = bare && month === undefined && isYear(value) ? seasonNextTo(tokens, mention) : undefined;
    if (value !== undefined && season !== undefined) addTo(monthYears, season, value);
    for (const value of mention.values) addTo(numbers, value, stated);
    // "mehr als jede zehnte Unterrichtsstunde" states the ten of "more than one lesson in ten", as it did before it was a
    // share. Not the one of "one in five", which is no number alone ("a week or two" is not stated by it).
    // The whole of odds ("one in eight", written with its one) is no length of time; "jede zweite Woche" is every two weeks.
    const odds = mention.writtenWith?.includes(1) === true;
    for (const value of mention.writtenWith ?? []) if (value > 1) addTo(numbers, value, { context, sentence, ...(odds && { ofShare: true as const }) });
    const kind = kindOfNumber(mention);
    if (kind !== undefined) addTo(numbersOfKind, kind, stated);
    const measure = mention.measure;
    if (measure) {
      measureBases.add(measure.base);
      for (const amount of measure.amounts) addQuantity(measure.base, amount, stated);
      // «3 часа 50 минут», "2 hours and 15 minutes": one quantity in two units, the larger first.
      const first = previous?.mention.measure;
      if (previous && first?.base === measure.base && unitOf(previous.mention) > unitOf(mention) && COMPOUND_QUANTITY_JOINER.test(text.slice(previous.mention.end, mention.start))) {
        for (const larger of first.amounts) for (const smaller of measure.amounts) addQuantity(measure.base, larger + smaller, previous.stated);
      }
      // A time in parts down to its seconds, "5 minutes 21.4 seconds", «2 ч 47 мин 10 с», "2:41:17": one time in seconds too,
      // which a summary writes "5:21,4 Minuten" (see timesInHundredths).
      const [amount = 0] = measure.amounts;
      const joinsChain = timeParts !== undefined && measure.base !== 'metre' && TIME_PARTS_JOINER.test(text.slice(timeParts.end, mention.start));
      if (measure.base === 'minute') {
        const chain = joinsChain && timeParts ? timeParts : { minutes: 0, stated: [] };
        timeParts = { end: mention.end, minutes: chain.minutes + amount, stated: [...chain.stated, stated] };
      } else if (measure.base === 'second' && joinsChain && timeParts) {
        timesInParts.add(roundValue(timeParts.minutes * SECONDS_IN_MINUTE + amount));
        for (const part of timeParts.stated) part.ofTimeInParts = true;
        stated.ofTimeInParts = true;
        timeParts = undefined;
      } else timeParts = undefined;
    } else timeParts = undefined;
    // "elf Männer und zwei Frauen": thirteen people, as a summary may count them.
    // The total counts neither part's noun: "carrying 321 passengers" is not stated by "312 passengers and nine crew".
    const first = previous?.mention;
    const joined = first && isCount(first) && isCount(mention) ? COUNTS_JOINER.exec(text.slice(first.end, mention.start)) : null;
    if (first && previous && joined) {
      const parts = [foldWord(joined[1] ?? ''), ...(counts === undefined ? [] : [counts])];
      for (const one of first.values) {
        for (const other of mention.values) addTo(numbers, one + other, { context: previous.stated.context, sentence, counts: TOTAL, countedByOthers: parts, parts: [one, other] });
      }
    }
    previous = { mention, stated };
  }
  // "почти вдвое превысив", "doubled": the number a summary writes for them («в два раза», "two times"); and the multiples
  // the source writes with a number («в полтора раза»), which a summary may give as a rise ("by about half").
  const multiples = new Set<number>();
  for (const token of tokens) {
    const times = multiplierOf(token.folded);
    if (times !== undefined) multiples.add(times);
  }
  for (const mention of mentions) if (TIMES_AFTER.test(text.slice(mention.end)) && mention.values.length === 1) multiples.add(mention.values[0] ?? 0);
  const [, year, month, day] = /^(\d{4})-(\d{2})-(\d{2})/.exec(source.publishedAt ?? '') ?? [];
  const nameEndSkeletons = new Set<string>();
  tokens.forEach((token, index) => {
    if (!CAPITALISED.test(token.text)) return;
    const next = tokens[index + 1];
    if (next && CAPITALISED.test(next.text) && /^[\s\u00a0-]+$/u.test(text.slice(token.end, next.start))) return;
    for (const skeleton of consonantSkeletons(withoutPossessive(token.folded))) nameEndSkeletons.add(skeleton);
    // «Сибирский международный марафон»: an adjective of a name ends the run, and stands for the name ("Siberian").
    for (const core of adjectiveCoresOf(token.folded)) nameEndSkeletons.add(core);
  });
  const pairs = numberPairsOf(text, mentions);
  const home = countries.size === 0 ? homeCountryOf(language) : undefined;
  if (home) countries.add(home);
  const bareMeasures = new Set<string>();
  const rateMeasures = new Set<string>();
  let mentionAt = 0;
  tokens.forEach((token, index) => {
    const noun = measureNounOf(token.folded) ?? oneUnitWordOf(token.folded);
    if (!noun) return;
    while (mentionAt < mentions.length && (mentions[mentionAt]?.end ?? 0) < token.end) mentionAt++;
    const mention = mentions[mentionAt];
    if (mention && mention.start <= token.start) return;
    if (PER_UNIT.has(tokens[index - 1]?.folded ?? '')) rateMeasures.add(measureKey(noun.base, noun.factor));
    else bareMeasures.add(measureKey(noun.base, noun.factor));
  });
  const stems = new Set<string>();
  for (const skeleton of skeletons) if (skeleton.length >= 3) stems.add(skeleton.slice(0, -1));
  return {
    language,
    script: dominantScript(text),
    words,
    positions,
    wordsByStart,
    capitalised: capitalisedSeen,
    skeletons,
    shortNames,
    countries,
    skeletonStems: stems,
    adjectiveCores,
    quotedNames: quotedNamesOf(text),
    quotedTitles: quotedTitlesOf(text),
    numbers,
    numbersOfKind,
    sentenceNames,
    titleNames,
    numberPairs: pairs.pairs,
    timeOrderPairs: pairs.timeOrder,
    rangeEnds,
    rangeStarts,
    tied: tiedFiguresOf(text, mentions),
    measures,
    quantities,
    cutCompounds: cutCompoundsOf(text),
    scores: new Set(findScores(text).map((score) => score.key)),
    halves,
    measureBases,
    timesOfDay,
    mentions: mentionsBySentence,
    enumerations: findEnumerations(text, tokens).map(({ count, days, first }) => {
      const sentence = polarity.sentence[first] ?? 0;
      return { count, days, sentence, words: tokens.filter((_, index) => polarity.sentence[index] === sentence).map((token) => token.folded) };
    }),
    timesInHundredths: new Set([...findTimesInHundredths(text).map((time) => time.seconds), ...timesInParts]),
    units,
    bareMeasures,
    rateMeasures,
    abbreviations: findAbbreviations(text, tokens),
    polarity,
    nameEndSkeletons,
    languages,
    multiples,
    monthYears,
    calendar,
    date: year && month && day ? { year: Number(year), month: Number(month) - 1, day: Number(day) } : undefined,
    yearsBefore: yearsBeforeOf(text, tokens, polarity, mentionsBySentence, year ? Number(year) : undefined),
    roles: indexRoles(text, tokens, polarity.sentence, bodyOf(text, source), language),
  };
}

/** A German adjective of a place, its name and "-er", which German does not decline: "Kölner", "Kasaner", "Münchner". */
export const GERMAN_PLACE_ADJECTIVE = /^\p{Lu}\p{Ll}{2,}er$/u;

/**
 * The places a German adjective names, among those with a name of their own in
 * each language (see countryCodesOf): "Kölner Firma" names Köln, which an
 * English summary calls "Cologne". The adjective may drop a vowel of its place
 * ("Münchner" of "München").
 */
function germanPlaceAdjectiveCodesOf(written: string, folded: string): string[] {
  if (!GERMAN_PLACE_ADJECTIVE.test(written)) return [];
  const stem = folded.slice(0, -'er'.length);
  return [...new Set([stem, `${stem.slice(0, -1)}e${stem.slice(-1)}`].flatMap(countryCodesOf))];
}

/** Where the source's body is in its joined `text`, after its title (see indexSource). */
function bodyOf(text: string, source: FaithfulnessSource): { start: number; end: number } {
  const body = source.text.normalize('NFC');
  const start = text.indexOf(body);
  return start < 0 ? { start: 0, end: text.length } : { start, end: start + body.length };
}

/** Words for the year before another: "im Vorjahr", "des Vorjahres", «годом ранее», «в прошлом году», "a year earlier", "last year". */
const YEAR_BEFORE_PHRASE =
  /(?<!\p{L})(?:vorjahr\p{L}*|годом\s+(?:ранее|раньше)|(?:в\s+)?прошло(?:м|го)\s+год(?:у|а)|a\s+year\s+(?:earlier|before)|the\s+(?:previous|prior|preceding)\s+year|last\s+year|(?:im\s+)?(?:vergangenen|letzten)\s+jahr(?:es)?|ein\s+jahr\s+(?:zuvor|davor|früher))(?!\p{L})/giu;
/** Relative to the date an article is published, these say the year before it. */
const SAYS_LAST_YEAR = /^(?:(?:в\s+)?прошло(?:м|го)\s+год(?:у|а)|last\s+year|(?:im\s+)?(?:vergangenen|letzten)\s+jahr(?:es)?)$/iu;

/**
 * The years a source names as the year before one it writes in the same
 * sentence ("2026 … im Vorjahr", «в 2025 году … годом ранее»), and, where it
 * says "last year", the one before the year it is published in.
 */
function yearsBeforeOf(
  text: string,
  tokens: readonly FoldedToken[],
  polarity: Polarity,
  mentions: ReadonlyArray<SourceMention>,
  published: number | undefined,
): Set<number> {
  const years = new Set<number>();
  for (const match of text.matchAll(YEAR_BEFORE_PHRASE)) {
    if (published !== undefined && SAYS_LAST_YEAR.test(match[0])) years.add(published - 1);
    const at = tokens.findIndex((token) => token.start >= (match.index ?? 0));
    const sentence = polarity.sentence[at];
    for (const { mention, sentence: of } of mentions) if (of === sentence) for (const value of mention.values) if (isYear(value)) years.add(value - 1);
  }
  return years;
}
