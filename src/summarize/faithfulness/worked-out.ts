import { foldedTokensOf, foldWord, sameWordForm, type FoldedToken } from './fold.js';
import { compoundQuantityOf } from './number-words.js';
import { isBare, isYear, type Evidence, type StatedNumber } from './evidence.js';
import { isContentWord, MINUTES_IN_DAY, MINUTES_IN_HOUR, MONTHS_IN_YEAR, roundValue, type Approximation, type NumberMention } from './numbers.js';

/**
 * Figures a summary works out from the article's rather than copies: a
 * rounding ("more than 14,000"), a fraction for a percentage ("two thirds" for
 * 68%), a share, a total, a difference or a change in per cent of figures the
 * text or the source gives ("fell by about a fifth, from 52,800 to 41,300",
 * "more than three hours earlier, finishing at 7.30pm rather than 10.45pm",
 * "beating Whitcombe by about 2,600 votes"), a count of a list the source
 * writes out ("in vier Ländern"). Each rule says what the figure is made of;
 * the figures it is made of are checked on their own (see findUnsupported in
 * check.ts).
 */

/** A number written in digits: "14", not "elf". */
export const DIGITS_FIRST = /^\d/u;

/** Digits in groups of three: "2,100", "2 100", "2.100"; a year is written without. */
const DIGIT_GROUPS = /\d[,.\s\u00a0\u202f\u2009'’]\d{3}(?!\d)/u;

/** The text's number may be a year: "2100", not "more than 2,100 patients". */
export function isYearMention(mention: NumberMention): boolean {
  // "2,3 тыс." is 2,300 people, written with a scale; a year is four digits alone.
  return mention.values.every(isYear) && !DIGIT_GROUPS.test(mention.text) && YEAR_DIGITS.test(mention.text);
}
/** A year as written: four digits, nothing else. */
const YEAR_DIGITS = /^\d{4}$/u;

/** Most a rounded figure may differ from the source's exact one, as a share of the rounded figure. */
const ROUNDING_TOLERANCE = 0.1;

/** The place of a figure's last digit that is not a zero: 1,000 for 14,000, 1 for 4, 0.1 for 4.5. */
function roundingStep(figure: number): number {
  const decimals = /\.(\d+)$/.exec(String(figure))?.[1]?.length;
  if (decimals !== undefined) return 10 ** -decimals;
  let step = 1;
  while (figure !== 0 && figure % (step * 10) === 0) step *= 10;
  return step;
}

/**
 * `exact` rounds to `rounded` at its last digit, on the side the text says:
 * "more than 14,000" of 14,300 (rounded down), "almost four hours" of 3 hours
 * 50 minutes (rounded up), "about 2,100" of 2,140 (to the nearest), and at
 * most ROUNDING_TOLERANCE apart: "almost four hours" is not 3 hours 20
 * minutes, "about 37%" is not 35.2%.
 */
export function roundsTo(exact: number, rounded: number, approximately: Approximation): boolean {
  const step = roundingStep(rounded);
  // "More than 2 billion" of 2.3 billion is true and rounded at its last digit, however far apart: a lower bound of one
  // digit is as close as its digit allows. Other roundings stay within the tolerance ("about ten miles" is not 13).
  const tolerance = approximately === 'above' ? Math.max(rounded * ROUNDING_TOLERANCE, step / 2) : rounded * ROUNDING_TOLERANCE;
  if (rounded <= 0 || Math.abs(exact - rounded) > tolerance) return false;
  const steps = roundValue(exact / step);
  const to = approximately === 'above' ? Math.floor(steps) : approximately === 'below' ? Math.ceil(steps) : Math.round(steps);
  const sideHolds = approximately === 'above' ? exact > rounded : approximately === 'below' ? exact < rounded : true;
  return sideHolds && roundValue(to * step) === rounded;
}

/**
 * The text rounds one of the source's figures ("more than 14,000 hectares" for
 * "14,300 hectares", «почти четыре часа» for «3 часа 50 минут»; see
 * roundsTo), in the same quantity, or in the same unit and about the same
 * thing (`about`), as numberIsStated compares.
 */
export function roundsStatedNumber(evidence: Evidence, mention: NumberMention, about: (number: StatedNumber) => boolean, counted?: string): boolean {
  const { approximately, measure } = mention;
  if (!approximately || mention.clock || mention.timeOfDay) return false;
  if (measure) {
    return mention.values.some((value, index) => {
      const amount = measure.amounts[index];
      if (amount === undefined || value === 0) return false;
      const unit = amount / value;
      // A quantity needs no words in common, as numberIsStated compares it.
      return evidence.quantities.some((quantity) => quantity.base === measure.base && roundsTo(quantity.amount / unit, value, approximately));
    });
  }
  if (mention.unit === undefined && isYearMention(mention) && mention.values.some((value) => value % 100 !== 0)) return false;
  // An amount of money rounded is as specific as one written out: "gut 63 Millionen Euro" for "rund 63,4 Millionen Euro";
  // so is a share the source gives to the decimal: «более чем на 20%» for «на 20,8%».
  const money = mention.unit?.startsWith('currency:') === true;
  for (const [value, stated] of evidence.numbers) {
    if (!mention.values.some((rounded) => roundsTo(value, rounded, approximately))) continue;
    // So is a count of three significant digits or more rounded to one side ("более 300 ребят" for «312 учеников», "more than
    // 4,300 ducks"): not "about", which a wrong figure is written with as often as a right one.
    const specificCount = approximately !== 'near' && !isYear(value) && significantDigits(value) >= SPECIFIC_COUNT_DIGITS;
    const specific = (number: StatedNumber) => money || (number.unit === 'percent' && !Number.isInteger(value)) || (specificCount && isBare(number));
    // Nor a quantity of time or distance, which a rounded count does not round: "rund 80 Menschen" is not "älter als 75 Jahre".
    // Nor an amount of land, weight or volume, where the text counts things: "rund 7.000 Erntehelfer" does not round "rund
    // 7.400 Hektar".
    const ofCounted = (number: StatedNumber) => counted === undefined || number.counts === undefined || !AMOUNT_UNIT.test(number.counts) || AMOUNT_UNIT.test(counted);
    if (stated.some((number) => number.dayOfMonth === undefined && number.measure === undefined && (mention.unit === undefined || number.unit === mention.unit) && ofCounted(number) && (specific(number) || about(number)))) return true;
  }
  return false;
}

/**
 * Words that count an amount of land, weight, volume or power rather than
 * things, in English, German and Russian, folded: "hectares", "Tonnen",
 * «квадратных» (metres).
 */
const AMOUNT_UNIT = /^(?:hectares?|hektar\p{L}*|гектар\p{L}*|га|acres?|square|quadratmeter\p{L}*|квадратн\p{L}*|tonnes?|tons?|tonnen?|тонн\p{L}*|kilo(?:gram|gramm)\p{L}*|килограмм\p{L}*|kg|кг|litres?|liter\p{L}*|литр\p{L}*|(?:mega|kilo)watt\p{L}*|(?:мега|кило)ватт\p{L}*)$/u;

/** Significant digits from which a count rounded to one side needs no words in common (see roundsStatedNumber). */
const SPECIFIC_COUNT_DIGITS = 3;
/** The digits of a value without its leading and trailing zeros: 3 of "312", 2 of "4,300". */
export function significantDigits(value: number): number {
  return String(value).replace(/\D/gu, '').replace(/^0+|0+$/gu, '').length;
}

/** Percentage points at most between a fraction in words and the percentage it gives: "two thirds" for 64–70%, "a fifth" for 17–23%. */
const FRACTION_TOLERANCE = 3;
/** The same between a percentage and the fraction it writes in digits: "67%" for "two thirds", not "70%". */
const PERCENTAGE_OF_FRACTION_TOLERANCE = 1;

/**
 * A fraction for a percentage, or a percentage for a fraction: «около двух
 * третей (68%)» and "two thirds" for "68%", "a fifth" for "20%", "25%" for "a
 * quarter", about the same thing (`about`). A fraction rounds: "two thirds" is
 * 64% to 70%, "less than half" 45% to 50% (see fractionFits); a percentage in digits states its fraction to the point.
 */
export function fractionOfStatedPercentage(evidence: Evidence, mention: NumberMention, about: (number: StatedNumber) => boolean): boolean {
  const [value] = mention.values;
  if (value === undefined || mention.values.length !== 1) return false;
  if (mention.fraction) {
    // On the side the text says, as far as fractionFits allows: «меньше половины нормы» for «46% от нормы».
    for (const [stated, numbers] of evidence.numbers) {
      if (fractionFits(mention, stated) && numbers.some((number) => number.unit === 'percent' && about(number))) return true;
    }
    return false;
  }
  if (mention.unit !== 'percent') return false;
  for (const [stated, numbers] of evidence.numbers) {
    if (stated > 0 && stated < 1 && Math.abs(stated * PER_CENT - value) <= PERCENTAGE_OF_FRACTION_TOLERANCE && numbers.some((number) => isBare(number) && about(number))) return true;
  }
  return false;
}
const PER_CENT = 100;

/**
 * A fraction in words, or a rounded percentage, for a change the source gives
 * by its two ends: "cut from a provisional £14.5 million, a reduction of more
 * than a third" where the source gives £14.5 million and a fine of £9.2
 * million (36.6% less). The text names one end, in a unit (a currency) or as a
 * quantity; the source states it, and another figure of the same unit or
 * quantity the fraction's distance from it, on the side the text says ("more
 * than"), as far as roundsTo allows. A percentage the text gives exactly is
 * the source's to state.
 */
function shareOfStatedChange(evidence: Evidence, text: string, mentions: readonly NumberMention[], index: number): boolean {
  const mention = mentions[index];
  const [share] = mention?.values ?? [];
  const rounded = mention?.unit === 'percent' ? mention.approximately : undefined;
  if (!mention || (!mention.fraction && !rounded) || share === undefined || mention.values.length !== 1) return false;
  const rise = RISE_BEFORE.test(text.slice(Math.max(0, mention.start - RISE_REACH), mention.start)) || RISE_AFTER.test(text.slice(mention.end));
  // A rounded percentage ("примерно на 5%" for 5.1 to 4.83 billion, 5.3% less) rounds the change as roundsTo allows.
  if (rounded) return mentions.some((end, at) => at !== index && changeOfEndIs(evidence, end, (change) => roundsTo(change, share, rounded), rise));
  return mentions.some((end, at) => at !== index && changeOfEndIs(evidence, end, (change) => fractionFits(mention, change), rise));
}

/** Percentage points a fraction with a side ("nearly two-thirds", «почти на треть») may be from the percentage it rounds: 63% is nearly two-thirds. */
const SIDED_FRACTION_TOLERANCE = 5;
/** The same for a half: "more than half" is said of 56% and of 61 in 100, "fewer than half" of 43%. */
const SIDED_HALF_TOLERANCE = 12;

/**
 * A percentage is what the text's fraction says: on the side the text says
 * ("more than", "nearly"), as far as a fraction may be from its percentage or
 * a rounded figure from the exact one ("more than a third" is 33.3–36.7%), or
 * on a side, SIDED_FRACTION_TOLERANCE points.
 */
function fractionFits(mention: NumberMention, percentage: number): boolean {
  const [share = 0] = mention.values;
  const off = percentage - share * PER_CENT;
  if (mention.approximately === 'above' ? off <= 0 : mention.approximately === 'below' ? off >= 0 : false) return false;
  const sided = mention.approximately === 'above' || mention.approximately === 'below';
  // "mehr als die Hälfte" of 298 in 531 (56%), "fewer than half" for 43%: a half is the line a reader is told which side of.
  const tolerance = sided ? (share === HALF ? SIDED_HALF_TOLERANCE : SIDED_FRACTION_TOLERANCE) : FRACTION_TOLERANCE;
  return Math.abs(off) <= Math.max(tolerance, share * PER_CENT * ROUNDING_TOLERANCE);
}

/** How far the ratio of two stated figures may be from the multiple a text makes of them: "в два с половиной раза" for 450 and 180 thousand. */
const MULTIPLE_TOLERANCE = 0.05;

/**
 * A multiple ("в два с половиной раза больше", "three times as many") the text
 * makes of two figures of the source: another number of the text, which the
 * source states, and one the source states that many times larger or smaller
 * ("450 тыс. гостей … в два с половиной раза больше, чем ожидается в первом
 * сезоне" where the source expects 180 тыс. in the first season).
 */
export function multipleOfStatedNumbers(evidence: Evidence, mentions: readonly NumberMention[], index: number): boolean {
  const approximately = mentions[index]?.approximately;
  const [times] = mentions[index]?.values ?? [];
  if (times === undefined || times <= 1) return false;
  const figures = [...evidence.numbers.keys()].filter((value) => value > 0);
  // "gut das Dreifache" for 190.000 against 60.000 (3.17 times): a rounded multiple, on the side the text says.
  const fits = (ratio: number) =>
    approximately === undefined ? Math.abs(ratio - times) <= times * MULTIPLE_TOLERANCE : approximately === 'near' ? Math.abs(ratio - times) <= times * ROUNDING_TOLERANCE : roundsTo(ratio, times, approximately);
  const apart = (one: number, other: number) => fits(Math.max(one, other) / Math.min(one, other));
  return mentions.some((other, at) => at !== index && other.values.some((value) => value > 0 && evidence.numbers.has(value) && figures.some((figure) => apart(value, figure))));
}

/** A bound before a fraction, which says only on which side of it the ratio lies: "less than half", «более трети», "mehr als ein Viertel". */
const BOUND_BEFORE = /(?:^|[^\p{L}])(?:less than|fewer than|more than|under|over|weniger als|mehr als|менее|меньше|более|больше|свыше)\s+$/iu;

/** What a number counts, for comparing two of the text's numbers: a measure's base, a currency, or nothing said. */
function quantityKindOf(mention: NumberMention): string | undefined {
  return mention.measure?.base ?? mention.unit;
}

/**
 * A fraction in words that is the ratio of two numbers the text gives beside
 * it: "1.430 von 2.180 Haushalten – rund zwei Drittel" (65.6%), «из 4,8 млрд
 * рублей … четверть — 1,2 млрд», "1.2 millimeters, less than half the
 * 3-millimeter minimum". The two are checked on their own; the fraction only
 * says what they make: two amounts of one kind (an amount with no unit is of
 * the other's currency), on the side the text says (see fractionFits); after
 * a bound ("less than"), anywhere on its side, of the numbers right before
 * and after it. With a comparative after it («почти на треть меньше») the
 * fraction is of their difference.
 */
function ratioOfTextNumbers(text: string, mentions: readonly NumberMention[], index: number): boolean {
  const mention = mentions[index];
  const [fraction] = mention?.values ?? [];
  if (!mention?.fraction || fraction === undefined || mention.values.length !== 1) return false;
  const bound = BOUND_BEFORE.test(text.slice(Math.max(0, mention.start - CONTEXT_BEFORE_CHARS), mention.start));
  // «412 детей — почти на треть меньше, чем … 587», "fell by about a fifth, from 52,800 to 41,300": with a comparative after
  // it or "by" before it, the fraction is of the difference.
  const difference = COMPARATIVE_AFTER.test(text.slice(mention.end)) || FRACTION_BY_BEFORE.test(text.slice(Math.max(0, mention.start - CONTEXT_BEFORE_CHARS), mention.start));
  const quantities = mentions.filter((other, at) => at !== index && !other.fraction && other.unit !== 'percent');
  const sameKind = (one: NumberMention, other: NumberMention) =>
    quantityKindOf(one) === quantityKindOf(other) || (one.measure === undefined && other.measure === undefined && (one.unit === undefined || other.unit === undefined));
  const amountsOf = (quantity: NumberMention) => quantity.measure?.amounts ?? quantity.values;
  // A bound says little of a ratio, so only of the two numbers either side of it: "measured 1.2 millimeters, less than half the
  // 3-millimeter minimum", «4,7 млрд рублей, причём более двух третей этой суммы — 3,2 млрд».
  const [before, after] = [mentions[index - 1], mentions[index + 1]];
  const pairs = (part: NumberMention, whole: NumberMention) => !bound || (part === before && whole === after) || (part === after && whole === before);
  return quantities.some((part) =>
    quantities.some((whole) =>
      pairs(part, whole) &&
      sameKind(part, whole) &&
      amountsOf(part).some((partAmount) =>
        amountsOf(whole).some((wholeAmount) => {
          if (partAmount <= 0 || wholeAmount <= partAmount) return false;
          const ratio = ((difference ? wholeAmount - partAmount : partAmount) / wholeAmount) * PER_CENT;
          const off = ratio - fraction * PER_CENT;
          if (mention.approximately === 'above' ? off <= 0 : mention.approximately === 'below' ? off >= 0 : false) return false;
          return bound || fractionFits(mention, ratio);
        }),
      ),
    ),
  );
}
/** Percentage points a percentage the text works out may be from the exact change: "a 60 per cent increase" for £2.50 to £4 is 60.0. */
const COMPUTED_PERCENT_TOLERANCE = 0.5;

/**
 * A percentage that is the change between two amounts the text gives beside
 * it: "£4 instead of £2.50 … a 60 per cent increase". The amounts are checked
 * on their own; the percentage only says what they make, of the earlier
 * amount or of the later (a rise of 60% is a fall of 37.5%), within
 * COMPUTED_PERCENT_TOLERANCE points, or as rounded as the text says.
 */
function changeOfTextNumbers(mentions: readonly NumberMention[], index: number): boolean {
  const mention = mentions[index];
  const [percent] = mention?.values ?? [];
  if (mention?.unit !== 'percent' || percent === undefined || mention.values.length !== 1) return false;
  const amounts = mentions.filter((other, at) => at !== index && !other.fraction && other.unit !== 'percent' && (other.unit !== undefined || other.measure !== undefined));
  const fits = (change: number) => (mention.approximately ? roundsTo(change, percent, mention.approximately) : Math.abs(change - percent) <= COMPUTED_PERCENT_TOLERANCE);
  return amounts.some((one) =>
    amounts.some(
      (other) =>
        one !== other &&
        quantityKindOf(one) === quantityKindOf(other) &&
        (one.measure?.amounts ?? one.values).some((from) =>
          (other.measure?.amounts ?? other.values).some((to) => from > 0 && to > from && [((to - from) / from) * PER_CENT, ((to - from) / to) * PER_CENT].some(fits)),
        ),
    ),
  );
}

/** How many times the larger of two figures a fraction in words is worked out of may be the smaller: "a tenth" is the least a text writes so. */
const FRACTION_OPERANDS_APART = 10;

/**
 * What ends a clause between a share and the numbers it is of: a comma or a semicolon (a dash sets out what the share is
 * of); not the decimal comma of «14,6 млн».
 */
const CLAUSE_BREAK = /;|(?<!\d),|,(?!\d)/u;
/** Two clauses joined into one sentence: a semicolon, or a comma and a conjunction ("…, and the oldest patient was 97"). */
const CLAUSES_JOINED = /;|,[\s\u00a0]+(?:and|but|while|whereas|und|aber|doch|während|а|и|но|однако)[\s\u00a0]/iu;

/** What a figure of the text can be added to or taken from: the amounts of one quantity, in its base unit, and the kind that says which. */
function addendOf(mention: NumberMention): { kind: string; amounts: readonly number[] } | undefined {
  if (mention.fraction || isYearMention(mention)) return undefined;
  // "finishing at 7.30pm rather than 10.45pm": times of day, in minutes, give durations.
  if (mention.timeOfDay) return { kind: 'minute', amounts: mention.timeOfDay };
  if (mention.clock) return { kind: 'minute', amounts: mention.values.map((hour) => hour * MINUTES_IN_HOUR) };
  if (mention.measure) return { kind: mention.measure.base, amounts: mention.measure.amounts };
  return { kind: mention.unit ?? 'bare', amounts: mention.values };
}

/** Two figures' kinds are one, or one is bare beside an amount of money: «бюджета в 14,6 млн рублей — 9 млн» writes the roubles once. */
function sameKindOrCurrencyOnce(one: string, other: string): boolean {
  const isMoney = (kind: string) => kind.startsWith('currency:');
  return one === other || (one === 'bare' && isMoney(other)) || (other === 'bare' && isMoney(one));
}

/** A figure of the source as addendOf reads it, with its sentence. */
interface SourceFigure {
  kind: string;
  amounts: readonly number[];
  sentence: number;
  /** The figure a change reaches (see Evidence.mentions). */
  endOfChange?: true;
}
const figuresBySource = new WeakMap<Evidence, readonly SourceFigure[]>();

/** The source's figures as addendOf reads them, each with its sentence; worked out once per source, for every rule here. */
function sourceFigures(evidence: Evidence): readonly SourceFigure[] {
  let figures = figuresBySource.get(evidence);
  if (!figures) {
    figures = evidence.mentions.flatMap(({ mention, sentence, endOfChange }) => {
      const addend = addendOf(mention);
      return addend ? [{ ...addend, sentence, ...(endOfChange && { endOfChange }) }] : [];
    });
    figuresBySource.set(evidence, figures);
  }
  return figures;
}

/**
 * A figure the text works out from two others of its own: a total, a
 * difference, a share or a change in per cent. "more than 14,000 entrants:
 * over 9,800 in the full marathon and 4,200 in the half", "more than three
 * hours earlier, finishing at 7.30pm rather than 10.45pm", "von rund 540.000
 * auf 212.000 – ein Rückgang um mehr als die Hälfte", «более чем в половине
 * проб — в 23 из 40». The two are checked on their own; the figure only says
 * what they make, exactly or as rounded as the text says.
 */
function workedOutOfTextNumbers(evidence: Evidence, text: string, mentions: readonly NumberMention[], index: number): boolean {
  const mention = mentions[index];
  // "gut 6.500 Euro" is 6,500 or 6.5 until its language says: either may be what the two others make.
  if (mention && mention.values.length > 1 && !mention.measure) {
    return mention.values.some((value) => workedOutOfTextNumbers(evidence, text, mentions.with(index, { ...mention, values: [value] }), index));
  }
  if (!mention || mention.values.length !== 1 || isYearMention(mention)) return false;
  const [value = 0] = mention.values;
  const others = mentions.filter((other, at) => at !== index && other.values.length > 0);
  const pairs = others.flatMap((one, at) => others.slice(at + 1).map((other) => [one, other] as const));
  if (mention.fraction || mention.unit === 'percent') {
    const percent = mention.fraction ? value * PER_CENT : value;
    // A bound says little of a share, so only of two numbers in its own clause: not "31 buses, 20 of them diesel; more than
    // half failed inspection".
    const bound = mention.fraction && mention.approximately === 'above';
    const inClause = (other: NumberMention) => !CLAUSE_BREAK.test(text.slice(Math.min(mention.end, other.end), Math.max(mention.start, other.start)));
    const inSentencePart = (other: NumberMention) => !CLAUSES_JOINED.test(text.slice(Math.min(mention.end, other.end), Math.max(mention.start, other.start)));
    // "more than half" bounds the share the two numbers beside it make; it does not round it: 23 of 40 is «более чем в половине».
    const fits = (exact: number) =>
      mention.fraction
        ? bound
          ? exact > percent
          : fractionFits(mention, exact)
        : mention.approximately
          ? roundsTo(exact, percent, mention.approximately)
          : Math.abs(exact - percent) <= COMPUTED_PERCENT_TOLERANCE;
    return pairs.some(([one, other]) => {
      const [a, b] = [addendOf(one), addendOf(other)];
      if (!a || !b || !sameKindOrCurrencyOnce(a.kind, b.kind) || a.kind === 'percent' || (bound && !(inClause(one) && inClause(other)))) return false;
      // Nor is a share of figures a new clause gives: "70 per cent of those vaccinated were over 65, and the oldest patient was 97".
      if (!inSentencePart(one) || !inSentencePart(other)) return false;
      return a.amounts.some((x) =>
        b.amounts.some((y) => {
          const [small, large] = x < y ? [x, y] : [y, x];
          // A fraction in words is of figures within tenfold of each other: "more than a third" is no change from 2025 to 1.9 million.
          if (small <= 0 || small === large || (mention.fraction && large > small * FRACTION_OPERANDS_APART)) return false;
          // A share is of the whole, a fall of where it fell from; a rise in per cent may be of where it rose from too.
          const ratios = mention.fraction ? [small / large, (large - small) / large] : [small / large, (large - small) / large, (large - small) / small];
          return ratios.some((ratio) => fits(ratio * PER_CENT));
        }),
      );
    });
  }
  const own = addendOf(mention);
  if (!own) return false;
  const rounds = roundsInItsUnit(mention, own.amounts);
  const is = (exact: number) => rounds(exact, mention.approximately);
  return pairs.some(([one, other]) => {
    const [a, b] = [addendOf(one), addendOf(other)];
    if (!a || !b || a.kind !== b.kind || (own.kind !== a.kind && own.kind !== 'bare') || [one, other].some((operand) => isCompoundCount(operand) || namesAThing(text, operand))) return false;
    // The two ends of one range ("by five to eight percent") are a spread, not two parts: they make no total.
    const ends = (x: number, y: number) => other.rangeFrom?.includes(x) === true || one.rangeFrom?.includes(y) === true;
    const made = a.amounts.some((x) => b.amounts.some((y) => x > 0 && y > 0 && x !== y && ((!ends(x, y) && is(x + y)) || is(Math.abs(x - y)))));
    return made && !sourceSaysOtherwise(evidence, a, b, own);
  });
}

/**
 * The source states the two counts a text's figure is made of in one sentence, with a third count the text's is not: it
 * says itself what the rest is, and it is not what the sum or difference makes. "Von 26 Saisonspielen gewann die HSG 23
 * und verlor nur drei" for "Von 26 Saisonspielen gewann das Team 21, zweimal trennte es sich unentschieden, nur
 * drei Partien gingen verloren".
 */
function sourceSaysOtherwise(evidence: Evidence, a: { kind: string; amounts: readonly number[] }, b: { kind: string; amounts: readonly number[] }, own: { amounts: readonly number[] }): boolean {
  // Counts only: a time of day or a length of time has many figures beside it ("from 8.15am to 9.15am and from 2.45pm").
  if (a.kind !== 'bare') return false;
  const figures = sourceFigures(evidence).filter((figure) => figure.kind === a.kind);
  const sentencesOf = (amounts: readonly number[]) => new Set(figures.filter((figure) => figure.amounts.some((amount) => amounts.includes(amount))).map((figure) => figure.sentence));
  const withB = sentencesOf(b.amounts);
  return [...sentencesOf(a.amounts)].some(
    (sentence) =>
      withB.has(sentence) &&
      figures.some(
        (third) =>
          third.sentence === sentence &&
          // A year beside them ("2019 waren es 587") is no third count.
          !third.amounts.some((amount) => a.amounts.includes(amount) || b.amounts.includes(amount) || own.amounts.includes(amount) || isYear(amount)),
      ),
  );
}

/** A noun that a number after it names one of, with the numbers of a list before it: "lines 412, 415 and 420", «на линиях 412, 415 и 420», "Gleis 3", "route 6". */
const NAMING_NOUN_BEFORE =
  /(?:^|[^\p{L}])(?:lines?|routes?|platforms?|gates?|rooms?|wards?|(?:bus)?linie[n]?|gleis(?:e|en)?|bahnsteig(?:e|en)?|линия|линии|линиях|линий|маршрут\p{L}*|№|no\.|nr\.)[\s\u00a0]*(?:\d+[\s\u00a0]*(?:,|and|und|и|or|oder|или)[\s\u00a0]*)*$/iu;
/** Characters before a number in which NAMING_NOUN_BEFORE is looked for. */
const NAMING_NOUN_REACH = 40;

/** The number names a thing, a bus line or a platform, rather than counting or measuring one: it adds up to nothing. */
function namesAThing(text: string, mention: NumberMention): boolean {
  return mention.unit === undefined && mention.measure === undefined && NAMING_NOUN_BEFORE.test(text.slice(Math.max(0, mention.start - NAMING_NOUN_REACH), mention.start));
}

/**
 * A count written in one word with what it counts: «в двухэтажном здании», "Dreizimmerwohnung" (see compoundQuantityOf).
 * It says what the thing is, a two-storey building, and is no part of the other things the sentence counts: «восемь
 * раздевалок» less the two storeys makes no six rooms.
 */
function isCompoundCount(mention: NumberMention): boolean {
  return !/[\s\d-]/u.test(mention.text) && compoundQuantityOf(foldWord(mention.text)) !== undefined;
}

/**
 * What makes a figure a gap between two others, after it: "47 Sekunden zurücklag", "two and a half hours after a quake",
 * "zweieinhalb Stunden zuvor", «на 12 минут позже», places in a ranking ("will climb five places to 14th" from 19th), and
 * a comparative after the figure or the word it counts: «на 1 600 больше, чем годом ранее», "1.600 Besucher mehr als im
 * Vorjahr" (a "more than" before a figure bounds it instead).
 */
const GAP_AFTER =
  /^[\s\u00a0]*(?:behind|ahead|after|before|earlier|later|clear|zurück|später|früher|zuvor|vorher|davor|danach|nach|vor|hinter|спустя|позже|раньше|ранее|после|позади)(?!\p{L})|^[\s\u00a0]*(?:zurück|отстав)|^[\s\u00a0]+(?:places|spots|positions|plätze|platze|positionen|ränge|позици|строчк|строчек)|^[\s\u00a0]+(?:\p{L}+[\s\u00a0]+){0,2}(?:more|fewer|less|mehr|weniger|больше|меньше)(?!\p{L})/iu;
/**
 * The same before it: "beating Whitcombe by about 2,600 votes", "£7.80, up 60p from last April", "mit einem Vorsprung
 * von 47 Sekunden", «с отрывом в 47 секунд» ("up to 60" has its "to" between).
 */
const GAP_BEFORE =
  /(?:^|[^\p{L}])(?:by|up|down|um|margin of|lead of|gap of|Vorsprung von|Rückstand von|отрывом в|разницей в|отставанием в)\s+(?:(?:about|around|roughly|nearly|almost|some|more than|less than|примерно|около|почти|более чем|etwa|rund|knapp|fast|gut|über)\s+)?$/iu;
/**
 * "staffed by nine GPs", "attended by 300 people": "by" after a participle that changes no amount names who did it, no
 * gap; "increased by 200", "cut by a third" and "beating Whitcombe by 2,600 votes" still say one.
 */
const AGENT_BY = /(?:^|[^\p{L}])(?!(?:increas|decreas|reduc|rais|lower|dropp|climb|jump|slipp|declin|boost|trimm|slash|lift|widen|narrow|extend|shorten|exceed|outnumber|trail|miss|edg|improv|worsen|overrun|outvot|defeat|outpoll)ed\s)\p{L}+ed\s+by\s+$/iu;
/** Characters before a figure in which GAP_BEFORE is looked for. */
const GAP_BEFORE_REACH = 32;

/**
 * A gap the text works out between two figures of the source that it does not
 * name: "beating Daniel Whitcombe by about 2,600 votes" for 18,412 and 15,806
 * ballots, "roughly two and a half hours after a magnitude 4.6 quake" for a
 * quake at 3.17am and an eruption at 5.42am. The two are of one kind (see
 * addendOf), in one sentence of the source or two side by side, and the text
 * says the figure is a gap (GAP_AFTER, GAP_BEFORE); exactly, or as rounded as
 * it says.
 */
function differenceOfSourceFigures(evidence: Evidence, text: string, mention: NumberMention, others: readonly NumberMention[]): boolean {
  // "1.600 Besucher mehr" is 1,600 or 1.6 until its language says: either may be the gap.
  if (mention.values.length > 1 && !mention.measure) return mention.values.some((value) => differenceOfSourceFigures(evidence, text, { ...mention, values: [value] }, others));
  const own = addendOf(mention);
  const [value] = mention.values;
  // A time of day is no gap ("um 15 Uhr"); nor is a figure after «на», which is as often how long as by how much («перекрыт на восемь часов»).
  if (!own || value === undefined || mention.values.length !== 1 || own.kind === 'percent' || mention.clock || mention.timeOfDay) return false;
  const before = text.slice(Math.max(0, mention.start - GAP_BEFORE_REACH), mention.start);
  if (!GAP_AFTER.test(text.slice(mention.end)) && !(GAP_BEFORE.test(before) && !AGENT_BY.test(before))) return false;
  const rounds = roundsInItsUnit(mention, own.amounts);
  const figures = sourceFigures(evidence).filter((figure) => figure.kind !== 'percent' && (figure.kind === own.kind || own.kind === 'bare'));
  // A gap is of a figure the text gives before it, where it gives one of its kind: "37 pupils …, eight more than last
  // year" is a gap from 37, not from any two figures of the passage (14 and 6); "Nearly 19,900 …, about 3,300 more"
  // from the figure 19,900 rounds. One after it is of the next clause («на 1 600 больше, …, а билеты на 11 постановок»).
  const beside = others.filter((other) => {
    const addend = other.values.length > 0 && !isYearMention(other) ? addendOf(other) : undefined;
    return addend !== undefined && addend.kind === own.kind && other.end <= mention.start;
  });
  const isBeside = (exact: number) =>
    beside.some((other) => (addendOf(other)?.amounts ?? []).some((amount) => amount === exact || (other.approximately !== undefined && roundsTo(exact, amount, other.approximately))));
  const fromBeside = (x: number, y: number) => beside.length === 0 || isBeside(x) || isBeside(y);
  return figures.some((one, at) =>
    figures.some(
      (other, next) =>
        next > at &&
        other.kind === one.kind &&
        one.amounts.some((x) =>
          other.amounts.some(
            (y) =>
              x > 0 &&
              y > 0 &&
              x !== y &&
              fromBeside(x, y) &&
              // Two figures apart in the source are a gap only from one the text gives beside it: "beat the previous record of
              // 4.38 metres … by roughly a quarter of a metre" for a peak of 4.62 metres three sentences before.
              (Math.abs(other.sentence - one.sentence) <= 1 || (beside.length > 0 && (isBeside(x) || isBeside(y)))) &&
              rounds(Math.abs(x - y), mention.approximately),
          ),
        ),
    ),
  );
}

/**
 * Whether an exact figure, in the base unit of `amounts`, is the text's
 * `mention`, rounded in the unit the text writes ("three hours" rounds 195
 * minutes as hours), on the side it says, or to the half it writes in words
 * ("roughly two and a half hours" for 145 minutes).
 */
function roundsInItsUnit(mention: NumberMention, amounts: readonly number[]): (exact: number, approximately: Approximation | undefined) => boolean {
  const [value = 0] = mention.values;
  const factor = (amounts[0] ?? value) / (value || 1);
  const inWords = !DIGITS_FIRST.test(mention.text);
  return (exact, approximately) => {
    const figure = exact / factor;
    if (roundValue(figure) === value) return true;
    if (!approximately) return false;
    if (inWords && value % 1 === HALF && approximately === 'near' && Math.round(figure / HALF) * HALF === value) return true;
    // "roughly a quarter of a metre" for 0.24 metres: a quarter in words rounds to the nearest quarter.
    if (inWords && value % HALF === QUARTER && approximately === 'near' && Math.round(figure / QUARTER) * QUARTER === value) return true;
    return roundsTo(figure, value, approximately);
  };
}
const HALF = 0.5;
const QUARTER = 0.25;

/** Between a part and its whole in a text: "four of its six units", "nine of the city's 212 beds", "drei von zehn", «четыре из шести». */
const PART_OF_WHOLE = /^[\s\u00a0]+(?:of|von|из)(?:[\s\u00a0]+(?:its|their|the|his|her|seinen|ihren|den|der))?(?:[\s\u00a0]+\p{L}+['’]s)?[\s\u00a0]+$/iu;

/**
 * A part the text gives as the rest of a whole the source states, beside the
 * other part: "four of its six generating units placed in reserve" where
 * the source says «из шести гидроагрегатов в работе остаются два, остальные
 * выведены в резерв». The whole is the text's number right after "of"; the
 * source states it, and in its sentence the figure that is the rest.
 */
function restOfStatedWhole(evidence: Evidence, text: string, mentions: readonly NumberMention[], index: number): boolean {
  const [part, whole] = [mentions[index], mentions[index + 1]];
  if (!part || !whole || part.unit !== undefined || whole.unit !== undefined || !PART_OF_WHOLE.test(text.slice(part.end, whole.start))) return false;
  const sentencesOfWhole = evidence.mentions.filter(({ mention }) => mention.unit === undefined && mention.values.some((value) => whole.values.includes(value))).map(({ sentence }) => sentence);
  return evidence.mentions.some(
    ({ mention, sentence }) =>
      sentencesOfWhole.includes(sentence) &&
      mention.unit === undefined &&
      mention.values.some((other) => whole.values.some((total) => other < total && part.values.includes(roundValue(total - other)))),
  );
}

/** The most things a count of a list is checked against: a list of thirteen is written out seldom, and counted so less. */
const LONGEST_COUNTED_LIST = 12;

/**
 * A count of the things a list of the source names: "27 Scheinfirmen in vier
 * Ländern" for "27 Scheinfirmen in Deutschland, Tschechien, Slowenien und
 * Zypern", "three days a week" for "on Tuesdays, Thursdays and Saturdays"
 * and "over two days" for "on 3 and 4 February" (a count of days, of days only). The list's sentence is the one the
 * text's sentence is about: it writes another number of the text, or, in the
 * source's language, one of its words.
 */
function countOfSourceList(evidence: Evidence, tokens: readonly FoldedToken[], mentions: readonly NumberMention[], index: number, crossLanguage: boolean): boolean {
  const mention = mentions[index];
  const [count] = mention?.values ?? [];
  if (!mention || count === undefined || mention.values.length !== 1 || mention.unit !== undefined || !Number.isInteger(count) || count < 2 || count > LONGEST_COUNTED_LIST) return false;
  const days = mention.measure !== undefined;
  if (days && !(mention.measure?.base === 'minute' && mention.measure.amounts.includes(count * MINUTES_IN_DAY))) return false;
  const own = (token: FoldedToken) => token.start >= mention.start && token.end <= mention.end;
  const words = crossLanguage ? [] : tokens.filter((token) => !own(token) && isContentWord(token.folded)).map((token) => token.folded);
  const numbers = mentions.filter((other) => other !== mention).flatMap((other) => other.values);
  return evidence.enumerations.some(
    (list) =>
      list.count === count &&
      (!days || list.days) &&
      (list.words.some((word) => words.some((other) => sameWordForm(word, other))) || evidence.mentions.some(({ mention: stated, sentence }) => sentence === list.sentence && stated.values.some((value) => numbers.includes(value)))),
  );
}

/** What says a number of years counts back from now: "30 years ago", «30 лет назад», "vor 30 Jahren". */
const AGO_AFTER = /^[\s\u00a0]*(?:ago|назад)(?!\p{L})/iu;
const AGO_BEFORE = /(?:^|[^\p{L}])vor\s+(?:(?:mehr als|über|fast|knapp|rund|etwa|gut)\s+)?$/iu;
const AGO_BEFORE_REACH = 16;

/**
 * Years ago, counted from a year the source gives to the year it is dated: «последний раз ремонтировали более 30 лет
 * назад» for «в 1994-м» in an article of 2026; exactly, or as rounded as the text says.
 */
function yearsAgoOfSourceYear(evidence: Evidence, text: string, mention: NumberMention): boolean {
  const [years] = mention.values;
  const now = evidence.date?.year;
  if (years === undefined || now === undefined || mention.values.length !== 1 || mention.measure?.base !== 'month' || !mention.measure.amounts.includes(years * MONTHS_IN_YEAR)) return false;
  if (!AGO_AFTER.test(text.slice(mention.end)) && !AGO_BEFORE.test(text.slice(Math.max(0, mention.start - AGO_BEFORE_REACH), mention.start))) return false;
  return evidence.mentions.some(({ mention: stated }) =>
    stated.values.some((year) => isYear(year) && year < now && (now - year === years || (mention.approximately !== undefined && roundsTo(now - year, years, mention.approximately)))),
  );
}

/** A year the source names only as the year before one it gives ("14 more than in 2025" for "2026 … 14 mehr als im Vorjahr"). */
function yearBeforeOfSourceYear(evidence: Evidence, mention: NumberMention): boolean {
  const [year] = mention.values;
  return year !== undefined && mention.values.length === 1 && mention.unit === undefined && isYearMention(mention) && evidence.yearsBefore.has(year);
}

/**
 * A count of days the source gives as a range of dates: "over three days, from June 12 to 14" for "vom 12. bis 14.
 * Juni", both days counted.
 */
function daysOfSourceDateRange(evidence: Evidence, mention: NumberMention): boolean {
  const [count] = mention.values;
  if (count === undefined || mention.values.length !== 1 || count < 2 || mention.measure?.base !== 'minute' || !mention.measure.amounts.includes(count * MINUTES_IN_DAY)) return false;
  return evidence.mentions.some(({ mention: upper, sentence }) =>
    (upper.rangeFrom ?? []).some((from) =>
      upper.values.some(
        (to) => to - from + 1 === count && (evidence.numbers.get(to) ?? []).some((number) => number.sentence === sentence && number.dayOfMonth !== undefined),
      ),
    ),
  );
}

/**
 * A change in per cent from a figure of the source to one the text gives, in
 * the same sentence of the source: "The number of registered installers rose
 * by 85 per cent to 3,420" for "rose from 1,850 at launch to 3,420". A rise
 * (see RISE_BEFORE) is in per cent of the smaller; a change the text does not
 * say the way of, of either. Exactly, to COMPUTED_PERCENT_TOLERANCE, or as
 * rounded as the text says.
 */
function percentChangeToStatedEnd(evidence: Evidence, text: string, mentions: readonly NumberMention[], index: number): boolean {
  const mention = mentions[index];
  const [percent] = mention?.values ?? [];
  if (!mention || (mention.unit !== 'percent' && !mention.fraction) || percent === undefined || mention.values.length !== 1) return false;
  const rise = RISE_BEFORE.test(text.slice(Math.max(0, mention.start - RISE_REACH), mention.start)) || RISE_AFTER.test(text.slice(mention.end));
  // A fraction of a change only of a rise: a fall's is shareOfStatedChange's, of the larger figure.
  if (mention.fraction && !rise) return false;
  // "Die Nutzfläche wächst um die Hälfte auf 3.450 Quadratmeter" for "von 2.300 auf 3.450": a fraction as fractionFits allows.
  const fits = (change: number) =>
    mention.fraction ? fractionFits(mention, change) : mention.approximately ? roundsTo(change, percent, mention.approximately) : Math.abs(change - percent) <= COMPUTED_PERCENT_TOLERANCE;
  const figures = sourceFigures(evidence).filter((figure) => figure.kind !== 'percent');
  return mentions.some((end, at) => {
    const own = at === index ? undefined : addendOf(end);
    if (!own || own.kind === 'percent') return false;
    const stated = figures.filter((figure) => figure.kind === own.kind && figure.amounts.some((amount) => own.amounts.includes(amount)));
    return stated.some((endFigure) =>
      figures.some(
        (other) =>
          other.sentence === endFigure.sentence &&
          other.kind === own.kind &&
          other.amounts.some((from) =>
            own.amounts.some((to) => from > 0 && to > 0 && from !== to && (rise ? [Math.min(from, to)] : [from, to]).some((base) => fits((Math.abs(to - from) / base) * PER_CENT))),
          ),
      ),
    );
  });
}

/** Words that say a share is the rest of a whole: "making up the rest", «остальные», "die übrigen". */
const REST_WORD = /^(?:rest|remainder|remaining|остальн\p{L}*|оставш\p{L}*|übrig\p{L}*|restlich\p{L}*)$/u;

/** A word for the rest right before a figure: «остальные 36 млн рублей», "the remaining £36m", "die übrigen 36 Millionen". */
const REST_BEFORE = /(?:^|[^\p{L}])(?:rest of|remaining|remainder of|остальн\p{L}*|оставш\p{L}*|übrig\p{L}*|restlich\p{L}*)\s+$/iu;
const REST_BEFORE_REACH = 24;

/**
 * An amount the text gives as the rest of a whole, where one sentence of the
 * source gives the whole and a part of it: «остальные 36 млн рублей дало
 * правительство области» for «потратили 148 млн рублей: 112 млн выделил
 * федеральный бюджет, остальное — правительство области».
 */
function restOfStatedAmount(evidence: Evidence, text: string, mention: NumberMention): boolean {
  const own = addendOf(mention);
  if (!own || own.kind === 'percent' || !REST_BEFORE.test(text.slice(Math.max(0, mention.start - REST_BEFORE_REACH), mention.start))) return false;
  const figures = sourceFigures(evidence).filter((figure) => sameKindOrCurrencyOnce(figure.kind, own.kind));
  return figures.some((whole) =>
    figures.some(
      (part) =>
        part !== whole &&
        part.sentence === whole.sentence &&
        whole.amounts.some((total) => part.amounts.some((amount) => amount > 0 && amount < total && own.amounts.includes(roundValue(total - amount)))),
    ),
  );
}

/**
 * A percentage that is the rest of one the source states with a word for the
 * rest in its sentence: "Air-source pumps accounted for 96 per cent of
 * approved grants" for "Ground-source systems accounted for only 4 per cent
 * of approved grants, with air-source pumps making up the rest". In the
 * source's language, the text's clause must name what the source's clause of
 * the rest names ("air-source pumps"): "Das Land übernimmt 60 Prozent" is no
 * rest of "40 Prozent übernimmt das Land, den Rest trägt die Stadt", whose rest
 * is the city's.
 */
function restOfStatedPercentage(evidence: Evidence, text: string, mention: NumberMention, crossLanguage: boolean): boolean {
  const [percent] = mention.values;
  if (mention.unit !== 'percent' || percent === undefined || mention.values.length !== 1 || percent >= PER_CENT) return false;
  const rest = roundValue(PER_CENT - percent);
  const restWords = evidence.words.flatMap((word, index) => (REST_WORD.test(word) ? [index] : []));
  const sentencesWithRest = new Set(restWords.map((index) => evidence.polarity.sentence[index]));
  const stated = evidence.mentions.some(({ mention: other, sentence }) => other.unit === 'percent' && other.values.includes(rest) && sentencesWithRest.has(sentence));
  if (!stated) return false;
  // Across languages no words can be matched, but a text that gives the rest to someone after this share names this
  // share itself: «Земля покроет 40 процентов, остальное оплатит район» is no rest of "60 Prozent übernimmt das Land, den Rest trägt der Landkreis".
  if (crossLanguage) return !foldedTokensOf(text.slice(mention.end)).some((token) => REST_WORD.test(token.folded));
  const clauseWords = foldedTokensOf(clauseAround(text, mention)).map((token) => token.folded).filter(isContentWord);
  return restWords.some((restIndex) => {
    const clause = evidence.polarity.clause[restIndex];
    return evidence.words.some((word, index) => index !== restIndex && evidence.polarity.clause[index] === clause && isContentWord(word) && clauseWords.some((own) => sameWordForm(own, word)));
  });
}

/** The clause of `text` a number stands in: from the clause break before it (see CLAUSE_BREAK) to the one after it. */
function clauseAround(text: string, mention: NumberMention): string {
  const before = text.slice(0, mention.start);
  const breaks = [...before.matchAll(new RegExp(CLAUSE_BREAK.source, 'gu'))];
  const start = breaks.length > 0 ? (breaks.at(-1)?.index ?? 0) + 1 : 0;
  const after = CLAUSE_BREAK.exec(text.slice(mention.end));
  return text.slice(start, after ? mention.end + after.index : text.length);
}

/**
 * A rise by a fraction the source gives as a multiple: "takings rose by about
 * half" for «выручка росла в среднем в полтора раза» (see Evidence.multiples).
 * On the side the text says, as fractionFits allows.
 */
function riseOfStatedMultiple(evidence: Evidence, text: string, mention: NumberMention): boolean {
  if (!mention.fraction || mention.values.length !== 1 || !RISE_BEFORE.test(text.slice(Math.max(0, mention.start - RISE_REACH), mention.start))) return false;
  return [...evidence.multiples].some((times) => times > 1 && fractionFits(mention, (times - 1) * PER_CENT));
}

/** Below this a count is small: the source says "three" of many things. */
const SMALL_COUNT = 10;
/** Sentences either side of the passage a small count is looked for in: a summary merges the facts of a paragraph. */
export const SMALL_COUNT_PASSAGE = 3;

/**
 * Across languages, the sentence of the source a small count of the text is
 * about, where its words cannot tell: "The shelter has 23 staff, including
 * three vets" for «В штате 23 сотрудника, в том числе два ветеринарных
 * врача» must not pass on «по три-четыре животных» paragraphs away. When the
 * count's sentence has other figures, of 10 or more, which the source states
 * together in one sentence only, and that sentence gives a small count the text
 * does not, the count is the text's version of that one, and only a count
 * stated near that sentence states it. Undefined otherwise.
 */
export function passageOfSmallCount(evidence: Evidence, mentions: readonly NumberMention[], index: number, textValues: ReadonlySet<number>): number | undefined {
  const mention = mentions[index];
  const small = (value: number) => Number.isInteger(value) && value < SMALL_COUNT;
  if (!mention || mention.unit !== undefined || mention.measure || !mention.values.every(small)) return undefined;
  const anchors = mentions.filter((other, at) => at !== index && other.values.every((value) => value >= SMALL_COUNT && !isYear(value)) && other.values.some((value) => evidence.numbers.has(value)));
  const [anchor, ...others] = anchors;
  if (!anchor) return undefined;
  // "46 staff, including seven doctors, 19 nurses and three psychologists": the one sentence that states every figure.
  const sentencesOf = (one: NumberMention) => new Set(one.values.flatMap((value) => (evidence.numbers.get(value) ?? []).map((number) => number.sentence)));
  const sentences = sentencesOf(anchor);
  for (const other of others) {
    const theirs = sentencesOf(other);
    for (const sentence of sentences) if (!theirs.has(sentence)) sentences.delete(sentence);
  }
  const [sentence] = sentences;
  if (sentence === undefined || sentences.size > 1) return undefined;
  const rival = evidence.mentions.some(
    ({ mention: stated, sentence: at }) =>
      at === sentence &&
      stated.unit === undefined &&
      !stated.measure &&
      stated.values.every(small) &&
      !stated.values.some((value) => textValues.has(value)) &&
      // A day of a month is no count: "the winner on 7 February".
      !stated.values.every((value) => (evidence.numbers.get(value) ?? []).some((number) => number.sentence === at && number.dayOfMonth !== undefined)),
  );
  return rival ? sentence : undefined;
}

/** Between a count and the ten it is out of: "four in ten", "vier von zehn", «четыре из десяти», "three out of ten". */
const IN_TEN = /^\s+(?:in|out of|von|из)\s+$/iu;
const TEN = 10;

/**
 * "Around four in ten prisoners", "Fast vier von zehn Befragten": a share in
 * tenths, stated by a percentage of the source as a fraction is (see
 * fractionFits; "about 40%"). Both numbers are the share's; either is stated
 * so.
 */
function tenthsOfStatedPercentage(evidence: Evidence, text: string, mentions: readonly NumberMention[], index: number): boolean {
  const mention = mentions[index];
  if (!mention) return false;
  const [count, ten] = mention.values[0] === TEN && index > 0 ? [mentions[index - 1], mention] : [mention, mentions[index + 1]];
  const [tenths] = count?.values ?? [];
  if (!count || !ten || tenths === undefined || ten.values[0] !== TEN || !Number.isInteger(tenths) || tenths >= TEN || !IN_TEN.test(text.slice(count.end, ten.start))) return false;
  const share: NumberMention = { ...count, values: [tenths / TEN], fraction: true };
  return [...evidence.numbers].some(([stated, numbers]) => numbers.some((number) => number.unit === 'percent') && fractionFits(share, stated));
}

/** Words that make a figure a total, before or after it: "£20,000 in total", "insgesamt 45", «в общей сложности 20 тыс.», «общей вместимостью 470». */
// «общей вместимостью 470 мест», "a total capacity of 470": the adjective of a total, the noun of what it totals between.
const TOTAL_BEFORE =
  /(?:^|[^\p{L}])(?:in total|a total of|altogether|combined|insgesamt|zusammen|в общей сложности|всего|итого|суммарно|total|общ(?:ей|им|ую|ая|ий|ее))\s+(?:\p{L}+\s+){0,3}$/iu;
const TOTAL_AFTER = /^[\s\u00a0]*(?:\p{L}+[\s\u00a0]+)?(?:in total|altogether|combined|insgesamt|zusammen|в общей сложности|всего)(?!\p{L})/iu;
const TOTAL_REACH = 24;

/**
 * A total the text names as one, of figures of one kind the source writes in
 * one sentence ("took home £20,000 in total" for "£15,000 in prize money plus
 * a £5,000 bonus"): the sum of two or of all of them.
 */
function totalOfSourceFigures(evidence: Evidence, text: string, mention: NumberMention): boolean {
  const own = addendOf(mention);
  const [value] = mention.values;
  if (!own || value === undefined || mention.values.length !== 1 || own.kind === 'percent' || mention.clock || mention.timeOfDay) return false;
  if (!TOTAL_BEFORE.test(text.slice(Math.max(0, mention.start - TOTAL_REACH), mention.start)) && !TOTAL_AFTER.test(text.slice(mention.end))) return false;
  const rounds = roundsInItsUnit(mention, own.amounts);
  const bySentence = new Map<number, number[]>();
  for (const { kind, amounts, sentence, endOfChange } of sourceFigures(evidence)) {
    const [amount] = amounts;
    // "um 480.000 Euro auf 6,3 Millionen": what a change reaches has the change in it already; it is no addend.
    if (kind !== own.kind || amount === undefined || amounts.length !== 1 || amount <= 0 || endOfChange) continue;
    bySentence.set(sentence, [...(bySentence.get(sentence) ?? []), amount]);
  }
  return [...bySentence.values()].some((amounts) => {
    const all = amounts.reduce((sum, amount) => sum + amount, 0);
    return rounds(all, mention.approximately) || amounts.some((one, at) => amounts.some((other, next) => next > at && rounds(one + other, mention.approximately)));
  });
}

/** A verb of growth and "to" before a figure: «расширить до 15 человек», "bringing the team to 15", "auf 15 aufstocken". */
const GROWS_TO_BEFORE =
  /(?:^|[^\p{L}])(?:расшир\p{L}*|увелич\p{L}*|вырас\p{L}*|довести|доведут|rise|rises|rising|grow|grows|growing|increase\p{L}*|expand\p{L}*|bring\p{L}*|take|taking|erhöh\p{L}*|aufstock\p{L}*|wachs\p{L}*|steig\p{L}*)\s+(?:\p{L}+\s+){0,3}(?:до|to|auf)\s+$/iu;
const GROWS_TO_REACH = 48;

/**
 * What a figure the text gives grows to with a figure the source adds to it: «работают 11 тренеров, а к сентябрю
 * тренерский штат планируют расширить до 15 человек» for «работают 11 тренеров» and, a sentence on, «принять на
 * работу еще четырех тренеров». The text gives one addend itself; the source gives it and the other side by side.
 */
function growthToSumOfSourceFigures(evidence: Evidence, text: string, mentions: readonly NumberMention[], index: number): boolean {
  const mention = mentions[index];
  const own = mention && addendOf(mention);
  if (!mention || !own || own.kind === 'percent' || mention.values.length !== 1) return false;
  if (!GROWS_TO_BEFORE.test(text.slice(Math.max(0, mention.start - GROWS_TO_REACH), mention.start))) return false;
  const given = mentions.slice(0, index).flatMap((other) => addendOf(other)?.kind === own.kind ? (addendOf(other)?.amounts ?? []) : []);
  // What a change reaches has the change in it already: «приняла двух, теперь их шесть» grows to no eight.
  const figures = sourceFigures(evidence).filter((figure) => figure.kind === own.kind && !figure.endOfChange);
  return figures.some(
    (base) =>
      base.amounts.some((from) => given.includes(from)) &&
      figures.some(
        (added) =>
          added !== base &&
          Math.abs(added.sentence - base.sentence) <= 1 &&
          base.amounts.some((from) => added.amounts.some((more) => more > 0 && own.amounts.includes(roundValue(from + more)))),
      ),
  );
}

/** Characters before a fraction in which its bound is looked for: "less than" and a space. */
const CONTEXT_BEFORE_CHARS = 16;
/** What a change is by, before a fraction, a rounding word between: "fell by about a fifth", «сократилось почти на треть», "um rund ein Drittel". */
const FRACTION_BY_BEFORE = /(?:^|[^\p{L}])(?:by|на|um)\s+(?:(?:about|around|roughly|nearly|almost|some|more than|less than|примерно|около|почти|более чем|etwa|rund|knapp|fast|gut)\s+)?$/iu;

/** The least amount with no unit of its own taken for one of its sentence's currency: no count of things («из них 820 млн»). */
const AMOUNT_WITHOUT_UNIT = 1_000;

/**
 * The text's number `end`, an amount of money or a quantity, as the source
 * states it, each value with the source's figures of the same unit or
 * quantity. Empty when the source does not state it.
 */
function statedWithItsKind(evidence: Evidence, end: NumberMention): Array<readonly [number, readonly number[]]> {
  if (end.unit?.startsWith('currency:')) {
    // An amount with no unit in a sentence that writes the currency once for several: «1,37 млрд рублей, из них 820 млн».
    const sentences = new Set([...evidence.numbers.values()].flat().filter((number) => number.unit === end.unit).map((number) => number.sentence));
    const ofCurrency = (number: StatedNumber, value: number) => number.unit === end.unit || (isBare(number) && value >= AMOUNT_WITHOUT_UNIT && sentences.has(number.sentence));
    const sameUnit = [...evidence.numbers].filter(([value, numbers]) => numbers.some((number) => ofCurrency(number, value))).map(([value]) => value);
    return end.values.filter((value) => sameUnit.includes(value)).map((value) => [value, sameUnit] as const);
  }
  const measure = end.measure;
  if (!measure) return [];
  const amounts = evidence.quantities.filter((quantity) => quantity.base === measure.base).map((quantity) => quantity.amount);
  return measure.amounts.filter((amount) => amounts.includes(amount)).map((amount) => [amount, amounts] as const);
}

/**
 * The text's number `end`, an amount of money or a quantity, is one the source
 * states, and the change from it to another the source states in the same
 * unit or quantity, in per cent of the larger, passes `is`.
 */
function changeOfEndIs(evidence: Evidence, end: NumberMention, is: (change: number) => boolean, rise = false): boolean {
  // A rise is in per cent of where it rose from, the smaller: "grow by half to £3 million" from £2 million.
  const base = rise ? Math.min : Math.max;
  return statedWithItsKind(evidence, end).some(([value, others]) => others.some((other) => other !== value && other > 0 && is((Math.abs(value - other) / base(value, other)) * PER_CENT)));
}

/** Words before a change that make it a rise, whose per cent is of the smaller figure: "grow by half", «выросла на треть», "stieg um die Hälfte". */
const RISE_BEFORE = /(?:^|[^\p{L}])(?:grow|grows|grew|grown|rise|rises|rose|risen|increase[sd]?|climb(?:s|ed)?|expand(?:s|ed)?|вырос\p{L}*|увелич\p{L}*|возрос\p{L}*|stieg|steigt|gestiegen|wuchs|wächst|gewachsen|erhöht\p{L}*)\s+(?:\p{L}+\s+){0,3}$/iu;
/** A comparative of more after a change that makes it a rise: "um die Hälfte teurer", "a third more", «на треть дороже». */
const RISE_AFTER = /^[\s\u00a0]+(?:teurer|mehr|höher|größer|länger|more|higher|larger|longer|dearer|дороже|больше|выше|длиннее)(?!\p{L})/iu;
/** Characters before a fraction in which RISE_BEFORE is looked for. */
const RISE_REACH = 40;

/**
 * A fraction in words of a whole the source states, next to the part the text
 * gives: "Nearly two-thirds of the cost, £9.2 million" where the source gives
 * £9.2 million of £14.6 million (63%). Part and whole are of one unit or
 * quantity; the fraction is on the side the text says (see fractionFits).
 */
function shareOfStatedWhole(evidence: Evidence, mentions: readonly NumberMention[], index: number): boolean {
  const mention = mentions[index];
  if (!mention?.fraction || mention.values.length !== 1) return false;
  return mentions.some(
    (part, at) =>
      at !== index &&
      (statedWithItsKind(evidence, part).some(([value, others]) => others.some((whole) => whole > value && fractionFits(mention, (value / whole) * PER_CENT))) ||
        countOfStatedWhole(evidence, mention, part) ||
        partOfStatedWhole(evidence, mention, part)),
  );
}

/**
 * A percentage of a whole the text gives, where the source gives the part beside the whole: «Мост обошёлся в 612 млн
 * рублей, около 70% этой суммы выделил областной бюджет» for «612 млн рублей, из которых 430 млн выделил областной
 * бюджет». Exactly, to COMPUTED_PERCENT_TOLERANCE, or as rounded as the text says.
 */
function percentOfTextWhole(evidence: Evidence, mentions: readonly NumberMention[], index: number): boolean {
  const mention = mentions[index];
  const [percent] = mention?.values ?? [];
  if (!mention || mention.unit !== 'percent' || percent === undefined || mention.values.length !== 1) return false;
  const fits = (share: number) => (mention.approximately ? roundsTo(share, percent, mention.approximately) : Math.abs(share - percent) <= COMPUTED_PERCENT_TOLERANCE);
  const figures = sourceFigures(evidence).filter((figure) => figure.kind !== 'percent');
  return mentions.some((whole, at) => {
    const own = at === index ? undefined : addendOf(whole);
    if (!own || own.kind === 'percent') return false;
    return figures.some(
      (stated) =>
        sameKindOrCurrencyOnce(stated.kind, own.kind) &&
        stated.amounts.some((total) => own.amounts.includes(total)) &&
        figures.some(
          (part) =>
            part !== stated &&
            part.sentence === stated.sentence &&
            sameKindOrCurrencyOnce(part.kind, stated.kind) &&
            part.amounts.some((amount) => stated.amounts.some((total) => amount > 0 && amount < total && fits((amount / total) * PER_CENT))),
        ),
    );
  });
}

/**
 * A count the text gives as a fraction of a whole the source counts in the
 * same sentence: "A quarter of the fleet, 150 bikes" for "600 Räder …, darunter
 * 150 E-Bikes". A count is a part only of a whole in its own sentence, as in
 * partOfStatedWhole.
 */
/** Characters at most between a fraction and the count it gives (see countOfStatedWhole). */
const COUNT_BESIDE_FRACTION = 24;

function countOfStatedWhole(evidence: Evidence, fraction: NumberMention, part: NumberMention): boolean {
  const own = addendOf(part);
  // The count stands beside its fraction, as "A quarter of the fleet, 150 bikes" writes it.
  const apart = Math.max(part.start - fraction.end, fraction.start - part.end);
  // In digits and of one reading: "a quarter of a second" has no count, nor "the 100m freestyle".
  if (!own || own.kind !== 'bare' || isYearMention(part) || apart > COUNT_BESIDE_FRACTION || !DIGITS_FIRST.test(part.text) || part.values.length !== 1) return false;
  const counts = sourceFigures(evidence).filter((figure) => figure.kind === 'bare');
  return counts.some(
    (stated) =>
      stated.amounts.some((amount) => own.amounts.includes(amount)) &&
      counts.some(
        (whole) =>
          whole.sentence === stated.sentence &&
          whole.amounts.some((total) => own.amounts.some((count) => count > 0 && count < total && fractionFits(fraction, (count / total) * PER_CENT))),
      ),
  );
}

/**
 * The other way round: the text gives the whole, and the source the part
 * beside it, in its sentence or the next: «7,8 млрд рублей, две трети
 * которых выделил федеральный бюджет» where the source gives «7,8 млрд
 * рублей: 5,2 млрд выделил федеральный бюджет», "more than a third of the 86
 * boats" for "Of the 86 boats, 31 retired" (a count, in its own sentence
 * only). Of one unit or quantity (see addendOf); the fraction on the side the
 * text says (see fractionFits).
 */
function partOfStatedWhole(evidence: Evidence, fraction: NumberMention, whole: NumberMention): boolean {
  const own = addendOf(whole);
  if (!own || own.kind === 'percent') return false;
  // A count is a whole only of a part in its own sentence: "Of the 86 boats, 31 retired" for "more than a third of the 86 boats".
  const reach = own.kind === 'bare' ? 0 : 1;
  // An amount with no unit beside the whole is of its currency: «7,8 млрд рублей: 5,2 млрд выделил федеральный бюджет».
  const figures = sourceFigures(evidence).filter((figure) => figure.kind === own.kind || (figure.kind === 'bare' && own.kind.startsWith('currency:')));
  const wholes = figures.filter((figure) => figure.kind === own.kind && figure.amounts.some((amount) => own.amounts.includes(amount)));
  return wholes.some((stated) =>
    figures.some(
      (part) =>
        Math.abs(part.sentence - stated.sentence) <= reach &&
        part.amounts.some((amount) => own.amounts.some((total) => amount > 0 && amount < total && fractionFits(fraction, (amount / total) * PER_CENT))),
    ),
  );
}

/**
 * A comparative right after a number, or after the word it counts, which makes it a difference: «на 0,6 метра меньше»,
 * "0.6 metres thinner", "um 3 Prozent höher", "eight knots faster".
 */
const COMPARATIVE_AFTER = new RegExp(
  `^[\\s\\u00a0]*(?:[\\p{L}-]+[\\s\\u00a0]+)?(?:${[
    'less more fewer lower higher smaller larger bigger thinner thicker shorter longer cheaper warmer colder deeper faster slower earlier later',
    'weniger mehr niedriger höher kleiner größer dünner dicker kürzer länger billiger wärmer kälter tiefer schneller langsamer früher später',
    'меньше больше ниже выше тоньше толще короче длиннее дешевле дороже теплее холоднее глубже быстрее медленнее раньше позже',
  ]
    .join(' ')
    .replaceAll(' ', '|')})(?!\\p{L})`,
  'iu',
);

/** What a change is by, before its amount: «подорожает на 4 рубля», "rose by 4 points", "stieg um 4 Prozent". */
const CHANGE_BY_BEFORE = /(?:^|[^\p{L}])(?:by|на|um)\s+$/iu;
const CHANGE_BY_REACH = 8;
/** A verb of change and its "by", a word of rounding between them allowed: «выросли на», "rose by about", "stieg um rund". */
const CHANGE_VERB_BY =
  /(?:^|[^\p{L}])(?:вырос\p{L}*|увеличил\p{L}*|сократил\p{L}*|снизил\p{L}*|уменьшил\p{L}*|упал\p{L}*|rose|fell|grew|increased|decreased|dropped|climbed|stieg|stiegen|sank|sanken|wuchs|wuchsen|gestiegen|gesunken)\s+(?:на|by|um)\s+(?:(?:about|around|almost|nearly|примерно|около|почти|rund|etwa|fast)\s+)?$/iu;
const CHANGE_VERB_REACH = 40;

/**
 * The text's number, a change (a comparative after it, COMPARATIVE_AFTER, or
 * "by" before it, CHANGE_BY_BEFORE), is the difference between two of the source's that stand
 * side by side in the same unit or quantity (see Evidence.numberPairs): «на 0,6
 * метра меньше» for «1,3 метра против 1,9 метра», "3.6 points lower" for "from
 * 9.4% to 5.8%". Only numbers with a unit or of a quantity: bare numbers side by
 * side (years, counts) would make too many differences.
 */
function isChangeAt(text: string, mention: NumberMention): boolean {
  return COMPARATIVE_AFTER.test(text.slice(mention.end)) || CHANGE_BY_BEFORE.test(text.slice(Math.max(0, mention.start - CHANGE_BY_REACH), mention.start));
}

function differenceOfStatedPair(evidence: Evidence, text: string, mention: NumberMention): boolean {
  const { measure, unit } = mention;
  if ((!measure && unit === undefined) || !isChangeAt(text, mention)) return false;
  const differences = (first: readonly number[], second: readonly number[]) => first.flatMap((a) => second.map((b) => roundValue(Math.abs(a - b))));
  return evidence.numberPairs.some(([first, second]) => {
    if (measure) {
      if (first.measure?.base !== measure.base || second.measure?.base !== measure.base) return false;
      return differences(first.measure.amounts, second.measure.amounts).some((difference) => measure.amounts.includes(difference));
    }
    if (first.unit !== unit || second.unit !== unit) return false;
    return differences(first.values, second.values).some((difference) => mention.values.includes(difference));
  });
}

/**
 * The text's number, a change (see isChangeAt), is the difference between
 * another number of the text's sentence the source states and one more figure
 * of the source of the same kind, anywhere in it: «38,5 тысячи человек —
 * примерно на 5,5 тысячи больше, чем годом ранее» for "38.500 Besucher … Im
 * Vorjahr waren es rund 33.000", «выиграл за 2:09:41, улучшив рекорд почти на
 * полторы минуты» for 2:09:41 and a record of 2:11:08. Rounded as the text
 * says (roundsTo), or to the unit. A bare number needs a comparative after it.
 */
function differenceFromStatedEnd(evidence: Evidence, text: string, mentions: readonly NumberMention[], index: number): boolean {
  const mention = mentions[index];
  if (!mention || mention.values.length !== 1 || !isChangeAt(text, mention)) return false;
  const is = (difference: number, value: number) => (mention.approximately ? roundsTo(difference, value, mention.approximately) : roundValue(difference) === value);
  const measure = mention.measure;
  if (measure) {
    const amounts = evidence.quantities.filter((quantity) => quantity.base === measure.base).map((quantity) => quantity.amount);
    return mentions.some(
      (end, at) => at !== index && end.measure?.base === measure.base && end.measure.amounts.some((amount) => amounts.includes(amount) && amounts.some((other) => measure.amounts.some((value) => is(Math.abs(amount - other), value)))),
    );
  }
  const kindOf = (number: { unit?: string | undefined; measure?: unknown }) => (number.measure === undefined ? (number.unit ?? 'bare') : undefined);
  const kind = kindOf(mention);
  // A bare number is a change only before a comparative, or after a verb of change and "by": «на восьми площадках» is no
  // change by eight, «выросли на 300 гектаров» is.
  const changedBy = CHANGE_VERB_BY.test(text.slice(Math.max(0, mention.start - CHANGE_VERB_REACH), mention.start));
  if (kind === undefined || (kind === 'bare' && !COMPARATIVE_AFTER.test(text.slice(mention.end)) && !changedBy)) return false;
  const figuresOf = (endKind: string) =>
    [...evidence.numbers].filter(([value, numbers]) => !isYear(value) && numbers.some((number) => number.dayOfMonth === undefined && kindOf(number) === endKind)).map(([value]) => value);
  const [value = 0] = mention.values;
  return mentions.some((end, at) => {
    const endKind = kindOf(end);
    // "18,7 Milliarden Rubel und damit rund 3,8 Milliarden mehr": a bare difference takes the unit its end is written in.
    if (at === index || endKind === undefined || (endKind !== kind && kind !== 'bare')) return false;
    const others = figuresOf(endKind);
    return end.values.some((stated) => others.includes(stated) && others.some((other) => other !== stated && is(Math.abs(stated - other), value)));
  });
}


/**
 * The text's number at `index` is one the summary works out from figures of
 * its own sentence or of the source (see the rules above), not one it copies.
 */
export function isWorkedOut(evidence: Evidence, text: string, tokens: readonly FoldedToken[], mentions: readonly NumberMention[], index: number, crossLanguage: boolean): boolean {
  const mention = mentions[index];
  if (!mention) return false;
  return (
    shareOfStatedChange(evidence, text, mentions, index) ||
    shareOfStatedWhole(evidence, mentions, index) ||
    ratioOfTextNumbers(text, mentions, index) ||
    changeOfTextNumbers(mentions, index) ||
    differenceOfStatedPair(evidence, text, mention) ||
    differenceFromStatedEnd(evidence, text, mentions, index) ||
    workedOutOfTextNumbers(evidence, text, mentions, index) ||
    differenceOfSourceFigures(
      evidence,
      text,
      mention,
      mentions.filter((_, at) => at !== index),
    ) ||
    restOfStatedWhole(evidence, text, mentions, index) ||
    countOfSourceList(evidence, tokens, mentions, index, crossLanguage) ||
    daysOfSourceDateRange(evidence, mention) ||
    yearsAgoOfSourceYear(evidence, text, mention) ||
    yearBeforeOfSourceYear(evidence, mention) ||
    growthToSumOfSourceFigures(evidence, text, mentions, index) ||
    percentOfTextWhole(evidence, mentions, index) ||
    percentChangeToStatedEnd(evidence, text, mentions, index) ||
    restOfStatedPercentage(evidence, text, mention, crossLanguage) ||
    restOfStatedAmount(evidence, text, mention) ||
    riseOfStatedMultiple(evidence, text, mention) ||
    tenthsOfStatedPercentage(evidence, text, mentions, index) ||
    totalOfSourceFigures(evidence, text, mention)
  );
}
