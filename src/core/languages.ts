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

/** "ru" → "Russian"; the code itself when Intl does not know it. */
export function languageName(code: string): string {
  return englishNames.of(code) ?? code;
}

/** A code ("de", "pt-BR") or an English name ("German", any case) → the code; undefined when neither. */
export function parseLanguage(input: string): string | undefined {
  const text = input.trim();
  const byCode = primaryLanguage(text);
  if (byCode) return byCode;
  const wanted = text.toLowerCase();
  for (const code of COMMON_LANGUAGES) if (languageName(code).toLowerCase() === wanted) return code;
  return undefined;
}

/** Languages whose English names /language understands (codes work for every language Intl knows). */
const COMMON_LANGUAGES = [
  'ar', 'bg', 'cs', 'da', 'de', 'el', 'en', 'es', 'et', 'fa', 'fi', 'fr', 'he', 'hi', 'hr', 'hu', 'hy', 'id', 'it', 'ja',
  'ka', 'kk', 'ko', 'lt', 'lv', 'nl', 'no', 'pl', 'pt', 'ro', 'ru', 'sk', 'sl', 'sr', 'sv', 'th', 'tr', 'uk', 'uz', 'vi', 'zh',
];
