import { isStopword } from '../../core/words.js';
import { isAcronym } from './abbreviations.js';
import { calendarKeyOf } from './calendar.js';
import { isCommonEnglishWord } from './english-words.js';
import { foldWord, type FoldedToken } from './fold.js';
import { isMeasureNoun, numberWordOf, unitWordOf } from './number-words.js';

/**
 * German capitalises every noun, so in a German text a capital says "noun", not
 * "name". What says "common noun" is the word in front of it: an article, a
 * possessive or a preposition fused with an article ("ein Treffen", "keine
 * Notwendigkeit", "beim G20-Gipfel"), or a preposition with an adjective between
 * ("nach eigenen Worten"). Names seldom take either ("mit Biden", "in München").
 */

function foldedSet(words: string): ReadonlySet<string> {
  return new Set(words.split(/\s+/).filter(Boolean).map(foldWord));
}

/** Articles, "kein", possessives (also the relative "deren", "dessen": "deren Familie"), demonstratives and quantifiers, and prepositions fused with an article. */
const DETERMINERS = foldedSet(`
  der die das den dem des ein eine einen einem einer eines
  kein keine keinen keinem keiner keines
  mein meine meinen meinem meiner meines dein deine deinen deinem deiner deines
  sein seine seinen seinem seiner seines ihr ihre ihren ihrem ihrer ihres
  unser unsere unseren unserem unserer unseres euer eure euren eurem eurer eures
  dieser diese dieses diesen diesem jener jene jenes jenen jenem
  jeder jede jedes jeden jedem welcher welche welches welchen welchem deren dessen
  alle allen aller einige einigen mehrere mehreren viele vielen wenige wenigen beide beiden
  im am zum zur vom beim ins ans aufs ums fürs übers durchs
`);

/**
 * The article forms that are also relative pronouns: after a comma that follows
 * a noun, "in Bali, den Lawrow vorschlug" has a name after one. After a comma
 * that follows no noun ("wirft den USA vor, den Konflikt … zu verlängern") the
 * word is an article: a relative clause hangs on the noun it is about.
 */
const RELATIVE_PRONOUNS = foldedSet('der die das den dem');

/** Prepositions that take a noun with no article, and seldom a name: "pro Nacht", "je Einwohner", "mangels Nutzern". */
const BARE_NOUN_PREPOSITIONS = foldedSet('pro je mangels zwecks inklusive exklusive');

/** Prepositions: before a noun only with an adjective between ("nach eigenen Worten", "mit neuen Radwegen"). */
const PREPOSITIONS = foldedSet(`
  ab an anstatt auf aus bei bis durch für gegen gegenüber hinter in laut mit nach neben ohne seit statt trotz
  über um unter von vor während wegen zu zwischen
`);

/** Conjunctions and "als" that open a sentence: "Als Brandursache gilt …", "Wenn Anwohner …"; none is part of a name. */
const OPENING_CONJUNCTIONS = foldedSet('als wie wenn weil da dass ob obwohl nachdem bevor sobald sofern falls');

/** An article, "kein", a possessive, a demonstrative or a preposition fused with an article: "den", "vom", "ein" (see DETERMINERS). */
export function isGermanDeterminer(folded: string): boolean {
  return DETERMINERS.has(folded);
}

/** An article, a determiner, a preposition or a conjunction: "Am Freitag", "Im Juli", "Als Brandursache" open with one, which is no name. */
export function isGermanFunctionWord(folded: string): boolean {
  return isGermanDeterminer(folded) || PREPOSITIONS.has(folded) || OPENING_CONJUNCTIONS.has(folded);
}

/**
 * An adjective declined strong, as it is with no article before it ("Reparatur
 * alter Gleise", "Bau neuer Radwege", "mit frischem Geld"): -er, -es, -em. Not
 * -e and -en, which are also how verbs end ("sagte Scholz", "trafen Merz").
 */
const STRONG_ADJECTIVE = /^\p{Ll}{2,}(?:er|es|em)$/u;
/** Words in -er, -es, -em that are no adjectives: "aber Scholz", "später Merz", "nachdem Putin". */
const NOT_ADJECTIVES = foldedSet('aber oder wieder weiter immer später früher außer hier entweder nieder eher lieber wider alles');
const CONJUNCTION_IN_DEM = /dem$/u;

