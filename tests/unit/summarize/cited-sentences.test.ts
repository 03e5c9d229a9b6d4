import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/core/article.js';
import { citedPassageOf, numberArticleSentences, renderNumberedBody } from '../../../src/summarize/cited-sentences.js';
import { checkSummary, describeUnsupported, removeUnsupported } from '../../../src/summarize/faithful-summary.js';
import { indexSource } from '../../../src/summarize/faithfulness/evidence.js';
import type { Summary } from '../../../src/summarize/summary.js';
import { summaryLengthOf } from '../../../src/summarize/summary-length.js';

/** Four clinical pharmacists in one sentence, a number 6 bus in another: "six pharmacists" is stated of nothing. */
const article: Article = {
  title: 'New health centre to open in Bridport',
  text: [
    'Bridport’s two GP practices will merge into one health centre on West Street in April, the health board said on Monday.',
    'Twelve GPs, nine practice nurses and four clinical pharmacists will work from the site, along with a physiotherapist.',
    'The number 6 bus runs from the town centre to the new centre every 20 minutes.',
  ].join('\n\n'),
  publishedAt: '2026-02-02',
  language: 'en',
};
const sentences = numberArticleSentences(article.title, article.text, article.language);
const numbered = { source: article, sentences };
const evidence = indexSource(article);

const summary: Summary = {
  title: 'Bridport practices merge into one health centre',
  bullets: ['Bridport’s two GP practices will merge into one centre on West Street in April.', 'Twelve GPs, nine practice nurses and six clinical pharmacists will be based at the new centre.'],
  gist: 'Two GP practices in Bridport will share a new health centre from April.',
  topics: ['health'],
  language: 'en',
  sources: { title: [0, 1], bullets: [[1], [2]], gist: [1] },
};

describe('numberArticleSentences', () => {
  it('numbers the title 0 and the body from 1, a sentence a line, as the prompt lists them; a line break inside a paragraph ends none', () => {
    expect(sentences).toEqual([
      'New health centre to open in Bridport',
      'Bridport’s two GP practices will merge into one health centre on West Street in April, the health board said on Monday.',
      'Twelve GPs, nine practice nurses and four clinical pharmacists will work from the site, along with a physiotherapist.',
      'The number 6 bus runs from the town centre to the new centre every 20 minutes.',
    ]);
    expect(renderNumberedBody(sentences).split('\n').map((line) => line.slice(0, 4))).toEqual(['[1] ', '[2] ', '[3] ']);
    expect(numberArticleSentences(undefined, 'One. Two\nwrapped.\n\nThree', 'en')).toEqual(['', 'One.', 'Two wrapped.', 'Three']);
  });
});

describe('citedPassageOf', () => {
  it('is the cited sentences with the article date and language, the title only when cited; nothing valid cited is undefined', () => {
    expect(citedPassageOf(article, sentences, [2, 0, 2, 9, -1])).toEqual({
      title: 'New health centre to open in Bridport',
      text: sentences[2],
      publishedAt: '2026-02-02',
      language: 'en',
    });
    expect(citedPassageOf(article, sentences, [9])).toBeUndefined();
    expect(citedPassageOf(article, sentences, [])).toBeUndefined();
    expect(citedPassageOf(article, numberArticleSentences(undefined, 'One.', 'en'), [0])).toBeUndefined();
  });
});

describe('checkSummary with the sentences each part cites', () => {
  it('finds a number the article states only of something else, outside the sentences its bullet cites', () => {
    // The whole article has a 6 (the bus), so without the citations the bullet passes.
    expect(checkSummary(evidence, summary)).toEqual([]);
    const claims = checkSummary(evidence, summary, numbered);
    expect(claims).toEqual([{ kind: 'number', text: 'six', part: 'bullet', bullet: 1, cited: [2] }]);
    expect(describeUnsupported(claims)).toBe('- number "six" (bullet 2): not in the article\'s sentences it cites ([2])');
  });

  it('accepts the number in the sentence it cites, and leaves a part that cites nothing to the whole article', () => {
    const right: Summary = { ...summary, bullets: [summary.bullets[0] ?? '', 'Twelve GPs, nine practice nurses and four clinical pharmacists will be based at the new centre.'] };
    expect(checkSummary(evidence, right, numbered)).toEqual([]);
    const uncited: Summary = { ...summary, sources: { title: [], bullets: [[1], []], gist: [] } };
    expect(checkSummary(evidence, uncited, numbered)).toEqual([]);
  });

  it('finds a month the cited sentences give as another month ("the final week of June" for July), and leaves a month to the whole article where they name none', () => {
    const stand: Article = {
      title: 'Safe standing approved at Harbridge City',
      text: 'The club opened its new stand in June. The safety advisory group will inspect the finished stand in the final week of July. Crews worked last month to finish the roof.',
      publishedAt: '2026-05-02',
      language: 'en',
    };
    const standNumbered = { source: stand, sentences: numberArticleSentences(stand.title, stand.text, stand.language) };
    const standSummary = (bullet: string, cited: number[]): Summary => ({
      title: 'Safe standing approved',
      bullets: [bullet],
      gist: 'The stand is finished.',
      topics: ['sports'],
      language: 'en',
      sources: { title: [0], bullets: [cited], gist: [] },
    });
    const check = (bullet: string, cited: number[]) => checkSummary(indexSource(stand), standSummary(bullet, cited), standNumbered);
    expect([
      check('The safety advisory group will inspect the stand in the final week of July.', [2]),
      check('Crews worked in June to finish the roof.', [3]),
      check('The safety advisory group will inspect the stand in the final week of June.', [2]),
    ]).toEqual([[], [], [{ kind: 'number', text: 'June', part: 'bullet', bullet: 0, cited: [2] }]]);
  });

  it('names a number the article does not state at all once, as unsupported, not as uncited', () => {
    const invented: Summary = { ...summary, bullets: [summary.bullets[0] ?? '', 'Twelve GPs, nine practice nurses and 14 clinical pharmacists will be based at the new centre.'] };
    expect(checkSummary(evidence, invented, numbered)).toEqual([{ kind: 'number', text: '14', part: 'bullet', bullet: 1 }]);
  });

  it('drops the cited sentences of a dropped bullet, and of a title or gist taken from the article', () => {
    const claims = checkSummary(evidence, summary, numbered);
    const trimmed = removeUnsupported(summary, [...claims, { kind: 'name', text: 'Dorset', part: 'title' }], article, summaryLengthOf({ text: 'a b c d e f g h i j' }));
    expect(trimmed.ok && trimmed.summary.sources).toEqual({ title: [], bullets: [[1]], gist: [1] });
  });
});
