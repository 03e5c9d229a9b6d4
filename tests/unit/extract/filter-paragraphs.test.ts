import { describe, expect, it } from 'vitest';
import {
  isAppealLine,
  isBylineLine,
  isChromeLine,
  isDateLine,
  isDatelineLine,
  isLinkListLine,
  isPhotoCreditLine,
} from '../../../src/extract/chrome-patterns.js';
import { removeChromeParagraphs } from '../../../src/extract/filter-paragraphs.js';

describe('chrome line recognisers', () => {
  it('recognises datelines, bylines and photo credits but not prose', () => {
    expect(isDateLine('Updated 11:21 pm CST, Tuesday, November 19, 2019')).toBe(true);
    expect(isDateLine('segunda-feira, 22 de janeiro de 2018 às 0:13')).toBe(true);
    expect(isDateLine('The law was passed in 2019 after a long debate.')).toBe(false);
    expect(isBylineLine('By Mike Wuerthele and Malcolm Owen')).toBe(true);
    expect(isBylineLine('By the end of the year, prices had doubled.')).toBe(false);
    expect(isPhotoCreditLine('Russian Defense Minister Sergei Shoigu. Grigory Sysoyev / POOL / TASS')).toBe(true);
    expect(isPhotoCreditLine('Protesters gather outside parliament (Photo: Getty Images)')).toBe(true);
    expect(isPhotoCreditLine('He said the plan would work.')).toBe(false);
  });

  it('recognises prompts in several languages', () => {
    expect(['Advertisement', 'Share this article', 'Читайте также: новости', 'Leia também: outra', 'Lesen Sie auch', 'Contribute today'].map(isChromeLine)).toEqual([
      true,
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(isChromeLine('Also on Monday, the minister met union leaders.')).toBe(false);
  });

  it('recognises menus by their separators, in any language', () => {
    expect(
      ['Главная | Новости | Политика | Экономика', 'Startseite · Politik · Wirtschaft · Kultur', 'Home › World › Europe', 'Inicio • Noticias • Deportes'].map(isLinkListLine),
    ).toEqual([true, true, true, true]);
    expect(['October 25, 2022 · 4 min read', 'Prices rose 3% | analysts had expected 2% | the bank said it would act.'].map(isLinkListLine)).toEqual([false, false]);
  });

  it('recognises appeals to the reader by their exclamation, not their words', () => {
    expect(['Поддержите независимую журналистику!', 'Unterstützen Sie unabhängigen Journalismus!', 'Keep quality news free for everyone!'].map((line) => isAppealLine(line))).toEqual([
      true,
      true,
      true,
    ]);
    // A quotation, and a sentence that merely ends in an exclamation, are prose.
    expect(['«Это победа!»', '— Да!', 'The crowd cheered as the last runner, who had started two hours after everyone else, crossed the line at last!'].map((line) => isAppealLine(line))).toEqual([
      false,
      false,
      false,
    ]);
  });

  it('recognises a line that is only a place and a date, and dates written in Russian', () => {
    expect(['Москва, 25 октября.', 'Hamburg, 25. Oktober.', 'MOSCOW, Oct. 25 (Reuters) -', 'Berlin (dpa)'].map(isDatelineLine)).toEqual([true, true, true, false]);
    expect(['Москва, 25 октября. Зоопарк показал медвежонка.', 'Moscow puts its first driverless tram into service', 'Paris, the capital, is quiet.'].map(isDatelineLine)).toEqual([false, false, false]);
    expect(['Москва, 25 октября.', 'Главная | Новости | Политика'].map(isChromeLine)).toEqual([true, true]);
    expect(isDateLine('25 октября 2022, 14:32')).toBe(true);
  });
});

describe('removeChromeParagraphs', () => {
  const body = [
    'The first paragraph of the story explains what happened and why it matters to readers.',
    'The second paragraph adds a quote from an official who was present at the meeting.',
  ];

  it('drops edge labels, the repeated headline and a teaser list after a related heading', () => {
    expect(
      removeChromeParagraphs(['World', 'Big news today', ...body, 'Related stories', 'Another headline', 'A second teaser headline'], {
        title: 'Big news today',
      }),
    ).toEqual(body);
  });

  it('drops the teasers under a "read also" heading inside the article and keeps the prose after them', () => {
    const after = [
      'Officials said the new line would open in stages, starting with the northern section next spring.',
      'The rest of the route is expected to follow a year later, the city said.',
    ];
    const teasers = ['Читайте также', 'В Самаре продлили работу трамваев до полуночи', 'Пермь закупит сто новых автобусов'];
    expect(removeChromeParagraphs([...body, ...teasers, ...after])).toEqual([...body, ...after]);
  });

  it('drops a trailing list of kicker/headline/blurb teasers', () => {
    const teasers = ['RANDY ANDY', 'Prince seen at party', 'TIME TRAVELLER', 'Old photo sparks theory', 'A short blurb about it.'];
    expect(removeChromeParagraphs([...body, ...teasers])).toEqual(body);
  });
});
