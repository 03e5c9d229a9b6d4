import { describe, expect, it } from 'vitest';
import { findUnsupported } from '../../../../src/summarize/faithfulness/check.js';
import { indexSource } from '../../../../src/summarize/faithfulness/evidence.js';
import { foldedTokensOf } from '../../../../src/summarize/faithfulness/fold.js';
import { readPolarity } from '../../../../src/summarize/faithfulness/negation.js';

function polarityOf(text: string) {
  const tokens = foldedTokensOf(text);
  const { sentence, clause, negated, head } = readPolarity(text, tokens);
  return tokens.map((token, index) => `${token.text}:${sentence[index]}/${clause[index]}${negated[index] ? '-' : ''}${head[index] ? '!' : ''}`).join(' ');
}

describe('readPolarity', () => {
  it('numbers sentences and clauses, and marks what a negation covers and the word it is about ("did not rule out talks" leaves the talks possible)', () => {
    expect(polarityOf('Biden had no intention of meeting Putin but did not rule out talks. He left, without a word.')).toBe(
      'Biden:0/0 had:0/0 no:0/0 intention:0/0-! of:0/0- meeting:0/0- Putin:0/0- but:0/1 did:0/1 not:0/1 rule:0/1-! out:0/1 talks:0/1 ' +
        'He:1/2 left:1/2 without:1/3 a:1/3- word:1/3-!',
    );
  });

  it('reads "not only" as no negation; "didn’t", "declined to", Russian and German negations as ones', () => {
    expect(
      ['not only bridges', 'they didn’t pay', 'he declined to comment', 'he declined comment', 'не обошлось дороже', 'отказался комментировать', 'beginnen nicht im Juli'].map(polarityOf),
    ).toEqual([
      'not:0/0 only:0/0 bridges:0/0',
      'they:0/0 didn’t:0/0 pay:0/0-!',
      'he:0/0 declined:0/0 to:0/0- comment:0/0-!',
      'he:0/0 declined:0/0 comment:0/0',
      'не:0/0 обошлось:0/0-! дороже:0/0-',
      'отказался:0/0 комментировать:0/0-!',
      'beginnen:0/0 nicht:0/0 im:0/0- Juli:0/0-!',
    ]);
  });
});

describe('readPolarity: "cannot", common verbs, German negations after the verb', () => {
  it('reads "cannot", "can’t" and "won’t" as negations whose head may be a verb too common to be a content word', () => {
    expect(['An operator cannot take over the tram.', 'He can’t pay and won’t go.'].map(polarityOf)).toEqual([
      'An:0/0 operator:0/0 cannot:0/0 take:0/0-! over:0/0- the:0/0- tram:0/0-',
      'He:0/0 can’t:0/0 pay:0/0-! and:0/1 won’t:0/1 go:0/1-!',
    ]);
  });

  it('reads a German "nicht" that ends its clause as about the verb before it, not an adjective before a noun, and as covering the whole clause', () => {
    expect(['Die großen Umweltverbände begrüßten den Start nicht, kritisierten aber die Pläne.', 'Scholz trifft Putin nicht.', 'Die Arbeiten beginnen nicht im Juli.'].map(polarityOf)).toEqual([
      'Die:0/0- großen:0/0- Umweltverbände:0/0- begrüßten:0/0-! den:0/0- Start:0/0- nicht:0/0 kritisierten:0/1 aber:0/1 die:0/1 Pläne:0/1',
      'Scholz:0/0- trifft:0/0-! Putin:0/0- nicht:0/0',
      'Die:0/0 Arbeiten:0/0 beginnen:0/0 nicht:0/0 im:0/0- Juli:0/0-!',
    ]);
  });
});

