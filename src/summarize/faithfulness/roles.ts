/**
 * Who the article says holds a role: "finance director Tom Whitcombe",
 * «председатель облизбиркома Галина Веретенникова», "Braumeister Stefan Ohlig".
 * A summary that gives the role to another person the article names ("Finance
 * director Karen Delaney", where the article's Karen Delaney is a union
 * officer) states a name the article has, so the name check passes it; what
 * the article does not support is that person in that role.
 *
 * Read from the words right before a name of two words, as news writes a
 * person's role the first time it names them. A role shared by several people
 * ("councillor", "candidate") is still told apart by the word before it
 * ("Conservative candidate" is not "Green Party candidate"), and is not said
 * of another where the article writes it in any sentence that names the
 * person. Only within one language: a role in another language has other
 * words.
 */
import type { Claim } from './check.js';
import { foldWord, sameDeclinedName, sameNameForm, sameWordForm, type FoldedToken } from './fold.js';
import { looksLikeGermanTitle } from './german-titles.js';

/** A person the article names right after a role: folded words. */
export interface RoleHolder {
  role: string;
  /** The word before the role, when it is part of it ("finance" of "finance director"). */
  before: string | undefined;
  surname: string;
}

/** The article's role holders, and the folded words of each of its sentences. */
export interface RoleIndex {
  holders: readonly RoleHolder[];
  sentences: ReadonlyArray<readonly string[]>;
}

/** A person named in a text after a role, where the name's words are. */
interface NamedInRole extends RoleHolder {
  /** The words of the role, up to ROLE_WORDS, that stand right before the name: "deputy head of office" has "deputy head". */
  phrase: readonly string[];
  /** Token indexes: the first word of the role's phrase, and the surname. */
  from: number;
  to: number;
}

/** Words of a role phrase read before a name: «заместитель начальника управления ветеринарии» is four. */
const ROLE_WORDS = 4;

/**
 * Words that end a role phrase read backwards from its name, being no part of
 * it: verbs ("beating", "hat", «передал»), and the year a sentence dates
 * things by («в 2023 году краевед»). Folded.
 */
const ENDS_ROLE_PHRASE = /^(?:\p{Script=Latin}{3,}(?:ed|ing)|hat|haben|ist|war|wird|wurde|has|had|was|were|is|are|\p{Script=Cyrillic}{2,}(?:ал|ял|ил|ел|ул|ла|ли)|году|года|лет|years?|jahre?n?)$/u;

/**
 * Words that stand right before a name without being its role: articles,
 * prepositions, titles of courtesy and verbs of saying ("said Tom Whitcombe",
 * «заявила Галина Веретенникова»). Folded.
 */
const NOT_ROLES: ReadonlySet<string> = new Set(
  [
    'the a an of by from and or with to for at in on as than but says said told tells adds added according explained noted warned dr mr mrs ms miss prof sir dame lord lady',
    'und oder von vom der die das des dem den mit fur bei laut im am zum zur herr frau',
    'и или с со от у в на по за а но г-н г-жа сказал сказала заявил заявила сообщил сообщила рассказал рассказала отметил отметила подчеркнул подчеркнула пояснил пояснила',
    'добавил добавила уточнил уточнила признал признала напомнил напомнила объяснил объяснила ответил ответила считает говорит словам',
  ]
    .join(' ')
    .split(' ')
    .map(foldWord),
);

/**
 * Roles held towards another person, whom the article and a summary may name
 * from either side: "his Russian counterpart Sergei Shoigu" is Lloyd Austin's
 * counterpart in an article where Austin is Shoigu's. Folded.
 */
const RELATIONAL_ROLES: ReadonlySet<string> = new Set(
  [
    'counterpart colleague partner rival opponent wife husband son daughter brother sister friend successor predecessor mother father',
    'kollege kollegin amtskollege amtskollegin nachfolger nachfolgerin vorganger vorgangerin gegner gegnerin partnerin frau mann sohn tochter bruder schwester',
    'коллега преемник преемница предшественник предшественница соперник соперница жена муж сын дочь брат сестра партнер партнерша',
  ]
    .join(' ')
    .split(' ')
    .map(foldWord),
);

/** A possessive before a role makes it one held towards another person: "his lawyer", «её защитник», "seine Frau". */
const POSSESSIVES: ReadonlySet<string> = new Set('his her their its our my sein seine seiner seinen seinem ihr ihre ihrer ihren ihrem его ее их свой своя своего своей наш'.split(' ').map(foldWord));

/** An age is no role: "Nineteen-year-old Tom Ashworth", «31-летняя Ольга Семёнова», "der 64-jährige Klaus Berger". */
const AGE_WORD = /^(?:old|\p{L}*jahrig\p{L}*|\p{L}*летн\p{L}*)$/u;

/** Words next to each other with a space between, on one line: "director Karen", not "director, Karen". */
function adjacent(text: string, first: FoldedToken, second: FoldedToken): boolean {
  return /^[ \u00a0]+$/u.test(text.slice(first.end, second.start));
}

const CAPITAL = /^\p{Lu}/u;

/**
 * A role written short: "Cllr" for "Councillor", «зам» for «заместитель». The
 * short form has no vowels and its letters come in order in the long one.
 */
