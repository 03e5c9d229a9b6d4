import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/core/article.js';
import { checkSummary, describeUnsupported, isCrossLanguage, removeUnsupported } from '../../../src/summarize/faithful-summary.js';
import { indexSource } from '../../../src/summarize/faithfulness/evidence.js';
import type { Summary, UnsupportedClaim } from '../../../src/summarize/summary.js';
import { countSummaryWords, summaryLengthOf, UNSTATED_LENGTH } from '../../../src/summarize/summary-length.js';

const article: Article = {
  title: 'Harbour bridge reopens after two years of repairs',
  text: [
    'The harbour bridge reopened to traffic on Tuesday morning after two years of repairs that cost the city more than forty million pounds, officials said.',
    'Engineers replaced the steel cables and the road deck, which had been damaged by salt water and by the heavy lorries that use the crossing every day.',
    '"We are proud to hand the bridge back to the people who depend on it," the mayor told reporters at the opening ceremony.',
  ].join('\n\n'),
  siteName: 'Coastal Herald',
  language: 'en',
};
const evidence = indexSource(article);

const faithful: Summary = {
  title: 'Harbour bridge reopens after two years',
  bullets: ['The bridge reopened on Tuesday after repairs costing over £40m.', 'Engineers replaced the steel cables and the road deck.', 'The mayor said the city was "proud to hand the bridge back".'],
  gist: 'The harbour bridge is open again after two years of repairs.',
  topics: ['world'],
  language: 'en',
};

describe('checkSummary', () => {
  it('finds nothing in a faithful summary', () => {
    expect(checkSummary(evidence, faithful)).toEqual([]);
  });

  it('says in which part each unsupported claim is', () => {
    const summary: Summary = {
      ...faithful,
      title: 'Mayor Jane Porter reopens harbour bridge',
      bullets: [...faithful.bullets, 'The repairs took 30 months.'],
      gist: 'A “triumph of engineering”, the mayor said.',
    };
    expect(checkSummary(evidence, summary)).toEqual([
      { kind: 'name', text: 'Jane Porter', part: 'title' },
      { kind: 'number', text: '30 months', part: 'bullet', bullet: 3 },
      { kind: 'quote', text: 'triumph of engineering', part: 'gist' },
    ]);
  });

  it('finds a bullet that negates what the article states, and lists it for the repair like any claim', () => {
    const summary: Summary = { ...faithful, bullets: [faithful.bullets[0] ?? '', 'Engineers did not replace the steel cables.', faithful.bullets[2] ?? ''] };
    const claims = checkSummary(evidence, summary);
    expect(claims).toEqual([{ kind: 'negation', text: 'Engineers did not replace the steel cables', part: 'bullet', bullet: 1 }]);
    expect(describeUnsupported(claims)).toBe('- negation "Engineers did not replace the steel cables" (bullet 2)');
  });

  it('does not check quotations in a translation, and lets Title Case headline words the body uses pass', () => {
    const russian: Summary = {
      title: 'Мост в гавани снова открыт',
      bullets: ['Мост открыли во вторник после двух лет ремонта.', 'Ремонт обошёлся более чем в 40 млн фунтов.', 'Мэр сказал, что город «гордится» мостом.'],
      gist: 'Мост снова открыт.',
      topics: ['world'],
      language: 'ru',
    };
    const titleCase: Summary = { ...faithful, title: 'Harbour Bridge Reopens After Costly Repairs', bullets: [...faithful.bullets.slice(0, 2), 'The costly repairs are over.'] };
    expect([checkSummary(evidence, russian), checkSummary(evidence, titleCase)]).toEqual([[], []]);
  });
});

describe('isCrossLanguage', () => {
  it('compares language codes when both are known, and scripts always', () => {
    const unknown = indexSource({ text: article.text });
    expect([
      isCrossLanguage(evidence, 'en-GB', 'The bridge reopened.'),
      isCrossLanguage(evidence, 'de', 'Die Brücke ist offen.'),
      isCrossLanguage(unknown, 'de', 'Die Brücke ist offen.'),
      isCrossLanguage(evidence, 'en', 'Мост открыт.'),
    ]).toEqual([false, true, false, true]);
  });
});

describe('describeUnsupported', () => {
  it('lists each claim once with every place it appears', () => {
    const claims: UnsupportedClaim[] = [
      { kind: 'name', text: 'Jane Porter', part: 'title' },
      { kind: 'name', text: 'Jane Porter', part: 'bullet', bullet: 1 },
      { kind: 'number', text: '30', part: 'bullet', bullet: 3 },
      { kind: 'name', text: 'Jane Porter', part: 'gist' },
    ];
    expect(describeUnsupported(claims)).toBe('- name "Jane Porter" (the title, bullet 2, the gist)\n- number "30" (bullet 4)');
  });
});