describe('findUnsupported: negations', () => {
  const moscowTimes = indexSource({
    text: [
      'A spokesman for the Pentagon said Austin urged Shoigu to keep "lines of communication" open on the war in Ukraine.',
      '“Current international security matters were discussed, including the situation in Ukraine,” the ministry said, without providing further details.',
      'Earlier this month, Biden said he had "no intention" of meeting with Putin but did not rule out potential talks.',
    ].join('\n\n'),
    language: 'en',
  });
  const kazan = indexSource({
    text: 'Следующую станцию на этой линии обещают открыть через два года, если не возникнет новых задержек с финансированием.',
    language: 'ru',
  });
  const sameLanguage = { crossLanguage: false };

  it('names the clause that negates what the restated sentence states, or states what it negates', () => {
    expect([
      findUnsupported(moscowTimes, 'Austin did not urge Shoigu to keep lines of communication open.', sameLanguage),
      findUnsupported(moscowTimes, 'Biden said he had no intention of meeting Putin and ruled out talks.', sameLanguage),
      findUnsupported(moscowTimes, 'The ministry provided further details about the call.', sameLanguage),
    ]).toEqual([
      [{ kind: 'negation', text: 'Austin did not urge Shoigu to keep lines of communication open' }],
      [{ kind: 'negation', text: 'ruled out talks' }],
      [{ kind: 'negation', text: 'The ministry provided further details about the call' }],
    ]);
  });

  it('catches "cannot" against "can", and a German clause-final "nicht" against the verb it negates', () => {
    const tram = indexSource({ text: 'An operator at the depot can take over remotely if the tram stops, the department said.', language: 'en' });
    const faehre = indexSource({ text: 'Umweltverbände begrüßten den Start, kritisierten aber die übrigen Schiffe. Die Reeder begrüßten die Pläne nicht.', language: 'de' });
    expect([
      findUnsupported(tram, 'An operator at the depot cannot take over the tram remotely if it stops.', sameLanguage),
      findUnsupported(faehre, 'Umweltverbände begrüßten den Start nicht.', sameLanguage),
      findUnsupported(faehre, 'Die Reeder begrüßten die Pläne nicht.', sameLanguage),
      findUnsupported(faehre, 'Die Reeder begrüßten die Pläne.', sameLanguage),
    ]).toEqual([
      [{ kind: 'negation', text: 'An operator at the depot cannot take over the tram remotely' }],
      [{ kind: 'negation', text: 'Umweltverbände begrüßten den Start nicht' }],
      [],
      [{ kind: 'negation', text: 'Die Reeder begrüßten die Pläne' }],
    ]);
  });

  it('reads "has yet to" as "has not yet", past the adverb to the verb, and a clause-final "nicht" as covering a verb that opens the clause', () => {
    const permit = indexSource({ text: 'He will miss the game because his work permit has not yet been approved.', language: 'en' });
    const painting = indexSource({ text: 'Versteigern lassen will die Familie das Bild nach eigenen Angaben nicht.', language: 'de' });
    expect([
      findUnsupported(permit, 'He will miss the game because his work permit has yet to be approved.', sameLanguage),
      findUnsupported(permit, 'He will miss the game because his work permit has been approved.', sameLanguage),
      findUnsupported(painting, 'Die Familie will das Bild nicht versteigern lassen.', sameLanguage),
      findUnsupported(painting, 'Die Familie will das Bild versteigern lassen.', sameLanguage),
    ]).toEqual([
      [],
      [{ kind: 'negation', text: 'his work permit has been approved' }],
      [],
      [{ kind: 'negation', text: 'Die Familie will das Bild versteigern lassen' }],
    ]);
  });

  it('reads a Russian clause of «ни одного» alone as negating the clause before it', () => {
    const museum = indexSource({ text: 'В собрании музея уже хранятся 14 графических работ Гнатюка, но живописных — ни одной.', language: 'ru' });
    expect([
      findUnsupported(museum, 'В собрании музея есть 14 графических работ Гнатюка, но ни одного живописного произведения.', sameLanguage),
      findUnsupported(museum, 'В собрании музея хранятся 14 графических работ Гнатюка и живописные работы.', sameLanguage),
    ]).toEqual([[], [{ kind: 'negation', text: 'живописные работы' }]]);
  });

  it('follows an English verb whose ending doubles a consonant ("did not plan" / "planned")', () => {
    const cork = indexSource({ text: 'Marques said the company did not plan to raise prices this year and would sign long-term contracts.', language: 'en' });
    expect([
      findUnsupported(cork, 'Marques said the company planned to raise prices this year.', sameLanguage),
      findUnsupported(cork, 'Marques said the company had no plan to raise prices this year.', sameLanguage),
    ]).toEqual([[{ kind: 'negation', text: 'Marques said the company planned to raise prices this year' }], []]);
  });

  it('catches a negation of one stated clause merged with facts from other sentences, and lets the clause pass as stated', () => {
    const roadworks = indexSource({ text: 'Из-за ремонта на проспекте Ленина ограничат движение. Трамваи будут ходить в обычном режиме.', language: 'ru' });
    expect([
      findUnsupported(roadworks, 'На время ремонта трамваи на проспекте Ленина не будут ходить в обычном режиме.', sameLanguage),
      findUnsupported(roadworks, 'На время ремонта трамваи на проспекте Ленина будут ходить в обычном режиме.', sameLanguage),
    ]).toEqual([[{ kind: 'negation', text: 'На время ремонта трамваи на проспекте Ленина не будут ходить в обычном режиме' }], []]);
  });

  it('leaves alone a faithful restatement, a paraphrase, a negation in a clause the summary left out, and another language', () => {
    expect([
      findUnsupported(moscowTimes, 'Biden said earlier this month he had “no intention” of meeting Putin but did not rule out talks.', sameLanguage),
      findUnsupported(moscowTimes, 'The ministry gave no further details about the call.', sameLanguage),
      findUnsupported(moscowTimes, 'Biden, for his part, did not exclude talks with Putin.', sameLanguage),
      findUnsupported(kazan, 'Следующую станцию обещают открыть через два года.', sameLanguage),
      findUnsupported(moscowTimes, 'Austin did not urge Shoigu to keep lines of communication open.', { crossLanguage: true }),
      findUnsupported(moscowTimes, 'The ministry declined to provide further details.', sameLanguage),
    ]).toEqual([[], [], [], [], [], []]);
  });
});

