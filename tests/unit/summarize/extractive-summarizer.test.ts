import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { extractArticleFromText } from '../../../src/extract/pasted-text.js';
import { createExtractiveSummarizer } from '../../../src/summarize/extractive-summarizer.js';
import { splitSentences, truncateAtWord, truncateToWords } from '../../../src/summarize/sentences.js';
import { summarySchema } from '../../../src/summarize/summary.js';
import { countSummaryWords, summaryLengthOf } from '../../../src/summarize/summary-length.js';
import { guessTopics } from '../../../src/summarize/topic-keywords.js';

const FIXTURE = new URL('../../fixtures/pasted/moscow-times-2022-10-21.txt', import.meta.url);

function pastedFixture(name: string): Promise<string> {
  return readFile(new URL(`../../fixtures/pasted/${name}`, import.meta.url), 'utf8');
}

function lengthFixture(name: string): Promise<string> {
  return readFile(new URL(`../../fixtures/length/${name}`, import.meta.url), 'utf8');
}

describe('createExtractiveSummarizer', () => {
  const summarizer = createExtractiveSummarizer();

  it('names itself for the cache key and the "made without the LLM" label', () => {
    expect({ model: summarizer.model, promptId: summarizer.promptId, promptVersion: summarizer.promptVersion }).toEqual({
      model: 'extractive',
      promptId: 'extractive',
      promptVersion: 3,
    });
  });

  it('summarizes a raw pasted news page with its own lead sentences, skipping the page chrome', async () => {
    const text = await readFile(FIXTURE, 'utf8');
    const result = await summarizer.summarize({ text, title: 'Russian Defense Minister, U.S. Counterpart Discuss Ukraine in Rare Phone Call', language: 'en' });

    expect(summarySchema.safeParse(result.summary).success).toBe(true);
    expect(result).toEqual({
      summary: {
        title: 'Russian Defense Minister, U.S. Counterpart Discuss Ukraine in Rare Phone Call',
        // The whole dump counts (414 words, so 124 for the bullets and gist): four of the five sentences v2 picked fit.
        bullets: [
          '“Current international security matters were discussed, including the situation in Ukraine,” the ministry said, without providing further details.',
          'The phone call marks the first confirmed contact between the two top defense officials since May and the second since Russia invaded Ukraine on Feb. 24.',
          'A spokesman for the Pentagon said Austin urged Shoigu to keep "lines of communication" open on the war in Ukraine.',
          '"Secretary Austin emphasized the importance of maintaining lines of communication amid the ongoing war against Ukraine," Brigadier General Pat Ryder said in a statement following their phone call.',
        ],
        gist: 'Russian Defense Minister Sergei Shoigu spoke by phone to U.S. counterpart Lloyd Austin about topics including the war in Ukraine, Moscow’s Defense Ministry said on its official Telegram channel…',
        topics: ['world', 'politics'],
        language: 'en',
      },
      kind: 'extractive',
      model: 'extractive',
      promptId: 'extractive',
      promptVersion: 3,
      llmCalls: 0,
    });
  });

  it('summarizes the Russian page dump as extracted: its headline, and a gist without the dateline', async () => {
    const { summary } = await summarizer.summarize(extractArticleFromText(await pastedFixture('ru-zoo-2022-10-25.txt')));
    expect(summary).toEqual({
      title: 'Московский зоопарк впервые за 20 лет показал детёныша белого медведя',
      bullets: ['Медвежонка по кличке Умка можно увидеть в вольере «Полярный мир» с 10 до 17 часов, сообщила пресс-служба зоопарка.'],
      gist: 'Московский зоопарк впервые за двадцать лет показал посетителям детёныша белого медведя, родившегося в конце прошлого года.',
      topics: ['world'],
      language: 'ru',
    });
  });

  it('summarizes the English page dump: the agency dateline is cut from the lead, not the lead dropped', async () => {
    const { summary } = await summarizer.summarize(extractArticleFromText(await pastedFixture('en-tram-2022-10-25.txt')));
    expect(summary).toEqual({
      title: 'Moscow puts its first driverless tram into passenger service',
      bullets: ['"The tram has already covered more than 10,000 kilometres in test runs without a single incident," deputy mayor for transport Pavel Orlov told reporters at the depot.'],
      gist: "Moscow on Tuesday put its first driverless tram into regular passenger service on a route through the city's north-west, the city's transport department said…",
      topics: ['world'],
      language: 'en',
    });
  });

  it('summarizes the German page dump', async () => {
    const { summary } = await summarizer.summarize(extractArticleFromText(await pastedFixture('de-faehre-2022-10-25.txt')));
    expect(summary).toEqual({
      title: 'Erste Elbfähre mit Wasserstoffantrieb nimmt den Linienbetrieb auf',
      bullets: ['Das Schiff verkehrt zunächst auf der Linie zwischen den Landungsbrücken und Finkenwerder, wie die Hafenfährgesellschaft mitteilte.'],
      gist: 'Die erste Hafenfähre mit Wasserstoffantrieb hat am Dienstag ihren Linienbetrieb auf der Elbe aufgenommen.',
      topics: ['world'],
      language: 'de',
    });
  });

  it('keeps each summary within 30% of its article’s words: whole sentences, fewer of them for a short article', async () => {
    const articles = {
      'harbour-bridge-150': { text: await lengthFixture('harbour-bridge-150.txt'), language: 'en' },
      'flood-defences-long': { text: await lengthFixture('flood-defences-long.txt'), language: 'en' },
      'moscow-times': extractArticleFromText(await readFile(FIXTURE, 'utf8')),
      'ru-zoo': extractArticleFromText(await pastedFixture('ru-zoo-2022-10-25.txt')),
      'en-tram': extractArticleFromText(await pastedFixture('en-tram-2022-10-25.txt')),
      'de-faehre': extractArticleFromText(await pastedFixture('de-faehre-2022-10-25.txt')),
    };
    const measured = await Promise.all(
      Object.entries(articles).map(async ([name, article]) => {
        const { summary } = await summarizer.summarize(article);
        const length = summaryLengthOf(article);
        return { name, articleWords: length.articleWords, maxWords: length.maxWords, words: countSummaryWords(summary), bullets: summary.bullets.length };
      }),
    );
    expect(measured).toEqual([
      { name: 'harbour-bridge-150', articleWords: 150, maxWords: 45, words: 44, bullets: 1 },
      { name: 'flood-defences-long', articleWords: 328, maxWords: 98, words: 89, bullets: 2 },
      { name: 'moscow-times', articleWords: 222, maxWords: 66, words: 49, bullets: 1 },
      { name: 'ru-zoo', articleWords: 139, maxWords: 41, words: 35, bullets: 1 },
      { name: 'en-tram', articleWords: 185, maxWords: 55, words: 55, bullets: 1 },
      { name: 'de-faehre', articleWords: 119, maxWords: 35, words: 30, bullets: 1 },
    ]);
  });

  it('summarizes a 150-word article in one whole sentence beside its lead', async () => {
    const { summary } = await summarizer.summarize({ text: await lengthFixture('harbour-bridge-150.txt'), title: 'Harbour bridge reopens', language: 'en' });
    expect(summary).toEqual({
      title: 'Harbour bridge reopens',
      bullets: ['The work cost the city 41 million pounds, a third more than planned, because corroded parts of both towers also had to be rebuilt.'],
      gist: 'The harbour bridge in Port Ellis reopened to traffic on Tuesday after two years of repairs, the city council said.',
      topics: ['politics'],
      language: 'en',
    });
  });

  it.each([
    ['a Russian dateline', 'Москва, 25 октября. Правительство утвердило новый бюджет города на следующий год после долгих споров в думе.'],
    ['a wire dateline', 'MOSCOW, Oct. 25 (Reuters) - Правительство утвердило новый бюджет города на следующий год после долгих споров в думе.'],
    ['a dateline line of its own', 'Москва, 25 октября.\n\nПравительство утвердило новый бюджет города на следующий год после долгих споров в думе.'],
  ])('never opens the gist or the bullets with %s, even in a short text', async (_case, text) => {
    const { summary } = await summarizer.summarize({ text, language: 'ru' });
    // The text is all one sentence, and 20 words is the least budget: the gist takes half, the one bullet is the sentence again, cut to the rest.
    expect({ gist: summary.gist, bullets: summary.bullets }).toEqual({
      gist: 'Правительство утвердило новый бюджет города на следующий год после долгих…',
      bullets: ['Правительство утвердило новый бюджет города на следующий год после долгих…'],
    });
  });

  it.each([
    [
      'a place in brackets',
      'Frankfurt (Oder), 11. März. Die parteilose Kandidatin Martina Wendland wird neue Oberbürgermeisterin der Stadt an der Oder.',
      'Die parteilose Kandidatin Martina Wendland wird neue Oberbürgermeisterin der Stadt…',
    ],
    [
      'a place alone',
      'Giengen an der Brenz. Die Rettungshundestaffel Brenztal hat am Samstag ihr eigenes Übungsgelände am Stadtrand eröffnet.',
      'Die Rettungshundestaffel Brenztal hat am Samstag ihr eigenes Übungsgelände am…',
    ],
  ])('never opens the gist with a German dateline of %s', async (_case, text, gist) => {
    // One sentence after the dateline, cut to half the least word budget as the gist.
    const { summary } = await summarizer.summarize({ text, language: 'de' });
    expect(summary.gist).toBe(gist);
  });

  it('takes the first sentence as title when the article has none, and defaults the language to en', async () => {
    const text = 'The city council approved a new budget on Monday after a long debate. Taxes stay the same. Parks get more money.';
    const { summary } = await summarizer.summarize({ text });
    expect(summary).toEqual({
      title: 'The city council approved a new budget on Monday after a long debate.',
      bullets: ['Taxes stay the same.'],
      gist: 'The city council approved a new budget on Monday after…',
      topics: ['business'],
      language: 'en',
    });
  });

  it.each([
    ['one word', 'Hello'],
    ['nothing at all', ''],
    ['one sentence with clauses', 'Президент заявил, что переговоры возможны, но не сейчас.'],
    ['a wall of text without punctuation', 'word '.repeat(2_000)],
    ['one enormous sentence', `${'long '.repeat(500)}end.`],
  ])('always satisfies the summary schema: %s', async (_case, text) => {
    const { summary } = await summarizer.summarize({ text, language: 'ru' });
    expect(summarySchema.safeParse(summary)).toMatchObject({ success: true });
  });

  it('ignores the requested language: it quotes the article and cannot translate', async () => {
    const { summary } = await summarizer.summarize({ text: 'Der Bundestag hat am Freitag ein neues Gesetz beschlossen. Die Regierung begrüßte die Wahl. Die Opposition kritisierte das Gesetz.', language: 'de' }, { language: 'en' });
    expect({ language: summary.language, topics: summary.topics }).toEqual({ language: 'de', topics: ['politics'] });
  });
});

