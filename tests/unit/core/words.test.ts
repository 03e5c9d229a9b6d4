import { describe, expect, it } from 'vitest';
import { calendarNames, isMonthName, monthNumber } from '../../../src/core/words.js';

describe('calendarNames', () => {
  it('lists weekdays and months of the calendar locales, as each writes them, without the dot', () => {
    const names = calendarNames();
    expect(
      [
        { name: 'Friday', kind: 'weekday', index: 4 },
        { name: 'пятница', kind: 'weekday', index: 4 },
        { name: 'октября', kind: 'month', index: 9 },
        { name: 'Oktober', kind: 'month', index: 9 },
        { name: 'Οκτωβρίου', kind: 'month', index: 9 },
        { name: 'Sept', kind: 'month', index: 8 },
      ].map((expected) => names.some((name) => name.name === expected.name && name.kind === expected.kind && name.index === expected.index)),
    ).toEqual([true, true, true, true, true, true]);
    expect(names.filter((name) => name.name.endsWith('.'))).toEqual([]);
  });

  it('is built once', () => {
    expect(calendarNames()).toBe(calendarNames());
  });
});

describe('monthNumber', () => {
  it.each([
    ['Oct', 10],
    ['октября', 10],
    ['Oktober', 10],
    ['ноя', 11],
    ['Sept', 9],
    ['friday', undefined],
    ['Kazan', undefined],
  ])('%s → %s', (word, month) => {
    expect([monthNumber(word), isMonthName(word)]).toEqual([month, month !== undefined]);
  });
});
