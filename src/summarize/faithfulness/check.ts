import { stemOf } from '../../core/words.js';
import { initialsOf, isCompoundOf, isGermanAcronymOf, translatedCompoundIsStated } from './abbreviations.js';
import { translatedAcronymsOf } from './acronym-translations.js';
import { calendarKeyOf, russianMonthOf } from './calendar.js';
import { adjectiveCoresOf, CHANGE_BY_BEFORE, CHANGE_BY_REACH, GERMAN_PLACE_ADJECTIVE, isBare, isDayOfMonth, isNumberPair, isYear, kindOfNumber, measureKey, nameSkeletonsOf, SHORT_NAME_STEM, type Evidence, type NumberInSequence, type StatedNumber } from './evidence.js';
import { countryCodesOf, countryPhrasesAt, demonymCountryCodesOf } from './countries.js';
import { languageCodesOf, regionOfLanguage } from './languages.js';
import { caseStems, commonPrefixLength, dominantScript, foldedTokensOf, foldWord, inflectionStems, sameDeclinedName, sameNameForm, sameWordForm, withoutPossessive, type FoldedToken, type Script } from './fold.js';
import { isEnglishTitle, isInstitutionHead, looksLikeEnglishCommonNoun } from './english-nouns.js';
import { isCommonEnglishWord } from './english-words.js';
import { isRussianInstitutionNoun, looksLikeRussianAdjective, opensRussianInstitution } from './russian-institutions.js';
import { germanCommonNouns, isGermanDeterminer, looksLikeForeignName, namesGermanInstitution, namesGermanPlace, spelledLikeForeignName } from './german-nouns.js';
import { findNames, isTitleCase, type NameMention, type NameWord } from './names.js';
import { findNegationConflicts, readPolarity, type Polarity } from './negation.js';
import { contextAround, countedWordStarts, isOrdinalMention, findCodes, roundValue, SECONDS_IN_MINUTE, TIMES_AFTER, findNumbers, findTimesInHundredths, MINUTES_IN_HOUR, MONTHS_IN_YEAR, monthNextTo, seasonNextTo, SHARE_CONTEXT, type Approximation, type CodeMention, type NumberMention } from './numbers.js';
import { findQuotes, quoteFragments, type QuoteMention } from './quotes.js';
import { findScores } from './scores.js';
import { rolesOfOthers } from './roles.js';
import { contradictsLoneTiedFigure, contradictsTiedFigures } from './tied-figures.js';
import { DIGITS_FIRST, fractionOfStatedPercentage, isWorkedOut, isYearMention, multipleOfStatedNumbers, passageOfSmallCount, roundsStatedNumber, roundsTo, significantDigits, SMALL_COUNT_PASSAGE } from './worked-out.js';
import { consonantSkeleton, consonantSkeletons, shortNameShape, toLatin } from './transliterate.js';
import { namesMeasure, numberWordOf, type NumberUnit } from './number-words.js';

/** What the checker looks for: a number, a quotation, a name, a negation turned round. */
export type ClaimKind = 'number' | 'quote' | 'name' | 'negation';

/** Something a text states that its source does not, as the text writes it. */
export interface Claim {
  kind: ClaimKind;
  text: string;
}

export interface CheckOptions {
  /**
   * The text is in another language than the source: quotations and
   * negations are not checked (translated words cannot match), and names may
   * match by their transliterated consonant skeleton.
   */
  crossLanguage: boolean;
  /**
   * Folded words the rest of the summary writes in lower case. In a headline
   * written In Title Case these are common words, not names.
   */
  commonWords?: ReadonlySet<string>;
  /**
   * The text's language (a code; its primary subtag counts). Default: the
   * source's, when the text is in the source's language. German capitalises its
   * nouns, so in a German text capitals are read as German nouns first (see
   * germanCommonNouns, germanStemIsStated).
   */
  language?: string;
}


/**
 * What makes "N times" a multiple, compared with something ("three times as many", "dreimal so hoch", "29 times the
 * average", «в три раза больше»), not a count of how often a thing happened ("alerted 29 times", «пять раз в неделю»).
 */
const COMPARED_AFTER_TIMES =
  /^[\s\u00a0]*(?:as|more|less|fewer|the|that|this|what|its|their|so|mehr|weniger|größer|höher|soviel|als|больше|меньше|выше|ниже|чаще|реже|дороже|дешевле|превыша\p{L}*|larger|bigger|higher|greater|faster|longer|smaller|lower|cheaper|\p{L}{3,}er[\s\u00a0]+than)(?!\p{L})/iu;
/** «в три раза»: Russian writes a multiple after «в». */
const RUSSIAN_MULTIPLE_BEFORE = /(?:^|[^\p{L}])в[\s\u00a0]+$/iu;
/** Nothing but spaces between two words: they stand in one phrase. */
const SPACES_ONLY = /^[\s\u00a0]+$/u;
/** A German multiple in one word: "das Dreifache", "zweifach", "zehnmal". */
const MULTIPLE_WORD = /\p{L}(?:fach|fache|fachen|mal)$/iu;

/** What follows the years of an age: "29-year-old", "29 years old". */
const AGE_AFTER = /^(?:-old|[\s\u00a0]+old)(?!\p{L})/u;
/** The words a source says an age with: "at the age of 29", "aged 29". */
const AGE_WORDS: readonly string[] = ['age', 'aged'];

/** Content words either side of a number in a summary that say what it counts; see contextAround. */
const SUMMARY_CONTEXT_REACH = 4;

/**
 * Whether a number of the source is about what the text's number is: in the
 * source's language, a word around it in common (with no words around one of
 * them there is nothing to compare, and the value decides); across languages
 * the words cannot be compared.
 */
function saysAbout(
  context: readonly string[],
  options: CheckOptions,
  language: string | undefined,
  counted: string | undefined,
  others: ((number: StatedNumber) => boolean) | undefined,
  specific: boolean,
  textValues: ReadonlySet<number>,
  besideTextFigure: (number: StatedNumber) => boolean,
): (number: StatedNumber) => boolean {
  // A total the text gives one of the parts of beside it, not both, is no total there: "321 passengers and nine crew"
  // against "312 passengers and nine crew", which make 321; "elf Männer und zwei Frauen, insgesamt 13" gives both.
  const givesParts = (number: StatedNumber) => number.parts !== undefined && number.parts.some((part) => textValues.has(part)) && !number.parts.every((part) => textValues.has(part));
  // "Internetbetrug … 4.108 Fälle" for "Betrugsfälle im Internet stieg … auf 4.108": German writes as one word what it also writes as two.
  // "aufgeklärt" for "Aufklärungsquote": a participle says what the noun made from its verb says.
  const sameWord =
    language === GERMAN
      ? (word: string, other: string) => sameWordForm(word, other) || isCompoundPart(word, other) || participleMatches(word, other)
      : sameWordForm;
  const shared = (word: string, number: StatedNumber) => number.context.some((other) => sameWord(word, other));
  // What the text's number counts, another number counts there, and this one counts something else: «6 100 зрителей»
  // against «5 840 зрителей … на 6 100 мест». Unless the text says that too: "eight points clear" for "94 points … eight
  // clear".
  const countedByAnother = (number: StatedNumber) =>
    counted !== undefined &&
    number.counts !== undefined &&
    !sameWordForm(counted, number.counts) &&
    (number.countedByOthers ?? []).some((other) => sameWordForm(counted, other)) &&
    !context.some((word) => number.counts !== undefined && sameWordForm(word, number.counts));
  if (options.crossLanguage) return (number) => !givesParts(number) && !others?.(number);
  return (number) =>
    !givesParts(number) &&
    !countedByAnother(number) &&
    (specific || context.length === 0 || number.context.length === 0 || context.some((word) => shared(word, number)) || besideTextFigure(number));
}

/** Significant digits from which a figure is told apart by its digits alone: "119 runs ahead" for "a lead of 119", «98,6 тыс.». */
const SPECIFIC_DIGITS = 3;

/**
 * A figure specific enough that the source stating it states this one, whatever
 * the words around each: three significant digits or more ("119", "4.108",
 * "61.8%"), no year. A summary restates such figures in other words ("119 runs
 * ahead" for "a lead of 119", «697 против 214» for «родились 214 детей»); a
 * round figure ("1,100", "40%") is said of many things, and its words decide.
 */
function isSpecificFigure(mention: NumberMention): boolean {
  // "9.412" is 9,412 or 9.412: specific either way.
  if (mention.values.length === 0 || isYearMention(mention)) return false;
  // "9.6 per cent": a share to the decimal is as specific ("a rise of 9.6 per cent" for "the 9.6 per cent increase").
  if (mention.unit === 'percent' && mention.values.every((value) => !Number.isInteger(value))) return true;
  return mention.values.every((value) => significantDigits(value) >= SPECIFIC_DIGITS);
}

/** Letters a part of a German compound has at least to say what it says alone: "Fälle" of "Betrugsfälle". */
const COMPOUND_PART_OF_CONTEXT = 5;

/** One word the beginning or the head of the other, a compound: "Internet" of "Internetbetrug", "Fälle" of "Betrugsfälle". */
function isCompoundPart(one: string, other: string): boolean {
  const [part, compound] = one.length < other.length ? [one, other] : [other, one];
  return part.length >= COMPOUND_PART_OF_CONTEXT && compound.length >= part.length + COMPOUND_PART_OF_CONTEXT - 2 && (compound.startsWith(part) || compound.endsWith(part));
}

/** A German past participle, with the separable prefix it may have: "aufgeklärt" is "auf" + "ge" + "klär" + "t". */
const GERMAN_PARTICIPLE = /^(ab|an|auf|aus|bei|ein|mit|nach|vor|weg|zu|zuruck|)ge(\p{L}{3,}?)(?:et|t|en)$/u;

/** The verb stem of a folded German past participle ("aufgeklart" → "aufklar"), or undefined. */
function participleStemOf(folded: string): string | undefined {
  const participle = GERMAN_PARTICIPLE.exec(folded);
  return participle ? `${participle[1] ?? ''}${participle[2] ?? ''}` : undefined;
}

/**
 * One word a participle whose verb stem is the other word or a part of it
 * ("aufgeklart" and "aufklarungsquote"). Asked only once the words themselves
 * do not match, with no array made per pair: this runs for every word around
 * every number of a German text.
 */
function participleMatches(one: string, other: string): boolean {
  const [oneStem, otherStem] = [participleStemOf(one), participleStemOf(other)];
  const matches = (a: string, b: string) => sameWordForm(a, b) || isCompoundPart(a, b);
  return (oneStem !== undefined && (matches(oneStem, other) || (otherStem !== undefined && matches(oneStem, otherStem)))) || (otherStem !== undefined && matches(one, otherStem));
}

/** Two skeletons of one name: the same, or one the other's stem, declined («Линдквиста» for "Lindqvist"), of three consonants at least. */
function sameNameSkeleton(one: string, other: string): boolean {
  if (one === other) return true;
  return Math.min(one.length, other.length) >= 3 && (one.startsWith(other) || other.startsWith(one));
}

function namesOneOf(names: readonly string[], others: ReadonlySet<string>): boolean {
  for (const other of others) if (names.some((name) => sameNameSkeleton(name, other))) return true;
  return false;
}

/**
 * The skeletons of the names in each sentence of a text that the source writes
 * too (see nameSkeletonsOf), but the sentence's first word, which is capitalised
 * whatever it is, and the words `nouns` says are common nouns ("Die Mieten"
 * of a German text, see germanCommonNouns).
 */
function sourceNamesBySentence(evidence: Evidence, tokens: readonly FoldedToken[], polarity: Polarity, nouns: ReadonlySet<number>): Array<Array<{ skeleton: string; at: number }>> {
  const sentences = Array.from({ length: polarity.sentences + 1 }, () => [] as Array<{ skeleton: string; at: number }>);
  tokens.forEach((token, index) => {
    const sentence = polarity.sentence[index] ?? 0;
    if (index === 0 || polarity.sentence[index - 1] !== sentence || nouns.has(index)) return;
    for (const skeleton of nameSkeletonsOf(token)) {
      const stated = evidence.skeletons.has(skeleton) || evidence.adjectiveCores.has(skeleton) || evidence.skeletonStems.has(skeleton) || evidence.skeletonStems.has(skeleton.slice(0, -1));
      if (stated) sentences[sentence]?.push({ skeleton, at: index });
    }
  });
  return sentences;
}

/**
 * Across languages the words around a number cannot be compared, but names
 * can. Where the source gives figures of the kind of a text's number in
 * sentences naming what the text's sentence names, the text's figure is one of
 * those: the same figure elsewhere is said of something else when neither its
 * sentence, nor the one before ("Lindqvist won the stage. The 27-year-old
 * crossed the line in…"), nor the title names it ("The CDU gained one point to
 * reach 19%" against "Die CDU legt auf 17 Prozent zu … Preuß (19 Prozent)").
 * Undefined when there is nothing to tell by.
 */
function saidOfOthers(evidence: Evidence, mention: NumberMention, namesOfSentence: () => readonly string[]): ((number: StatedNumber) => boolean) | undefined {
  const kind = kindOfNumber(mention);
  // A year says when, of anything.
  if (kind === undefined || mention.values.some(isYear)) return undefined;
  const names = namesOfSentence();
  if (names.length === 0) return undefined;
  const named = (sentence: number) => namesOneOf(names, evidence.sentenceNames[sentence] ?? NO_NAMES);
  if (namesOneOf(names, evidence.titleNames)) return undefined;
  const figures = evidence.numbersOfKind.get(kind) ?? [];
  const valueIs = (number: StatedNumber) => mention.values.some((value) => evidence.numbers.get(value)?.includes(number) === true);
  if (!figures.some((number) => !valueIs(number) && named(number.sentence))) return undefined;
  // A quantity (an age, a duration) is said of one named further back: «"…", — добавил 58-летний рыбак» two sentences after his name.
  const back = mention.measure ? QUANTITY_NAMED_BACK : FIGURE_NAMED_BACK;
  return (number) => {
    for (let before = 0; before <= back; before++) if (named(number.sentence - before)) return false;
    return true;
  };
}
const NO_NAMES: ReadonlySet<string> = new Set();
/** Sentences back from a figure in which the name it is said of may stand (see saidOfOthers): a figure the next sentence, a quantity two. */
const FIGURE_NAMED_BACK = 1;
const QUANTITY_NAMED_BACK = 2;

