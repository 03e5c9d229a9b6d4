import { describe, expect, it } from 'vitest';
import { CATALOGUES, CATALOGUE_LANGUAGES, PLURAL_SUFFIXES, createCatalogue, textsLanguageFor } from '../../../src/messages/catalogue.js';

type Tree = { readonly [key: string]: string | Tree };

/** Every text of a catalogue by its dotted key, plural forms under their own suffixed keys. */
function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const texts = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') texts.set(`${prefix}${key}`, value);
    else for (const [inner, text] of flatten(value, `${prefix}${key}.`)) texts.set(inner, text);
  }
  return texts;
}

const PLURAL = new RegExp(`_(${PLURAL_SUFFIXES.join('|')})$`);
const baseKey = (key: string) => key.replace(PLURAL, '');
/** The placeholders a text uses, `{{name}}` and `{{- name}}` alike, with how each is put in. */
const placeholdersOf = (text: string) => [...text.matchAll(/\{\{(-?)\s*(\w+)\s*\}\}/g)].map((match) => `${match[1] ? 'html:' : ''}${match[2]}`).sort();
/** Tags Telegram's HTML parse mode accepts in the bot's texts. */
const TELEGRAM_TAGS = new Set(['b', 'i', 'u', 's', 'code', 'pre', 'a']);

const flat = Object.fromEntries(CATALOGUE_LANGUAGES.map((language) => [language, flatten(CATALOGUES[language])])) as Record<string, Map<string, string>>;
const english = flat.en as Map<string, string>;

describe('the message catalogue', () => {
  it.each(CATALOGUE_LANGUAGES)('%s has every text English has, and no other', (language) => {
    const texts = flat[language] as Map<string, string>;
    expect(new Set([...texts.keys()].map(baseKey))).toEqual(new Set([...english.keys()].map(baseKey)));
  });

  it.each(CATALOGUE_LANGUAGES)('%s puts the same values into each text as English does, in the same way', (language) => {
    const texts = flat[language] as Map<string, string>;
    const byBase = (source: Map<string, string>) => {
      const placeholders = new Map<string, Set<string>>();
      for (const [key, text] of source) {
        const set = placeholders.get(baseKey(key)) ?? new Set<string>();
        // `count` picks the plural form; a form may leave it unsaid ("1 story" vs "{{count}} stories").
        for (const name of placeholdersOf(text)) if (name !== 'count') set.add(name);
        placeholders.set(baseKey(key), set);
      }
      return placeholders;
    };
    expect(byBase(texts)).toEqual(byBase(english));
  });

  it.each(CATALOGUE_LANGUAGES)('%s has every plural form its language needs for each counted text', (language) => {
    const texts = flat[language] as Map<string, string>;
    const needed = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
    const counted = new Set([...english.keys(), ...texts.keys()].filter((key) => PLURAL.test(key)).map(baseKey));
    expect(counted.size).toBeGreaterThan(0);
    for (const base of counted) for (const form of needed) expect(texts.has(`${base}_${form}`), `${language}: ${base}_${form}`).toBe(true);
  });

  it.each(CATALOGUE_LANGUAGES)('%s: HTML texts use only tags Telegram knows, balanced; plain texts use none', (language) => {
    for (const [key, text] of flat[language] as Map<string, string>) {
      const tags = [...text.matchAll(/<(\/?)([a-z]+)[^>]*>/g)];
      if (key.startsWith('plain.')) {
        expect(tags, key).toEqual([]);
        continue;
      }
      const open: string[] = [];
      for (const [, closing, name] of tags) {
        expect(TELEGRAM_TAGS.has(name as string), `${language} ${key}: <${name}>`).toBe(true);
        if (closing) expect(open.pop(), `${language} ${key}`).toBe(name);
        else open.push(name as string);
      }
      expect(open, `${language} ${key}`).toEqual([]);
      // A bare "<" or "&" would make Telegram refuse the whole message.
      expect(text.replace(/<\/?[a-z]+[^>]*>/g, '').replace(/&(lt|gt|amp|quot);/g, ''), `${language} ${key}`).not.toMatch(/[<>&]/);
    }
  });

  it('puts values in escaped, HTML pieces as they are, and leaves {{…}} in a value literal', () => {
    const texts = createCatalogue().texts('en');
    expect(texts.html('summary.bullet', { text: 'Ratio <1 & "up" {{topics}}' })).toBe('• Ratio &lt;1 &amp; &quot;up&quot; {{topics}}');
    expect(texts.html('summary.link', { link: '<a href="https://example.com/">example.com</a>' })).toBe('🔗 <a href="https://example.com/">example.com</a>');
    expect(texts.plain('plain.following', { topic: 'Science & <Tech>' })).toBe('Following Science & <Tech>');
  });

  it('picks plural forms by each language’s rules', () => {
    const catalogue = createCatalogue();
    const russian = [1, 2, 5, 21, 22, 25].map((count) => catalogue.texts('ru').html('digest.dateLine', { date: '1 мая', count }));
    expect(russian).toEqual([
      '<i>1 мая · 1 история</i>',
      '<i>1 мая · 2 истории</i>',
      '<i>1 мая · 5 историй</i>',
      '<i>1 мая · 21 история</i>',
      '<i>1 мая · 22 истории</i>',
      '<i>1 мая · 25 историй</i>',
    ]);
    expect([1, 2].map((count) => catalogue.texts('en').html('digest.dateLine', { date: '1 May', count }))).toEqual(['<i>1 May · 1 story</i>', '<i>1 May · 2 stories</i>']);
  });

  it('answers a language without a catalogue in English, and tells whoever listens what it rendered', () => {
    const rendered: string[] = [];
    const catalogue = createCatalogue({ onRender: ({ key, language }) => rendered.push(`${language}:${key}`) });
    expect(catalogue.texts('de').language).toBe('en');
    expect(catalogue.texts(undefined).html('general.failure')).toBe('Sorry, something went wrong on my side. Please try again.');
    expect(catalogue.texts('ru').html('general.failure')).toBe('Извините, у меня что-то пошло не так. Попробуйте ещё раз.');
    expect(rendered).toEqual(['en:general.failure', 'ru:general.failure']);
    expect(catalogue.texts('ru').number(12500)).toBe('12\u00a0500'); // a no-break space, as Russian groups digits
  });

  it('chooses the texts language: the first candidate with a catalogue, else English', () => {
    expect(textsLanguageFor('de', 'ru')).toBe('ru');
    expect(textsLanguageFor(undefined, 'en')).toBe('en');
    expect(textsLanguageFor('ru', 'en')).toBe('ru');
    expect(textsLanguageFor('fr', undefined)).toBe('en');
  });
});