/** "alter" in "Reparatur alter Gleise": a strong adjective, so the capital after it is a common noun. */
function isStrongAdjective(token: FoldedToken): boolean {
  if (!STRONG_ADJECTIVE.test(token.text) || NOT_ADJECTIVES.has(token.folded) || CONJUNCTION_IN_DEM.test(token.folded)) return false;
  return !DETERMINERS.has(token.folded) && !PREPOSITIONS.has(token.folded) && !isStopword(token.folded) && !numberWordOf(token.folded);
}

/** A declined adjective or participle in lower case: "eigenen", "neue", "geplanten", "russischer". */
const DECLINED_ADJECTIVE = /^\p{Ll}+(?:e|en|er|es|em)$/u;
const HAS_DIGIT = /\p{N}/u;
const CAPITALISED = /^[\p{Lu}\p{Lt}]/u;
/** A year ("2022 Scholz" is rare, but a year is no count of the word after it). */
const YEAR = /^(?:1[89]|20)\d\d$/u;
/** The hyphen of a compound cut short: "Waffen- und Finanzhilfe", "Bus-, Bahn- und Fährverkehr". */
const CUT_COMPOUND = /^-(?:,?[\s\u00a0]+|,)/u;
/** What joins two nouns of one list: "Häuser und Geschäfte", "Waffen- und Finanzhilfe". */
const COORDINATORS = foldedSet('und oder sowie bzw');
/**
 * A capitalised adjective of a fixed phrase after an article: "im Roten Buch",
 * "im Schwarzen Meer". Only the weak ending -en: -e, -er, -es end too many nouns
 * ("der Liste", "der Minister Lawrow").
 */
const CAPITALISED_ADJECTIVE = /^\p{Lu}\p{Ll}+en$/u;
/** Nouns declined in -en that stand before a name: "dem Präsidenten Macron", "den Journalisten", "des Kollegen". */
const WEAK_NOUN = /(?:ent|ist|ant|at|og|graph|nom|ekt|mensch|kolleg|kund|herr)en$/u;
/** One space, as between the words of a name ("Church Street"). */
const SINGLE_SPACE = /^ $/u;
/** Between the words of a noun phrase: spaces, or the hyphen of "G20-Gipfel". */
const WITHIN_PHRASE = /^(?:[\s\u00a0]+|-)$/u;
/** Words walked back over between a determiner and its noun: "der drei neuen geplanten Radwege". */
const MAX_BETWEEN = 3;

/** A word that may stand between a determiner or preposition and its noun: an adjective, a number, a code ("G20"). */
function standsBetween(token: FoldedToken): boolean {
  if (HAS_DIGIT.test(token.text) || numberWordOf(token.folded)) return true;
  if (DETERMINERS.has(token.folded) || PREPOSITIONS.has(token.folded) || isStopword(token.folded)) return false;
  return token.folded.length >= 4 && DECLINED_ADJECTIVE.test(token.text);
}

/**
 * A declined adjective that opens a sentence: a participle ("Betroffene",
 * "Verletzte", "Geflüchtete": a prefix, a stem, -en or -t, and an ending) or
 * an adjective by its suffix ("Städtische", "Zahlreiche", "Tägliche",
 * "Mehrjährige"). First names and surnames that open or end the same way lack
 * the declined ending ("Gesine", "Gertrude", "Ehrlich", "Ludwig").
 */
const OPENING_ADJECTIVE = /^(?:(?:be|ge|ver|er|ent|zer)\p{L}{2,}(?:en|t)|\p{L}{3,}(?:isch|lich|ig|bar|sam|haft|los))(?:e|en|er|es|em)$/u;
/**
 * German adjectives of no telling suffix ("kalt", "neu", "hoch"), the commonest
 * in news: "Kaltes Wasser verteuert sich…", "Neue Regeln gelten…" open with one.
 */