/** «8 часов», «в 15 часов»: hours, which Russian also tells the time of day by. */
const RUSSIAN_HOURS = /час/u;
/** The hours after the lower end of a range, which it shares: «с 6 до 11 часов». */
const RUSSIAN_HOURS_RANGE_END = /^[\s\u00a0]*(?:до|[-–—])[\s\u00a0]*\d{1,2}[\s\u00a0]+час/u;

/**
 * The source states this number: the same value, in the same unit when the text
 * writes one, and, in the source's own language, with a word around it in
 * common (`about`, see saysAbout: "почти пять лет" does not state "в пять утра"). Across languages the
 * words cannot be compared, so the value and unit must do.
 *
 * An amount of money needs no words in common: a value with its currency is
 * specific enough that the source stating it is stating this one, and the words
 * around an amount differ most between an article and its summary ("Two years
 * and more than £40m later" / "repairs that cost the city more than forty
 * million pounds"). A measure of time or distance compares as a quantity in
 * any unit of its kind ("half a century" is "fifty years", "a dozen weeks" is
 * not "zwölf Kilometer"); a number the source writes bare says nothing against
 * the text's unit ("aged 40" / "a 40-year-old").
 */
function numberIsStated(
  evidence: Evidence,
  mention: NumberMention,
  about: (number: StatedNumber) => boolean,
  options: CheckOptions,
  monthNear: () => number | undefined,
  monthsNamed: () => ReadonlySet<number>,
  textAfter: string,
  textBefore: string,
  countsSomething: boolean,
): boolean {
  // A time to the minute, like an amount of money, needs no words in common ("The deal, concluded at 11:40 p.m." / "reached at 11:40 p.m.").
  if (mention.timeOfDay?.some((time) => evidence.timesOfDay.has(time) || evidence.measures.has(measureKey('minute', time)))) return true;
  // "8:40" is a time to the minute, not an 8 and a 40 the source says of other things: "leave at 8:40" for «вылет в 7:40». A
  // full hour ("11:00") is the source's hour however it writes it ("um 11 Uhr"), and is compared as one, below.
  if (mention.timeOfDay?.some((time) => time % MINUTES_IN_HOUR !== 0)) return false;
  // "6 p.m." is stated by «18 часов», "18 hours" or a bare 18 ("18:00", "18 Uhr"), not by "twenty years" for "8 p.m.".
  if (mention.clock) {
    // "midnight" for "24:00", "6 p.m." for «18:00»: the source's time of day, to the minute.
    if (mention.values.some((hour) => evidence.timesOfDay.has(hour * MINUTES_IN_HOUR))) return true;
    // "just before 11pm" for "at 10.52pm": a rounded hour, within half an hour on the side the text says.
    const side = mention.approximately;
    if (side && mention.values.some((hour) => [...evidence.timesOfDay].some((time) => roundsToHour(time, hour * MINUTES_IN_HOUR, side)))) return true;
    // Across languages a bare number states an hour only in a source that writes no time of day: one that writes «в 6:00»
    // writes its times so, and its bare 8 is something else («вертолёт Ми-8»), not "seit 8 Uhr".
    const bareHour = !options.crossLanguage || evidence.timesOfDay.size === 0;
    return mention.values.some(
      (value) =>
        (evidence.measures.get(measureKey('minute', value * MINUTES_IN_HOUR)) ?? []).some(about) ||
        (bareHour && (evidence.numbers.get(value) ?? []).some((number) => isBare(number) && about(number))),
    );
  }
  const measure = mention.measure;
  if (measure) {
    // The same quantity, in any unit of its kind: specific enough that the words around it need not be the source's ("after 28 days").
    // Across languages, where the text's names tell the figure's sentence (see saidOfOthers), not one said of others only:
    // «через шесть минут после перерыва», of Brady's try, is not the "sixth-minute penalty" Sandford kicked.
    // "1.5 minutes" for "90 seconds": seconds are kept apart from minutes, as the parts of a race time, but are a sixtieth of one.
    const quantity = (amount: number) => [
      ...(evidence.measures.get(measureKey(measure.base, amount)) ?? []),
      ...(measure.base === 'minute' ? (evidence.measures.get(measureKey('second', roundValue(amount * SECONDS_IN_MINUTE))) ?? []) : []),
      ...(measure.base === 'second' ? (evidence.measures.get(measureKey('minute', roundValue(amount / SECONDS_IN_MINUTE))) ?? []) : []),
    ];
    // In the source's language, a quantity the source writes in another unit ("six weeks" for "42 days", «полчаса» for «30
    // минут») is a restatement the words around it must bear out, as for any number: the same figure is the source's own.
    const sameFigure = (number: StatedNumber) => mention.values.some((value) => evidence.numbers.get(value)?.includes(number) === true);
    const converted = (number: StatedNumber) => sameFigure(number) || about(number);
    if (measure.amounts.some((amount) => (options.crossLanguage ? quantity(amount).some(about) : quantity(amount).some(converted)))) return true;
    // «после 8 часов» is "nach 8 Uhr" as well as eight hours, «с 6 до 11 часов» "from 6am to 11am": Russian counts the
    // hours of the clock so.
    const russianHours = RUSSIAN_HOURS.test(mention.text) || RUSSIAN_HOURS_RANGE_END.test(textAfter);
    if (measure.base === 'minute' && russianHours && measure.amounts.some((amount) => evidence.timesOfDay.has(amount))) return true;
    // «около 119 км/ч» for "74 mph": miles and kilometres are one distance, the text's figure rounded to its last digit.
    if (milesConvert(evidence, mention, measure)) return true;
    // "in a day" for «за сутки», "one month" for "in a single month", «ста лет» for «более века»: one unit, which the source says with no number.
    if (measure.amounts.some((amount) => evidence.bareMeasures.has(measureKey(measure.base, amount)))) return true;
    // "2,800 people an hour" for "2.800 Personen pro Stunde": a rate's unit, which states no length of time ("60-minute sessions").
    const rate = RATE_UNIT.test(mention.text) || PER_BEFORE.test(textBefore);
    if (rate && measure.amounts.some((amount) => evidence.rateMeasures.has(measureKey(measure.base, amount)))) return true;
    // Across languages no words are compared, so a bare number said of something else would state any duration ("alle vier
    // Minuten" by «четыре из них», "24 Sekunden" by "said Lindqvist, 24"). Where the source gives durations with numbers, a bare one states a duration only joined to
    // the word it counts («на 12-й минуте»). Not years or distances: an age is a bare number after "aged", and a list of
    // distances writes its unit once («42,2, 21,1 и 10 км»).
    // "an eight-year contract" is a duration, as minutes are, where "a 12-year-old" is an age.
    const yearsLong = measure.base === 'month' && YEARS_LONG.test(mention.text) && !OLD_AFTER.test(textAfter);
    const durations = options.crossLanguage && (measure.base === 'minute' || measure.base === 'second' || yearsLong) && evidence.measureBases.has(measure.base);
    // Across languages, a number the source counts other things by ("sechs Monate" by "six maintenance bays", "in zwei
    // Jahren" by «2 раза в неделю») is no quantity: only one said with no word it counts, or with a unit in a word of its
    // own ("30 years" of "30 Berufsjahren"). Not an age or a limit ("Kinder unter 16 Jahren" for "under-16s go free").
    let ageOrLimit: boolean | undefined;
    const countsOthers = (number: StatedNumber) =>
      options.crossLanguage === true &&
      number.counts !== undefined &&
      number.unitInItsWord === undefined &&
      !namesMeasure(number.counts) &&
      // «41 раз за сезон» counts callouts, which no age or limit is ("whose average age is 41").
      (TIMES_COUNTED.has(number.counts) || !(ageOrLimit ??= isAgeOrLimit(mention, textBefore, textAfter)));
    // "13 minutes after" is not the minutes of "at 12.13pm".
    return mention.values.some((value) =>
      (evidence.numbers.get(value) ?? []).some((number) => isBare(number) && number.ofTimeOfDay === undefined && number.ofShare === undefined && about(number) && (!durations || number.compound === true) && !countsOthers(number)),
    );
  }
  // An amount of money, or a year: specific enough that the source stating it is stating this one, whatever the words around it.
  // Not a rounded figure that counts something, which is no year: «около 2500 зрителей».
  const money = mention.unit?.startsWith('currency:') === true || (mention.unit === undefined && mention.values.length === 1 && isYearMention(mention) && !(mention.approximately !== undefined && countsSomething));
  return mention.values.some((value) => {
    const stated = evidence.numbers.get(value) ?? [];
    // A unit written in the text must be the source's; a bare number matches the value in any unit. A currency the
    // source writes once for several amounts («1,9 млрд рублей. Из них 1,2 млрд…») is the bare amount's too.
    const unitIsSources = (number: StatedNumber) =>
      mention.unit === undefined || number.unit === mention.unit || (isBare(number) && mention.unit.startsWith('currency:') && evidence.units.has(mention.unit) && !isSmallCount(value));
    // A day the source dates something by states that day of its month, in a text that names the month («на 18, 19 и 20
    // марта»), and no count: "LONDON, July 8" is not «восемь матчей».
    const isDay = (number: StatedNumber) => number.dayOfMonth === undefined || monthNear() === number.dayOfMonth || monthsNamed().has(number.dayOfMonth);
    // A day next to its month ("am 18. März") is no per cent or amount of the source's ("18% der Zecken").
    const dayOfText = mention.unit === undefined && isDayOfMonth(value) && DIGITS_FIRST.test(mention.text) && monthNear() !== undefined;
    const canBeDay = (number: StatedNumber) => !dayOfText || (number.unit === undefined && number.measure === undefined);
    const matches = stated.filter((number) => unitIsSources(number) && isDay(number) && canBeDay(number));
    // A bare number the source's currency is taken for is no amount written as one: it needs words in common. A day next to
    // its month is a date, as specific as an amount ("vom 4. September bis zum 17. Oktober" for "endete … am 17. Oktober").
    const dated = (number: StatedNumber) => number.dayOfMonth !== undefined && monthNear() === number.dayOfMonth;
    if (matches.some((number) => (money && (mention.unit === undefined || number.unit === mention.unit)) || dated(number) || about(number))) return true;
    const date = evidence.date;
    if (!date || mention.unit !== undefined) return false;
    // The source's date line: its year is stated, its day only as a day of its month.
    return value === date.year || (value === date.day && monthNear() === date.month);
  });
}

/**
 * The word a whole count of things counts, right after it ("four points"): no
 * share, fraction, unit, quantity or ordinal, which say something else than how
 * many there are.
 */
function countedWordOf(counted: string | undefined, mention: NumberMention): string | undefined {
  if (counted === undefined || mention.fraction || mention.share || mention.writtenWith !== undefined || mention.unit !== undefined || mention.measure !== undefined) return undefined;
  if (!mention.values.every(Number.isInteger) || isOrdinalMention(mention)) return undefined;
  return counted;
}

/**
 * A source number that is an ordinal, a place, of something other than what the
 * text's count `counted` counts: "four points ahead" is not stated by "the
 * Fourth Section". An ordinal of the same thing states how many there are: "vier
 * Angeklagten" by "eine vierte Angeklagte", «три смены» by «третья, ночная
 * смена» (the word stands among the ordinal's, see StatedNumber.context).
 */
function placeOfOtherThing(number: StatedNumber, counted: string): boolean {
  if (number.ordinal === undefined) return false;
  const stems = caseStems(counted);
  return !number.context.some((word) => sameWordForm(counted, word) || caseStems(word).some((stem) => stems.includes(stem)));
}

/** The smallest count a name of its sentence tells (see findUnsupported): smaller ones are said of many things. */
const NAMED_COUNT = 10;
/** A word a year is written with: «в 2024 году», "the year 2024", "im Jahr 2024". */
const YEAR_WORD = /^(?:год|year|jahr)/u;
/** An amount of money or a per cent: what a count of things is not (see findUnsupported). */
function isMoneyOrShare(unit: NumberUnit): boolean {
  return unit === 'percent' || unit.startsWith('currency:');
}

/** A unit of time written as a rate's: "an hour", "a day", "per week", «в час», "pro Stunde". */
const RATE_UNIT = /^(?:an?|per|pro|je|в)[\s\u00a0]/iu;
/** The word of a rate right before its unit: "per", "pro", "je". */
const PER_BEFORE = /(?:^|[^\p{L}])(?:per|pro|je)[\s\u00a0]+$/iu;

/** Before a quantity that is an age or a limit rather than a length: "unter 16 Jahren", «до 16 лет», "under two years", "von neun bis 18 Jahren". */
const AGE_OR_LIMIT_BEFORE = /(?:^|[^\p{L}])(?:under|over|aged|ages|up to|unter|über|bis|alter von|до|от|младше|старше)[\s\u00a0-]+(?:\p{L}+[\s\u00a0]+)?$/iu;
/**
 * A quantity written as an age («девятилетняя», "elfjährige"), or as an English adjective of a number and its unit
 * ("a three-month ban", "seven-metre throws"), which German writes in one word with the noun ("Siebenmeter").
 */
const AGE_OR_ADJECTIVE = /(?:летн|jährig|jahrig|\p{N}-|\p{L}-\p{L})/iu;
/** After a quantity: a speed ("60 км/ч", "30 km/h"), a pressure («9,1 мм рт. ст.»), an age ("-old") or a length of what follows ("six hour-long concerts"). */
const SPEED_OR_LENGTH_AFTER = /^(?:[\s\u00a0]*\/[\s\u00a0]*(?:ч|h)(?!\p{L})|[\s\u00a0]+рт(?!\p{L})|-long|-old|[\s\u00a0]+old)/iu;
/** The reach before a quantity in which an age or a limit is said (see AGE_OR_LIMIT_BEFORE). */
const AGE_OR_LIMIT_REACH = 24;
/** The text within AGE_OR_LIMIT_REACH before a number, all isAgeOrLimit reads: no copy of the whole text before it per number. */
function reachBefore(text: string, mention: NumberMention): string {
  return text.slice(Math.max(0, mention.start - AGE_OR_LIMIT_REACH), mention.start);
}

/**
 * A quantity the text gives as an age, a limit, a speed, a century or a
 * length of what follows, which a source says in words that count other
 * things ("under-16s go free", "Tempo 30 anzuordnen"): the words after a source's
 * number say nothing against it.
 */
