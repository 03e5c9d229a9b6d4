import { describe, expect, it } from 'vitest';
import {
  countSummaryWords,
  describeBulletRange,
  describeLengthProblem,
  summaryLengthOf,
  UNSTATED_LENGTH,
} from '../../../src/summarize/summary-length.js';

/** An article of exactly `count` words. */
const articleOf = (count: number) => ({ text: 'word '.repeat(count).trim() });

describe('summaryLengthOf', () => {
  it('gives a summary 30% of the article’s words, and as many bullets as fit them', () => {
    expect([0, 60, 100, 120, 150, 200, 222, 250, 328, 800, 5_000].map((count) => summaryLengthOf(articleOf(count)))).toEqual([
      // Under 67 words, the least a summary can be: one bullet and a gist.
      { articleWords: 0, maxWords: 20, minBullets: 1, maxBullets: 1 },
      { articleWords: 60, maxWords: 20, minBullets: 1, maxBullets: 1 },
      { articleWords: 100, maxWords: 30, minBullets: 1, maxBullets: 1 },
      { articleWords: 120, maxWords: 36, minBullets: 1, maxBullets: 1 },
      { articleWords: 150, maxWords: 45, minBullets: 1, maxBullets: 2 },
      { articleWords: 200, maxWords: 60, minBullets: 2, maxBullets: 3 },
      { articleWords: 222, maxWords: 66, minBullets: 2, maxBullets: 4 },
      { articleWords: 250, maxWords: 75, minBullets: 3, maxBullets: 5 },
      { articleWords: 328, maxWords: 98, minBullets: 3, maxBullets: 5 },
      // A long article: what v2 allowed, five bullets of 40 words and a gist.
      { articleWords: 800, maxWords: 240, minBullets: 3, maxBullets: 5 },
      { articleWords: 5_000, maxWords: 240, minBullets: 3, maxBullets: 5 },
    ]);
  });

  it('counts words with the product’s one tokenizer: “U.S.” is two, Han characters are half a word each', () => {
    expect([summaryLengthOf({ text: 'The U.S. team won.' }).articleWords, summaryLengthOf({ text: '上海今天下雨' }).articleWords]).toEqual([5, 3]);
  });
});

describe('countSummaryWords', () => {
  it('counts the bullets and the gist, not the title', () => {
    expect(countSummaryWords({ bullets: ['One two three.', 'Four five.'], gist: 'Six seven.' })).toBe(7);
  });
});

describe('describeBulletRange', () => {
  it('says the range as the prompt does', () => {
    expect([describeBulletRange({ minBullets: 1, maxBullets: 1 }), describeBulletRange({ minBullets: 1, maxBullets: 2 }), describeBulletRange({ minBullets: 3, maxBullets: 5 })]).toEqual([
      '1 bullet',
      '1 to 2 bullets',
      '3 to 5 bullets',
    ]);
  });
});

describe('describeLengthProblem', () => {
  const short = summaryLengthOf(articleOf(150));
  const long = summaryLengthOf(articleOf(328));
  const sentence = (words: number) => `${'word '.repeat(words - 1)}end.`;

  it('accepts a summary within the words and the bullet range', () => {
    expect([
      describeLengthProblem({ bullets: [sentence(20), sentence(10)], gist: sentence(15) }, short),
      describeLengthProblem({ bullets: [sentence(20), sentence(20), sentence(20)], gist: sentence(20) }, long),
    ]).toEqual([undefined, undefined]);
  });

  it('says how long the summary is, what this article allows, and what to do', () => {
    expect([
      describeLengthProblem({ bullets: [sentence(20), sentence(10)], gist: sentence(16) }, short),
      describeLengthProblem({ bullets: [sentence(5), sentence(5), sentence(5)], gist: sentence(5) }, short),
      describeLengthProblem({ bullets: [sentence(20), sentence(20)], gist: sentence(20) }, long),
    ]).toEqual([
      'The summary has 2 bullets and is 46 words long (bullets and gist together); this article of 150 words allows at most 45 words, in 1 to 2 bullets. Keep the most important points and say them in fewer words; leave out the rest rather than crowding it in.',
      'The summary has 3 bullets and is 20 words long (bullets and gist together); this article of 150 words allows at most 45 words, in 1 to 2 bullets.',
      'The summary has 2 bullets and is 60 words long (bullets and gist together); this article of 328 words allows at most 98 words, in 3 to 5 bullets.',
    ]);
  });

  it('holds a prompt that states no length (v1, v2) to 3 to 5 bullets of any length', () => {
    expect([
      describeLengthProblem({ bullets: [sentence(40), sentence(40), sentence(40)], gist: sentence(40) }, UNSTATED_LENGTH),
      describeLengthProblem({ bullets: ['One.', 'Two.'], gist: 'Gist.' }, UNSTATED_LENGTH),
    ]).toEqual([undefined, 'The summary has 2 bullets; it must have 3 to 5 bullets.']);
  });
});