describe('removeUnsupported', () => {
  const lead = 'The harbour bridge reopened to traffic on Tuesday morning after two years of repairs that cost the city more than forty million pounds, officials said.';
  const summary: Summary = { ...faithful, bullets: [...faithful.bullets, 'Mayor Jane Porter cut the ribbon.'] };

  it('drops bullets that carry a claim and takes the title and gist from the article', () => {
    const claims: UnsupportedClaim[] = [
      { kind: 'name', text: 'Jane Porter', part: 'title' },
      { kind: 'name', text: 'Jane Porter', part: 'bullet', bullet: 3 },
      { kind: 'name', text: 'Jane Porter', part: 'gist' },
    ];
    expect(removeUnsupported(summary, claims, article, UNSTATED_LENGTH)).toEqual({
      ok: true,
      summary: { ...faithful, title: 'Harbour bridge reopens after two years of repairs', gist: lead },
      droppedBullets: 1,
      replaced: ['title', 'gist'],
    });
  });

  it('takes the title from the lead when the article has none, cut at a word', () => {
    const untitled: Article = { text: article.text, language: 'en' };
    const result = removeUnsupported(summary, [{ kind: 'number', text: '30', part: 'title' }], untitled, UNSTATED_LENGTH);
    expect(result).toEqual({
      ok: true,
      summary: { ...summary, title: 'The harbour bridge reopened to traffic on Tuesday morning after two years of repairs that cost the city more than forty million pounds, officials…' },
      droppedBullets: 0,
      replaced: ['title'],
    });
  });

  it('with a prompt that states no length (v1, v2), gives up when fewer than three bullets would remain', () => {
    const claims: UnsupportedClaim[] = [0, 1].map((bullet) => ({ kind: 'number', text: '30', part: 'bullet', bullet }));
    expect(removeUnsupported(faithful, claims, article, UNSTATED_LENGTH)).toEqual({ ok: false, bulletsLeft: 1 });
  });
});

describe('removeUnsupported: how few bullets are still a summary depends on the article', () => {
  const short: Article = { title: 'Harbour bridge reopens', text: readFileSync(new URL('../../fixtures/length/harbour-bridge-150.txt', import.meta.url), 'utf8'), language: 'en' };
  const long: Article = { title: 'Flood defence plan approved', text: readFileSync(new URL('../../fixtures/length/flood-defences-long.txt', import.meta.url), 'utf8'), language: 'en' };
  const lead = 'The harbour bridge in Port Ellis reopened to traffic on Tuesday after two years of repairs, the city council said.';
  const summary: Summary = {
    title: 'Harbour bridge reopens',
    bullets: ['The bridge reopened on Tuesday after repairs that cost 41 million pounds.', 'About 300 lorries a day will use it again.'],
    gist: 'Lorries over 40 tonnes stay banned until a weight sensor is installed next spring, and 300 more will follow.',
    topics: ['world'],
    language: 'en',
  };
  const claims: UnsupportedClaim[] = [
    { kind: 'number', text: '300', part: 'bullet', bullet: 1 },
    { kind: 'number', text: '300', part: 'gist' },
  ];

  it('keeps one supported bullet of a 150-word article (its minimum is one), the gist replaced by the lead', () => {
    expect(removeUnsupported(summary, claims, short, summaryLengthOf(short))).toEqual({
      ok: true,
      summary: { ...summary, bullets: ['The bridge reopened on Tuesday after repairs that cost 41 million pounds.'], gist: lead },
      droppedBullets: 1,
      replaced: ['gist'],
    });
  });

  it('gives up on the same bullets for a 328-word article, whose minimum is three', () => {
    expect([summaryLengthOf(long).minBullets, removeUnsupported(summary, claims, long, summaryLengthOf(long))]).toEqual([3, { ok: false, bulletsLeft: 1 }]);
  });

  it('cuts the lead that replaces the gist to the words the bullets leave in the budget', () => {
    const twoBullets: Summary = { ...summary, bullets: [...summary.bullets.slice(0, 1), 'Lorries over 40 tonnes stay banned until a weight sensor is installed next spring.'] };
    const trimmed = removeUnsupported(twoBullets, [{ kind: 'number', text: '300', part: 'gist' }], short, summaryLengthOf(short));
    // 45 words, 26 of them in the bullets: 19 for the lead.
    expect(trimmed).toEqual({
      ok: true,
      summary: { ...twoBullets, gist: 'The harbour bridge in Port Ellis reopened to traffic on Tuesday after two years of repairs, the city council…' },
      droppedBullets: 0,
      replaced: ['gist'],
    });
    expect(trimmed.ok && countSummaryWords(trimmed.summary)).toBe(45);
  });
});