const PLAIN_ADJECTIVES = foldedSet(`
  alt neu jung groß klein hoch hoh tief lang kurz breit schmal dick dünn
  kalt warm heiß kühl nass trocken hart weich schwer leicht stark schwach
  gut schlecht schön voll leer frei fest früh spät schnell langsam laut leise
  arm reich billig teur dunkl hell sauber klar knapp weit nah still
  rot blau grün gelb schwarz weiß grau braun
  größt höchst best meist ältest jüngst neuest niedrigst stärkst schnellst längst kleinst wichtigst letzt nächst
  einzeln weiter ander zahlreich sämtlich gesamt
`);
/** The endings a declined adjective takes. */
const ADJECTIVE_ENDING = /^(\p{L}+?)(?:e|en|er|es|em)$/u;

/** A declined plain adjective ("kaltes", "neue", "teure"): see PLAIN_ADJECTIVES. */
function isPlainAdjective(folded: string): boolean {
  const stem = ADJECTIVE_ENDING.exec(folded)?.[1];
  return stem !== undefined && PLAIN_ADJECTIVES.has(stem);
}

/** What ends the sentence before a word: a full stop, "!" or "?", and the space after it. */
const SENTENCE_BEFORE = /[.!?…]["'“”„»)]*\s+$/u;

/**
 * The word at `index` opens its sentence and is a declined adjective
 * (OPENING_ADJECTIVE: "Betroffene Kunden erhalten…", "Städtische Inspektoren
 * hatten…"): written with a capital as the first word, it is the adjective of
 * the noun after it, as "betroffene" would be.
 */
function opensWithAdjective(text: string, tokens: readonly FoldedToken[], index: number): boolean {
  const token = tokens[index];
  const before = tokens[index - 1];
  if (!token || !CAPITALISED.test(token.text) || !(OPENING_ADJECTIVE.test(token.folded) || isPlainAdjective(token.folded))) return false;
  return before === undefined || SENTENCE_BEFORE.test(text.slice(before.end, token.start));
}

/**
 * Heads of German nouns that name an institution, folded, with a case or plural ending: "Volks|bank",
 * "Stadt|werke", "Wasser|wacht", "Oper", "Kammer|orchester". Before a name ("die Volksbank Oberschwaben") such a
 * noun says which institution it is, and a summary that swaps one for another names another.
 */
const INSTITUTION_HEAD =
  /(?:bank|kasse|werke?|bund|verband|verein|wacht|oper|theater|orchester|chor|klinik|klinikum|krankenhaus|schule|gymnasium|universitat|hochschule|institut|museum|bibliothek|stiftung|gesellschaft|gruppe|amt|behorde|ministerium|gericht|partei|kirche|zentrum|betriebe|dienste?|wehr|polizei|genossenschaft|kammer|akademie|rat|hafen|bahnen|zeitung|verlag)(?:s|es|n|en|e)?$/u;

/** The folded German noun names an institution by its head (see INSTITUTION_HEAD): "Volksbank", "Stadtwerke". */
export function namesGermanInstitution(folded: string): boolean {
  return INSTITUTION_HEAD.test(folded);
}

/**
 * Heads of German nouns that name a street or a place in a town, folded: "Goethe|straße", "Neu|markt", "Ober|see",
 * "Bahnhofs|platz": a compound, for "Platz", "Markt", "See" alone are common nouns ("auf Platz eins", "am See"). Not
 * "-weg", "-berg", "-bau" and the like, which end as many common nouns ("Radweg", "Neubau").
 */
const PLACE_HEAD = /^\p{L}{3,}(?:strasse|straße|gasse|allee|platz|markt|ufer|damm|see)$/u;

/** The folded German noun names a street or a place by its head (see PLACE_HEAD): "Goethestraße", "Neumarkt". */
export function namesGermanPlace(folded: string): boolean {
  return PLACE_HEAD.test(folded);
}

/** What `germanCommonNouns` needs to know besides the text. */
export interface GermanNounOptions {
  /**
   * The text is a German summary of an article in another language, so no
   * German noun of it can be found in the article as written. Two more signals
   * say "common noun" then (see germanCommonNouns); in a German article the
   * words are looked up as they are, and a name in such a spot ("die
   * Vereinigten Staaten", "Landungsbrücken und Blankenese") stays a claim.
   */
  crossLanguage?: boolean;
  /**
   * The source is in English, so two or more capitalised common English words
   * in a row are an English name the summary keeps as written ("in der Church
   * Street", "ein Darlehen der Green Investment Bank"), not German nouns, even
   * after an article. Only with an English source: a German summary of another
   * language's article may keep an English term of art ("im Golden Score").
   */
  englishSource?: boolean;
}

/** "200 Häuser", "fünf Jahre", "31.000 Tiere": a count (not a year) right before the word. */
function isCount(token: FoldedToken): boolean {
  if (HAS_DIGIT.test(token.text)) return !YEAR.test(token.text);
  return numberWordOf(token.folded) !== undefined;
}

/** The article or determiner `at` is a relative pronoun: it follows a comma that follows a noun ("Bali, den Lawrow vorschlug"). */
function isRelativePronoun(text: string, tokens: readonly FoldedToken[], at: number): boolean {
  const word = tokens[at];
  const before = tokens[at - 1];
  if (!word || !before || !RELATIVE_PRONOUNS.has(word.folded)) return false;
  return /,\s*$/u.test(text.slice(before.end, word.start)) && CAPITALISED.test(before.text);
}

/** By the determiner, preposition or adjective before it ("ein Treffen", "nach eigenen Worten", "alter Gleise"). */
function hasCommonNounBefore(text: string, tokens: readonly FoldedToken[], index: number): boolean {
  const token = tokens[index];
  const previous = tokens[index - 1];
  if (!token || !previous || !WITHIN_PHRASE.test(text.slice(previous.end, token.start))) return false;
  if (isStrongAdjective(previous) || isCount(previous) || opensWithAdjective(text, tokens, index - 1) || BARE_NOUN_PREPOSITIONS.has(previous.folded)) return true;
  // "sieben hochwertige Autos", "drei scharfe Schusswaffen": a count and an adjective before it.
  const count = tokens[index - 2];
  if (count && DECLINED_ADJECTIVE.test(previous.text) && isCount(count) && WITHIN_PHRASE.test(text.slice(count.end, previous.start))) return true;
  let between = 0;
  for (let at = index - 1; at >= 0 && at >= index - 1 - MAX_BETWEEN; at--) {
    const word = tokens[at];
    const after = tokens[at + 1];
    if (!word || !after || !WITHIN_PHRASE.test(text.slice(word.end, after.start))) return false;
    // ", den übrigen Betrag": an adjective after it makes it an article; a relative pronoun has its clause after it (", den Lawrow vorschlug").
    if (DETERMINERS.has(word.folded)) return between > 0 || !isRelativePronoun(text, tokens, at);
    if (PREPOSITIONS.has(word.folded)) return between > 0;
    if (!standsBetween(word)) return false;
    between++;
  }
  return false;
}

/** A capitalised common English word that is no German article or preposition: "Church", "Investment", "Bank". */
function isEnglishCapital(token: FoldedToken | undefined): token is FoldedToken {
  return token !== undefined && CAPITALISED.test(token.text) && isCommonEnglishWord(token.folded) && !DETERMINERS.has(token.folded) && !PREPOSITIONS.has(token.folded);
}

/** The word at `index` and the one before or after it, a space apart, are capitalised common English words: "Church Street". */
function inEnglishRun(text: string, tokens: readonly FoldedToken[], index: number): boolean {
  const token = tokens[index];
  if (!isEnglishCapital(token)) return false;
  const previous = tokens[index - 1];
  const next = tokens[index + 1];
  return (isEnglishCapital(previous) && SINGLE_SPACE.test(text.slice(previous.end, token.start))) || (isEnglishCapital(next) && SINGLE_SPACE.test(text.slice(token.end, next.start)));
}

/**
 * Indexes of the capitalised words of a German text that are common nouns:
 * - by a genitive article after them ("mit Hilfe des Zentrums");
 * - by the word in front of them: an article or determiner (also after a comma,
 *   unless it is a relative pronoun there), a preposition with an adjective or
 *   a number between ("nach eigenen Worten"), a strong adjective ("alter
 *   Gleise"), a count ("200 Häuser", "fünf Jahre"); across languages not a
 *   word shaped like a foreign name (looksLikeForeignName): rivers, mountains
 *   and regions take an article ("auf dem Irtysch", "im Kaukasus");
 * - as a compound cut short, and the noun that completes it ("Waffen- und
 *   Finanzhilfe"): a name is not cut;
 * - across languages (see GermanNounOptions), also as the next noun of a list
 *   ("200 Häuser und Geschäfte") and as the noun of a capitalised adjective
 *   that is one itself ("im Roten Buch").
 * `tokens` are `foldedTokensOf(text)`. A capitalised word between a determiner
 * and the word ("die Russische Föderation") ends the walk back: what follows it
 * may be a name.
 */
export function germanCommonNouns(text: string, tokens: readonly FoldedToken[], options: GermanNounOptions = {}): Set<number> {
  const nouns = new Set<number>();
  tokens.forEach((token, index) => {
    // "der BUND", "die EU": a noun is not written in capitals, an acronym after an article is a name.
    if (!CAPITALISED.test(token.text) || HAS_DIGIT.test(token.text) || isAcronym(token.text)) return;
    const next = tokens[index + 1];
    const cut = next !== undefined && CUT_COMPOUND.test(text.slice(token.end, next.start));
    // "auf dem Irtysch", "an der Wolga": rivers, mountains and regions take an article; across languages one shaped like a foreign name stays a name.
    const foreignAfterArticle = options.crossLanguage === true && (looksLikeForeignName(token.folded) || (options.englishSource === true && inEnglishRun(text, tokens, index)));
    const common =
      hasCommonNounBefore(text, tokens, index) ||
      hasGenitiveAfter(text, tokens, index) ||
      isQuantityNoun(text, tokens, index) ||
      isNumberedNoun(text, tokens, index) ||
      isIdiomNoun(text, tokens, index) ||
      isPartOfPeriod(text, tokens, index);
    if (cut || (!foreignAfterArticle && common) || completesCutCompound(text, tokens, index) || ORDINAL_NOUN.test(token.folded)) {
      nouns.add(index);
      return;
    }
    if (!options.crossLanguage) return;
    const previous = tokens[index - 1];
    const listed = previous !== undefined && COORDINATORS.has(previous.folded) && nouns.has(index - 2);
    const ofAdjective = previous !== undefined && nouns.has(index - 1) && CAPITALISED_ADJECTIVE.test(previous.text) && !WEAK_NOUN.test(previous.folded) && WITHIN_PHRASE.test(text.slice(previous.end, token.start));
    if (listed || ofAdjective) nouns.add(index);
  });
  return nouns;
}

/** The parts of a period German names before its year or month: "Anfang 2027", "Ende März", "Mitte der Woche". */
const PERIOD_PARTS = foldedSet('anfang ende mitte beginn');
const YEAR_DIGITS = /^(?:1[89]|20)\d\d$/u;

/** "Anfang 2027 kommen drei Zonen hinzu", "bis Ende März": a part of a period, before the year or month it is of. */
function isPartOfPeriod(text: string, tokens: readonly FoldedToken[], index: number): boolean {
  const [token, next] = [tokens[index], tokens[index + 1]];
  if (!token || !next || !PERIOD_PARTS.has(token.folded) || !WITHIN_PHRASE.test(text.slice(token.end, next.start))) return false;
  return YEAR_DIGITS.test(next.text) || calendarKeyOf(next.folded, true)?.startsWith('month:') === true;
}

/**
 * "37 Sekunden Rückstand", "3 Prozent Zuwachs", "5 Kilometer Länge": the noun a
 * quantity measures, right after its unit and count.
 */
function isQuantityNoun(text: string, tokens: readonly FoldedToken[], index: number): boolean {
  const token = tokens[index];
  const unit = tokens[index - 1];
  const count = tokens[index - 2];
  if (!token || !unit || !count || !WITHIN_PHRASE.test(text.slice(unit.end, token.start)) || !WITHIN_PHRASE.test(text.slice(count.end, unit.start))) return false;
  return (isMeasureNoun(unit.folded) || unitWordOf(unit.folded) !== undefined || UNIT_ENDING.test(unit.folded)) && isCount(count);
}
/** Units of area, volume, mass and power the checker does not compare, by how they end: "9.400 Quadratmetern Fläche", "Kubikmeter", "Megawatt". */
const UNIT_ENDING = /(?:meter|metern|liter|litern|tonne|tonnen|gramm|hektar|watt|wattstunden)$/u;

/**
 * Nouns German writes bare after a preposition in fixed phrases, by the
 * preposition, folded: "in Höhe von", "in Kraft", "in Betrieb", "vor Ort", "zu
 * Hause", "auf Anfrage", "unter Druck", "an Bord".
 */
const IDIOMS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries({ in: 'höhe kraft betrieb frage folge gefahr betracht', an: 'bord', von: 'bord', vor: 'ort', zu: 'fuß hause', auf: 'anfrage', mit: 'blick', unter: 'druck', nach: 'angaben ansicht meinung auffassung einschätzung darstellung schätzung worten', laut: 'angaben', als: 'grund gründe ursache ursachen ersatz' }).map(([preposition, nouns]) => [preposition, foldedSet(nouns)]),
);