function isAgeOrLimit(mention: NumberMention, textBefore: string, textAfter: string): boolean {
  return (
    AGE_OR_LIMIT_BEFORE.test(textBefore) ||
    AGE_OR_ADJECTIVE.test(mention.text) ||
    SPEED_OR_LENGTH_AFTER.test(textAfter) ||
    (mention.measure?.amounts.every((amount) => amount >= MONTHS_IN_DECADE) ?? false) ||
    mention.values.some(isYear)
  );
}
/** Words that count how often, folded: a number of them is a frequency, never an age, a limit or a length. */
const TIMES_COUNTED: ReadonlySet<string> = new Set(['раз', 'раза', 'times', 'mal']);

/** A decade in months: a quantity this long or longer is a span of history ("19. Jahrhundert"), not a length the source counts. */
const MONTHS_IN_DECADE = 120;

/** Words either side of a number in which a unit of time or distance makes it a quantity: "46 bis über 80 Kilogramm", «119 дней из 128». */
const MEASURE_WORD_REACH = 4;
/** A count this small is said in words that are no number ("both stages", «обе сцены»), which a source may give as a quantity too. */
const LARGEST_PAIR = 2;
/** Before the whole a part is out of: "one in twelve", «119 из 128», "acht von zwölf"; and the reach looked back for it. */
const OUT_OF_BEFORE = /(?:^|[^\p{L}])(?:in|out of|of|из|von|aus)[\s\u00a0]+$/iu;
const OUT_OF_REACH = 8;
/** An ordinal in digits: "24th", "3rd", «2-й», "66.". */
const ORDINAL_DIGITS = /\d(?:st|nd|rd|th|-?[а-яё]{1,3}|\.)$/iu;

/**
 * A number that counts things, and nothing a source may give as a quantity of
 * time or distance: more than two, no ordinal, share, age or limit, with no
 * unit or word of age in its own word ("neunstündigen") nor within a few words
 * either side ("zwölf beziehungsweise 16 Wochen", "17 extra opening hours").
 */
function isCountOfThings(text: string, tokens: readonly FoldedToken[], mention: NumberMention): boolean {
  if (mention.values.some((value) => value <= LARGEST_PAIR) || mention.share || mention.fraction || mention.writtenWith) return false;
  const words = mention.text.split(/[\s\u00a0-]+/u);
  if (ORDINAL_DIGITS.test(mention.text) || words.some((word) => numberWordOf(foldWord(word))?.ordinal === true || namesMeasure(foldWord(word)))) return false;
  // "one in twelve lessons", «119 дней из 128»: the whole a part is out of.
  if (isAgeOrLimit(mention, reachBefore(text, mention), text.slice(mention.end)) || OUT_OF_BEFORE.test(text.slice(Math.max(0, mention.start - OUT_OF_REACH), mention.start))) return false;
  const first = tokens.findIndex((token) => token.end > mention.start);
  const last = tokens.findLastIndex((token) => token.start < mention.end);
  const near = [...tokens.slice(Math.max(0, first - MEASURE_WORD_REACH), Math.max(0, first)), ...tokens.slice(last + 1, last + 1 + MEASURE_WORD_REACH)];
  return !near.some((token) => namesMeasure(token.folded) || AGE_NEAR.has(token.folded));
}
/**
 * "more" with no noun after it, after a count: "hire six more by September", "sechs weitere bis zum Herbst". The count is of
 * more of what the text has named, no length of time or age.
 */
const MORE_WITHOUT_NOUN_AFTER =
  /^[\s\u00a0]+(?:more|further|additional|weitere|zusätzliche)(?=[\s\u00a0]*(?:[,.;:!?]|$)|[\s\u00a0]+(?:by|in|until|from|to|this|next|before|after|bis|im|ab|zum|vor|nach)[\s\u00a0])/iu;

/** Words of age near a number, which make it one in years: "aged between 40 and 71", «в возрасте от 40 до 71 года». */
const AGE_NEAR: ReadonlySet<string> = new Set(['age', 'aged', 'ages', 'alter', 'alters', 'возрасте', 'возраст', 'возраста']);

/** A length in years as an English adjective: "an eight-year contract", "a 30-year career"; with "-old" after it, an age. */
const YEARS_LONG = /-year$/iu;
const OLD_AFTER = /^[-\s]+old\b/iu;

/**
 * A share in words the source writes with the same numbers, side by side: "seven in ten fires" for «Семь из десяти
 * возгораний», which is a count of a whole there, as nothing rounds it.
 */
function shareWrittenAsStated(evidence: Evidence, mention: NumberMention): boolean {
  const [part, whole] = mention.writtenWith ?? [];
  if (part === undefined || whole === undefined) return false;
  return evidence.numberPairs.some(([first, second]) => first.values.includes(part) && second.values.includes(whole));
}

/** Metres in a mile. */
const METRES_IN_MILE = 1609.344;

/**
 * The text's distance is the source's in the other of miles and metres, to the
 * text's last digit ("119 km" for 74 miles, 119.1 km; "about 5 miles" for 8 km).
 */
function milesConvert(evidence: Evidence, mention: NumberMention, measure: NonNullable<NumberMention['measure']>): boolean {
  const [written] = mention.values;
  if (written === undefined || (measure.base !== 'metre' && measure.base !== 'mile')) return false;
  const [other, factor] = measure.base === 'metre' ? (['mile', METRES_IN_MILE] as const) : (['metre', 1 / METRES_IN_MILE] as const);
  // The text's own unit per base unit: "119 km" is 1000 metres a unit.
  const unit = (measure.amounts[0] ?? written) / written;
  return evidence.quantities.some((quantity) => {
    if (quantity.base !== other) return false;
    const converted = (quantity.amount * factor) / unit;
    return mention.approximately ? roundsTo(converted, written, mention.approximately) || Math.round(converted) === written : roundValue(converted) === written || Math.round(converted) === written;
  });
}
/** How far from a full hour a time the text rounds to it may be: "just before 11pm" is 10.30pm to 11pm. */
const HALF_AN_HOUR = 30;

/** A time of day, in minutes, rounds to the full hour `hour` (in minutes too) on the side the text says. */
function roundsToHour(time: number, hour: number, side: Approximation): boolean {
  const off = time - hour;
  if (side === 'below') return off < 0 && off >= -HALF_AN_HOUR;
  if (side === 'above') return off > 0 && off <= HALF_AN_HOUR;
  return Math.abs(off) <= HALF_AN_HOUR;
}

/** Below this, a whole number with no unit is a count ("matched five main numbers"), not an amount whose currency the passage wrote once («1,2 млрд»). */
const SMALLEST_BARE_AMOUNT = 1_000;

function isSmallCount(value: number): boolean {
  return Number.isInteger(value) && value < SMALLEST_BARE_AMOUNT;
}

/** A word written with a capital: "May" is a month, "may" a verb. */
const CAPITALISED_WORD = /^\p{Lu}/u;

/** The text's number and one of the source's share a value, and the unit and quantity the text writes ("a week" is no "a day"). */
function sharesNumber(mention: NumberMention, stated: NumberInSequence): boolean {
  const { measure } = mention;
  if (measure) return stated.measure?.base === measure.base && measure.amounts.some((amount) => stated.measure?.amounts.includes(amount));
  return mention.values.some((value) => stated.values.includes(value)) && (mention.unit === undefined || stated.unit === mention.unit);
}

/** Between the ends of a change written in time order: "von 2,17 auf 2,21", "from 3.9 to 4.6 per cent", «с 42 до 46». */
const TIME_ORDER_JOINER = /^\s+(?:auf|to|до|bis)\s+$/iu;

/** Before the earlier value of a pair written first, which the source writes later value first: "statt früher 29 … nun 38", "instead of 12". */
const REPLACED_BEFORE = /(?:^|[^\p{L}])(?:statt|anstatt|instead of|вместо)(?:\s+(?:früher|bisher|zuvor|previously|прежних|прежде))?\s+$/iu;
/** Characters before a pair's first number looked at for REPLACED_BEFORE. */
const REPLACED_REACH = 24;

/**
 * In one language, the number stands next to another of the text, in one
 * sentence, and the source writes the two side by side in the same order:
 * "at 47% compared with 78% a year ago" for "stood at 47 per cent last week,
 * against 78 per cent a year earlier". The words around the second of two
 * figures compared are often the first's ("compared with", "against"); the
 * pair, in order, says which number it is. A change in time order ("von 2,17
 * auf 2,21") or a replaced value first ("statt früher 29 … nun 38") is the
 * source's pair the other way round.
 */
function pairedWithStatedNumber(evidence: Evidence, text: string, mentions: readonly NumberMention[], index: number): boolean {
  const mention = mentions[index];
  if (!mention) return false;
  for (const [first, second] of [
    [mentions[index - 1], mention],
    [mention, mentions[index + 1]],
  ] as const) {
    if (!first || !second || !isNumberPair(text, first, second)) continue;
    if (evidence.numberPairs.some(([stated, next]) => sharesNumber(first, stated) && sharesNumber(second, next))) return true;
    // "von 2,17 auf 2,21" for "bei 2,21 nach 2,17": a change from the first to the second, which the source writes later value first.
    const inTimeOrder = TIME_ORDER_JOINER.test(text.slice(first.end, second.start));
    if (inTimeOrder && evidence.timeOrderPairs.some(([stated, next]) => sharesNumber(first, stated) && sharesNumber(second, next))) return true;
    const replaced = REPLACED_BEFORE.test(text.slice(Math.max(0, first.start - REPLACED_REACH), first.start));
    if (replaced && evidence.numberPairs.some(([stated, next]) => sharesNumber(second, stated) && sharesNumber(first, next))) return true;
  }
  return false;
}

/** A figure the source states is the text's number, as written or rounded on the side the text says: 29,850 is "almost 30,000". */
function isStatedAs(mention: NumberMention, stated: number): boolean {
  return mention.values.some((value) => stated === value || (mention.approximately !== undefined && roundsTo(stated, value, mention.approximately)));
}

/**
 * The text's range runs from a lower end the source also starts a range at, but
 * to an upper end none of the source's ranges from there has: "from 10 a.m. to
 * 6 p.m." against «с 10 до 17 часов». Across languages a number has no words
 * around it to compare, so "6 p.m." would be matched by «до 18 часов» said of
 * something else; a range's own lower end says which number it is.
 */
function contradictsSourceRange(evidence: Evidence, mention: NumberMention, upper: NumberMention | undefined, before: string): boolean {
  // "from 21,300 to almost 30,000" for "from 21,300 to 29,850": an end the text rounds is the source's.
  const ends = (mention.rangeFrom ?? []).flatMap((from) => [...(evidence.rangeEnds.get(from) ?? [])]);
  if (ends.length > 0 && !ends.some((end) => isStatedAs(mention, end))) return true;
  // The lower end of the text's range, where the source's ranges to the same upper end start elsewhere: "from 9 to 15
  // February" for «с 7 по 15 февраля». Not a change by an amount to an end: "rise by £80 to £560" is no range from £80.
  if (!upper?.rangeFrom?.some((from) => mention.values.includes(from)) || CHANGE_BY_BEFORE.test(before)) return false;
  const starts = upper.values.flatMap((value) => [...(evidence.rangeStarts.get(value) ?? [])]);
  return starts.length > 0 && !starts.some((start) => isStatedAs(mention, start));
}

/**
 * The text dates something to a month or season and year the source gives that
 * month or season another year: "im August 2021" against "in August 2020",
 * «осенью 2026 года» against "im Herbst 2027". The year may be
 * stated elsewhere (the article's own date line is), so it is compared with
 * the years the source writes next to the same month.
 */
function contradictsSourceMonthYear(evidence: Evidence, mention: NumberMention, monthNear: () => number | undefined): boolean {
  const [value] = mention.values;
  if (mention.values.length !== 1 || value === undefined || !isYear(value)) return false;
  const month = monthNear();
  const years = month === undefined ? undefined : evidence.monthYears.get(month);
  if (month === undefined || years === undefined || years.includes(value)) return false;
  // A season is named in more ways than a month («Летний туристический сезон 2026 года» is summer 2026): a year the source
  // writes is taken; one only the date line gives is not («осенью 2026 года» against "im Herbst 2027").
  return month < MONTHS_IN_YEAR || !evidence.numbers.has(value);
}

/**
 * The text dates something to a day of a month the source gives as the day of
 * other months only: «по 20 августа» against «по 20 июля». The number is
 * stated, so the words around it match; the month it goes with is not. A day
 * the source writes with no month («с 5 по 20 июля») says nothing against it;
 * a count of something does, where the source dates days of that month.
 */
function contradictsSourceMonthDay(evidence: Evidence, mention: NumberMention, monthNear: () => number | undefined): boolean {
  const [value] = mention.values;
  // A day of a month is written in digits: in "am 14. Juli elf Männer" the eleven are men.
  if (mention.values.length !== 1 || value === undefined || mention.unit !== undefined || mention.measure !== undefined || !isDayOfMonth(value) || !DIGITS_FIRST.test(mention.text)) return false;
  const stated = evidence.numbers.get(value) ?? [];
  const months = stated.flatMap((number) => (number.dayOfMonth === undefined ? [] : [number.dayOfMonth]));
  const month = monthNear();
  if (month === undefined || months.includes(month) || (evidence.date?.day === value && evidence.date.month === month)) return false;
  // «с 1 по 20 августа»: a day the source writes bare, before a day of a month, may be of any month.
  // Only one with a month or a word of a range of dates around it: "Nine were taken to hospital" dates no day of May. Nor
  // does a time of day, whatever its words: "zwischen 11 und 19 Uhr" is no 19 July.
  const bareDay = (number: StatedNumber) =>
    number.dayOfMonth === undefined &&
    number.counts === undefined &&
    number.ofTimeOfDay !== true &&
    number.unit === undefined &&
    number.measure === undefined &&
    number.context.some((word) => DATE_RANGE_WORDS.has(word) || calendarKeyOf(word, true)?.startsWith('month:') === true);
  if (months.length > 0) return !stated.some(bareDay);
  // "am Samstag, dem 14. März" against «7 марта … 14 побед»: where the source dates days of that month, a number it writes
  // only as a count of something («14 побед») or with a unit dates nothing.
  return stated.length > 0 && !stated.some(bareDay) && datesDayOf(evidence, month);
}

/** Words around a day the source writes bare in a range of dates: "vom 21. auf den 25. April", «с 1 по 20 августа». */
const DATE_RANGE_WORDS: ReadonlySet<string> = new Set(['vom', 'zwischen', 'between', 'from', 'с', 'по']);