function abbreviates(short: string, long: string): boolean {
  if (short.length < 3 || short.length > 4 || long.length <= short.length || /[aeiouyаеиоуыэюяё]/u.test(short) || short[0] !== long[0]) return false;
  let matched = 0;
  for (const letter of long) if (letter === short[matched]) matched++;
  return matched === short.length;
}

/** Two folded words that name one role: forms of one word («глава», «главы»), or one written short. */
function sameRole(one: string, other: string): boolean {
  return sameWordForm(one, other) || sameDeclinedName(one, other) || abbreviates(one, other) || abbreviates(other, one);
}

/** Two folded words that are forms of one surname, in one language. */
function sameSurname(one: string, other: string): boolean {
  return sameNameForm(one, other) || sameDeclinedName(one, other);
}

/**
 * The people `text` names right after a role: a name of two capitalised words
 * that ends its run of capitals, after a word that may be a role. German
 * capitalises every noun, so there the role must look like one (see
 * looksLikeGermanTitle): "zwei Jahren Umbau" names no one.
 */
function namedInRole(text: string, tokens: readonly FoldedToken[], language: string | undefined): NamedInRole[] {
  const named: NamedInRole[] = [];
  for (let index = 2; index < tokens.length; index++) {
    const surname = tokens[index];
    const first = tokens[index - 1];
    const role = tokens[index - 2];
    if (!surname || !first || !role || !CAPITAL.test(surname.text) || !CAPITAL.test(first.text)) continue;
    if (!adjacent(text, first, surname) || !adjacent(text, role, first)) continue;
    const next = tokens[index + 1];
    if (next && CAPITAL.test(next.text) && adjacent(text, surname, next)) continue;
    if (role.folded.length < 3 || NOT_ROLES.has(role.folded) || RELATIONAL_ROLES.has(role.folded) || AGE_WORD.test(role.folded)) continue;
    if (language === 'de' && !looksLikeGermanTitle(role.folded)) continue;
    const beforeRole = tokens[index - 3];
    if ([beforeRole, tokens[index - 4]].some((token) => token !== undefined && POSSESSIVES.has(token.folded))) continue;
    const before = beforeRole && adjacent(text, beforeRole, role) && !NOT_ROLES.has(beforeRole.folded) && !ENDS_ROLE_PHRASE.test(beforeRole.folded) ? beforeRole : undefined;
    let from = index - 2;
    // A German role is one word, compounded ("Bezirksleiter"); the words before it are the sentence's.
    while (language !== 'de' && from > index - 2 - (ROLE_WORDS - 1)) {
      const word = tokens[from - 1];
      const next = tokens[from];
      if (!word || !next || !adjacent(text, word, next) || NOT_ROLES.has(word.folded) || ENDS_ROLE_PHRASE.test(word.folded)) break;
      from--;
    }
    const phrase = tokens.slice(from, index - 1).map((token) => token.folded);
    named.push({ role: role.folded, before: before?.folded, surname: surname.folded, phrase, from, to: index });
  }
  return named;
}

/**
 * The role holders of the article's `body` (where it is in `text`; not its
 * title, which news writes In Title Case) and the words of each of the body's
 * sentences, as `sentenceOf` numbers each token.
 */
export function indexRoles(text: string, tokens: readonly FoldedToken[], sentenceOf: ArrayLike<number>, body: { start: number; end: number }, language: string | undefined): RoleIndex {
  const sentences: string[][] = [];
  const inBody: FoldedToken[] = [];
  tokens.forEach((token, index) => {
    if (token.start < body.start || token.end > body.end) return;
    inBody.push(token);
    (sentences[sentenceOf[index] ?? 0] ??= []).push(token.folded);
  });
  const holders = namedInRole(text, inBody, language).map(({ role, before, surname }) => ({ role, before, surname }));
  return { holders, sentences: sentences.filter((words) => words !== undefined) };
}

/**
 * The people `text` puts in a role the article gives to someone else, each as
 * a name claim of the role and the name ("Finance director Karen Delaney"):
 * the article names the person, names another holder of that role (by the
 * same words before it, where both write one), and writes the role in no
 * sentence that names the person. Only in the article's language.
 */
export function rolesOfOthers(roles: RoleIndex, text: string, tokens: readonly FoldedToken[], language: string | undefined): Array<Claim & { at: number }> {
  const claims: Array<Claim & { at: number }> = [];
  for (const person of namedInRole(text, tokens, language)) {
    const sameHolding = (holder: RoleHolder) =>
      sameRole(holder.role, person.role) && (holder.before === undefined || person.before === undefined || sameRole(holder.before, person.before));
    const others = roles.holders.filter(sameHolding);
    if (others.length === 0) continue;
    const naming = roles.sentences.filter((words) => words.some((word) => sameSurname(word, person.surname)));
    // A person the article does not name is the name check's to report.
    if (naming.length === 0) continue;
    // "Заместитель начальника управления ветеринарии Елена Корнилова" is the article's «заместитель начальника управления
    // Елена Корнилова»: any word of the role in a sentence that names the person.
    if (naming.some((words) => words.some((word) => person.phrase.some((part) => sameRole(word, part))))) continue;
    const from = tokens[person.from];
    const to = tokens[person.to];
    if (from && to) claims.push({ kind: 'name', text: text.slice(from.start, to.end), at: from.start });
  }
  return claims;
}
