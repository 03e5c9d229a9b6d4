import { describe, expect, it } from 'vitest';
import { calendarKeyOf, calendarKeysOfDate } from '../../../../src/summarize/faithfulness/calendar.js';
import { caseStems, dominantScript, foldedTokensOf, foldText, sameDeclinedName, sameWordForm } from '../../../../src/summarize/faithfulness/fold.js';
import { findNames, isTitleCase } from '../../../../src/summarize/faithfulness/names.js';
import { findQuotes, quoteFragments } from '../../../../src/summarize/faithfulness/quotes.js';
import { consonantSkeleton } from '../../../../src/summarize/faithfulness/transliterate.js';

describe('foldText and sameWordForm', () => {
  it('folds case, diacritics, typographic apostrophes and spacing', () => {
    expect(foldText('Zelenskýy’s  ТРЁХ\u00a0Café')).toBe("zelenskyy's трех cafe");
  });

  it.each([
    ['казань', 'казани', true],
    ['путин', 'путиным', true],
    ['ukraine', 'ukrainian', true],
    ['киев', 'киева', true],
    ['austin', 'austria', false],
    ['kazan', 'kazakh', false],
    ['biden', 'blinken', false],
  ])('%s ~ %s: %s', (a, b, same) => {
    expect(sameWordForm(a, b)).toBe(same);
  });

  it('names the script most letters are in', () => {
    expect(['Shoigu spoke.', 'Шойгу сказал, что Shoigu', 'Αθήνα', '東京', '2022'].map(dominantScript)).toEqual(['latin', 'cyrillic', 'greek', 'other', 'none']);
  });
});


describe('caseStems and sameDeclinedName', () => {
  it('gives a Cyrillic word’s stems less each case ending, three letters at least, and none in another script', () => {
    expect([caseStems('умку'), caseStems('ирины'), caseStems('соколовои'), caseStems('ира'), caseStems('zoo')]).toEqual([
      ['умку', 'умк'],
      ['ирины', 'ирин'],
      ['соколовои', 'соколово', 'соколов'],
      ['ира'],
      [],
    ]);
  });

  it.each([
    ['умка', 'умку', true],
    ['ирина', 'ирины', true],
    ['юрии', 'юрия', true],
    ['умка', 'умар', false],
    ['словакия', 'словения', false],
    ['austin', 'austria', false],
  ])('%s ~ %s: %s', (a, b, same) => {
    expect(sameDeclinedName(a, b)).toBe(same);
  });
});

describe('consonantSkeleton', () => {
  it.each([
    ['шойгу', 'shoigu'],
    ['остин', 'austin'],
    ['москва', 'moscow'],
    ['ллоид', 'lloyd'],
    ['зеленскии', 'zelensky'],
    ['вашингтон', 'washington'],
    ['индонезия', 'indonesia'],
    ['чернобыль', 'chornobyl'],
    ['киев', 'kyiv'],
  ])('«%s» and "%s" share a skeleton', (cyrillic, latin) => {
    expect(consonantSkeleton(cyrillic)).toBe(consonantSkeleton(latin));
  });

  it('keeps different names apart', () => {
    expect(new Set(['putin', 'peskov', 'biden', 'blinken', 'austin'].map(consonantSkeleton)).size).toBe(5);
  });
});

describe('findQuotes', () => {
  it('finds “…”, "…", «…» and „…“ spans, and leaves apostrophes and unclosed marks alone', () => {
    const text = 'He said “no need”, "lines of communication", «текущие вопросы», „neue Radwege“ and Russia’s ‘Dry Up’ and "unclosed';
    expect(findQuotes(text).map((quote) => quote.text)).toEqual(['no need', 'lines of communication', 'текущие вопросы', 'neue Radwege']);
  });

  it('splits a quote at words left out', () => {
    expect(quoteFragments('current matters … including the situation [in Ukraine] were discussed...')).toEqual(['current matters', 'including the situation', 'were discussed']);
  });
});