/** The source dates some day of the month (0 is January): «7 марта». */
function datesDayOf(evidence: Evidence, month: number): boolean {
  for (const numbers of evidence.numbers.values()) if (numbers.some((number) => number.dayOfMonth === month)) return true;
  return false;
}

function codeIsStated(evidence: Evidence, code: CodeMention, crossLanguage: boolean): boolean {
  if (evidence.positions.has(code.folded)) return true;
  // "CO₂" is "CO2" with its digit written low.
  const plain = code.folded.normalize('NFKC');
  if (plain !== code.folded && evidence.positions.has(plain)) return true;
  // "9.400 Tonnen CO2" for "9.400 Tonnen Kohlendioxid", "CO₂-Ausstoß" for "carbon emissions": a formula by its name.
  if ((FORMULA_NAMES.get(plain) ?? []).some((name) => (evidence.wordsByStart.get(name.slice(0, 3)) ?? []).some((word) => word.startsWith(name)))) return true;
  return crossLanguage && evidence.numbers.has(code.digits);
}

/**
 * The substances news names by their formula, and the beginnings of the words it names them by in English, German and
 * Russian, folded: "CO2" is carbon dioxide, "Kohlendioxid", «углекислый газ».
 */
const FORMULA_NAMES: ReadonlyMap<string, readonly string[]> = new Map([
  ['co2', ['carbon', 'kohlendioxid', 'kohlenstoffdioxid', 'углекисл', 'co₂']],
  ['h2', ['hydrogen', 'wasserstoff', 'водород']],
  ['ch4', ['methan', 'метан']],
  ['no2', ['nitrogen', 'stickstoffdioxid', 'stickoxid', 'диоксид']],
]);

/** The folded words occur in this order, one after another, in the source. */
function occursInOrder(evidence: Evidence, words: readonly string[]): boolean {
  const [first, ...rest] = words;
  if (first === undefined) return true;
  const starts = evidence.positions.get(first) ?? [];
  return starts.some((start) => rest.every((word, offset) => evidence.words[start + 1 + offset] === word));
}

/**
 * The folded words occur in this order, one after another, in the source, each
 * in some form of its own: Russian declines the words it quotes into the case
 * its sentence needs («назвал линию „новой транспортной осью“» for «это новая
 * транспортная ось»).
 */
function occursInOrderInAnyForm(evidence: Evidence, words: readonly string[]): boolean {
  const [first, ...rest] = words;
  if (first === undefined) return true;
  const sameWord = (source: string, word: string) => sameWordForm(source, word) || sameDeclinedName(source, word);
  return (evidence.wordsByStart.get(first.slice(0, 3)) ?? []).some(
    (form) =>
      sameWord(form, first) && (evidence.positions.get(form) ?? []).some((start) => rest.every((word, offset) => sameWord(evidence.words[start + 1 + offset] ?? '', word))),
  );
}
const CYRILLIC = /\p{Script=Cyrillic}/u;
const GERMAN = 'de';
const NO_INDEXES: ReadonlySet<number> = new Set();

function quoteIsStated(evidence: Evidence, quote: string): boolean {
  // Russian and German decline the words a sentence quotes into its case: «назвал „новой транспортной осью“», "sprach von einem „gemischten Bild“".
  const inOrder = CYRILLIC.test(quote) || evidence.language === GERMAN ? occursInOrderInAnyForm : occursInOrder;
  return quoteFragments(quote).every((fragment) => inOrder(evidence, foldedTokensOf(fragment).map((token) => token.folded))) || quotedTitleIsStated(evidence, quote);
}

/**
 * A title in quotation marks the source quotes in another case: «исполнил
 * „Енуфу“» for «премьеру оперы „Енуфа“». Word for word, each in a form of the
 * source's word; a title is a name, and a name declines.
 */
function quotedTitleIsStated(evidence: Evidence, quote: string): boolean {
  const words = foldedTokensOf(quote).map((token) => token.folded);
  return evidence.quotedTitles.some((title) => title.length === words.length && title.every((word, index) => sameWordForm(word, words[index] ?? '') || sameDeclinedName(word, words[index] ?? '')));
}

/**
 * The source writes the word in this or another form of it: "Казани" for
 * "Казань", «Ирины» for «Ирина», «Умка» for «Умку». Another form must be a
 * word the source capitalises: a common word with letters added is another
 * word ("Walker" and "walk", "Wolfsburg" and "wolf"), a name with an ending is
 * the same name.
 */
function wordIsStated(evidence: Evidence, folded: string, sameForm: (one: string, other: string) => boolean = sameWordForm): boolean {
  if (evidence.positions.has(folded)) return true;
  return (evidence.wordsByStart.get(folded.slice(0, 3)) ?? []).some((word) => evidence.capitalised.has(word) && (sameForm(word, folded) || sameDeclinedName(word, folded)));
}

/** Consonants a skeleton has at least for one consonant more or less to be the same name (see longSkeletonIsStated). */
const LONG_SKELETON = 6;

/**
 * "St Petersburg" ("ptrsbrg") for «Петербург» ("ptrbrg"): a long name one
 * language spells with a consonant the other drops. Only a consonant more or
 * less, not another one: "Rothenberg" ("rtnbrg") is not "Rosenberg" ("rsnbrg").
 */
function longSkeletonIsStated(evidence: Evidence, skeletons: readonly string[]): boolean {
  const long = skeletons.filter((skeleton) => skeleton.length >= LONG_SKELETON - 1);
  if (long.length === 0) return false;
  for (const stated of evidence.skeletons) {
    if (stated.length < LONG_SKELETON - 1) continue;
    if (long.some((skeleton) => Math.abs(skeleton.length - stated.length) === 1 && Math.max(skeleton.length, stated.length) >= LONG_SKELETON && oneEditApart(skeleton, stated))) return true;
  }
  return false;
}

/** «Путиным» ~ "Putin", "Shoigu" ~ «Шойгу»: equal skeletons, or one a declined form of the other. */
function skeletonIsStated(evidence: Evidence, folded: string): boolean {
  const skeletons = consonantSkeletons(folded);
  // One or no consonant ("Ио", "Oe") would match far too much.
  if (skeletons.every((skeleton) => skeleton.length < 2)) return false;
  if (skeletons.some((skeleton) => skeleton.length >= 2 && (evidence.skeletons.has(skeleton) || evidence.skeletonStems.has(skeleton)))) return true;
  if (longSkeletonIsStated(evidence, skeletons)) return true;
  // Less its case ending, not less any last consonant: "Krause" ("krs") is no form of "Kurier" ("kr").
  return inflectionStems(folded).some((stem) =>
    consonantSkeletons(stem).some((stemSkeleton) => stemSkeleton.length >= 2 && !skeletons.includes(stemSkeleton) && evidence.skeletons.has(stemSkeleton)),
  );
}

/**
 * "Arctic" for «арктических», "Russian" for «российских»: across languages a name
 * may stand in the source only in an adjective made from it, which Russian and
 * German write in lower case. Its skeleton is the adjective's core, or the core
 * and one more consonant ("Arctic" is "rktk", «аркт-» "rkt").
 */
function adjectiveCoreIsStated(evidence: Evidence, folded: string): boolean {
  const skeleton = consonantSkeleton(folded);
  if (skeleton.length >= 2 && evidence.adjectiveCores.has(skeleton)) return true;
  if (skeleton.length >= 3 && evidence.adjectiveCores.has(skeleton.slice(0, -1))) return true;
  // "Petersburg" for «петербургский»: a long name, as longSkeletonIsStated allows, one consonant more or less than the core.
  if (skeleton.length < LONG_SKELETON - 1) return false;
  for (const core of evidence.adjectiveCores) {
    if (Math.abs(core.length - skeleton.length) === 1 && Math.max(core.length, skeleton.length) >= LONG_SKELETON && oneEditApart(core, skeleton)) return true;
  }
  return false;
}

/** English adjectives of peoples, places and sciences: "Brit|ish", "Georg|ian", "Vietnam|ese", "Limnolog|ical". */
const ENGLISH_ADJECTIVE_SUFFIX = /^(\p{L}{3,}?)(?:ical|ic|ish|ian|ese|an)$/u;
/** Fewer consonants than this, and a stem begins too many adjective cores. */
const ADJECTIVE_STEM_SKELETON = 3;

/**
 * "British" for «британского», "Limnological" for «Лимнологического
 * института»: across languages, an English adjective whose
 * stem ("Brit-", "brt") begins the core of a Russian or German adjective the
 * source writes («британ-», "brtn"). English and Russian make these adjectives
 * with suffixes that differ, around one stem.
 */
function englishAdjectiveIsStated(evidence: Evidence, folded: string): boolean {
  const stem = ENGLISH_ADJECTIVE_SUFFIX.exec(folded)?.[1];
  const skeleton = stem === undefined ? '' : consonantSkeleton(stem);
  if (skeleton.length < ADJECTIVE_STEM_SKELETON) return false;
  for (const core of evidence.adjectiveCores) if (core.startsWith(skeleton)) return true;
  return false;
}

/**
 * «Дублинский марафон» for "the Dublin Marathon": across languages, a
 * capitalised adjective made from a name (see adjectiveCoresOf) whose core is
 * the skeleton of a name the source writes. The reverse of adjectiveCoreIsStated.
 */
function nameOfAdjectiveIsStated(evidence: Evidence, folded: string): boolean {
  return adjectiveCoresOf(folded).some((core) => evidence.skeletons.has(core));
}

/** Fewer letters than this in Latin say too little to look for as the beginning of a word. */
const SHORT_WORD_LETTERS = 3;

/**
 * A word with fewer than two consonants ("Zoo", "Ufa") has too short a skeleton to
 * compare across languages: it is stated when a source word, in Latin letters,
 * begins with it («зоопарк», «Уфа»). A short word is often the head of a longer
 * one in another language. Or it is a short name in another spelling or case,
 * with a capitalised source word's shape (see `shortNameShape`): «Рэя» for "Rae".
 */
function shortWordIsStated(evidence: Evidence, folded: string): boolean {
  // «Рэя» for "Rae": a short name, declined, has the shape of the source's.
  if ([folded, ...caseStems(folded, SHORT_NAME_STEM)].some((form) => evidence.shortNames.has(shortNameShape(form)))) return true;
  const latin = toLatin(folded);
  if (latin.length < SHORT_WORD_LETTERS) return false;
  for (const word of evidence.positions.keys()) if (toLatin(word).startsWith(latin)) return true;
  return false;
}

/**
 * A German noun the source writes in another form of its stem: "Radwegenetz" for
 * "Radwege", "Arbeitsbeginn" for "Arbeiten". German makes new nouns by joining
 * words, which `sameWordForm` does not follow past a case ending.
 */
function germanStemIsStated(evidence: Evidence, folded: string): boolean {
  if (folded.length <= STEM_LETTERS) return false;
  const stem = stemOf(folded);
  return (evidence.wordsByStart.get(folded.slice(0, 3)) ?? []).some((word) => word.length > STEM_LETTERS && stemOf(word) === stem);
}

/** German plural and genitive endings a loan word takes: "des Sprays", "die Tablets", "den Computern". */
const GERMAN_LOAN_ENDING = /^(\p{L}{3,}?)(?:s|es|n|en)$/u;

/**
 * "des Sprays" for "the spray": across languages, a German noun borrowed from
 * the source's language, which German capitalises and declines, is the common
 * word the source writes in lower case (a name the source writes capitalised
 * is matched as a name).
 */
function germanLoanIsStated(evidence: Evidence, folded: string): boolean {
  const stem = GERMAN_LOAN_ENDING.exec(folded)?.[1];
  return stem !== undefined && evidence.positions.has(stem) && !evidence.capitalised.has(stem);
}

/** "Russland", "Russlands": German names a country by a head and "-land", in the genitive with an "-s". */
const GERMAN_LAND = /^(\p{L}{3,}?)lands?$/u;

/**
 * A German country name in "-land" whose head the source writes: "Russland" and
 * "Russlands" for «России» or "Russia". Other languages name the country by
 * the head alone ("Russ-"), so the whole word has no skeleton in common with it.
 */
function germanCountryIsStated(evidence: Evidence, folded: string): boolean {
  const head = GERMAN_LAND.exec(folded)?.[1];
  return head !== undefined && skeletonIsStated(evidence, head);
}

/** stemOf keeps six letters; a shorter word is its own stem and says nothing more. */
const STEM_LETTERS = 5;

/** Longer than this, a word in capitals is a name of its own ("UNESCO", "NATO"), which translation transliterates. */
const SHORT_ACRONYM = 3;

/** The text and its source are in two languages or scripts, so names are matched by their transliterated skeleton. */
function isAcrossScripts(evidence: Evidence, options: CheckOptions, script: Script): boolean {
  return options.crossLanguage || (script !== evidence.script && script !== 'none');
}

/** Letters a compound's first part has at least, and its rest too: "Polar|welt". */
const COMPOUND_PART_LETTERS = 4;

/**
 * "Polarwelt" for «Полярный мир»: across languages, a compound whose first part
 * is stated as the first word of a name the source quotes is that name
 * translated into one word (see Evidence.quotedNames).
 */
function beginsWithQuotedName(evidence: Evidence, folded: string): boolean {
  if (evidence.quotedNames.size === 0) return false;
  for (let length = COMPOUND_PART_LETTERS; length <= folded.length - COMPOUND_PART_LETTERS; length++) {
    if (evidence.quotedNames.has(consonantSkeleton(folded.slice(0, length)))) return true;
  }
  return false;
}

/**
 * "Software Engineering" for «Программная инженерия», "General Medicine" for
 * «Лечебное дело»: across languages, in an English text, a run of common
 * English words only, as many as a name the source quotes has, translates one
 * word by word, and no word of it can be matched. Unlike translatedQuotedNameWords,
 * even the first word is translated, so the count is all there is to go by; a
 * run with a word that is no common word ("Anna Sokolova") is checked as ever.
 */
function translatedQuotedNameRun(evidence: Evidence, text: string, tokens: readonly FoldedToken[], words: readonly NameWord[], notFound: readonly NameWord[]): readonly NameWord[] {
  if (notFound.length !== words.length || !words.every((word) => isCommonEnglishWord(word.folded))) return [];
  const length = words.length + commonCapitalsBefore(text, tokens, words[0]?.start ?? 0);
  if (length < 2) return [];
  for (const quotedLength of evidence.quotedNames.values()) if (quotedLength === length) return words;
  return [];
}

/** "of", "the", "and", "for": the small words inside a translated name ("Union of Cities"). */
const NAME_LINKS = new Set(['of', 'the', 'and', 'for']);

