import { describe, expect, it } from 'vitest';
import { findAbbreviations, initialsOf, isAcronym, isCompoundOf, translatedCompoundIsStated } from '../../../../src/summarize/faithfulness/abbreviations.js';
import { indexSource } from '../../../../src/summarize/faithfulness/evidence.js';
import { foldedTokensOf } from '../../../../src/summarize/faithfulness/fold.js';

function abbreviationsIn(text: string) {
  const { written, initials } = findAbbreviations(text, foldedTokensOf(text));
  return { written: [...written].sort(), initials: [...initials].sort() };
}

describe('findAbbreviations', () => {
  it('reads acronyms in capitals and dotted initials, not a person’s initials', () => {
    expect(abbreviationsIn('NATO and the U.S. spoke to the U.K. press; J. K. Rowling and AFP; США.').written).toEqual(['afp', 'nato', 'uk', 'us', 'сша']);
  });

  it('takes the initials of runs of two or more capitalised words, joining words skipped and kept', () => {
    expect(abbreviationsIn('The United Nations and the Ministry of Defence met. Организация Объединенных Наций. Officials said.').initials).toEqual([
      'md',
      'mod',
      'un',
      'оон',
    ]);
  });

  it('does not run a name on across a sentence end or a comma', () => {
    expect(abbreviationsIn('He met Biden. Putin, Shoigu said.').initials).toEqual([]);
  });
});

describe('isAcronym', () => {
  it('takes capitals with at most one small letter between them, two to six letters', () => {
    expect(['NATO', 'EU', 'MoD', 'США', 'McCain', 'Ukraine', 'A', 'UNESCOS', 'G20'].map(isAcronym)).toEqual([true, true, true, true, false, false, false, false, false]);
  });
});

describe('initialsOf', () => {
  it('joins first letters', () => {
    expect(initialsOf(['united', 'states', 'america'])).toBe('usa');
  });
});

describe('isCompoundOf', () => {
  const ministry = indexSource({
    text: 'Министерство обороны России и Министерства финансов сообщили, что Государственной думы это не касается. Московский городской суд согласился.',
  });
  it.each([
    ['минобороны', true],
    ['минфин', true],
    ['госдума', true],
    // Parts must each begin a word, in order, and the head must be shorter than its word.
    ['минздрав', false],
    ['оборонмин', false],
    ['мосгорсуд', true],
    ['министерствообороны', false],
    ['мин', false],
    ['минск', false],
  ])('%s: %s', (word, expected) => {
    expect(isCompoundOf(ministry, word)).toBe(expected);
  });
});

describe('translatedCompoundIsStated', () => {
  it('takes a ministry’s compound name on trust where the source names a ministry, in any language', () => {
    const english = indexSource({ text: 'Moscow’s Defense Ministry said on Friday.' });
    const noMinistry = indexSource({ text: 'The Pentagon said on Friday.' });
    expect([
      translatedCompoundIsStated(english, 'минобороны'),
      translatedCompoundIsStated(english, 'минфин'),
      translatedCompoundIsStated(noMinistry, 'минобороны'),
      translatedCompoundIsStated(english, 'минск'),
    ]).toEqual([true, true, false, false]);
  });
});
