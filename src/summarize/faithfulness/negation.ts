import { stemOf } from '../../core/words.js';
import { foldWord, sameWordForm, type FoldedToken } from './fold.js';
import { isContentWord, sentenceEndsAfter } from './numbers.js';
import { measureNounOf, numberWordOf } from './number-words.js';

/**
 * Where a text says no: which words a negation covers ("did not urge Shoigu to
 * keep…") and which word each negation is about (its head: "urge"). A summary
 * that restates one sentence of its source word for word with the head of a
 * negation on one side and that word un-negated on the other has turned a yes
 * into a no, or a no into a yes.
 */

/** Words that negate the rest of their clause, folded: English, Russian, German. "…n't" is one too. */
const NEGATIONS: ReadonlySet<string> = new Set([
  // "cannot" is one word; "can't", "won't" end in "n't". "unless new defences are built" is "if they are not": "without new defences".
  ...'not no never without nor neither none nobody nothing cannot unless'.split(' '),
  ...'не нет ни никогда без'.split(' '),
  ...'nicht kein keine keinen keinem keiner keines nie niemals ohne'.split(' '),
]);

/**
 * Words that say a thing did not happen, before "to" in English, before an
 * infinitive in Russian: "declined to comment" is "did not comment", "has yet
 * to be approved" is "has not yet been approved", «отказался комментировать»
 * is «не стал».
 */
const NEGATING_BEFORE_TO: ReadonlySet<string> = new Set('decline declines declined refuse refuses refused fail fails failed yet'.split(' '));
const NEGATING_VERBS: ReadonlySet<string> = new Set('отказался отказалась отказалось отказались'.split(' '));

/**
 * German negations that stand after the verb they negate, at the end of a main
 * clause: "Umweltverbände begrüßten den Start nicht", "Er kam nie".
 */
const AFTER_THE_VERB: ReadonlySet<string> = new Set(['nicht', 'nie', 'niemals']);

/**
 * Russian "be" and "become" after «не» at the end of a clause: «нарушений … зафиксировано не было», «жертв не было»,
 * «повышать цены не будем», «сносить не станут». The negation is of the whole clause before it, as a German "nicht"
 * before the clause's last verb is.
 */
const RUSSIAN_BE_LAST: ReadonlySet<string> = new Set('был было была были буду будем будешь будет будете будут стану станем станет станут'.split(' '));

/** A declined adjective's ending: "großen Umweltverbände" is no verb before its noun. */
const ADJECTIVE_ENDING = /(?:e|en|er|es|em)$/u;
const CAPITALISED = /^[\p{Lu}\p{Lt}]/u;

/**
 * The word at `index` is one of a run of declined adjectives right before a
 * capitalised noun, within the clause: "einzelner getöteter Wolf", "großen
 * Umweltverbände".
 */
function adjectiveBeforeNoun(tokens: readonly FoldedToken[], index: number, negation: number): boolean {
  for (let at = index; at < negation; at++) {
    const token = tokens[at];
    if (!token) return false;
    if (CAPITALISED.test(token.text)) return at > index;
    // "begrüßten den Start": a verb, then an article, is no adjective of the noun.
    if (!ADJECTIVE_ENDING.test(token.folded) || !isContentWord(token.folded)) return false;
  }
  return false;
}

/**
 * The verb a clause-final German negation is about: the first lower-case content
 * word of the clause (nouns and names are capitalised), passing over adjectives
 * before a capitalised noun ("Ein einzelner getöteter Wolf löse das Problem
 * nicht": "löse"). -1 when there is none.
 */
function verbBefore(tokens: readonly FoldedToken[], from: number, negation: number): number {
  for (let index = from; index < negation; index++) {
    const token = tokens[index];
    if (!token || CAPITALISED.test(token.text) || !isContentWord(token.folded)) continue;
    if (adjectiveBeforeNoun(tokens, index, negation)) continue;
    return index;
  }
  return -1;
}

/** «ни одного», «ни одной»: "not one", after which Russian may leave out what there is none of. */
const NONE_OF: ReadonlySet<string> = new Set(['один', 'одна', 'одно', 'одного', 'одной', 'одну', 'одних', 'одним', 'одном'].map(foldWord));

/** "not only", «не только», "nicht nur": a negation that adds instead of denying. */
const NOT_ONLY: ReadonlySet<string> = new Set(['only', 'just', 'только', 'nur']);

/** Words that start a new clause, where a negation before them stops: "no intention of meeting him but did not rule out talks". */
const CLAUSE_CONJUNCTIONS: ReadonlySet<string> = new Set([
  ...'and but or while although though whereas because if unless'.split(' '),
  ...'и но а или если хотя потому'.split(' '),
  ...'und aber oder sondern wenn weil obwohl'.split(' '),
]);

