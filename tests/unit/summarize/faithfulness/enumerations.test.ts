import { describe, expect, it } from 'vitest';
import { findEnumerations } from '../../../../src/summarize/faithfulness/enumerations.js';
import { foldedTokensOf } from '../../../../src/summarize/faithfulness/fold.js';

/** Each list `text` writes out, as its count and its words. */
function listsOf(text: string): Array<[number, string, boolean]> {
  const tokens = foldedTokensOf(text);
  return findEnumerations(text, tokens).map(({ count, first, end, days }) => [count, text.slice(tokens[first]?.start, tokens[end - 1]?.end), days]);
}

describe('findEnumerations', () => {
  it('counts the things a list names, a name of several words as one thing, with or without a comma before "and"', () => {
    expect([
      listsOf('Flights go to Palma de Mallorca, Antalya and Heraklion.'),
      listsOf('The firm had offices in Germany, the Czech Republic, Slovenia, and Cyprus.'),
      listsOf('Über 27 Scheinfirmen in Deutschland, Tschechien, Slowenien und Zypern.'),
    ]).toEqual([[[3, 'Palma de Mallorca, Antalya and Heraklion', false]], [[4, 'Germany, the Czech Republic, Slovenia, and Cyprus', false]], [[4, 'Deutschland, Tschechien, Slowenien und Zypern', false]]]);
  });

  it('counts weekdays Russian writes in lower case and days of a month, and finds no list in commas alone or in words in lower case', () => {
    expect([
      listsOf('Самолёты будут летать по вторникам, четвергам и субботам.'),
      listsOf('The school was visited on 3 and 4 February; 12 and 14 pupils were asked.'),
      listsOf('Berlin, Hamburg, München: the tour goes on.'),
      listsOf('bread, milk and eggs'),
    ]).toEqual([[[3, 'вторникам, четвергам и субботам', true]], [[2, '3 and 4', true]], [], []]);
  });
});