/**
 * The capitalised common English words right before `start`, across the small
 * words of a name (NAME_LINKS), that a name run leaves out: the sentence's
 * opening word ("Union of Cities kept …") and a possessive ("People's
 * Alternative"). They are words of the translated name all the same.
 */
function commonCapitalsBefore(text: string, tokens: readonly FoldedToken[], start: number): number {
  let count = 0;
  let boundary = start;
  for (let index = tokens.findLastIndex((token) => token.end <= start); index >= 0; index--) {
    const token = tokens[index];
    if (!token || !SPACES_ONLY.test(text.slice(token.end, boundary))) break;
    boundary = token.start;
    if (NAME_LINKS.has(token.folded)) continue;
    if (!CAPITALISED_WORD.test(token.text) || !isCommonEnglishWord(withoutPossessive(token.folded))) break;
    count++;
  }
  return count;
}

/**
 * "Polar World" for «Полярный мир»: across languages, the words of a run that
 * follow a word stated as the first word of a name the source quotes, as many
 * as that name has after its first, are its translation; the source writes
 * them in lower case, and translated they cannot be matched. Words before it,
 * and any past the name's length ("Polar World Kingdom"), are still checked.
 */
function translatedQuotedNameWords(evidence: Evidence, words: readonly NameWord[], notFound: readonly NameWord[]): Set<NameWord> {
  const translated = new Set<NameWord>();
  if (evidence.quotedNames.size === 0) return translated;
  words.forEach((word, index) => {
    if (notFound.includes(word)) return;
    const length = evidence.quotedNames.get(consonantSkeleton(word.folded)) ?? 0;
    for (const next of words.slice(index + 1, index + length)) translated.add(next);
  });
  return translated;
}

/** More words than this in quotation marks are a quotation, not a title. */
const TITLE_WORDS = 6;

/**
 * "House on the Hill" for «Дом на холме»: across languages, in an English text,
 * the common English words of a title it puts in quotation marks, when the
 * source quotes titles of its own. A title is translated, not transliterated,
 * and English capitalises its words where Russian does not; quotations are
 * checked only in the source's language. Names in the title ("Steppe Wind" by
 * Aigerim Bekmukhambetova) and the words around it are checked as ever.
 */
function translatedTitleWords(evidence: Evidence, text: string, words: readonly NameWord[]): Set<NameWord> {
  const translated = new Set<NameWord>();
  if (evidence.quotedTitles.length === 0) return translated;
  for (const quote of findQuotes(text)) {
    if (quote.text.split(/\s+/u).length > TITLE_WORDS) continue;
    for (const word of words) if (word.start >= quote.start && word.end <= quote.end && isCommonEnglishWord(word.folded)) translated.add(word);
  }
  return translated;
}

/**
 * "300 Mbit/s", "50 GB/Monat", "120 Km/h": a unit of a rate after a number,
 * written with a capital, is no name.
 */
function isRateUnit(text: string, word: NameWord): boolean {
  return /\d[\s\u00a0]*$/u.test(text.slice(Math.max(0, word.start - 3), word.start)) && /^\/\p{L}/u.test(text.slice(word.end, word.end + 2));
}

/**
 * "Game 7", "Stage 3", "Round 2": a common English word right before the
 * number it labels is capitalised as part of the label, not as a name. The
 * number is checked as a number.
 */
function labelsNumber(text: string, word: NameWord): boolean {
  return /^[\s\u00a0]\d/u.test(text.slice(word.end, word.end + 2)) && isCommonEnglishWord(word.folded);
}

/** "Dutch" for «нидерландский» or "Niederlande": a nationality adjective by its language's code, or the country it is spoken in. */
function nationalityIsStated(evidence: Evidence, folded: string): boolean {
  return languageCodesOf(folded).some((code) => evidence.languages.has(code) || evidence.countries.has(regionOfLanguage(code) ?? ''));
}

/**
 * "Krasny Kut" for «Краснокутском районе»: across scripts, two words of a run
 * that the source writes as one, in a name or in an adjective made from it
 * (Russian joins a two-word place into one adjective). Both must be unmatched
 * alone, and their joined skeleton the source's.
 */
function joinedNameWords(evidence: Evidence, words: readonly NameWord[], unmatched: readonly NameWord[]): NameWord[] {
  const joined: NameWord[] = [];
  words.forEach((word, index) => {
    const next = words[index + 1];
    if (!next || !unmatched.includes(word) || !unmatched.includes(next)) return;
    const folded = word.folded + next.folded;
    if (skeletonIsStated(evidence, folded) || adjectiveCoreIsStated(evidence, folded)) joined.push(word, next);
  });
  return joined;
}

/**
 * The word names a country the source names, or is its people's adjective:
 * "Germany" for «Германия», «Канадского центра» for "the Canadian Centre".
 */
function countryIsStated(evidence: Evidence, folded: string): boolean {
  return [...countryCodesOf(folded), ...demonymCountryCodesOf(folded)].some((code) => evidence.countries.has(code));
}

/**
 * The words of a place's name of several words whose place the source names,
 * in any language: "Neuseeland" for "New Zealand", "New Zealand" for «Новой
 * Зеландии», «Боденское озеро» for "Bodensee" (its second word in lower case,
 * out of the run), "The Hague" for «Гаага». Its words alone are no names
 * ("Zealand", "New"). `tokens` are the text's.
 */
function statedPlacePhraseWords(evidence: Evidence, tokens: readonly FoldedToken[], words: readonly NameWord[]): Set<NameWord> {
  const stated = new Set<NameWord>();
  const folded = tokens.map((token) => token.folded);
  for (const word of words) {
    const at = tokens.findIndex((token) => token.start === word.start);
    // The phrase may open with a word the run leaves out: "The Hague".
    for (const from of [at, at - 1]) {
      if (from < 0 || stated.has(word)) continue;
      for (const { code, length } of countryPhrasesAt(folded, from)) {
        const end = tokens[from + length - 1]?.end ?? 0;
        if (evidence.countries.has(code) && word.start < end) for (const inside of words) if (inside.start >= (tokens[from]?.start ?? 0) && inside.end <= end) stated.add(inside);
      }
    }
  }
  return stated;
}

function nameWordIsStated(evidence: Evidence, word: NameWord, options: CheckOptions, script: Script, language: string | undefined): boolean {
  // "Sun" is Sunday's abbreviation and the Sun («Солнце», see TRANSLATED_NAMES).
  if (word.calendar !== undefined) return evidence.calendar.has(word.calendar) || countryIsStated(evidence, word.folded);
  // In the source's language a name is spelt as the source spells it, save its endings (see sameNameForm).
  if (wordIsStated(evidence, word.folded, options.crossLanguage ? sameWordForm : sameNameForm)) return true;
  if (language === 'de' && !options.crossLanguage && !word.acronym && germanStemIsStated(evidence, word.folded)) return true;
  // "Fernzüge" of "Fern- und Regionalzüge".
  if (language === 'de' && [word.folded, ...inflectionStems(word.folded)].some((form) => evidence.cutCompounds.has(form))) return true;
  if (language === 'de' && options.crossLanguage && germanLoanIsStated(evidence, word.folded)) return true;
  // "US" for "U.S.", "UN" for "United Nations".
  if (word.acronym && (evidence.abbreviations.written.has(word.folded) || evidence.abbreviations.initials.has(word.folded))) return true;
  // "LKA" for "Landeskriminalamt": German acronyms are made of compounds' parts.
  if (word.acronym && evidence.language === GERMAN && isGermanAcronymOf(evidence, word.folded)) return true;
  // «СДПГ» for "SPD", "IWF" for "IMF": an acronym translation replaces, listed by the body it names.
  if (word.acronym && translatedAcronymsOf(word.folded).some((acronym) => evidence.abbreviations.written.has(acronym))) return true;
  // "The Westerwald district" for "des Westerwaldkreises".
  if (evidence.language === GERMAN && beginsGermanCompound(evidence, word.folded)) return true;
  if (!isAcrossScripts(evidence, options, script)) {
    // «из Армении» for «армянский борец»: a country is stated by its people's adjective (see Evidence.countries) in any language.
    return isCompoundOf(evidence, word.folded) || countryIsStated(evidence, word.folded);
  }
  // "EU" is «ЕС», "UN" «ООН», "US" «США»: a short acronym is translated, not transliterated, so it cannot be checked across languages.
  if (word.acronym && word.folded.length <= SHORT_ACRONYM) return true;
  // «турбины производства Vestas» of a German article: a word in the source's own letters is the source's as written, or none of its.
  const inSourceLetters = script !== evidence.script && dominantScript(word.folded) === evidence.script;
  if (!inSourceLetters && (skeletonIsStated(evidence, word.folded) || (word.withCarons !== undefined && skeletonIsStated(evidence, word.withCarons)) || adjectiveCoreIsStated(evidence, word.folded) || nameOfAdjectiveIsStated(evidence, word.folded) || translatedCompoundIsStated(evidence, word.folded))) return true;
  if (language === 'en' && englishAdjectiveIsStated(evidence, word.folded)) return true;
  // "Deutschland" for «Германия», "Austria" for "Österreich": a country's names in two languages need not sound alike.
  if (countryIsStated(evidence, word.folded)) return true;
  if (nationalityIsStated(evidence, word.folded)) return true;
  if (language === 'de' && germanCountryIsStated(evidence, word.folded)) return true;
  if (beginsWithQuotedName(evidence, word.folded)) return true;
  // «Эскмут-Би» for "Eskmouth B": Russian spells a Latin letter of a name by its English name.
  const letter = LETTERS_BY_RUSSIAN_NAME.get(word.folded);
  if (letter !== undefined && evidence.capitalised.has(letter)) return true;
  return consonantSkeleton(word.folded).length < 2 && shortWordIsStated(evidence, word.folded);
}

/** Latin letters by the Russian spelling of their English names, folded: «би» is B, «си» C («Хинкли-Пойнт-Си»). */
const LETTERS_BY_RUSSIAN_NAME: ReadonlyMap<string, string> = new Map(
  Object.entries({ a: 'эи', b: 'би', c: 'си', d: 'ди', f: 'эф', g: 'джи', h: 'эич', j: 'джеи', k: 'кеи', l: 'эл', m: 'эм', n: 'эн', p: 'пи', q: 'кью', r: 'ар', s: 'эс', t: 'ти', v: 'ви', x: 'экс', y: 'уаи', z: 'зед' }).map(([letter, name]) => [name, letter]),
);

/** How many first letters of a German noun a source word must begin with to state it: enough for a stem, short of most compounds' joints. */
const GERMAN_PREFIX_LETTERS = 5;

/** Letters a German compound's head has at least to state a noun: "Gebühr"; not "Amt", which ends too many words. */
const GERMAN_HEAD_LETTERS = 5;

/** A German source compound ends with the noun, its head: "Gebühr" by "Kündigungsgebühr", "Wahl" no (too short). */
function germanHeadIsStated(evidence: Evidence, folded: string): boolean {
  if (folded.length < GERMAN_HEAD_LETTERS) return false;
  for (const word of evidence.positions.keys()) if (word.length > folded.length && word.endsWith(folded)) return true;
  return false;
}

/** A letter, a hyphen and a capital: the joint of a German compound written with a hyphen ("Hansebrot-Gruppe"). */
const HYPHEN_JOINT = /\p{L}-$/u;

/**
 * The word after a hyphen in a German text is a common noun the source states
 * ("Gruppe" of "Hansebrot-Gruppe" for "Bäckereigruppe Hansebrot"): German
 * joins a name to its noun, and the noun is checked as a noun (see
 * germanPrefixIsStated, germanHeadIsStated), the name on its own.
 */
function headsHyphenatedCompound(evidence: Evidence, text: string, word: NameWord): boolean {
  return HYPHEN_JOINT.test(text.slice(Math.max(0, word.start - 2), word.start)) && (germanPrefixIsStated(evidence, word.folded) || germanHeadIsStated(evidence, word.folded));
}

/** Letters a German compound has past the name it begins with, at least: "kreis" of "Westerwaldkreis". */
const COMPOUND_HEAD_LETTERS = 4;

/**
 * A capitalised word of a German source is a compound the name begins:
 * "Westerwald" by "Westerwaldkreises", "Bodensee" by "Bodenseekreis". German
 * joins a place to the noun it names; a translation writes them apart.
 */
function beginsGermanCompound(evidence: Evidence, folded: string): boolean {
  if (folded.length < GERMAN_PREFIX_LETTERS) return false;
  return (evidence.wordsByStart.get(folded.slice(0, 3)) ?? []).some((word) => evidence.capitalised.has(word) && word.length >= folded.length + COMPOUND_HEAD_LETTERS && word.startsWith(folded));
}

/** A source word, in any case, begins with the word's first five letters: "Hochwasser" by "Hochwasserschutz", "Schäden" by "Schadensfälle" (folded, ä is a). */
function germanPrefixIsStated(evidence: Evidence, folded: string): boolean {
  if (folded.length < GERMAN_PREFIX_LETTERS) return false;
  const prefix = folded.slice(0, GERMAN_PREFIX_LETTERS);
  return (evidence.wordsByStart.get(folded.slice(0, 3)) ?? []).some((word) => word.startsWith(prefix));
}

/**
 * German capitalises every noun, so a lone capitalised word of a German text
 * (one word, not in a run of two or more, not an acronym) is a noun first and
 * a name claim only when it looks like one:
 * - in a German summary of an article in another language, when it is shaped
 *   like a foreign name (looksLikeForeignName: "Lawrow", "Doyle", "Minsk"),
 *   stands bare after a preposition of place with a place name's ending
 *   (NameMention.place: "in Samara"), or is a country's name ("Kanadas",
 *   "Südkorea"; see countryCodesOf); a common English word is a loan noun
 *   ("Hockey", "Party"), whatever its shape; any other lone word passes, a German
 *   noun the source cannot write ("Geld", "Hilfe", "Familie") or a
 *   German-looking name it lacks ("traf Merz"): without a dictionary the two
 *   cannot be told apart, and names are checked precision first. A word one
 *   letter of skeleton from a source name is no evidence either way: German
 *   has too many short nouns for that ("Geld" and "Gould", "Meer" and "Mayer");
 * - in a German summary of a German article, unless a source word in any case
 *   begins with its first five letters ("Hochwasser" / "Hochwasserschutz",
 *   "beschädigte Häuser" / "Häuser"), or the source writes both its parts
 *   ("Lärmbeschwerden" / "Beschwerden über den Lärm"; see
 *   germanCompoundPartsAreStated) and it is no place after a preposition of
 *   place (`notAPlace`): "in Langenburg" is no long castle.
 * Returns the words that are no claim: the lone word, or every part of a
 * compound joined by hyphens. Weekdays and months are checked as ever ("Ende
 * September": "Ende" is the lone word). Runs ("Wladimir Putin", "Rathaus
 * Schöneberg") are checked word by word.
 */
