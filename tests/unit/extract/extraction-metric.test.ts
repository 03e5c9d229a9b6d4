import { describe, expect, it } from 'vitest';
import { matchShingles, scorePages, shingles, tokenize } from '../../../bench/extraction-metric.js';

describe('tokenize', () => {
  it('splits on anything but Unicode letters, digits and underscore', () => {
    expect(tokenize('Привет, мир! snake_case 42-й «ok»')).toEqual(['Привет', 'мир', 'snake_case', '42', 'й', 'ok']);
  });

  it('is case-sensitive and keeps CJK runs whole', () => {
    expect(tokenize('The the 東京都')).toEqual(['The', 'the', '東京都']);
  });
});

describe('shingles', () => {
  it('counts overlapping 4-grams as a multiset', () => {
    expect(shingles('a b c d a b c d')).toEqual(
      new Map([
        ['a b c d', 2],
        ['b c d a', 1],
        ['c d a b', 1],
        ['d a b c', 1],
      ]),
    );
  });

  it('makes one shorter shingle from 1 to 3 tokens and none from an empty text', () => {
    expect(shingles('one two')).toEqual(new Map([['one two', 1]]));
    expect(shingles(' … ')).toEqual(new Map());
  });
});

describe('matchShingles', () => {
  it('normalises TP, FP and FN to sum to one', () => {
    // truth 1 2 3 4 5 → {1234, 2345}; prediction 1 2 3 4 X → {1234, 234X}
    expect(matchShingles('1 2 3 4 5', '1 2 3 4 X')).toEqual({ tp: 1 / 3, fp: 1 / 3, fn: 1 / 3 });
  });

  it('uses multiset minimum for repeated shingles', () => {
    // truth has "a b c d" twice (plus three others), prediction once.
    expect(matchShingles('a b c d a b c d', 'a b c d')).toEqual({ tp: 1 / 5, fp: 0, fn: 4 / 5 });
  });

  it('returns zeros for two empty texts', () => {
    expect(matchShingles('', '')).toEqual({ tp: 0, fp: 0, fn: 0 });
  });
});

describe('scorePages', () => {
  it('takes F1 of the mean precision and mean recall', () => {
    const scores = scorePages([
      { tp: 0.5, fp: 0.5, fn: 0 }, // P 0.5, R 1
      { tp: 1, fp: 0, fn: 0 }, // P 1, R 1
    ]);
    expect(scores.precision).toBeCloseTo(0.75, 12);
    expect(scores.recall).toBeCloseTo(1, 12);
    expect(scores.f1).toBeCloseTo((2 * 0.75 * 1) / 1.75, 12);
  });

  it('drops an empty prediction from precision but counts it in recall', () => {
    const empty = matchShingles('some true text here', '');
    expect(empty).toEqual({ tp: 0, fp: 0, fn: 1 });
    const scores = scorePages([empty, { tp: 1, fp: 0, fn: 0 }]);
    expect(scores).toEqual({ precision: 1, recall: 0.5, f1: 2 / 3 });
  });
});