/**
 * German conjunctions that are a modal particle inside a clause, with no comma
 * before them: "bestätigt ist das aber nicht" is one clause, negated; ", aber
 * nicht bestätigt" opens another.
 */
const MODAL_PARTICLES: ReadonlySet<string> = new Set(['aber']);

const DIGIT_END = /\d$/u;
const DIGIT_START = /^\d/u;

/** Punctuation between two words that ends a clause: a comma, a semicolon, a colon, a bracket, a dash. */
const CLAUSE_BREAK = /[,;:()[\]–—]|\s-\s/u;

/**
 * Verbs the stop-word list leaves out as too common to say what a text is about,
 * and "go", too short to count: a negation may still be about them ("cannot take
 * over", "won't go"), so they can be its head (see `canBeHead`). Not "say": "did
 * not say that Ukraine was discussed" is about what was said, and an article
 * writes "said".
 */
const COMMON_VERBS: ReadonlySet<string> = new Set('go get let put use know want make take come see like'.split(' '));

/**
 * Adverbs that sit between a negation and what it is about, saying when or how
 * much: "not yet approved", "nicht mehr", «ещё не», «пока не». They are no head: "has not
 * yet been approved" is about "approved", as "has yet to be approved" is.
 */
const NEGATION_ADVERBS: ReadonlySet<string> = new Set(['yet', 'still', 'even', 'ever', 'again', 'noch', 'mehr', 'einmal', 'ещё', 'еще', 'уже', 'больше', 'пока']);

/** A word a negation may be about: a content word, or a verb too common to be one. */
function canBeHead(folded: string): boolean {
  return !NEGATION_ADVERBS.has(folded) && (isContentWord(folded) || COMMON_VERBS.has(folded));
}

/** How many words after a negation its head may be: "not be reviewed", "no further details", "declined to comment". */
const HEAD_REACH = 3;

/** A word that negates wherever it stands: "not", «не», "keine", "didn't", «отказался». */
function isNegationWord(folded: string): boolean {
  return NEGATIONS.has(folded) || NEGATING_VERBS.has(folded) || folded.endsWith("n't");
}

/** The word at `index` negates the rest of its clause: a negation word, not before "only"; "declined" before "to". */
function negatesAt(tokens: readonly FoldedToken[], index: number): boolean {
  const word = tokens[index]?.folded ?? '';
  const next = tokens[index + 1]?.folded ?? '';
  if (isNegationWord(word)) return !NOT_ONLY.has(next);
  // "stopped short of committing to a figure" did not commit to one; "short of" alone is "less than".
  if (word === 'short' && next === 'of') return STOP_FORMS.has(tokens[index - 1]?.folded ?? '');
  // "rules out reopening the shelter" will not reopen it; "will stop starting new patients" will not start them.
  if (isDenyingVerbAt(tokens, index)) return true;
  // "a cut in May rather than March" is "in May, not March"; so is "instead of March". Not before a figure: "38% rather than
  // the 10% estimated" compares two numbers, which are checked as numbers.
  if ((word === 'than' && tokens[index - 1]?.folded === 'rather') || (word === 'of' && tokens[index - 1]?.folded === 'instead')) return !figureFollows(tokens, index);
  return NEGATING_BEFORE_TO.has(word) && next === 'to';
}

/**
 * A figure right after `index`, an article or "some" before it allowed: "rather than the 10% estimated"; or a unit of
 * time after "every": "every three weeks instead of every fortnight" compares how often, as numbers are compared.
 */
function figureFollows(tokens: readonly FoldedToken[], index: number): boolean {
  let at = index + 1;
  if (FIGURE_ARTICLES.has(tokens[at]?.folded ?? '')) at++;
  const word = tokens[at]?.folded ?? '';
  return /^\p{N}/u.test(word) || numberWordOf(word) !== undefined || (tokens[at - 1]?.folded === 'every' && measureNounOf(word) !== undefined);
}
const FIGURE_ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an', 'some', 'about', 'around', 'every']);

/** The verb "stop" before "short of" or a gerund (see negatesAt). */
const STOP_FORMS: ReadonlySet<string> = new Set(['stop', 'stops', 'stopped', 'stopping']);
/** The auxiliaries of an English passive: "had been ruled out", "was ruled out". */
const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set(['be', 'been', 'being', 'is', 'are', 'was', 'were']);
/** The verb "rule" before "out": "rules out reopening". */
const RULE_FORMS: ReadonlySet<string> = new Set(['rule', 'rules', 'ruled', 'ruling']);
const GERUND = /^[a-z]{2,}ing$/u;