function germanNounsNotClaimed(evidence: Evidence, name: NameMention, options: CheckOptions, notAPlace: boolean): NameWord[] {
  const word = name.words.filter((candidate) => candidate.calendar === undefined).at(-1);
  if (!name.lone || !word || word.acronym) return [];
  // "Hockey", "Party", "Lobby": English loans, German nouns whose "y" is not a foreign name's.
  // A compound joined by hyphens is a name when a part is shaped like one by its spelling: "Swerdlow-Straße", "Leninski-Prospekt".
  const foreignPart = name.compound === true && name.words.some((part) => part !== word && spelledLikeForeignName(part.folded) && !isCommonEnglishWord(part.folded));
  const foreignName = foreignPart || (looksLikeForeignName(word.folded) && !isCommonEnglishWord(word.folded));
  const claim = options.crossLanguage
    ? foreignName || name.place === true || countryCodesOf(word.folded).length > 0
    : !germanPrefixIsStated(evidence, word.folded) && !germanHeadIsStated(evidence, word.folded) && !(notAPlace && germanCompoundPartsAreStated(evidence, word.folded));
  if (claim) return [];
  return name.compound ? name.words.filter((part) => part.calendar === undefined) : [word];
}

/**
 * The source writes the place a German adjective of it names ("kassel" of "Kasseler"): the place itself, or a
 * capitalised form of it other than `except`. The adjective may drop a vowel of its place: "Zürcher" of "Zürich",
 * "Münchner" of "München".
 */
function placeOfAdjectiveIsStated(evidence: Evidence, place: string, except?: string): boolean {
  if (evidence.positions.has(place)) return true;
  return (evidence.wordsByStart.get(place.slice(0, 3)) ?? []).some(
    (word) => word !== except && evidence.capitalised.has(word) && (sameWordForm(word, place) || sameDeclinedName(word, place) || oneEditApart(word, place)),
  );
}

/**
 * "den Kölner Anwalt", "vom Münchner Anbieter": in a German text in the source's language, an adjective of a place
 * after an article and before a noun, which German capitalises and no name run holds (the article makes the two a
 * common noun's phrase). Its place, or the adjective itself, must be the source's: "Kölner" is not "Düsseldorfer".
 */
function unstatedPlaceAdjectives(evidence: Evidence, text: string, tokens: readonly FoldedToken[]): Array<Claim & { at: number }> {
  const claims: Array<Claim & { at: number }> = [];
  tokens.forEach((token, index) => {
    const next = tokens[index + 1];
    const before = tokens[index - 1];
    if (!next || !before || !GERMAN_PLACE_ADJECTIVE.test(token.text) || !CAPITALISED_WORD.test(next.text) || !SPACES_ONLY.test(text.slice(token.end, next.start))) return;
    // After an article ("den Kölner Anwalt"): a noun of a role before a name takes none ("sagt Bürgermeister Keller").
    if (!isGermanDeterminer(before.folded) || !SPACES_ONLY.test(text.slice(before.end, token.start))) return;
    const folded = token.folded;
    const place = folded.slice(0, -'er'.length);
    const stated =
      wordIsStated(evidence, folded) ||
      placeOfAdjectiveIsStated(evidence, place) ||
      endsWithStatedWord(evidence, folded) ||
      germanStemIsStated(evidence, folded) ||
      germanHeadIsStated(evidence, folded) ||
      germanPrefixIsStated(evidence, folded);
    if (!stated) claims.push({ kind: 'name', text: token.text, at: token.start });
  });
  return claims;
}

/** Letters at least of a head that makes a German word a compound the source states the head of: "Liter" of "Viertelliter". */
const STATED_HEAD_LETTERS = 5;

/** A German compound whose head the source writes on its own: "Viertelliter" by "Liter", a noun, not an adjective of a place. */
function endsWithStatedWord(evidence: Evidence, folded: string): boolean {
  for (let start = 1; folded.length - start >= STATED_HEAD_LETTERS; start++) if (evidence.positions.has(folded.slice(start))) return true;
  return false;
}

/** Letters at least of a place a German adjective of it names, when the source writes only the adjective: "Kassel|er", not "Pet|er". */
const PLACE_OF_ADJECTIVE_LETTERS = 5;


/**
 * In German, the word follows an adjective of a place the source names:
 * "Station" in "der neuen Kasaner Station" («в Казани»), "Polizei" in "der
 * Berliner Polizei". The adjective carries the name; the noun after it is a
 * common noun, capitalised as German nouns are. When the source does not name
 * the place, the noun stays a claim where the run keeps both words ("Samaraer
 * Station" opening a clause); after an article across languages the adjective
 * is read as a noun and the lone noun passes (see germanNounsNotClaimed).
 */
function followsStatedPlaceAdjective(evidence: Evidence, text: string, tokens: readonly FoldedToken[], word: NameWord, acrossScripts: boolean): boolean {
  const before = tokens.findLast((token) => token.end <= word.start);
  if (!before || !GERMAN_PLACE_ADJECTIVE.test(before.text) || !SPACES_ONLY.test(text.slice(before.end, word.start))) return false;
  // "auf dem Kasseler Königsplatz": a noun that names a square or a street is a name after the adjective too (see namesGermanPlace).
  if (namesGermanPlace(word.folded) && !germanNounIsStated(evidence, word.folded) && !germanStemIsStated(evidence, word.folded)) return false;
  const place = before.folded.slice(0, -'er'.length);
  // The adjective's own word in the source states a place only with a place's length left of it: "Peter Hollmann",
  // "Werner Pfeiffer" and "Zweckverband Wasser Beeskow" follow no place, though "Peter", "Werner" and "Wasser" end as
  // "Kasseler" does and the source writes them.
  const placeIsStated = placeOfAdjectiveIsStated(evidence, place, place.length >= PLACE_OF_ADJECTIVE_LETTERS ? undefined : before.folded);
  // "der Kalugaer Firma" for «калужская компания»: across scripts the place may stand only in an adjective of its own.
  return placeIsStated || (acrossScripts && (skeletonIsStated(evidence, place) || adjectiveCoreIsStated(evidence, place)));
}

/**
 * Across languages, the words of a run that pass because another word of the
 * run is stated: the run is then a name the source has, partly translated or
 * transliterated, and the rest is no evidence of a name it lacks.
 * - Across scripts, the word right before a stated last word when it is a
 *   spelling variant of a source word (see spellingVariantIsStated): a first
 *   name before a stated surname ("Hiroshi Matsuda" for «Хироси Мацуда»,
 *   «Кэндзи Аракава» for "Kenji Arakawa"), which romanisations spell too
 *   differently to compare exactly. «Ирина Соколова» for "Svetlana Sokolova"
 *   is still caught; within one script a first name is compared as written
 *   ("Peter Doyle" for "Ruth Doyle" is caught).
 * - A word shaped like a common noun of the summary's language (see
 *   looksLikeEnglishCommonNoun) or written in lower case elsewhere in the
 *   summary (`commonWords`): "Augsburg University Hospital" for
 *   "Universitätsklinikum Augsburg", "City Duma" for «городская дума».
 * - A common word of the summary's language after a stated word that ends a
 *   name in the source (Evidence.nameEndSkeletons), which the name does not
 *   go on past: "Volga Stage" for «Волжская сцена», "Siberian International
 *   Marathon", German "nutzte Rawcliffe Bankkarten" (a German noun: any word
 *   not shaped like a foreign name). After a first name ("Peter Hall" for
 *   "Peter Smith") the word is still checked.
 * - In Russian, an adjective right before a stated word: «Западного
 *   Йоркшира» for "West Yorkshire".
 * - Every word up to one that ends a longer name of the source (see
 *   endsStatedCompound): "Lower Saxony" for "Niedersachsen", "Great Britain"
 *   for "Großbritannien"; the words before it translate the compound's head.
 * A run with no stated word is checked word by word as ever.
 */
function anchoredRunWords(evidence: Evidence, words: readonly NameWord[], unmatched: readonly NameWord[], acrossScripts: boolean, language: string | undefined, commonWords: ReadonlySet<string> | undefined): Set<NameWord> {
  const anchored = new Set<NameWord>();
  if (words.length < 2) return anchored;
  const compoundEnd = words.findLastIndex((word) => endsStatedCompound(evidence, word.folded));
  for (const word of words.slice(0, compoundEnd + 1)) if (unmatched.includes(word)) anchored.add(word);
  const stated = (index: number) => {
    const word = words[index];
    return word !== undefined && (!unmatched.includes(word) || index <= compoundEnd);
  };
  if (!words.some((_, index) => stated(index))) return anchored;
  // Common words after a source name's end, one after another: "Siberian International Marathon".
  const afterNameEnd = new Set<NameWord>();
  words.forEach((word, index) => {
    if (!unmatched.includes(word) || anchored.has(word)) return;
    const previous = words[index - 1];
    const follows = previous !== undefined && (afterNameEnd.has(previous) || (stated(index - 1) && (endsSourceName(evidence, previous) || namesStatedCountry(evidence, previous.folded))));
    if (follows && isCommonWordOf(language, word.folded)) {
      anchored.add(word);
      afterNameEnd.add(word);
    } else if (looksLikeEnglishCommonNoun(word.folded) || commonWords?.has(word.folded)) anchored.add(word);
    else if (language === 'ru' && stated(index + 1) && looksLikeRussianAdjective(word.folded)) anchored.add(word);
  });
  const last = words.at(-1);
  const beforeLast = words.at(-2);
  if (acrossScripts && last && beforeLast && !unmatched.includes(last) && unmatched.includes(beforeLast) && spellingVariantIsStated(evidence, beforeLast.folded)) anchored.add(beforeLast);
  return anchored;
}

/** "Czech Republic", "Russian Federation": a country or its adjective ends a name of its own, which common words may go on (see anchoredRunWords). */
function namesStatedCountry(evidence: Evidence, folded: string): boolean {
  return countryIsStated(evidence, folded) || nationalityIsStated(evidence, folded);
}

/**
 * The stated word ends a name in the source (see Evidence.nameEndSkeletons):
 * its skeleton, or its skeleton less a last consonant of an adjective's
 * ending ("Siberian" "sbrn" for «Сибирский», core "sbr").
 */
function endsSourceName(evidence: Evidence, word: NameWord | undefined): boolean {
  return (
    word !== undefined &&
    consonantSkeletons(word.folded).some((skeleton) => skeleton.length >= 2 && (evidence.nameEndSkeletons.has(skeleton) || (skeleton.length >= 3 && evidence.nameEndSkeletons.has(skeleton.slice(0, -1)))))
  );
}

/** A common word of the text's language: in English one of the word list's; in German any word not shaped like a foreign name. */
function isCommonWordOf(language: string | undefined, folded: string): boolean {
  if (language === 'en') return isCommonEnglishWord(folded);
  if (language === 'de') return !looksLikeForeignName(folded);
  return false;
}

/** Fewer consonants than this, and the end of a skeleton is the end of too many others. */
const COMPOUND_TAIL_SKELETON = 4;

/**
 * The word's skeleton is the end of a longer skeleton of a source name: "Saxony"
 * ("sksn") of "Niedersachsen" ("ndrsksn"). German joins a name's parts into one
 * word that other languages write as two.
 */
function endsStatedCompound(evidence: Evidence, folded: string): boolean {
  const skeleton = consonantSkeleton(folded);
  if (skeleton.length < COMPOUND_TAIL_SKELETON) return false;
  for (const stated of evidence.skeletons) if (stated.length > skeleton.length && stated.endsWith(skeleton)) return true;
  return false;
}

/** Two skeletons one letter apart: one letter changed, added or dropped. */
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  const shared = commonPrefixLength(a, b);
  const restA = a.slice(shared + (a.length >= b.length ? 1 : 0));
  const restB = b.slice(shared + (b.length >= a.length ? 1 : 0));
  return restA === restB;
}

/** Fewer consonants than this, and a skeleton is the beginning of too many others. */
const VARIANT_SKELETON = 2;

/**
 * A capitalised source word that may be this word in another romanisation:
 * skeletons one letter apart ("Hiroshi" "krS" / «Хироси» "krs") or one the
 * beginning of the other ("Kenji" "kn" / «Кэндзи» "knds"). Too loose to state
 * a name alone; enough for a first name before a stated surname, and it
 * still tells «Ирина» from «Светлана».
 */
function spellingVariantIsStated(evidence: Evidence, folded: string): boolean {
  const skeletons = consonantSkeletons(folded).filter((skeleton) => skeleton.length >= VARIANT_SKELETON);
  for (const stated of evidence.skeletons) {
    if (stated.length < VARIANT_SKELETON) continue;
    if (skeletons.some((skeleton) => oneEditApart(skeleton, stated) || skeleton.startsWith(stated) || stated.startsWith(skeleton))) return true;
  }
  return false;
}

/**
 * `missing` without the word that opens the sentence, unless the word after it is
 * missing too. The opening capital is the sentence's: "Разговор Шойгу", "Глава
 * Пентагона", "Mayor Peter Hall" open with common words, and without a
 * dictionary a common word the source does not use cannot be told from a
 * first name. So the opening word is a claim only together with the name it
 * opens ("Antony Blinken", both missing); a wrong first name before a right
 * surname at the start of a sentence goes unflagged.
 */
function withoutOpeningWordAlone(words: readonly NameWord[], missing: NameWord[]): NameWord[] {
  const [opening, next] = words;
  if (!opening?.opensSentence || missing[0] !== opening || (next !== undefined && missing[1] === next)) return missing;
  return missing.slice(1);
}

/**
 * The words of `missing` left once every run of two or more of them that spells
 * an acronym the source writes, or its translation (see acronym-translations.ts),
 * is taken out: "United States" where the source writes "U.S.", "Unified State
 * Exam" where it writes «ЕГЭ». `missing` is in text order, a subsequence of the name's words.
 */