describe('findNames', () => {
  const names = (text: string) => findNames(text, foldedTokensOf(text)).map((name) => ({ text: name.text, words: name.words.map((word) => word.folded) }));

  it('finds capitalised runs in any cased script, skipping stop-words, number words and single letters', () => {
    expect(names('Officials said U.S. Defense Secretary Lloyd Austin met Шойгу and The Pentagon in Αθήνα with Two aides.')).toEqual([
      { text: 'U.S. Defense Secretary Lloyd Austin', words: ['defense', 'secretary', 'lloyd', 'austin'] },
      { text: 'Шойгу', words: ['шоигу'] },
      { text: 'The Pentagon', words: ['pentagon'] },
      { text: 'Αθήνα', words: ['αθηνα'] },
    ]);
  });

  it('reads a lone capital opening a sentence or a quote as no name; a run, capitals or a word after an abbreviation are names', () => {
    expect(names('Engineers worked. Lloyd Austin spoke. NATO agreed. He said: “Bridges matter.” Mr. Putin came.')).toEqual([
      { text: 'Lloyd Austin', words: ['lloyd', 'austin'] },
      { text: 'NATO', words: ['nato'] },
      { text: 'Putin', words: ['putin'] },
    ]);
  });

  it('marks weekdays and months, in any language', () => {
    const text = 'It happened on Friday in October, not on Monday.';
    expect(findNames(text, foldedTokensOf(text)).map((name) => name.words.map((word) => word.calendar))).toEqual([['weekday:4'], ['month:9'], ['weekday:0']]);
  });

  it('marks the word that opens a sentence and a run of several', () => {
    const text = 'Глава Пентагона Ллойд Остин позвонил. NATO Secretary Stoltenberg agreed.';
    expect(findNames(text, foldedTokensOf(text)).map((name) => name.words.map((word) => [word.folded, word.opensSentence ?? false]))).toEqual([
      [
        ['глава', true],
        ['пентагона', false],
        ['ллоид', false],
        ['остин', false],
      ],
      [
        ['nato', false],
        ['secretary', false],
        ['stoltenberg', false],
      ],
    ]);
  });

  it('in German, leaves out nouns after an article, a fused preposition, or a preposition and an adjective, but not a weekday', () => {
    const text = 'Die Stadt München plant nach eigenen Worten keine neuen Radwege, die Keller vorschlug. Am Freitag sagte Scholz beim G20-Gipfel in Berlin.';
    const german = (language: string) => findNames(text, foldedTokensOf(text), { language }).map((name) => name.words.map((word) => word.folded));
    expect([german('de'), german('en')]).toEqual([
      [['munchen'], ['keller'], ['freitag'], ['scholz'], ['berlin']],
      [['stadt', 'munchen'], ['worten'], ['radwege'], ['keller'], ['am', 'freitag'], ['scholz'], ['gipfel'], ['berlin']],
    ]);
  });

  it('tells a headline in Title Case', () => {
    expect([isTitleCase(foldedTokensOf('Harbour Bridge Reopens After Two Years')), isTitleCase(foldedTokensOf('Harbour bridge reopens after repairs'))]).toEqual([true, false]);
  });
});

describe('calendarKeyOf', () => {
  it.each([
    ['friday', true, 'weekday:4'],
    ['пятницу', false, 'weekday:4'],
    ['октября', false, 'month:9'],
    ['oktober', true, 'month:9'],
    ['feb', true, 'month:1'],
    ['may', false, undefined],
    ['may', true, 'month:4'],
    ['julia', true, undefined],
  ])('%s (capitalised: %s) → %s', (word, capitalised, key) => {
    expect(calendarKeyOf(word, capitalised)).toBe(key);
  });

  it('reads the weekday and month of a date', () => {
    expect([calendarKeysOfDate('2022-10-21'), calendarKeysOfDate(undefined), calendarKeysOfDate('soon')]).toEqual([['weekday:4', 'month:9'], [], []]);
  });
});