/** Russian "stopped" («перестали», «перестанет») before an infinitive: «перестали работать терминалы» is «не работали». */
const RUSSIAN_STOP = /^переста(?:л|ла|ло|ли|ет|ют|нет|нут)$/u;
const RUSSIAN_INFINITIVE = /^\p{Script=Cyrillic}{2,}(?:ть|ти|чь|ться|тись)$/u;

/** A verb that denies what follows it: "rules out reopening", "stop starting new patients", «перестали работать». */
function isDenyingVerbAt(tokens: readonly FoldedToken[], index: number): boolean {
  const [word = '', next = ''] = [tokens[index]?.folded, tokens[index + 1]?.folded];
  return (RULE_FORMS.has(word) && next === 'out') || (STOP_FORMS.has(word) && GERUND.test(next)) || (RUSSIAN_STOP.test(word) && RUSSIAN_INFINITIVE.test(next));
}

/** Each word's sentence, clause and polarity; see `readPolarity`. Arrays are indexed like the tokens. */
export interface Polarity {
  /** The sentence each word is in, counted from 0. */
  sentence: Uint32Array;
  /** How many sentences there are. */
  sentences: number;
  /** The clause each word is in, counted from 0 across the text. */
  clause: Uint32Array;
  /** 1 where a negation earlier in the word's clause covers it. */
  negated: Uint8Array;
  /** 1 where the word is what a negation is about: the first content word after it, within reach, in its clause. */
  head: Uint8Array;
}

/** What opens the clause a verb of permission is about: «допустили, чтобы …», "zugelassen, dass …". */
const PERMITTED_CLAUSE_OPENERS: ReadonlySet<string> = new Set(['чтобы', 'dass']);
/** Verbs of permission, folded stems: «допустили», «позволили», "zugelassen", "erlaubt". */
const PERMISSION_VERB = /^(?:допус[тк]|позвол|zugelass|zulass|erlaub|geduldet|duld)/u;