describe('findUnsupported: a negation of another source sentence than the one a summary sentence mostly restates', () => {
  const festival = indexSource({
    text: 'Weekend ticket holders are being offered a partial refund of £40; the festival will not refund weekend tickets in full.\n\nBy Wednesday the organisers had received 960 refund requests, fewer than 3 per cent of the tickets sold.',
    language: 'en',
  });
  it('takes a negation the source writes in another sentence, in a clause with the same words ("have ruled out refunding weekend tickets in full"); still catches one it does not write', () => {
    expect([
      findUnsupported(festival, 'The organisers have received 960 refund requests, under 3% of tickets sold, and have ruled out refunding weekend tickets in full.', { crossLanguage: false }),
      findUnsupported(festival, 'The organisers have received 960 refund requests, under 3% of tickets sold, and have not refunded a single request.', { crossLanguage: false }),
    ]).toEqual([[], [{ kind: 'negation', text: 'have not refunded a single request' }]]);
  });
});

describe('findUnsupported: how often, after "instead of every"', () => {
  it('reads "every three weeks instead of every fortnight" as a change of how often, no negation; still catches a negation of the collections', () => {
    const bins = indexSource({
      text: "Every one of the city's 94,000 households is to receive two new containers: a 23-litre caddy for food waste, collected weekly, and a 55-litre box for glass, collected every four weeks. The existing green bin for paper, cans and plastics will continue to be emptied fortnightly, while general rubbish in the black bin will move from fortnightly to three-weekly collections.",
      language: 'en',
    });
    expect([
      findUnsupported(
        bins,
        'All 94,000 households in the city will get a 23-litre food caddy and a 55-litre glass box, while black-bin rubbish will be collected every three weeks instead of every fortnight.',
        { crossLanguage: false },
      ),
      findUnsupported(bins, 'General rubbish in the black bin will not move to three-weekly collections.', { crossLanguage: false }),
    ]).toEqual([[], [{ kind: 'negation', text: 'General rubbish in the black bin will not move to three-weekly collections' }]]);
  });
});
