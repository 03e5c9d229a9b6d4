import type { FoldedToken } from './fold.js';

/**
 * Russian writes the name of an institution with one capital, on its first
 * word: «Министерство обороны», «Институт русского языка», «Федеральный суд»,
 * «Левая партия». In a Russian summary of an article in another language that
 * word is a translation ("Ministry of Defence", "Bundesgerichtshof", "Die
 * Linke"), so it has nothing to match in the source and is no name claim: a
 * noun that heads an institution's name, or an adjective right before one.
 * Stems, folded (й → и), each followed by at most three letters of ending.
 */
const INSTITUTION_STEMS = [
  'министерств', 'ведомств', 'агентств', 'управлени', 'департамент', 'служб', 'комитет', 'комисси', 'совет', 'инспекци',
  'прокуратур', 'суд', 'трибунал', 'правительств', 'администраци', 'парламент', 'дум', 'палат', 'сенат', 'ассамбле',
  'университет', 'институт', 'академи', 'колледж', 'школ', 'больниц', 'клиник', 'лаборатори', 'обсерватори', 'музе',
  'галере', 'библиотек', 'театр', 'банк', 'фонд', 'союз', 'федераци', 'ассоциаци', 'обществ', 'объединени', 'движени',
  'парти', 'лиг', 'организаци', 'инициатив', 'компани', 'корпораци', 'концерн', 'групп', 'холдинг', 'полици', 'арми', 'флот', 'гварди',
  'кремл', 'двор', 'собор', 'монастыр', 'вокзал', 'аэропорт', 'порт', 'мост', 'площад', 'улиц', 'проспект', 'парк',
  'заповедник', 'зоопарк', 'район', 'округ', 'област', 'кра',
  'лице', 'гимнази', 'кубок', 'кубк', 'чемпионат', 'турнир', 'фестивал', 'преми', 'олимпиад',
];

/** Letters of case ending a stem may take: «суд-ом», «министерств-ами», «кра-ю». */
const ENDING_LETTERS = 3;

/** Letters a compound abbreviation puts before the noun: «Нац|банк», «Гос|дума», «Мосгор|суд». */
const COMPOUND_PREFIX_LETTERS = 3;
/** The nouns compound abbreviations end in: «Нацбанк», «Госдума», «Мосгорсуд», «Роспотребнадзор», «Генпрокуратура». */
const COMPOUND_TAILS = ['банк', 'дум', 'суд', 'фонд', 'союз', 'совет', 'комитет', 'надзор', 'прокуратур', 'инспекци'];

/**
 * The folded word is a form of a noun that heads a Russian institution's name
 * (see INSTITUTION_STEMS), or a compound abbreviation ending in one (see
 * COMPOUND_TAILS): «Нацбанка» for "National Bank", «Госдума».
 */
export function isRussianInstitutionNoun(folded: string): boolean {
  if (INSTITUTION_STEMS.some((stem) => folded.startsWith(stem) && folded.length - stem.length <= ENDING_LETTERS)) return true;
  return COMPOUND_TAILS.some((tail) => {
    const at = folded.lastIndexOf(tail);
    return at >= COMPOUND_PREFIX_LETTERS && folded.length - at - tail.length <= ENDING_LETTERS;
  });
}

/** Russian adjective endings, folded (й → и), longest first: «Федеральный», «Левая», «Верховного». */
export const RUSSIAN_ADJECTIVE_ENDINGS: readonly string[] = ['ыми', 'ими', 'ого', 'его', 'ому', 'ему', 'ыи', 'ии', 'ои', 'ая', 'яя', 'ую', 'юю', 'ое', 'ее', 'ые', 'ие', 'ых', 'их', 'ым', 'им', 'ом', 'ем'];
const ADJECTIVE = new RegExp(`\\p{L}{3,}(?:${RUSSIAN_ADJECTIVE_ENDINGS.join('|')})$`, 'u');

/** The folded word ends like a Russian adjective (see ADJECTIVE): «Западного», «Новая». Surnames in -ский, -ая do too. */
export function looksLikeRussianAdjective(folded: string): boolean {
  return ADJECTIVE.test(folded);
}

/** How many lower-case adjectives may stand between a capitalised one and its noun: «Федеральный верховный суд». */
const ADJECTIVES_BETWEEN = 2;

/**
 * The token at `index` is an adjective that opens an institution's name: a
 * noun of INSTITUTION_STEMS follows it, after at most two lower-case adjectives
 * («Левая партия», «Федеральный верховный суд»). An adjective before any other
 * word is not («Вишневский сказал»: surnames decline like adjectives).
 */
export function opensRussianInstitution(tokens: readonly FoldedToken[], index: number): boolean {
  const token = tokens[index];
  if (!token || !ADJECTIVE.test(token.folded)) return false;
  for (let next = index + 1; next <= index + 1 + ADJECTIVES_BETWEEN; next++) {
    const word = tokens[next];
    if (!word) return false;
    if (isRussianInstitutionNoun(word.folded)) return true;
    if (!ADJECTIVE.test(word.folded) || word.text !== word.text.toLowerCase()) return false;
  }
  return false;
}
