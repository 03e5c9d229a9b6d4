import { isStopword } from '../../core/words.js';
import { foldWord, type FoldedToken } from './fold.js';
import { numberWordOf } from './number-words.js';

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

/** Articles, "kein", possessives, demonstratives and quantifiers, and prepositions fused with an article. */
const DETERMINERS = foldedSet(`
  der die das den dem des ein eine einen einem einer eines
  kein keine keinen keinem keiner keines
  mein meine meinen meinem meiner meines dein deine deinen deinem deiner deines
  sein seine seinen seinem seiner seines ihr ihre ihren ihrem ihrer ihres
  unser unsere unseren unserem unserer unseres euer eure euren eurem eurer eures
  dieser diese dieses diesen diesem jener jene jenes jenen jenem
  jeder jede jedes jeden jedem welcher welche welches welchen welchem
  alle allen aller einige einigen mehrere mehreren viele vielen wenige wenigen beide beiden
  im am zum zur vom beim ins ans aufs ums fürs übers durchs
`);

/** The article forms that are also relative pronouns: after a comma, "den Putin ernannte" has a name after one. */
const RELATIVE_PRONOUNS = foldedSet('der die das den dem');

/** Prepositions: before a noun only with an adjective between ("nach eigenen Worten", "mit neuen Radwegen"). */
const PREPOSITIONS = foldedSet(`
  ab an auf aus bei bis durch für gegen gegenüber hinter in laut mit nach neben ohne seit trotz
  über um unter von vor während wegen zu zwischen
`);

/** An article, a determiner or a preposition: "Am Freitag", "Im Juli" open with one, which is no name. */
export function isGermanFunctionWord(folded: string): boolean {
  return DETERMINERS.has(folded) || PREPOSITIONS.has(folded);
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
 * Indexes of the capitalised words of a German text that are common nouns by
 * the word in front of them (see above), or by a strong adjective right before
 * them ("alter Gleise"). `tokens` are `foldedTokensOf(text)`. A capitalised word
 * in between ("die Russische Föderation") ends the walk: what follows it may be
 * a name.
 */
export function germanCommonNouns(text: string, tokens: readonly FoldedToken[]): Set<number> {
  const nouns = new Set<number>();
  tokens.forEach((token, index) => {
    if (!CAPITALISED.test(token.text) || HAS_DIGIT.test(token.text)) return;
    const previous = tokens[index - 1];
    if (previous && isStrongAdjective(previous) && WITHIN_PHRASE.test(text.slice(previous.end, token.start))) {
      nouns.add(index);
      return;
    }
    let between = 0;
    for (let at = index - 1; at >= 0 && at >= index - 1 - MAX_BETWEEN; at--) {
      const word = tokens[at];
      const after = tokens[at + 1];
      if (!word || !after || !WITHIN_PHRASE.test(text.slice(word.end, after.start))) return;
      if (DETERMINERS.has(word.folded)) {
        const before = tokens[at - 1];
        const relative = RELATIVE_PRONOUNS.has(word.folded) && before !== undefined && /,\s*$/u.test(text.slice(before.end, word.start));
        if (!relative) nouns.add(index);
        return;
      }
      if (PREPOSITIONS.has(word.folded)) {
        if (between > 0) nouns.add(index);
        return;
      }
      if (!standsBetween(word)) return;
      between++;
    }
  });
  return nouns;
}
