import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/core/article.js';
import { checkSummary, describeUnsupported, isCrossLanguage, removeUnsupported } from '../../../src/summarize/faithful-summary.js';
import { indexSource } from '../../../src/summarize/faithfulness/evidence.js';
import type { Summary, UnsupportedClaim } from '../../../src/summarize/summary.js';

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
    expect(removeUnsupported(summary, claims, article)).toEqual({
      ok: true,
      summary: { ...faithful, title: 'Harbour bridge reopens after two years of repairs', gist: lead },
      droppedBullets: 1,
      replaced: ['title', 'gist'],
    });
  });

  it('takes the title from the lead when the article has none, cut at a word', () => {
    const untitled: Article = { text: article.text, language: 'en' };
    const result = removeUnsupported(summary, [{ kind: 'number', text: '30', part: 'title' }], untitled);
    expect(result).toEqual({
      ok: true,
      summary: { ...summary, title: 'The harbour bridge reopened to traffic on Tuesday morning after two years of repairs that cost the city more than forty million pounds, officials…' },
      droppedBullets: 0,
      replaced: ['title'],
    });
  });

  it('gives up when fewer than three bullets would remain', () => {
    const claims: UnsupportedClaim[] = [0, 1].map((bullet) => ({ kind: 'number', text: '30', part: 'bullet', bullet }));
    expect(removeUnsupported(faithful, claims, article)).toEqual({ ok: false, bulletsLeft: 1 });
  });
});
