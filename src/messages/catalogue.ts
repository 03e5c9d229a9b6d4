/**
 * The message catalogue: every text the bot itself writes (replies, help, buttons, digest headers,
 * error messages), in each language it speaks, through i18next. Summaries and the article's own words
 * are not in here: they come from the model and the article and are passed in as values.
 */
import i18next, { type i18n } from 'i18next';
import { escapeHtml } from '../format/telegram-html.js';
import { en } from './en.js';
import { ru } from './ru.js';

/** The catalogues, by language code. English is complete by definition and the fallback for every other. */
export const CATALOGUES = { en, ru } as const;

export type CatalogueLanguage = keyof typeof CATALOGUES;

export const CATALOGUE_LANGUAGES = Object.keys(CATALOGUES) as CatalogueLanguage[];

/** The plural suffixes i18next picks from with Intl.PluralRules. */
export const PLURAL_SUFFIXES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;

type PluralBase<Key extends string> = Key extends `${infer Base}_${(typeof PLURAL_SUFFIXES)[number]}` ? Base : Key;

/** Dotted paths to the texts of a catalogue, plural forms folded into their base key. */
type KeysOf<Tree, Prefix extends string = ''> = {
  [Key in keyof Tree & string]: Tree[Key] extends string ? `${Prefix}${PluralBase<Key>}` : KeysOf<Tree[Key], `${Prefix}${Key}.`>;
}[keyof Tree & string];

type HtmlTree = Omit<typeof en, 'plain'>;

/** A text that is Telegram HTML. */
export type HtmlKey = KeysOf<HtmlTree>;
/** A text shown as it is: a button label, a pop-up answer, a command's description. */
export type PlainKey = KeysOf<(typeof en)['plain'], 'plain.'>;

/** Values put into a text; `count` also picks the plural form. */
export type MessageValues = Readonly<Record<string, string | number>>;

/** A text named by key, to be put into words later in the reader's language. */
export interface MessageRef {
  key: HtmlKey;
  values?: MessageValues;
}

/** The bot's texts in one language. */
export interface Texts {
  /** The catalogue's language: "en", "ru". */
  language: CatalogueLanguage;
  /** The locale dates and numbers are written in: "en-GB", "ru-RU". */
  locale: string;
  /** A text as Telegram HTML; values are escaped unless the text marks them as HTML with `{{- name}}`. */
  html(key: HtmlKey, values?: MessageValues): string;
  /** A text shown as it is (buttons, pop-ups, the command menu); values are not escaped. */
  plain(key: PlainKey, values?: MessageValues): string;
  /** A number as this language writes it: "12,500" / "12 500". */
  number(value: number): string;
}

/** How each catalogue language writes dates and numbers. */
const LOCALES: Readonly<Record<CatalogueLanguage, string>> = { en: 'en-GB', ru: 'ru-RU' };

export interface Catalogue {
  /** The texts in `language`, or in English when there is no catalogue for it. */
  texts(language: string | undefined): Texts;
}

export interface CatalogueOptions {
  /** Told about every text put into words (tests check that every reply comes from the catalogue). */
  onRender?: (rendered: { key: string; language: CatalogueLanguage; text: string }) => void;
}

export function isCatalogueLanguage(language: string | undefined): language is CatalogueLanguage {
  return language !== undefined && Object.hasOwn(CATALOGUES, language);
}

/**
 * The language of the bot's own texts for a reader: the first of `candidates` (their /language
 * choice, their Telegram app's language) that has a catalogue, else English.
 */
export function textsLanguageFor(...candidates: Array<string | undefined>): CatalogueLanguage {
  return candidates.find(isCatalogueLanguage) ?? 'en';
}

export function createCatalogue(options: CatalogueOptions = {}): Catalogue {
  const instance: i18n = i18next.createInstance();
  // With inline resources and initAsync off, init completes before it returns.
  void instance.init({
    resources: Object.fromEntries(Object.entries(CATALOGUES).map(([language, texts]) => [language, { translation: texts }])),
    fallbackLng: 'en',
    initAsync: false,
    // A missing key is a programming error the types already rule out; never show a key to a person.
    returnNull: false,
    returnEmptyString: false,
    interpolation: { escapeValue: true, escape: escapeHtml },
  });
  const cache = new Map<CatalogueLanguage, Texts>();

  function build(language: CatalogueLanguage): Texts {
    const translate = instance.getFixedT(language);
    const numbers = new Intl.NumberFormat(LOCALES[language]);
    const render = (key: string, values: MessageValues | undefined, escapeValue: boolean) => {
      if (!instance.exists(key, { lng: language, ...values })) throw new Error(`No text "${key}" in the message catalogue`);
      const text: string = translate(key, { ...values, interpolation: { escapeValue } });
      options.onRender?.({ key, language, text });
      return text;
    };
    return {
      language,
      locale: LOCALES[language],
      html: (key, values) => render(key, values, true),
      plain: (key, values) => render(key, values, false),
      number: (value) => numbers.format(value),
    };
  }

  return {
    texts(language) {
      const chosen = textsLanguageFor(language);
      let texts = cache.get(chosen);
      if (!texts) {
        texts = build(chosen);
        cache.set(chosen, texts);
      }
      return texts;
    },
  };
}
