import { describe, expect, it } from 'vitest';
import { findScores } from '../../../../src/summarize/faithfulness/scores.js';

/** The scores `text` writes, as written and as their pair. */
function scoresOf(text: string): Array<[string, string, boolean]> {
  return findScores(text).map(({ start, end, key, clock }) => [text.slice(start, end), key, clock]);
}

describe('findScores', () => {
  it('reads two numbers joined by a hyphen, a dash or a colon as a score, the same from either side, and marks one that reads as a time of day too', () => {
    expect(scoresOf('Rees led 5-3 after the afternoon session; Lin won 10–7; со счётом 3:5; the map went 13:10; to close it out 13-10.')).toEqual([
      ['5-3', '3-5', false],
      ['10–7', '7-10', false],
      ['3:5', '3-5', false],
      ['13:10', '10-13', true],
      ['13-10', '10-13', false],
    ]);
  });

  it('finds no score in a range with a unit or a scale, a date, a year range, a decimal or three numbers', () => {
    expect(scoresOf('42–48 см, 5-10 km, 10-15%, 3-4 тыс. рублей, February 3–4, 2024-25, 1.5-2, a 3-2-1 defence, 9-17 Uhr')).toEqual([]);
  });
});
