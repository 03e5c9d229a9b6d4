import { isStopword } from '../../core/words.js';
import { declinedAcronymOf, isAcronym } from './abbreviations.js';
import { calendarKeyOf, type CalendarKey } from './calendar.js';
import { foldKeepingCarons, foldWord, withoutPossessive, type FoldedToken } from './fold.js';
import { germanCommonNouns, isGermanFunctionWord, isPlaceAfterPreposition } from './german-nouns.js';
import { looksLikeGermanAbstractNoun, looksLikeGermanTitle, looksLikeGermanTitleAfterName } from './german-titles.js';
import { isMeasureNoun, numberWordOf, unitWordOf } from './number-words.js';

/** One word of a name, folded, with the weekday or month it names if it is one. */
export interface NameWord {
  folded: string;
  start: number;
  end: number;
  calendar?: CalendarKey;
  /** An acronym ("EU", "NATO", "MoD", «США»; see isAcronym), which may stand for a longer name of the source. */
  acronym?: true;
  /** The word folded with its "č", "š", "ž", "ć" kept, when it has any ("kostelnička"; see foldKeepingCarons): how it is transliterated. */
  withCarons?: string;
  /**
   * The word opens a sentence and a run of several ("Разговор Шойгу", "Mayor
   * Peter Hall"): its capital is the sentence's, so it may be a common word.
   */
  opensSentence?: true;
}

/** A run of capitalised words: "Sergei Shoigu", "U.S. Defense Secretary Lloyd Austin", «Шойгу». */
export interface NameMention {
  text: string;
  start: number;
  end: number;
  /** The words that say who or where: stop-words, number words, single letters, codes and German titles before the name ("Direktorin") left out. */
  words: NameWord[];
  /**
   * The run is one capitalised word, not in capitals ("Kameras", "Merz"; not
   * "Austin Schoigu", "NATO"); in German, one such word is all that is left of
   * the run once its common nouns, titles and function words are taken out
   * ("Liter Destillat", "Vizebürgermeister Sokolow"), or a compound joined by
   * hyphens, its last part the head ("Onlinebanking-Zugangsdaten"). In German
   * such a word is a noun first: see `germanNounsNotClaimed` in check.ts.
   */
  lone?: true;
  /** In German, the run is one word joined by hyphens ("Onlinebanking-Zugangsdaten"): its parts stand or fall together. */
  compound?: true;
  /**
   * In German, the lone word stands bare after a preposition of place and ends
   * like a place name, not a German noun ("in Samara", "nach Sotschi"; see
   * isPlaceAfterPreposition): a name claim wherever it is.
   */
  place?: true;
}

const TEMPERATURE_SCALES: ReadonlySet<string> = new Set(['celsius', 'fahrenheit', 'kelvin', 'цельсию', 'цельсия', 'фаренгейту']);
const DEGREES_BEFORE = /(?:degrees?|grad|градус\p{L}*|°)[\s\u00a0]*(?:по[\s\u00a0]+)?$/iu;
/** A unit written after a number: four letters at most, two of them capitals ("MW", "GWh", "MHz"). */
const UNIT_LETTERS = 4;
const UNIT_CAPITALS = /^(?:\p{L}*\p{Lu}){2}\p{L}*$/u;
const NUMBER_BEFORE = /\d[\s\u00a0]?$/u;
/** Units named after people, which keep one capital, with a prefix: "kW", "Wh", "MHz", «Вт», «кВт», «Гц». */
const SI_UNIT_NAMED_AFTER_PERSON = /^[kMGTкМГТ]?(?:Wh?|Hz|V|Pa|J|Вт|Гц|В|Па|Дж)$/u;
/** Upper case in any script that has case (Latin, Cyrillic, Greek, Armenian…). */
const CAPITALISED = /^[\p{Lu}\p{Lt}]/u;
const ALL_CAPITALS = /^\p{Lu}{2,}$/u;
const HAS_DIGIT = /\p{N}/u;
/**
 * What ends a sentence between two words: . ! ? … (with closing quotes or
 * brackets), a line break, a bullet. Not a colon or semicolon: a capital after
 * one is more often a name ("Ukraine: Zelensky says") than a new sentence.
 */
