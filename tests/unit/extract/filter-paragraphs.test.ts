import { describe, expect, it } from 'vitest';
import { isBylineLine, isChromeLine, isDateLine, isPhotoCreditLine } from '../../../src/extract/chrome-patterns.js';
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

  it('drops a trailing list of kicker/headline/blurb teasers', () => {
    const teasers = ['RANDY ANDY', 'Prince seen at party', 'TIME TRAVELLER', 'Old photo sparks theory', 'A short blurb about it.'];
    expect(removeChromeParagraphs([...body, ...teasers])).toEqual(body);
  });
});