/** Sentences, clauses and what is negated in a text; `tokens` are `foldedTokensOf(text)`. Linear in the number of words. */
export function readPolarity(text: string, tokens: readonly FoldedToken[]): Polarity {
  const polarity: Polarity = {
    sentence: new Uint32Array(tokens.length),
    sentences: 0,
    clause: new Uint32Array(tokens.length),
    negated: new Uint8Array(tokens.length),
    head: new Uint8Array(tokens.length),
  };
  let sentence = 0;
  let clause = 0;
  let clauseStart = 0;
  let previousClauseStart = -1;
  // A negation earlier in this clause covers what follows.
  let negating = false;
  let headWanted = -1;
  // The clause's last German "nicht", "nie" (see closeClause).
  let germanNicht = -1;
  // "begrüßten den Start nicht": a German negation that ends its clause is about the verb before it,
  // and covers the whole clause: "Versteigern lassen will die Familie es nicht" does not auction either.
  const closeClause = (end: number) => {
    const negation = headWanted;
    // «но живописных — ни одной»: a clause of «ни» and «один» alone negates the clause before it.
    if (tokens[clauseStart]?.folded === 'ни' && previousClauseStart >= 0 && end > clauseStart + 1 && tokens.slice(clauseStart + 1, end).every((token) => NONE_OF.has(token.folded))) {
      polarity.negated.fill(1, previousClauseStart, clauseStart);
      // What there is none of: the clause's last word that can be a head («живописных»).
      for (let at = clauseStart - 1; at >= previousClauseStart; at--) {
        if (canBeHead(tokens[at]?.folded ?? '')) {
          polarity.head[at] = 1;
          break;
        }
      }
      return;
    }
    // "ein Eintrittsgeld werde es auch künftig nicht geben": "nicht" before the clause's last verb covers the clause too.
    const beforeLastVerb = germanNicht >= clauseStart && end - germanNicht === 2 && !CAPITALISED.test(tokens[end - 1]?.text ?? '');
    if (beforeLastVerb) polarity.negated.fill(1, clauseStart, germanNicht);
    const notBeLast = end - 2 >= clauseStart && tokens[end - 2]?.folded === 'не' && RUSSIAN_BE_LAST.has(tokens[end - 1]?.folded ?? '');
    if (notBeLast) polarity.negated.fill(1, clauseStart, end - 2);
    if (negation < 0 || !AFTER_THE_VERB.has(tokens[negation]?.folded ?? '')) return;
    const verb = verbBefore(tokens, clauseStart, negation);
    if (verb < 0) return;
    polarity.head[verb] = 1;
    polarity.negated.fill(1, clauseStart, negation);
  };
  tokens.forEach((token, index) => {
    const previous = tokens[index - 1];
    if (previous) {
      // Most words are one space apart, which ends neither a sentence nor a clause.
      const spaced = token.start === previous.end + 1 && text[previous.end] === ' ';
      const gap = spaced ? ' ' : text.slice(previous.end, token.start);
      const endsSentence = !spaced && sentenceEndsAfter(previous, gap, token, tokens[index - 2]);
      if (endsSentence) sentence++;
      const conjunction = CLAUSE_CONJUNCTIONS.has(token.folded) && !(spaced && MODAL_PARTICLES.has(token.folded));
      // "2,115", "1.5": a comma or point between digits is part of a number, no clause break.
      const inNumber = (gap === ',' || gap === '.') && DIGIT_END.test(previous.text) && DIGIT_START.test(token.text);
      if (endsSentence || (!spaced && !inNumber && CLAUSE_BREAK.test(gap)) || conjunction) {
        // «не допустили, чтобы огонь дошёл»: what a denied permission was for did not happen either.
        const deniedPermission = !endsSentence && negating && PERMITTED_CLAUSE_OPENERS.has(token.folded) && tokens.slice(clauseStart, index).some((word) => PERMISSION_VERB.test(word.folded));
        closeClause(index);
        clause++;
        previousClauseStart = endsSentence ? -1 : clauseStart;
        clauseStart = index;
        negating = deniedPermission;
        headWanted = -1;
      }
    }
    polarity.sentence[index] = sentence;
    polarity.clause[index] = clause;
    if (negating) polarity.negated[index] = 1;
    if (AFTER_THE_VERB.has(token.folded)) germanNicht = index;
    // "lightning had been ruled out": a denial in the passive denies what its clause said before it, as "ruled out lightning" does.
    if (isDenyingVerbAt(tokens, index) && PASSIVE_AUXILIARIES.has(previous?.folded ?? '')) polarity.negated.fill(1, clauseStart, index - 1);
    // "did not rule out talks": a verb of denial under a negation denies nothing, and what follows it stands.
    if (negating && isDenyingVerbAt(tokens, index)) {
      negating = false;
      if (headWanted >= 0 && index - headWanted <= HEAD_REACH) polarity.head[index] = 1;
      headWanted = -1;
    } else if (negatesAt(tokens, index)) {
      negating = true;
      headWanted = index;
    } else if (headWanted >= 0 && index - headWanted <= HEAD_REACH && canBeHead(token.folded)) {
      polarity.head[index] = 1;
      headWanted = -1;
    }
  });
  closeClause(tokens.length);
  polarity.sentences = tokens.length === 0 ? 0 : sentence + 1;
  // "debt-free", "tax-free": the noun before "-free" is what there is none of, as in "no debt".
  tokens.forEach((token, index) => {
    const next = tokens[index + 1];
    if (next?.folded !== FREE_OF || text.slice(token.end, next.start) !== '-') return;
    polarity.negated[index] = 1;
    polarity.head[index] = 1;
  });
  return polarity;
}
/** The English suffix of absence: "debt-free". */
const FREE_OF = 'free';

/** What the negation check needs of a source's index (Evidence). */
export interface PolarityIndex {
  words: readonly string[];
  positions: ReadonlyMap<string, readonly number[]>;
  wordsByStart: ReadonlyMap<string, readonly string[]>;
  polarity: Polarity;
}

/** Calls `visit` with each place a folded word occurs in the source, in any of its forms. */
function forEachOccurrence(index: PolarityIndex, folded: string, visit: (position: number) => void): void {
  for (const form of index.wordsByStart.get(folded.slice(0, 3)) ?? []) {
    if (sameWordForm(form, folded) || sameEnglishVerb(form, folded)) for (const position of index.positions.get(form) ?? []) visit(position);
  }
}

/** A word in English letters, three at least: what sameEnglishVerb compares. */
const ENGLISH_WORD = /^[a-z]{3,}$/;
/** A base form shorter than this is too little to know a verb by. */
const VERB_BASE_LETTERS = 3;

/** The base forms an English verb form may have: "planned" plan, plann, planne; "raised" raise, rais. */
function englishVerbBases(folded: string): string[] {
  const bases = [folded];
  for (const ending of ['ed', 'd', 'ing', 'es', 's']) {
    if (!folded.endsWith(ending)) continue;
    const base = folded.slice(0, -ending.length);
    if (base.length < VERB_BASE_LETTERS) continue;
    bases.push(base);
    // "planned", "stopping": the last consonant doubled before the ending.
    if (/([b-df-hj-np-tv-z])\1$/.test(base)) bases.push(base.slice(0, -1));
  }
  return bases;
}