const SENTENCE_BREAK = /[.!?…]["'”’»)\]]*\s*$|[\r\n•]/u;
/** An opening quote: the quoted words start a sentence of their own. */
const OPENING_QUOTE = /["“„«(]\s*$/u;
/** What may stand between two words of one name: a space, a hyphen, or the dot of an initial ("J. K. Rowling", "U.S."). */
const WITHIN_NAME = /^(?:[\s\u00a0]+|[\s\u00a0]?-[\s\u00a0]?|\.[\s\u00a0]?)$/u;

function isCapitalised(token: FoldedToken): boolean {
  return CAPITALISED.test(token.text);
}

/** A short capitalised word before a dot is an abbreviation ("U.S.", "Mr.", "Gen."), not a sentence end. */
function isAbbreviation(token: FoldedToken | undefined): boolean {
  return token !== undefined && token.text.length <= 3 && isCapitalised(token);
}

function startsSentence(text: string, tokens: readonly FoldedToken[], index: number): boolean {
  const token = tokens[index];
  const previous = tokens[index - 1];
  if (!token || !previous) return true;
  const gap = text.slice(previous.end, token.start);
  if (OPENING_QUOTE.test(gap)) return true;
  if (!SENTENCE_BREAK.test(gap)) return false;
  return !(gap.startsWith('.') && !/[\r\n]/.test(gap) && isAbbreviation(previous));
}

/**
 * Headline style ("Harbour Bridge Reopens After Two Years") capitalises every
 * word, so capitals there do not mark names: the checker then lets common
 * words the rest of the summary writes in lower case pass.
 */
export function isTitleCase(tokens: readonly FoldedToken[]): boolean {
  const words = tokens.filter((token) => token.text.length >= 4 && !HAS_DIGIT.test(token.text) && !isStopword(token.folded));
  return words.length >= 3 && words.filter(isCapitalised).length >= words.length * 0.6;
}

/** What `findNames` needs to know about the text besides its words. */
export interface NameOptions {
  /**
   * The text's language (primary subtag). In German ('de') a capitalised word
   * after an article or the like is a common noun, not a name (see
   * germanCommonNouns).
   */
  language?: string;
  /** The text is in another language than its source: a German one reads more capitals as common nouns (see GermanNounOptions). */
  crossLanguage?: boolean;
  /** The source is in English: in a German text, a run of capitalised English words is its name, not German nouns (see GermanNounOptions). */
  englishSource?: boolean;
}

/**
 * Stopwords that, written with a capital inside a sentence, are a month checked as one: "in May". Not the stopwords that
 * are only another locale's abbreviation of a month or weekday ("out", "qui").
 */
const STOPWORD_MONTHS: ReadonlySet<string> = new Set(['may']);

/**
 * The names `text` mentions: runs of capitalised words that do not open a
 * sentence. A capital at the start of a sentence says nothing, so a run there
 * counts only when it has two words or more ("Lloyd Austin said") or is in
 * capitals ("NATO said"), and a lone "Officials said" is left alone; the
 * opening word of a longer run is marked (`opensSentence`), as it may be a
 * common word all the same. `tokens` are `foldedTokensOf(text)`.
 */
export function findNames(text: string, tokens: readonly FoldedToken[], options: NameOptions = {}): NameMention[] {
  const names: NameMention[] = [];
  const german = options.language === 'de';
  const commonNouns = german ? germanCommonNouns(text, tokens, { crossLanguage: options.crossLanguage === true, englishSource: options.englishSource === true }) : undefined;
  let index = 0;
  while (index < tokens.length) {
    const first = tokens[index];
    // German capitalises "Millionen", "Tausende": a number noun, which opens no name ("4,5 Millionen US-Dollar" is a currency).
    if (!first || !isCapitalised(first) || HAS_DIGIT.test(first.text) || (german && numberWordOf(first.folded))) {
      index++;
      continue;
    }
    let last = index;
    while (last + 1 < tokens.length) {
      const current = tokens[last];
      const next = tokens[last + 1];
      if (!current || !next || !isCapitalised(next) || HAS_DIGIT.test(next.text)) break;
      const gap = text.slice(current.end, next.start);
      if (!WITHIN_NAME.test(gap) || (gap.startsWith('.') && current.text.length > 1)) break;
      last++;
    }
    const from = index;
    const run = tokens.slice(from, last + 1);
    const opensSentence = startsSentence(text, tokens, from);
    index = last + 1;
    if (opensSentence && run.length === 1 && !ALL_CAPITALS.test(first.text)) continue;
    // "minus 31 degrees Celsius", "30 Grad Celsius": the scale after degrees is a unit.
    if (run.length === 1 && TEMPERATURE_SCALES.has(first.folded) && DEGREES_BEFORE.test(text.slice(Math.max(0, first.start - 12), first.start))) continue;
    // "KSh 4.2 billion", "4,5 Millionen Euro": a currency is a unit, not a name.
    if (run.length === 1 && unitWordOf(first.folded)) continue;
    // "39,800 MW", "12 GWh": a short word in capitals right after a number is its unit.
    // «160 Вт·ч», "20 kW": so is a unit named after a person.
    const unitShape = (first.text.length <= UNIT_LETTERS && UNIT_CAPITALS.test(first.text)) || SI_UNIT_NAMED_AFTER_PERSON.test(first.text);
    if (run.length === 1 && unitShape && NUMBER_BEFORE.test(text.slice(Math.max(0, first.start - 3), first.start))) continue;
    const words: NameWord[] = [];
    const keptAt: number[] = [];
    run.forEach((token, offset) => {
      const folded = withoutPossessive(token.folded);
      const calendar = calendarKeyOf(folded, true);
      // "pro Jahr", "jeden Monat": in German a noun of time or distance is a common noun wherever it stands.
      if (folded.length < 2 || (isStopword(folded) && !STOPWORD_MONTHS.has(folded)) || numberWordOf(folded) || (german && (isGermanFunctionWord(folded) || isMeasureNoun(folded)))) return;
      // "am Freitag", "im Juli": a weekday or month is checked as one, article or not.
      if (!calendar && commonNouns?.has(from + offset)) return;
      // "Direktorin Sokolowa", "Stadträtin Ruth Adeyemi": a German title before the run's last word is a noun, not part of the name;
      // so is a compound title after a name ("Chinas Generalkonsul"), and an abstract noun anywhere ("Atlantikluft Abkühlung").
      if (german && (offset < run.length - 1 ? looksLikeGermanTitle(folded) : (offset > 0 && looksLikeGermanTitleAfterName(folded)) || looksLikeGermanAbstractNoun(folded))) return;
      // «ФАПов»: an acronym with a case ending is the acronym.
      const declined = declinedAcronymOf(token.text);
      const acronym = isAcronym(token.text) || declined !== undefined;
      const opening = opensSentence && offset === 0 && !acronym;
      const withCarons = foldKeepingCarons(token.text);
      words.push({
        folded: declined === undefined ? folded : foldWord(declined),
        start: token.start,
        end: token.end,
        ...(calendar && { calendar }),
        ...(acronym && { acronym }),
        ...(opening && { opensSentence: true as const }),
        ...(withCarons !== undefined && { withCarons: withoutPossessive(withCarons) }),
      });
      keptAt.push(from + offset);
    });
    const end = run.at(-1)?.end ?? first.end;
    // In German the run's one word that is left once its common nouns, titles and function words are
    // taken out stands alone: "Meer" of "ins Japanische Meer", "Destillat" of "Liter Destillat", "Sokolow"
    // of "Vizebürgermeister Sokolow". Elsewhere a lone word is a run of one.
    // A German compound joined by hyphens is one word ("Onlinebanking-Zugangsdaten"), its last part its head.
    const hyphenated = german && run.length > 1 && run.every((token, offset) => offset === 0 || text.slice(run[offset - 1]?.end ?? 0, token.start) === '-');
    // "Ende September": a weekday or month is checked on its own and leaves the other word alone in the run.
    const nonCalendar = keptAt.filter((at) => !words.some((word) => word.calendar !== undefined && word.start === tokens[at]?.start));
    const headAt = german ? (hyphenated ? keptAt.at(-1) : nonCalendar.length === 1 ? nonCalendar[0] : undefined) : run.length === 1 ? from : undefined;
    const head = headAt === undefined ? undefined : tokens[headAt];
    const lone = head !== undefined && !ALL_CAPITALS.test(head.text) && !isAcronym(head.text);
    const place = lone && german && headAt !== undefined && isPlaceAfterPreposition(text, tokens, headAt);
    if (words.length > 0) {
      names.push({
        text: text.slice(first.start, end),
        start: first.start,
        end,
        words,
        ...(lone && { lone: true as const }),
        ...(hyphenated && { compound: true as const }),
        ...(place && { place: true as const }),
      });
    }
  }
  return names;
}
