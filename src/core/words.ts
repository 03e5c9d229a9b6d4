/**
 * The one tokenizer and the one stop-word list of the product: language
 * detection, the extractive summarizer, story clustering and feed item
 * classification all count words the same way.
 */

/** A word: a run of letters and digits, with one apostrophe inside ("don't", "Moscow’s"). */
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

/** Letter and digit runs, lower-cased ("don't" stays one word): the words of a text. */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

/** One word of a text as written (case kept), with where it is: `text.slice(start, end)`. */
export interface WordToken {
  text: string;
  start: number;
  end: number;
}

/**
 * The words of `wordsOf`, case kept and with their offsets, for readers that need
 * the capitals or what stands between words (the faithfulness checker).
 */
export function wordTokensOf(text: string): WordToken[] {
  return Array.from(text.matchAll(WORD), (match) => ({ text: match[0], start: match.index, end: match.index + match[0].length }));
}

/** Scripts written without spaces between words. */
const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;

/**
 * Words, counting each Han, kana or Hangul character as half a word: those
 * scripts do not put spaces between words, so a run of letters is a sentence.
 */
export function countWords(text: string): number {
  const unspaced = text.match(UNSPACED_SCRIPT)?.length ?? 0;
  const spaced = text.replace(UNSPACED_SCRIPT, ' ');
  return (spaced.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) + Math.floor(unspaced / 2);
}

/**
 * Function words and words too common in news to say what a text is about, per
 * language. Detection counts a language's own list; everything else asks
 * `isStopword`, which knows them all.
 */
export const STOPWORDS_BY_LANGUAGE: Readonly<Record<string, ReadonlySet<string>>> = Object.fromEntries(
  Object.entries({
    en:
      'the and of to in is that for it with was on as are by this have from he said has be at not but they which were would ' +
      'you all any can her one our out day get him his how man new now old see two way who boy did its let put say she too use ' +
      'will your know want been good much some time very when come here just like long make many more only over such take than ' +
      'them well what about after again also back could first into most says year years their there these those while other ' +
      'being under since where before between during through against amid week today people had then should may might who',
    ru: 'и в во не на что с со как а то по но из у за от для до же его ее её они это бы был была были быть к о об при так уже или ли ни да нет мы вы он она их также сказал заявил',
    de: 'der die das und ist nicht mit den sich auf ein eine einer dem des auch es für von zu im wird sind hat wie bei nach aus oder werden',
    fr: 'le la les et des est une du pour que qui dans pas sur au avec ce il elle sont aux par plus été ont mais leur cette nous',
    es: 'el la los las y que del en por con una para es se lo su al como más pero sus fue este ha también muy sobre entre hasta',
    it: 'il di che la e per non con una sono della del gli le nel alla anche dei ha questo più come ma delle nella essere stato è degli',
    pt: 'o a os as de que e do da em um uma para com não por dos das mais se na no ao foi são como também pelo pela',
    nl: 'de het een en van is dat op te zijn niet met voor die ook aan er maar om werd wordt bij nog door naar heeft worden dan hij',
    pl: 'i w nie na się z to że do jest jak po od za o ale przez tak jego już być które został może oraz tym który jako dla',
  }).map(([language, words]) => [language, new Set(words.split(' '))]),
);

const ALL_STOPWORDS = new Set(Object.values(STOPWORDS_BY_LANGUAGE).flatMap((words) => [...words]));

export function isStopword(word: string): boolean {
  return ALL_STOPWORDS.has(word);
}

/** The words of a text that say what it is about: three letters or more, no stop-words. */
export function contentWordsOf(text: string): string[] {
  return wordsOf(text).filter((word) => word.length > 2 && !ALL_STOPWORDS.has(word));
}