/**
 * Two English forms of one verb, which sameWordForm does not follow when the
 * ending doubles a consonant or outgrows the base: "did not plan" and
 * "planned", "did not stop" and "stopped".
 */
function sameEnglishVerb(a: string, b: string): boolean {
  if (!ENGLISH_WORD.test(a) || !ENGLISH_WORD.test(b)) return false;
  const bases = englishVerbBases(a);
  return englishVerbBases(b).some((base) => bases.includes(base));
}

/** Where a folded word occurs in one sentence of the source. */
function occurrencesIn(index: PolarityIndex, folded: string, sentence: number): number[] {
  const found: number[] = [];
  forEachOccurrence(index, folded, (position) => {
    if (index.polarity.sentence[position] === sentence) found.push(position);
  });
  return found;
}

/**
 * A summary sentence restates a source sentence when most of its content words
 * are in that one sentence: three at least, and three in five. Below that the
 * summary says something of its own, and its negations cannot be compared.
 */
const RESTATED_WORDS = 3;
const RESTATED_SHARE = 0.6;

/** A figure in digits, as a word of its own: "188", "2,115". */
const FIGURE = /^\d[\d.,]*$/u;

/** A clause of the text whose polarity contradicts the source, as token indices (first and last word). */
export interface NegationConflict {
  first: number;
  last: number;
  /** The negation word of the text's that the conflict turns on, when the text negates ("not" of "not looking"). */
  negation?: number;
}

/** The negation word whose head is at `head`: before it, within reach, or at its clause's end (German "nicht"). */
function negationOf(tokens: readonly FoldedToken[], polarity: Polarity, head: number): number | undefined {
  const sameClause = (index: number) => polarity.clause[index] === polarity.clause[head];
  for (let index = head - 1; index >= 0 && head - index <= HEAD_REACH && sameClause(index); index--) if (negatesAt(tokens, index)) return index;
  for (let index = head + 1; index < tokens.length && sameClause(index); index++) if (negatesAt(tokens, index)) return index;
  return undefined;
}

/** The clause around a negation head of the text that contradicts the source, with its negation word. */
function negatedClauseAround(tokens: readonly FoldedToken[], polarity: Polarity, head: number): NegationConflict {
  const negation = negationOf(tokens, polarity, head);
  return { ...clauseAround(tokens, polarity, head), ...(negation !== undefined && { negation }) };
}

/** The token range of the clause around the token `at`, without the conjunction that opens it. */
function clauseAround(tokens: readonly FoldedToken[], polarity: Polarity, at: number): NegationConflict {
  const clause = polarity.clause[at];
  let first = at;
  let last = at;
  while (first > 0 && polarity.clause[first - 1] === clause) first--;
  while (last + 1 < polarity.clause.length && polarity.clause[last + 1] === clause) last++;
  if (first < at && CLAUSE_CONJUNCTIONS.has(tokens[first]?.folded ?? '')) first++;
  return { first, last };
}

/**
 * The clauses of a text (in the source's language) that negate what the source
 * states, or state what it negates, in the source sentence each text sentence
 * restates: "Austin did not urge Shoigu…" against "Austin urged Shoigu…", "ruled
 * out talks" against "did not rule out potential talks". A negation the source
 * sentence does not have words for (a paraphrase, a different verb) is left
 * alone: only a word both sides write is compared.
 */
export function findNegationConflicts(source: PolarityIndex, tokens: readonly FoldedToken[], polarity: Polarity): NegationConflict[] {
  const conflicts: NegationConflict[] = [];
  let from = 0;
  while (from < tokens.length) {
    let to = from;
    while (to + 1 < tokens.length && polarity.sentence[to + 1] === polarity.sentence[from]) to++;
    conflicts.push(...conflictsInSentence(source, tokens, polarity, from, to));
    from = to + 1;
  }
  return conflicts;
}

/**
 * The source clause around the negation head at `position` is restated in the
 * text's words `from`..`to`: three of its content words at least, and three in
 * five, besides the head, are there in some form, in any order.
 */
function negatedClauseRestated(source: PolarityIndex, position: number, tokens: readonly FoldedToken[], from: number, to: number): boolean {
  const clause = source.polarity.clause[position];
  let first = position;
  let last = position;
  while (first > 0 && source.polarity.clause[first - 1] === clause) first--;
  while (last + 1 < source.words.length && source.polarity.clause[last + 1] === clause) last++;
  let words = 0;
  let found = 0;
  for (let at = first; at <= last; at++) {
    const word = source.words[at] ?? '';
    if (at === position || isNegationWord(word) || !isContentWord(word)) continue;
    words++;
    for (let index = from; index <= to; index++) {
      if (sameWordForm(tokens[index]?.folded ?? '', word)) {
        found++;
        break;
      }
    }
  }
  return found >= RESTATED_WORDS && found >= words * RESTATED_SHARE;
}