function withoutSpelledAcronyms(evidence: Evidence, missing: readonly NameWord[]): NameWord[] {
  const left = [...missing];
  for (let from = 0; from < left.length; from++) {
    for (let to = left.length; to >= from + 2; to--) {
      const initials = initialsOf(left.slice(from, to).map((word) => word.folded));
      // "Unified State Exam" for «ЕГЭ», "International Monetary Fund" for «МВФ»: the initials of a translated acronym.
      if (evidence.abbreviations.written.has(initials) || translatedAcronymsOf(initials).some((acronym) => evidence.abbreviations.written.has(acronym))) {
        left.splice(from, to - from);
        from--;
        break;
      }
    }
  }
  return left;
}

/** Fewer letters than this, and an acronym's length and first letter say too little. */
const TRANSLATED_ACRONYM_LETTERS = 3;

/**
 * The run's words have as many initials as an acronym the source writes has
 * letters, the first the same in Latin: "Moscow State University" for «МГУ»,
 * "Emergencies Ministry" is not checked this way (two letters). An acronym is
 * translated word by word, so only its length and first letter carry over.
 */
function translatedAcronymIsStated(evidence: Evidence, words: readonly NameWord[]): boolean {
  if (words.length < TRANSLATED_ACRONYM_LETTERS) return false;
  const first = words[0]?.folded[0];
  for (const acronym of evidence.abbreviations.written) {
    if (acronym.length === words.length && toLatin(acronym)[0] === first) return true;
  }
  return false;
}

/**
 * Across languages, in an English text, the words of an institution's name
 * (see isInstitutionHead) that are no claim when the source lacks them: its
 * head and the common English words around it ("Federal Court", "Left Party",
 * "Institute of the Russian Language"), which English capitalises and the
 * source writes in lower case, in one word or in other words; every word when
 * the name translates an acronym of the source (translatedAcronymIsStated).
 * Its other words, names of their own ("Novgorod", "Moscow"), are checked as
 * ever. Outside an institution's name a common word stays a claim: "Hall" and
 * "Brown" are surnames too.
 */
function institutionWords(evidence: Evidence, words: readonly NameWord[], unmatched: readonly NameWord[]): Set<NameWord> {
  if (translatedAcronymIsStated(evidence, words)) return new Set(unmatched);
  return new Set(unmatched.filter((word) => isInstitutionHead(word.folded) || isCommonEnglishWord(word.folded)));
}

/**
 * Across languages, in a Russian text, the words that open an institution's
 * name, which Russian capitalises alone («Министерство обороны», «Левая
 * партия»; see russian-institutions.ts): no claim when the source lacks them.
 */
function russianInstitutionWords(tokens: readonly FoldedToken[], words: readonly NameWord[], unmatched: readonly NameWord[]): Set<NameWord> {
  return new Set(
    unmatched.filter((word) => {
      if (isRussianInstitutionNoun(word.folded)) return true;
      const index = tokens.findIndex((token) => token.start === word.start);
      return word === words.at(-1) && opensRussianInstitution(tokens, index);
    }),
  );
}

/**
 * Across languages, in an English text, the words of a run up to its last
 * title when a name follows ("Labour Minister Anna-Liisa Heikkonen"): the title
 * (see isEnglishTitle) and the common English words before it, which translate
 * a role the source writes in lower case («министр труда»). The name after it
 * is checked as ever.
 */
/**
 * In German, the first word of a run whose two or more other words the source
 * states, and the only one it does not: a role before a name, capitalised as
 * every German noun is ("Guard Artjom Gurow", "Kämmerer Jens Albrecht",
 * "Bahnhof Kaluga-Wostotschnaja"). A wrong first name before a surname is a run
 * of two, still claimed; so is a place after a preposition ("in Moskau Sokol Tula").
 */
function germanRoleBeforeName(words: readonly NameWord[], unmatched: readonly NameWord[]): NameWord | undefined {
  const [first] = words;
  return first !== undefined && words.length >= ROLE_AND_NAME_WORDS && unmatched.length === 1 && unmatched[0] === first && !first.opensSentence ? first : undefined;
}
const ROLE_AND_NAME_WORDS = 3;
/** A preposition of place right before a run: "in Moskau Sokol Tula" opens with a place, not a role. */
const PLACE_PREPOSITION_BEFORE = /(?:^|[^\p{L}])(?:in|aus|nach|bei|von|nahe|bis)\s+$/iu;
const PLACE_PREPOSITION_REACH = 16;
/** A German adjective of a place right before a run: "Kalugaer", "Tulaer" (see GERMAN_PLACE_ADJECTIVE). */
const PLACE_ADJECTIVE_BEFORE = /(?:^|[^\p{L}])\p{Lu}\p{Ll}{2,}er\s+$/u;

function englishTitleWords(words: readonly NameWord[], unmatched: readonly NameWord[]): NameWord[] {
  const lastTitle = words.slice(0, -1).findLastIndex((word) => isEnglishTitle(word.folded));
  if (lastTitle < 0) return [];
  return words.slice(0, lastTitle + 1).filter((word) => unmatched.includes(word) && (isEnglishTitle(word.folded) || isCommonEnglishWord(word.folded)));
}

/**
 * "Institute of the Russian Language", "Court of Justice", "Ministry of Science and Higher Education", "Commissioner for
 * Human Rights", "State Office for the Environment": a run after "of", "of the", "for", "for the" or "and" continues the
 * institution before it.
 */
const CONTINUES_INSTITUTION = /^\s+(?:(?:of|for)(?:\s+the)?|and)\s+$/iu;

/** Letters at least of each part of a German compound read apart: "Dach|landeplatz", "Vermieter|verband". */
const COMPOUND_PART_LETTERS_APART = 4;

/**
 * The source writes both parts of a German compound, each on its own or in a compound of its own: "Vermieterverband"
 * by "Verband der Ferienwohnungsvermieter", "Dachlandeplatz" by "Landeplatz auf dem Dach". The first part may keep
 * the joining "s" ("Verkehrs|betriebe").
 */
function germanCompoundPartsAreStated(evidence: Evidence, folded: string): boolean {
  const words = [...evidence.positions.keys()];
  for (let joint = COMPOUND_PART_LETTERS_APART; folded.length - joint >= COMPOUND_PART_LETTERS_APART; joint++) {
    const first = folded.slice(0, joint).replace(/s$/u, '');
    const head = folded.slice(joint);
    if (first.length < COMPOUND_PART_LETTERS_APART) continue;
    if (words.some((word) => word.startsWith(head) || word.endsWith(head)) && words.some((word) => word.startsWith(first) || word.endsWith(first))) return true;
  }
  return false;
}

/**
 * The German noun is the source's: in another form, with another ending, as the head of a source compound, or as
 * two parts the source writes apart (see germanCompoundPartsAreStated).
 */
function germanNounIsStated(evidence: Evidence, folded: string): boolean {
  return wordIsStated(evidence, folded) || germanHeadIsStated(evidence, folded) || germanCompoundPartsAreStated(evidence, folded);
}

/**
 * The common nouns of a German text in the source's language that are names all the same, which the source must
 * state (see germanNounIsStated):
 * - a noun of a street or a place after its article or preposition ("in der Goethestraße", "am Neumarkt", "die
 *   Grundschule am Obersee"; see namesGermanPlace), which may be the source's in another form of its stem;
 * - a noun of an institution right before a name ("die Volksbank Oberschwaben", "der Wasserwacht Lauterbach", "von
 *   der Oper Frankfurt"; see namesGermanInstitution): the name says where, the noun which one. Not its stem alone:
 *   "Wasserwacht" is not "Wassertemperatur".
 * German capitalises every noun and the article before one makes it a common noun's phrase, which no name run holds.
 */
function unstatedGermanNamingNouns(evidence: Evidence, text: string, tokens: readonly FoldedToken[], nouns: ReadonlySet<number>, names: readonly NameMention[]): Array<Claim & { at: number }> {
  const claims: Array<Claim & { at: number }> = [];
  for (const index of nouns) {
    const noun = tokens[index];
    if (noun && namesGermanPlace(noun.folded) && !germanNounIsStated(evidence, noun.folded) && !germanStemIsStated(evidence, noun.folded)) claims.push({ kind: 'name', text: noun.text, at: noun.start });
  }
  for (const name of names) {
    const first = name.words[0];
    const index = first === undefined ? -1 : tokens.findIndex((token) => token.start === first.start);
    const noun = tokens[index - 1];
    if (!first || !noun || !nouns.has(index - 1) || !SPACES_ONLY.test(text.slice(noun.end, first.start))) continue;
    if (namesGermanInstitution(noun.folded) && !germanNounIsStated(evidence, noun.folded)) claims.push({ kind: 'name', text: noun.text, at: noun.start });
  }
  return claims;
}

/** "St", "Saint", "Sankt": the word of a saint's name, which one script writes and another drops («Петербург» for "St Petersburg"). */
const SAINT_WORDS: ReadonlySet<string> = new Set(['st', 'saint', 'sankt', 'san', 'santa', 'ste', 'sainte', 'санкт', 'сан', 'санта', 'сент']);

/** The run's first word says "Saint" and the word after it is stated: "St Petersburg" for «петербургского» (see SAINT_WORDS). */
function saintBeforeStatedWord(words: readonly NameWord[], unmatched: readonly NameWord[]): NameWord | undefined {
  const [first, second] = words;
  return first !== undefined && second !== undefined && SAINT_WORDS.has(first.folded) && !unmatched.includes(second) ? first : undefined;
}

/**
 * The numbers, quotations and names `text` states that `evidence` does not, and
 * the clauses where it negates what the source states or states what it negates,
 * each once, in the order they appear. Matching ignores case, diacritics,
 * typographic quotes and spacing; numbers match by value and unit
 * ("1 000" = "1,000" = «тысяча», "5 percent" = "5%"); names match in any
 * inflected form ("Казани" = "Казань").
 */