describe('splitSentences', () => {
  it('keeps abbreviations and titles inside their sentence', () => {
    expect(splitSentences('He met Dr. Smith on Feb. 24. It rained. The U.S. team won. Mr. Brown left.', 'en')).toEqual([
      'He met Dr. Smith on Feb. 24.',
      'It rained.',
      'The U.S. team won.',
      'Mr. Brown left.',
    ]);
  });

  it('keeps a German date or ordinal inside its sentence, and a count that ends one an end', () => {
    const text =
      'Lüneburg, 7. Mai. Der Verband will am 3. März in Uelzen verhandeln. Der 12. Senat gab der Klage statt. Die HSG führte in der 52. Minute mit 27:24. In Regensburg sind es 31. Ziel sei es, den Wert zu senken.';
    expect(splitSentences(text, 'de')).toEqual([
      'Lüneburg, 7. Mai.',
      'Der Verband will am 3. März in Uelzen verhandeln.',
      'Der 12. Senat gab der Klage statt.',
      'Die HSG führte in der 52. Minute mit 27:24.',
      'In Regensburg sind es 31.',
      'Ziel sei es, den Wert zu senken.',
    ]);
    // "am" is an English word too: the German ordinal rule is German's, a day before a month anyone's.
    expect(splitSentences('I am 12. Then I grew up. It opens on 3. May next year.', 'en')).toEqual(['I am 12.', 'Then I grew up.', 'It opens on 3. May next year.']);
  });

  it('keeps an initialism before a capitalised word inside its sentence ("U.S. President Joe Biden"), and ends one before a word that opens sentences', () => {
    expect(splitSentences('Putin saw no need to meet U.S. President Joe Biden. Officials of the U.S. Forest Service agreed. He moved to the U.S. The company grew.', 'en')).toEqual([
      'Putin saw no need to meet U.S. President Joe Biden.',
      'Officials of the U.S. Forest Service agreed.',
      'He moved to the U.S.',
      'The company grew.',
    ]);
  });
});