/**
 * A text sentence that restates no one source sentence may still restate one
 * negated clause of it, merged with other facts: «Протоколы в отношении
 * рыбаков, вышедших на лёд вопреки запрету, уже составлены» against «Протоколы
 * в отношении рыбаков пока не составлялись». Where the text writes that
 * clause's head un-negated (by its stem: «составлены», «составлялись»), with
 * the clause's other words around it in any order, it states what the source
 * negates.
 */
function conflictsWithNegatedClauses(source: PolarityIndex, tokens: readonly FoldedToken[], polarity: Polarity, from: number, to: number): NegationConflict[] {
  const conflicts: NegationConflict[] = [];
  for (let index = from; index <= to; index++) {
    const folded = tokens[index]?.folded ?? '';
    if (polarity.negated[index] || !isContentWord(folded)) continue;
    const stem = stemOf(folded);
    const contradicts = (source.wordsByStart.get(folded.slice(0, 3)) ?? []).some(
      (form) =>
        stemOf(form) === stem &&
        (source.positions.get(form) ?? []).some((position) => source.polarity.head[position] === 1 && negatedClauseRestated(source, position, tokens, from, to)),
    );
    if (contradicts) conflicts.push(clauseAround(tokens, polarity, index));
  }
  return conflicts;
}

/**
 * The reverse of conflictsWithNegatedClauses: a text sentence that restates no
 * one source sentence negates a clause the source states, merged with other
 * facts: «На время ремонта трамваи на проспекте Ленина не будут ходить в
 * обычном режиме» against «Трамваи будут ходить в обычном режиме». The text's
 * negation head is written un-negated in the source, in a clause whose other
 * words are around it here, and nowhere negated in a clause restated here.
 */
function conflictsWithStatedClauses(source: PolarityIndex, tokens: readonly FoldedToken[], polarity: Polarity, from: number, to: number): NegationConflict[] {
  const conflicts: NegationConflict[] = [];
  for (let index = from; index <= to; index++) {
    const folded = tokens[index]?.folded ?? '';
    if (polarity.head[index] !== 1) continue;
    const positions: number[] = [];
    forEachOccurrence(source, folded, (position) => positions.push(position));
    const restated = positions.filter((position) => negatedClauseRestated(source, position, tokens, from, to));
    if (restated.length === 0 || restated.some((position) => source.polarity.negated[position])) continue;
    // Unless what the negation covers is negated there: "keine Einsprache eingereicht" for "Einsprache … nicht eingereicht".
    if (!restated.some((position) => negatesWhatSourceNegates(source, tokens, polarity, index, source.polarity.sentence[position] ?? 0))) conflicts.push(negatedClauseAround(tokens, polarity, index));
  }
  return conflicts;
}

/** What a negation covers, in content words, that says which thing it denies: one at least (see negatesWhatSourceNegates). */
const DENIED_WORDS = 1;

/**
 * The content words the negation whose head is at `head` covers, after the
 * head and in its clause, are written in the source sentence (most of them),
 * and there only where a negation covers them (all): the text denies what the source denies, by
 * another verb. "could not support "a plan that drops hundreds of cars…"" for
 * "supported more housing but not "a plan that drops hundreds of cars…"": the
 * source writes "supported" un-negated, and negates the plan.
 */
function negatesWhatSourceNegates(source: PolarityIndex, tokens: readonly FoldedToken[], polarity: Polarity, head: number, sentence: number): boolean {
  let words = 0;
  let denied = 0;
  for (let index = head + 1; index < tokens.length && polarity.clause[index] === polarity.clause[head]; index++) {
    const folded = tokens[index]?.folded ?? '';
    if (!polarity.negated[index] || !isContentWord(folded)) continue;
    words++;
    const there = occurrencesIn(source, folded, sentence);
    // A word the negation covers that the source sentence states: "not looking for books" where the source looks for books.
    if (there.some((position) => !source.polarity.negated[position])) return false;
    if (there.length > 0) denied++;
  }
  return denied >= DENIED_WORDS && denied >= words * RESTATED_SHARE;
}