/** The capital at `index` is the noun of a fixed phrase after its preposition (see IDIOMS). */
function isIdiomNoun(text: string, tokens: readonly FoldedToken[], index: number): boolean {
  const [previous, token] = [tokens[index - 1], tokens[index]];
  if (!previous || !token || !/^[\s\u00a0]+$/u.test(text.slice(previous.end, token.start))) return false;
  if (IDIOMS.get(previous.folded)?.has(token.folded) === true) return true;
  // "nach Vollmers Worten", "nach Müllers Angaben": a name in the genitive may stand between the preposition and its noun.
  const preposition = tokens[index - 2];
  return (
    preposition !== undefined &&
    GENITIVE_NAME.test(previous.text) &&
    /^[\s\u00a0]+$/u.test(text.slice(preposition.end, previous.start)) &&
    IDIOMS.get(preposition.folded)?.has(token.folded) === true
  );
}
/** A name in the German genitive: "Vollmers", "Merz'". */
const GENITIVE_NAME = /^\p{Lu}\p{L}+(?:s|')$/u;

/**
 * "auf Rang sechs", "Platz drei,", "Gruppe zwei und drei": a noun numbered by
 * a count in words that ends its phrase. A count before a noun counts that
 * noun ("in Berlin drei Menschen"), so the name before it stays a name; digits
 * number names too ("Windows 11", "Apollo 11").
 */
function isNumberedNoun(text: string, tokens: readonly FoldedToken[], index: number): boolean {
  const [token, count, after] = [tokens[index], tokens[index + 1], tokens[index + 2]];
  if (!token || !count || HAS_DIGIT.test(count.text) || !/^[\s\u00a0]+$/u.test(text.slice(token.end, count.start))) return false;
  const number = numberWordOf(count.folded);
  if (!number || number.ordinal || !Number.isInteger(number.value)) return false;
  // A noun is numbered one by "eins" ("Platz eins"); "ein" there ends a verb ("lädt in Fürstenwalde ein").
  if (number.value === 1 && count.folded !== NUMBERED_ONE) return false;
  return after === undefined || !/^[\s\u00a0]+$/u.test(text.slice(count.end, after.start)) || !CAPITALISED.test(after.text);
}

/** The count that numbers a noun one: "Platz eins" (see isNumberedNoun). */
const NUMBERED_ONE = 'eins';

/**
 * A noun made of an ordinal: a place in a ranking ("Gesamtdritter", "Zweite",
 * "als Vierter"). Folded, ü is u.
 */
const ORDINAL_NOUN = /(?:zweit|dritt|viert|funft|sechst|siebt|neunt|zehnt)(?:e|er|en|es|em)$/u;

/**
 * "mit Hilfe des Zentrums", "Leiter des Amtes", "Ansicht der Richter": a noun
 * governs a genitive after it; "des" is the genitive article and nothing else,
 * "der" before a noun mostly is, and a name seldom takes one ("Berlin des 19.
 * Jahrhunderts" is rare).
 */
function hasGenitiveAfter(text: string, tokens: readonly FoldedToken[], index: number): boolean {
  const token = tokens[index];
  const next = tokens[index + 1];
  if (token === undefined || next === undefined || !/^[\s\u00a0]+$/u.test(text.slice(token.end, next.start))) return false;
  if (next.folded === GENITIVE_ARTICLE) return true;
  // "Nach Ansicht der Richter": "der" before a noun is the genitive of the feminine and the plural too.
  const after = tokens[index + 2];
  return next.folded === FEMININE_GENITIVE_ARTICLE && after !== undefined && CAPITALISED.test(after.text) && /^[\s\u00a0]+$/u.test(text.slice(next.end, after.start));
}
const GENITIVE_ARTICLE = 'des';
const FEMININE_GENITIVE_ARTICLE = 'der';

/** "Finanzhilfe" in "Waffen- und Finanzhilfe": the noun after "und" / "oder" that a cut compound before it shares. */
function completesCutCompound(text: string, tokens: readonly FoldedToken[], index: number): boolean {
  const joiner = tokens[index - 1];
  const cut = tokens[index - 2];
  if (!joiner || !cut || !COORDINATORS.has(joiner.folded)) return false;
  return CUT_COMPOUND.test(text.slice(cut.end, joiner.start));
}

/**
 * Endings and letters German common nouns do not have and transliterated or
 * foreign names often do: Slavic surnames in -ow, -ew, -ov, -ev, -owa, -ewa,
 * -ova, -eva, -ski, -sky, -skij, -skyj, -enko ("Lawrow", "Smirnow",
 * "Selenskyj", "Lukaschenko"), Slavic places in -sk, -zk, -owo, -ewo, -iw
 * ("Minsk", "Irkutsk", "Donezk", "Wnukowo", "Charkiw"), and a "y" anywhere
 * ("Doyle", "Kelly", "Irtysch") but the Greek "y" of German nouns (GREEK_Y). Kept small on purpose: each entry costs faithful
 * sentences whose German nouns carry it ("System", "Handy" have a "y"; of
 * German nouns only a few loans end in -sk: "Kiosk", "Obelisk"). Not "ck"
 * (Brücke, Glück) nor "th" (Rathaus, Theater), which German nouns are full of.
 * Input is folded.
 */
const FOREIGN_NAME_SHAPE = /(?:ow|ew|ov|ev|owa|ewa|ova|eva|owo|ewo|ovo|evo|ski|sky|skij|skyj|enko|sk|zk|iw)s?$/u;
const HAS_Y = /y/u;
/**
 * The Greek "y" of German nouns, which no foreign name has: "vom Typ", "das
 * System", "im Gymnasium", "das Lyzeum", "die Physik", "eine Hypothek", "der Zyklus", "Gynäkologie"; and
 * the "y" of loans of long standing: "Boykott", "Cyberangriff", "Gigabyte". A
 * Slavic or Turkic "y" ("auf dem Irtysch", "Masaryk") is none of these.
 */
const GREEK_Y = /typ|sym|syn|syst|gymn|gyn|phys|psych|hyp|hydr|hyg|hybr|hymn|zykl|zyl|zyst|dynam|myth|pyram|rhyth|asyl|analy|olymp|krypt|poly|enzym|embry|lyri|boykott|cyber|byte|lyz/u;

/**
 * The endings of English place names, which no German noun has: "Birming|ham", "Worcester|shire", "Here|ford",
 * "Ravens|worth", "Kes|wick", "Shrews|bury", "Ports|mouth", "Wake|field", "Ips|wich", "Cam|bridge",
 * "Wolver|hampton". Not "-ster" ("Fenster", "Meister"), "-ton" ("Beton", "Karton"), "-port" ("Radsport") nor "-pool"
 * ("Datenpool"). A German summary of an English article writes them as the article does.
 */
const ENGLISH_PLACE_SHAPE = /\p{L}{2}(?:ham|minster|shire|ford|worth|wick|bury|borough|mouth|field|well|ley|gate|cester|ington|stone|dale|combe|thorpe|chester|wich|bridge|caster|hampton|bourne|borne)s?$/u;
/**
 * How German transliterates Russian, which no German noun is spelt like: "Tsch" opening a word for «Ч»
 * ("Tscherepowez"), a consonant and "j" opening one for a soft consonant ("Rjasan", "Tjumen"; within a word
 * "Vorjahr" is a compound's joint), the neuter and feminine adjective endings of place names ("Smolenskoje",
 * "Sewernaja"), and the endings "-ez" of «-ец», "-awl" of «-авль», "-esch" of «-еж» ("Toropez", "Jaroslawl",
 * "Woronesch"). Not "-an", "-in", "-ma": "Zeitplan", "Siegerin", "Firma".
 */
const RUSSIAN_TRANSLITERATION_SHAPE = /^tsch|^[bcdfghklmprstvwz]j[aeiou]|(?:oje|aja|ije|ez|awl|esch)$/u;

/** A folded word shaped like a foreign name rather than a German noun (see FOREIGN_NAME_SHAPE, GREEK_Y, ENGLISH_PLACE_SHAPE, RUSSIAN_TRANSLITERATION_SHAPE). */
export function looksLikeForeignName(folded: string): boolean {
  return spelledLikeForeignName(folded) || (HAS_Y.test(folded) && !GREEK_Y.test(folded));
}

/**
 * A folded word spelt like a foreign name by its ending or its transliteration (see FOREIGN_NAME_SHAPE,
 * ENGLISH_PLACE_SHAPE, RUSSIAN_TRANSLITERATION_SHAPE), not only by a "y", which English loans have too ("Nasenspray").
 */
export function spelledLikeForeignName(folded: string): boolean {
  return FOREIGN_NAME_SHAPE.test(folded) || ENGLISH_PLACE_SHAPE.test(folded) || RUSSIAN_TRANSLITERATION_SHAPE.test(folded);
}

/**
 * Prepositions of place and direction. After one, German writes a common noun
 * with an article ("in der Kamera", "aus der Firma", fused: "im Nordwesten") or
 * bare only as a plural, a mass noun or in a fixed phrase ("von Experten", "aus
 * Holz", "in Betrieb"), and a place name bare ("in Samara", "nach Sotschi").
 */
const PLACE_PREPOSITIONS = foldedSet('in aus nach von bei nahe bis');
/**
 * A final -a or -i, which ends no German plural (-e, -en, -n, -er, -s) and no
 * native German noun, only loans ("Kamera", "Klima", "Taxi"), which take an
 * article after such a preposition, and names ("Samara", "Ufa", "Sotschi").
 */
const PLACE_NAME_ENDING = /[ai]$/u;
/** Umlauts, ß and the diphthongs au, eu, ei, ie spell a German word ("Ära", "Polizei", "Partei"), which a transliterated place name seldom is. */
const GERMAN_SPELLING = /[äöüß]|au|eu|ei|ie/u;

/**
 * The capitalised word at `index` stands right after a preposition of place,
 * with no article, and ends like a place name rather than a German noun (see
 * PLACE_PREPOSITIONS, PLACE_NAME_ENDING): "in Samara", "aus Ufa", "nach Sotschi".
 * Such a word is a name claim even where a lone German capital is read as a noun
 * first. `tokens` are `foldedTokensOf(text)`.
 */
export function isPlaceAfterPreposition(text: string, tokens: readonly FoldedToken[], index: number): boolean {
  const token = tokens[index];
  const previous = tokens[index - 1];
  if (!token || !previous || !PLACE_PREPOSITIONS.has(previous.folded) || !/^[\s\u00a0]+$/u.test(text.slice(previous.end, token.start))) return false;
  const lower = token.text.toLowerCase();
  return lower.length >= 3 && PLACE_NAME_ENDING.test(lower) && !GERMAN_SPELLING.test(lower);
}
