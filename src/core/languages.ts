/**
 * Languages people read summaries in: ISO 639-1 codes ("en", "ru"), as Telegram
 * reports a client's language (`language_code`, possibly "pt-br") and as people
 * type them in /language.
 */

const englishNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/** The primary subtag of a language tag, lower-cased: "pt-BR" → "pt"; undefined for nothing usable. */
export function primaryLanguage(tag: string | undefined): string | undefined {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return primary && /^[a-z]{2,3}$/.test(primary) && englishNames.of(primary) !== undefined ? primary : undefined;
}

const namesByLocale = new Map<string, Intl.DisplayNames>([['en', englishNames]]);

function namesIn(locale: string): Intl.DisplayNames {
  let names = namesByLocale.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' });
    namesByLocale.set(locale, names);
  }
  return names;
}

/** "ru" → "Russian" (in `locale`, default English: "русский" in "ru-RU"); the code itself when Intl does not know it. */
export function languageName(code: string, locale = 'en'): string {
  return namesIn(locale).of(code) ?? code;
}

/** The languages whose names /language also understands, besides English: those the bot's texts come in. */
const NAME_LOCALES = ['en', 'ru'];

/** A code ("de", "pt-BR") or a language's name in English or Russian ("German", "немецкий", any case) → the code; undefined when none. */
export function parseLanguage(input: string): string | undefined {
  const text = input.trim();
  const byCode = primaryLanguage(text);
  if (byCode) return byCode;
  const wanted = text.toLocaleLowerCase();
  for (const locale of NAME_LOCALES) {
    for (const code of COMMON_LANGUAGES) if (languageName(code, locale).toLocaleLowerCase() === wanted) return code;
  }
  return undefined;
}

/** Languages whose English names /language understands (codes work for every language Intl knows). */
const COMMON_LANGUAGES = [
  'ar', 'bg', 'cs', 'da', 'de', 'el', 'en', 'es', 'et', 'fa', 'fi', 'fr', 'he', 'hi', 'hr', 'hu', 'hy', 'id', 'it', 'ja',
  'ka', 'kk', 'ko', 'lt', 'lv', 'nl', 'no', 'pl', 'pt', 'ro', 'ru', 'sk', 'sl', 'sr', 'sv', 'th', 'tr', 'uk', 'uz', 'vi', 'zh',
];