function conflictsInSentence(source: PolarityIndex, tokens: readonly FoldedToken[], polarity: Polarity, from: number, to: number): NegationConflict[] {
  // Which source sentence holds most of this sentence's content words, each counted once per sentence.
  const matched = new Uint16Array(source.polarity.sentences);
  // The last word counted for each source sentence, plus one (0: none yet).
  const countedFor = new Uint32Array(source.polarity.sentences);
  const content: number[] = [];
  // The content words and the common verbs a negation may be about: the words that can contradict the source.
  const candidates: number[] = [];
  // The figures each source sentence shares with this one, which tell apart two sentences of the same words: "2,115
  // had been waiting more than 65 weeks, and 188 more than 78" is restated by "188 of them for more than 78 weeks", not
  // "no patient to wait longer than 65 weeks".
  const figures = new Uint16Array(source.polarity.sentences);
  for (let index = from; index <= to; index++) {
    const token = tokens[index];
    if (!token || !FIGURE.test(token.folded)) continue;
    for (const position of source.positions.get(token.folded) ?? []) {
      const sentence = source.polarity.sentence[position] ?? 0;
      if (countedFor[sentence] === index + 1) continue;
      countedFor[sentence] = index + 1;
      figures[sentence] = (figures[sentence] ?? 0) + 1;
    }
  }
  let restated = -1;
  let best = 0;
  let bestScore = 0;
  for (let index = from; index <= to; index++) {
    const token = tokens[index];
    if (!token || isNegationWord(token.folded) || !canBeHead(token.folded)) continue;
    candidates.push(index);
    if (!isContentWord(token.folded)) continue;
    content.push(index);
    forEachOccurrence(source, token.folded, (position) => {
      const sentence = source.polarity.sentence[position] ?? 0;
      if (countedFor[sentence] === index + 1) return;
      countedFor[sentence] = index + 1;
      const count = (matched[sentence] ?? 0) + 1;
      matched[sentence] = count;
      const score = count + (figures[sentence] ?? 0);
      if (score > bestScore) [restated, best, bestScore] = [sentence, count, score];
    });
  }
  if (best < RESTATED_WORDS || best < content.length * RESTATED_SHARE) {
    return [...conflictsWithNegatedClauses(source, tokens, polarity, from, to), ...conflictsWithStatedClauses(source, tokens, polarity, from, to)];
  }

  const conflicts: NegationConflict[] = [];
  const negatedHere = candidates.filter((index) => polarity.negated[index]).map((index) => tokens[index]?.folded ?? '');
  for (const index of candidates) {
    const folded = tokens[index]?.folded ?? '';
    const isHead = polarity.head[index] === 1;
    // Only a negation's head here, or a word not negated here, can contradict the source sentence.
    if (!isHead && polarity.negated[index]) continue;
    const there = occurrencesIn(source, folded, restated);
    if (there.length === 0) continue;
    // A negation here whose head the source sentence writes, never negated: "did not urge" against "urged"; unless what it
    // negates is negated there too, or the source says it was lost ("without electricity" for "lost electricity").
    if (isHead && there.every((position) => !source.polarity.negated[position])) {
      if (
        !negatesWhatSourceNegates(source, tokens, polarity, index, restated) &&
        !withoutWhatSourceLost(source, tokens, polarity, index, there) &&
        !negatedInAnotherSentence(source, tokens, polarity, index, restated)
      ) {
        conflicts.push(negatedClauseAround(tokens, polarity, index));
      }
    }
    // A negation there whose head this sentence writes, never negated, in a clause that says what that negation is about:
    // "ruled out talks" against "did not rule out potential talks".
    else if (!polarity.negated[index] && !negatedHere.some((word) => sameWordForm(word, folded))) {
      const negatedThere = there.filter((position) => source.polarity.head[position] && !figuresPointElsewhere(source, position, tokens, polarity, index));
      if (negatedThere.some((position) => sharesClauseWords(source, position, tokens, polarity, index))) conflicts.push(clauseAround(tokens, polarity, index));
    }
  }
  return conflicts;
}

/**
 * The text's negation at `head` restates a negation of another source sentence
 * than the one its sentence mostly restates: the same head negated there, in a
 * clause with another word of the text's clause. A summary sentence joins
 * sentences: "have received 960 refund requests … and have ruled out refunding
 * weekend tickets in full" restates "960 refund requests" of one and "will not
 * refund weekend tickets in full" of another.
 */
function negatedInAnotherSentence(source: PolarityIndex, tokens: readonly FoldedToken[], polarity: Polarity, head: number, restated: number): boolean {
  const { first, last } = clauseAround(tokens, polarity, head);
  let found = false;
  forEachOccurrence(source, tokens[head]?.folded ?? '', (position) => {
    if (found || source.polarity.sentence[position] === restated || !source.polarity.negated[position]) return;
    const clause = source.polarity.clause[position];
    let shared = 0;
    for (let at = position - 1; at >= 0 && source.polarity.clause[at] === clause; at--) if (sharedWordAt(source, at, tokens, first, last, () => undefined)) shared++;
    for (let at = position + 1; at < source.words.length && source.polarity.clause[at] === clause; at++) if (sharedWordAt(source, at, tokens, first, last, () => undefined)) shared++;
    found = shared > 0;
  });
  return found;
}

