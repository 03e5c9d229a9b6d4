import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { summaryLengthOf } from '../../../src/summarize/summary-length.js';
import { buildSummaryValues, describeLanguage, truncateArticleText } from '../../../src/summarize/summary-input.js';

const NOTE = '[… the rest of the article was cut for length …]';

describe('truncateArticleText', () => {
  it('leaves text within the budget alone', () => {
    expect(truncateArticleText('Short text.', 100)).toBe('Short text.');
  });

  it('cuts at a paragraph end near the budget and says so', () => {
    const text = `${'a'.repeat(90)}.\n\n${'b'.repeat(200)}.`;
    expect(truncateArticleText(text, 160)).toBe(`${'a'.repeat(90)}.\n\n${NOTE}`);
  });

  it('cuts at a sentence end when no paragraph ends near the budget', () => {
    const text = `${'word '.repeat(40)}ends here. ${'more '.repeat(100)}`;
    expect(truncateArticleText(text, 300)).toBe(`${'word '.repeat(40)}ends here.\n\n${NOTE}`);
  });

  it('cuts mid-text when there is no boundary, never exceeding the budget', () => {
    const result = truncateArticleText('x'.repeat(1_000), 200);
    expect(result).toBe(`${'x'.repeat(200 - NOTE.length - 2)}\n\n${NOTE}`);
    expect(result.length).toBe(200);
  });
});

describe('describeLanguage', () => {
  it.each([
    ['ru', 'Russian (ru)'],
    ['de', 'German (de)'],
    ['xx', 'xx'],
    ['not a tag!', 'not a tag!'],
    [undefined, 'the article\'s own language (set "language" to its code)'],
  ])('%s → %s', (code, expected) => {
    expect(describeLanguage(code)).toBe(expected);
  });
});

describe('buildSummaryValues', () => {
  it('prefers the requested language and fills absent fields with visible stand-ins', () => {
    const text = 'Body.';
    expect(buildSummaryValues({ text, language: 'en' }, { language: 'ru' }, 1_000, summaryLengthOf({ text }))).toEqual({
      'article.title': '(none)',
      'article.text': 'Body.',
      'article.sentences': '[1] Body.',
      'article.site_name': '(unknown)',
      'article.published_at': '(unknown)',
      'article.url': '(none)',
      language: 'Russian (ru)',
      topics: 'world, politics, business, technology, science, health, sports, culture',
      'article.words': '1',
      'length.bullets': '1 bullet',
      'length.max_words': '20',
    });
  });

  it("states the length of the whole article, not of the part sent", async () => {
    const text = await readFile(new URL('../../fixtures/length/flood-defences-long.txt', import.meta.url), 'utf8');
    const values = buildSummaryValues({ text }, {}, 500, summaryLengthOf({ text }));
    expect([values['article.text'] === truncateArticleText(text, 500), values['article.words'], values['length.bullets'], values['length.max_words']]).toEqual([true, '328', '3 to 5 bullets', '98']);
  });
});