describe('truncateAtWord', () => {
  it('cuts at a word boundary with an ellipsis, within the limit', () => {
    expect(truncateAtWord('one two three four', 12)).toBe('one two…');
    expect(truncateAtWord('short', 12)).toBe('short');
    expect(truncateAtWord('x'.repeat(20), 10)).toBe(`${'x'.repeat(9)}…`);
  });
});

describe('truncateToWords', () => {
  it('keeps at most that many words as countWords counts them, cut after a whole word with an ellipsis', () => {
    expect([
      truncateToWords('The U.S. team won the cup, again.', 4),
      truncateToWords('The U.S. team won the cup, again.', 8),
      truncateToWords('Short one.', 5),
      truncateToWords('上海今天下雨了很大', 2),
    ]).toEqual(['The U.S. team…', 'The U.S. team won the cup, again.', 'Short one.', '上海今天下…']);
  });
});

describe('guessTopics', () => {
  it.each([
    ['The striker scored twice as the football club won the championship match.', ['sports']],
    ['Хоккейный матч чемпионата закончился победой, тренер доволен игроками.', ['sports']],
    ['Les chercheurs ont publié une recherche sur le climat.', ['science']],
    ['A quiet day.', ['world']],
  ])('%s → %j', (text, topics) => {
    expect(guessTopics(text)).toEqual(topics);
  });
});