/** Verbs of losing and lacking: what follows them the subject is without ("lost electricity", «лишились света», "verloren ihre Arbeit"). */
const LOSS_VERBS: ReadonlySet<string> = new Set(
  [
    ...'lost lose loses losing lack lacks lacked lacking'.split(' '),
    ...'потеряли потерял потеряла потеряло лишились лишился лишилась лишилось лишены'.split(' '),
    ...'verlor verloren verlieren verliert'.split(' '),
  ].map(foldWord),
);
/** Words between a verb of losing and what was lost: "lost their electricity", "lost all power". */
const LOSS_REACH = 3;
/** The prepositions of absence: "without", «без», "ohne". */
const WITHOUT: ReadonlySet<string> = new Set(['without', 'без', 'ohne']);

/**
 * The text's negation at the head `head` is a "without" ("left 61,000 homes
 * without electricity"), and the source writes its head after a verb of losing
 * ("61,000 homes lost electricity", see LOSS_VERBS): both say it is gone.
 */
function withoutWhatSourceLost(source: PolarityIndex, tokens: readonly FoldedToken[], polarity: Polarity, head: number, there: readonly number[]): boolean {
  const negation = negationOf(tokens, polarity, head);
  if (negation === undefined || !WITHOUT.has(tokens[negation]?.folded ?? '')) return false;
  return there.some((position) => {
    for (let at = position - 1; at >= 0 && position - at <= LOSS_REACH; at--) if (LOSS_VERBS.has(source.words[at] ?? '')) return true;
    return false;
  });
}

/**
 * The text's clause around `index` gives figures the source states, none of
 * them in the sentence of the source's negation at `position`: it restates
 * the sentence its figures come from. «В 2027 году город планирует закупить ещё
 * 40 электробусов» restates «предусматривает закупку ещё 40 электробусов в 2027
 * году», not «запускать электробусы … не планируется».
 */
function figuresPointElsewhere(source: PolarityIndex, position: number, tokens: readonly FoldedToken[], polarity: Polarity, index: number): boolean {
  const { first, last } = clauseAround(tokens, polarity, index);
  const sentence = source.polarity.sentence[position];
  let stated = false;
  for (let at = first; at <= last; at++) {
    const folded = tokens[at]?.folded ?? '';
    if (!FIGURE.test(folded)) continue;
    for (const there of source.positions.get(folded) ?? []) {
      if (source.polarity.sentence[there] === sentence) return false;
      stated = true;
    }
  }
  return stated;
}

/**
 * The text's clause around `index` holds a content word of the source clause
 * whose negation head is at `position`, besides the head: it says what that
 * negation is about. "had restored power to 88% of customers" does not restate
 * "leaving 7,300 still without power", though both write "power"; "ruled out
 * talks" restates "did not rule out potential talks". A source clause of its
 * head alone ("no, he said") is restated by the head.
 */
function sharesClauseWords(source: PolarityIndex, position: number, tokens: readonly FoldedToken[], polarity: Polarity, index: number): boolean {
  const { first, last } = clauseAround(tokens, polarity, index);
  const clause = source.polarity.clause[position];
  let others = 0;
  for (let at = position - 1; at >= 0 && source.polarity.clause[at] === clause; at--) if (sharedWordAt(source, at, tokens, first, last, () => others++)) return true;
  for (let at = position + 1; at < source.words.length && source.polarity.clause[at] === clause; at++) if (sharedWordAt(source, at, tokens, first, last, () => others++)) return true;
  return others === 0;
}

/** The source word at `at`, when a content word and no negation, is written in the text's words `first`..`last`; `counted` is called for each such source word. */
function sharedWordAt(source: PolarityIndex, at: number, tokens: readonly FoldedToken[], first: number, last: number, counted: () => void): boolean {
  const word = source.words[at] ?? '';
  // "still", «пока»: when, not what; a summary may say it otherwise («уже применили» for «пока не применяли»). "aber": what
  // joins, not what is said.
  if (isNegationWord(word) || NEGATION_ADVERBS.has(word) || CLAUSE_CONJUNCTIONS.has(word) || !isContentWord(word)) return false;
  counted();
  for (let index = first; index <= last; index++) if (sameWordForm(tokens[index]?.folded ?? '', word)) return true;
  return false;
}