export function findUnsupported(evidence: Evidence, text: string, options: CheckOptions): Claim[] {
  const normalized = text.normalize('NFC');
  const tokens = foldedTokensOf(normalized);
  const found: Array<Claim & { at: number }> = [];
  // The text's language, as a code without region ("de" of "de-AT"); undefined across languages when not told.
  const language = (options.language ?? (options.crossLanguage ? undefined : evidence.language))?.toLowerCase().split(/[-_]/)[0];
  const mentions = findNumbers(normalized, tokens);
  // The word each number counts, right after it (see saysAbout).
  const counted = countedWordStarts(normalized, tokens, mentions);
  let polarity: Polarity | undefined;
  const polarityOfText = () => (polarity ??= readPolarity(normalized, tokens));
  let sentenceNames: Array<Array<{ skeleton: string; at: number }>> | undefined;
  // Across languages, the names of each sentence the source writes too, worked out once, when a number's figure is told by
  // them (see saidOfOthers): up to the end of the number's clause, for a name in a later clause goes with the figures there
  // ("zu 78 Prozent ausgelastet, in Petrosawodsk sogar zu 83 Prozent").
  const namesOfSentenceAt = (at: number) => {
    const text = polarityOfText();
    sentenceNames ??= sourceNamesBySentence(
      evidence,
      tokens,
      text,
      language === GERMAN ? germanCommonNouns(normalized, tokens, { crossLanguage: options.crossLanguage === true, englishSource: evidence.language === 'en' }) : NO_INDEXES,
    );
    let clauseEnd = at;
    while (clauseEnd + 1 < tokens.length && text.clause[clauseEnd + 1] === text.clause[at]) clauseEnd++;
    return (sentenceNames[text.sentence[at] ?? 0] ?? []).filter((name) => name.at <= clauseEnd).map((name) => name.skeleton);
  };
  let months: Set<number> | undefined;
  // The months the text names anywhere, worked out once, when a day of the source's is compared.
  const monthsNamed = () => {
    months ??= new Set(tokens.map((token) => calendarKeyOf(token.folded, CAPITALISED_WORD.test(token.text))).filter((key) => key?.startsWith('month:')).map((key) => Number(key?.slice('month:'.length))));
    return months;
  };
  // "2:05.41" for «2.05,41»: a time to the hundredth the source gives, in either notation; its digits are not read apart.
  const statedTimes = findTimesInHundredths(normalized).filter((time) => evidence.timesInHundredths.has(time.seconds));
  const textValues = new Set(mentions.flatMap((mention) => mention.values));
  // A score is one fact of two numbers, checked as the pair where the source writes scores: "led 6-2" is not stated by a
  // 6 and a 2 said of other frames. A score the source writes is stated, whatever its numbers alone would read as
  // («13:10» is no time of day).
  const scores = evidence.scores.size === 0 ? [] : findScores(normalized);
  const inScore = (mention: NumberMention) => scores.find((score) => mention.start < score.end && mention.end > score.start && (!score.clock || evidence.scores.has(score.key)));
  for (const score of scores) {
    if (!score.clock && !evidence.scores.has(score.key)) found.push({ kind: 'number', text: normalized.slice(score.start, score.end), at: score.start });
  }
  mentions.forEach((mention, index) => {
    if (statedTimes.some((time) => mention.start < time.end && mention.end > time.start)) return;
    if (inScore(mention)) return;
    // "the second half" for "the first half" is a wrong period, whatever year it is of.
    if (mention.halfOf) {
      if (!mention.values.some((place) => evidence.halves.has(place))) found.push({ kind: 'number', text: mention.text, at: mention.start });
      return;
    }
    // "the two countries" counts what the text has named; the names are checked, not the count.
    if (mention.refersBack) return;
    // A share ("about half of it") is compared with its whole sentence; what it is a share of is seldom next to it.
    const reach = mention.share ? { reach: SHARE_CONTEXT.reach } : { reach: SUMMARY_CONTEXT_REACH, contentWordsOnly: true };
    // "The 29-year-old Scot" says an age, as "at the age of 29" and "aged 29" do.
    const age = !options.crossLanguage && mention.measure?.base === 'month' && AGE_AFTER.test(normalized.slice(mention.end)) ? AGE_WORDS : [];
    const context = options.crossLanguage ? [] : [...contextAround(normalized, tokens, mention, reach), ...age];
    const countedAt = counted.get(mention.start);
    const countedFolded = countedAt === undefined ? undefined : tokens.find((token) => token.start === countedAt)?.folded;
    // The number counts a word after it, not a year's: «около 2500 зрителей», not «в 2024 году».
    const countsSomething = countedFolded !== undefined && !YEAR_WORD.test(countedFolded);
    const others = options.crossLanguage ? saidOfOthers(evidence, mention, () => namesOfSentenceAt(tokens.findIndex((token) => token.end > mention.start))) : undefined;
    // "stieg von 640 im Jahr 2019 auf 812" for "812 Kinder …, 2019 waren es noch 640": a sentence of the source that gives
    // another figure of the text's sentence beside this one is about what it is, whatever its words.
    const besideTextFigure = (number: StatedNumber) =>
      evidence.mentions.some(
        ({ mention: other, sentence }) => sentence === number.sentence && other.values.some((value) => textValues.has(value) && !mention.values.includes(value) && !isSmallCount(value)),
      );
    const saidAbout = saysAbout(context, options, language, countedFolded, others, isSpecificFigure(mention), textValues, besideTextFigure);
    const passage = options.crossLanguage ? passageOfSmallCount(evidence, mentions, index, textValues) : undefined;
    // Across languages, where no words are compared, a count of things is no amount of money or per cent: «во всех 120
    // точках» is not the "120 Euro" of a fine. Nor a part of a race time ("32 municipalities" is not «32 минуты 18 секунд»),
    // nor an age ("18 performances" is not «18-летняя»), nor a time of day ("sechs Bahnen" is not "from 6am").
    // "plans to hire six more by September": more of the things the text has named, a count with no noun of its own.
    const countsMore = options.crossLanguage && countedAt === undefined && MORE_WITHOUT_NOUN_AFTER.test(normalized.slice(mention.end));
    const countsThings =
      options.crossLanguage && (countedAt !== undefined || countsMore) && mention.unit === undefined && mention.measure === undefined && mention.clock === undefined && mention.values.every(isSmallCount);
    const countedWord = countsThings ? countedFolded : undefined;
    // Nor a quantity of time or distance («15 членов экипажа» is not "eine Hilfsfrist von 15 Minuten"), where the word the
    // text's number counts names no unit itself ("neunstündigen", "Wochentagen") and the number is no age or limit.
    const thingsNotMeasures = (countedWord !== undefined || countsMore) && isCountOfThings(normalized, tokens, mention);
    // A larger count is no amount of money or per cent either, where the text gives none: "около 2500 зрителей" is not "2.500
    // Euro". A text that gives one may write its currency once for several amounts ("of which 31 million came from…").
    const countsManyThings =
      options.crossLanguage &&
      countedAt !== undefined &&
      mention.unit === undefined &&
      mention.measure === undefined &&
      mention.clock === undefined &&
      !mention.fraction &&
      !mention.share &&
      mention.values.every(Number.isInteger) &&
      !mentions.some((other) => other.unit !== undefined && isMoneyOrShare(other.unit));
    const ofItsKind = (number: StatedNumber) =>
      !(countsManyThings && number.unit !== undefined && isMoneyOrShare(number.unit)) &&
      (!countsThings ||
      (number.ofTimeInParts === undefined &&
        number.ofAge === undefined &&
        number.ofTimeOfDay === undefined &&
        (number.unit === undefined || !isMoneyOrShare(number.unit)) &&
        !(thingsNotMeasures && number.measure !== undefined && number.unitInItsWord === undefined)));
    // In the source's language, a count of things is no place the source gives of something else (see placeOfOtherThing), nor
    // a time of day, whatever words the two share: "sieben Teilzeitkräfte" is not the shop's "von 7 bis 18.30 Uhr".
    const countedInLanguage = options.crossLanguage ? undefined : countedWordOf(countedFolded, mention);
    // In the source's language, a count of ten or more the source gives in a sentence that names one of the names of the
    // text's is about what the text's is, whatever words stand around each: "the roughly 1,100 users the old one had" for
    // "Daniel Okafor said about 1,100 people had used the old van". Not a share, an amount of money, a quantity or a time,
    // which one sentence gives several of for the things it names ("die AfD mit 31 Prozent vor der SPD mit 24").
    let namesHere: readonly string[] | undefined;
    const namedTogether = (number: StatedNumber) => {
      if (options.crossLanguage || mention.clock || mention.timeOfDay || mention.measure || mention.unit || !mention.values.every((value) => value >= NAMED_COUNT)) return false;
      namesHere ??= namesOfSentenceAt(tokens.findIndex((token) => token.end > mention.start));
      return namesHere.length > 0 && namesOneOf(namesHere, evidence.sentenceNames[number.sentence] ?? NO_NAMES);
    };
    const about = (number: StatedNumber) =>
      (saidAbout(number) || namedTogether(number)) && ofItsKind(number) && !(countedInLanguage !== undefined && (placeOfOtherThing(number, countedInLanguage) || number.ofTimeOfDay === true)) && (passage === undefined || Math.abs(number.sentence - passage) <= SMALL_COUNT_PASSAGE);
    // "three times", "zweimal", and a multiple in one word: "das Dreifache", "zweifach". Only a compared one may be worked
    // out from two of the source's figures (see COMPARED_AFTER_TIMES): "alerted 29 times" is a count of how often.
    const timesWord = TIMES_AFTER.exec(normalized.slice(mention.end));
    const afterTimes = timesWord ? normalized.slice(mention.end + timesWord[0].length) : '';
    const comparedTimes = timesWord !== null && (COMPARED_AFTER_TIMES.test(afterTimes) || RUSSIAN_MULTIPLE_BEFORE.test(normalized.slice(Math.max(0, mention.start - 3), mention.start)));
    const asMultiple = comparedTimes || MULTIPLE_WORD.test(mention.text);
    // "roughly half of the 798,000 hectares" for «почти вдвое меньше»: a fraction is the inverse of a multiple the source writes.
    const inverseOfMultiple = mention.fraction === true && mention.values.some((value) => value > 0 && evidence.multiples.has(1 / value));
    const multiple =
      inverseOfMultiple ||
      ((asMultiple || timesWord !== null) && mention.values.some((value) => evidence.multiples.has(value))) ||
      (asMultiple && multipleOfStatedNumbers(evidence, mentions, index));
    const monthNear = () => monthNextTo(normalized, tokens, mention);
    if (multiple) return;
    const monthOrSeasonNear = () => monthNear() ?? seasonNextTo(tokens, mention);
    // German and Russian write a day before its month ("14. Juni", «14 июня»): a number right after a month is no day of
    // it there ("bis Ende Juni 14 ihrer 38 Filialen").
    const dayOfMonthNear = () => {
      const month = monthNear();
      if (month === undefined || language === 'en' || language === undefined) return month;
      const before = tokens.findLast((token) => token.end <= mention.start);
      const monthBefore = before !== undefined && /^\s+$/u.test(normalized.slice(before.end, mention.start)) && calendarKeyOf(before.folded, CAPITALISED_WORD.test(before.text)) === `month:${month}`;
      return monthBefore ? undefined : month;
    };
    const contradicts = contradictsSourceRange(evidence, mention, mentions[index + 1], normalized.slice(Math.max(0, mention.start - CHANGE_BY_REACH), mention.start)) || contradictsTiedFigures(evidence.tied, normalized, mentions, index, (stated) => isStatedAs(mention, stated)) || contradictsLoneTiedFigure(evidence.tied, normalized, mention, (stated) => isStatedAs(mention, stated)) || contradictsSourceMonthYear(evidence, mention, monthOrSeasonNear) || contradictsSourceMonthDay(evidence, mention, dayOfMonthNear);
    const stated =
      !contradicts &&
      (numberIsStated(evidence, mention, about, options, monthNear, monthsNamed, normalized.slice(mention.end), reachBefore(normalized, mention), countsSomething) ||
        (!options.crossLanguage && pairedWithStatedNumber(evidence, normalized, mentions, index)) ||
        roundsStatedNumber(evidence, mention, about, countedFolded) ||
        fractionOfStatedPercentage(evidence, mention, about) ||
        shareWrittenAsStated(evidence, mention) ||
        isWorkedOut(evidence, normalized, tokens, mentions, index, options.crossLanguage === true));
    if (!stated) found.push({ kind: 'number', text: mention.text, at: mention.start });
  });
  // «в марте»: Russian writes months in lower case, so no name check sees them; a month the source does not give is a wrong
  // date all the same.
  for (const token of tokens) {
    const month = russianMonthOf(token.folded);
    if (month >= 0 && !evidence.calendar.has(`month:${month}`)) found.push({ kind: 'number', text: token.text, at: token.start });
  }
  for (const code of findCodes(tokens)) {
    if (!codeIsStated(evidence, code, options.crossLanguage)) found.push({ kind: 'number', text: code.text, at: code.start });
  }
  if (!options.crossLanguage) {
    const statedQuotes: QuoteMention[] = [];
    for (const quote of findQuotes(normalized)) {
      if (quoteIsStated(evidence, quote.text)) statedQuotes.push(quote);
      else found.push({ kind: 'quote', text: quote.text, at: quote.start });
    }
    const quoted = (token: FoldedToken | undefined) => token !== undefined && statedQuotes.some((quote) => quote.start <= token.start && token.end <= quote.end);
    for (const { first, last, negation } of findNegationConflicts(evidence, tokens, polarityOfText())) {
      const start = tokens[first]?.start ?? 0;
      // A clause quoted word for word from the source says what the source says, whatever the words around it.
      if (statedQuotes.some((quote) => quote.start <= start && (tokens[last]?.end ?? 0) <= quote.end)) continue;
      // So does a negation quoted word for word: the panel was “not looking for newcomers”.
      if (negation !== undefined && quoted(tokens[negation])) continue;
      // The clause that says the opposite of the source, as the repair request shows it.
      found.push({ kind: 'negation', text: normalized.slice(start, tokens[last]?.end ?? start), at: start });
    }
  }
  const titleCase = isTitleCase(tokens);
  const script = dominantScript(normalized);
  const englishAcrossLanguages = options.crossLanguage && language === 'en';
  // Where the last institution's name ended, if the run before this one was one (see institutionWords).
  let institutionEnd = -1;
  const names = findNames(normalized, tokens, { ...(language !== undefined && { language }), crossLanguage: options.crossLanguage, englishSource: evidence.language === 'en' });
  for (const name of names) {
    const institution =
      englishAcrossLanguages &&
      (name.words.some((word) => isInstitutionHead(word.folded)) || (institutionEnd >= 0 && CONTINUES_INSTITUTION.test(normalized.slice(institutionEnd, name.start))));
    institutionEnd = institution ? name.end : -1;
    const runStart = name.words[0]?.start ?? name.start;
    const before = normalized.slice(Math.max(0, runStart - PLACE_PREPOSITION_REACH), runStart);
    const nouns = language === 'de' ? germanNounsNotClaimed(evidence, name, options, !PLACE_PREPOSITION_BEFORE.test(before)) : [];
    const acrossScripts = isAcrossScripts(evidence, options, script);
    const unmatched = name.words.filter(
      (word) =>
        !nouns.includes(word) &&
        !(titleCase && options.commonWords?.has(word.folded)) &&
        !nameWordIsStated(evidence, word, options, script, language) &&
        !(language === 'en' && labelsNumber(normalized, word)) &&
        !isRateUnit(normalized, word) &&
        !(language === 'de' && followsStatedPlaceAdjective(evidence, normalized, tokens, word, acrossScripts)) &&
        !(language === 'de' && !options.crossLanguage && headsHyphenatedCompound(evidence, normalized, word)),
    );
    const translated = acrossScripts ? translatedQuotedNameWords(evidence, name.words, unmatched) : new Set<NameWord>();
    if (englishAcrossLanguages) for (const word of translatedQuotedNameRun(evidence, normalized, tokens, name.words, unmatched)) translated.add(word);
    const joined = new Set(acrossScripts ? joinedNameWords(evidence, name.words, unmatched) : []);
    const anchored = options.crossLanguage ? anchoredRunWords(evidence, name.words, unmatched, script !== evidence.script, language, options.commonWords) : new Set<NameWord>();
    const generic = institution
      ? institutionWords(evidence, name.words, unmatched)
      : options.crossLanguage && language === 'ru'
        ? russianInstitutionWords(tokens, name.words, unmatched)
        : new Set<NameWord>();
    if (englishAcrossLanguages) for (const word of englishTitleWords(name.words, unmatched)) generic.add(word);
    const country = unmatched.length > 0 ? statedPlacePhraseWords(evidence, tokens, name.words) : new Set<NameWord>();
    const title = englishAcrossLanguages && unmatched.length > 0 ? translatedTitleWords(evidence, normalized, unmatched) : new Set<NameWord>();
    // Not after a preposition of place ("in Moskau Sokol Tula"), nor after an adjective of a place: "der Tulaer Firma
    // Medsoft-Region" names the firm's place in it, which followsStatedPlaceAdjective checks by the noun after it.
    const role = language === 'de' && !PLACE_PREPOSITION_BEFORE.test(before) && !PLACE_ADJECTIVE_BEFORE.test(before) ? germanRoleBeforeName(name.words, unmatched) : undefined;
    const saint = acrossScripts ? saintBeforeStatedWord(name.words, unmatched) : undefined;
    const notFound = unmatched.filter((word) => !translated.has(word) && !joined.has(word) && !anchored.has(word) && !generic.has(word) && !country.has(word) && !title.has(word) && word !== role && word !== saint);
    const missing = withoutSpelledAcronyms(evidence, withoutOpeningWordAlone(name.words, notFound));
    const first = missing[0];
    const last = missing.at(-1);
    // Only the words not found are named: "Secretary of State Antony Blinken" → "Antony Blinken".
    if (first && last) found.push({ kind: 'name', text: normalized.slice(first.start, last.end), at: first.start });
  }
  // "Finance director Karen Delaney", where the article's finance director is Tom Whitcombe: a name the article has, in a role it gives another.
  if (!options.crossLanguage) for (const claim of rolesOfOthers(evidence.roles, normalized, tokens, language)) found.push(claim);
  if (language === GERMAN && !options.crossLanguage) {
    const nouns = germanCommonNouns(normalized, tokens, { crossLanguage: false });
    for (const claim of unstatedGermanNamingNouns(evidence, normalized, tokens, nouns, names)) found.push(claim);
  }
  // "den Kölner Anwalt": German writes the adjective of a place before a noun outside any name run (see unstatedPlaceAdjectives).
  if (language === GERMAN && !options.crossLanguage) for (const claim of unstatedPlaceAdjectives(evidence, normalized, tokens)) found.push(claim);
  const seen = new Set<string>();
  return found
    .sort((a, b) => a.at - b.at)
    .filter((claim) => {
      const key = `${claim.kind}:${claim.text.toLowerCase()}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .map(({ kind, text: claimText }) => ({ kind, text: claimText }));
}
