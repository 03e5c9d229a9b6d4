import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SentMessage } from '../support/bot-api-emulator.js';
import { ask, digestsIn, summarizeLinks } from '../support/conversation.js';
import {
  fabricatedSummaryReplyFor,
  isFaithfulnessRepair,
  lastUserMessage,
  PLANTED,
  startFakeOpenAiServer,
  summaryReplyFor,
  type ChatRequest,
  type FakeOpenAiServer,
} from '../support/fake-openai-server.js';
import { fixturePage, startPageServer, type PageServer } from '../support/page-server.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const isOverviewRequest = (request: ChatRequest) => String(request.messages[0]?.content).includes('opening overview of a news digest');

/** Waits until the chat's latest bot message is a final answer, not a progress note. */
function answersIn(bot: TestApp, chatId: number, count: number): Promise<SentMessage[]> {
  return bot.emulator.waitFor(
    () => {
      const messages = bot.emulator.messages(chatId);
      const finals = messages.filter((message) => !message.text.startsWith('⏳'));
      return finals.length >= count && finals.length === messages.length ? finals : undefined;
    },
    { what: `${count} answer(s) in chat ${chatId}` },
  );
}

/**
 * The repair list for the claims `fabricatedSummaryReplyFor` plants, with one fabricated bullet: the 3rd, as the
 * page's 222 words allow 66 for the bullets and gist, room for two faithful bullets beside it.
 */
const REPAIR_LIST = [
  `- name "${PLANTED.name}" (the title, bullet 3, the gist)`,
  `- quote "${PLANTED.quote}" (the title, bullet 3, the gist)`,
  `- number "${PLANTED.number}" (the title, bullet 3, the gist)`,
].join('\n');

const ARTICLE_TITLE = 'Russian Defense Minister, U.S. Counterpart Discuss Ukraine in Rare Phone Call';
/** The article's first two sentences, as the summary prompt numbers them ([1], [2]), which the fake LLM makes its bullets of. */
const FIRST_SENTENCE =
  'Russian Defense Minister Sergei Shoigu spoke by phone to U.S. counterpart Lloyd Austin about topics including the war in Ukraine, Moscow’s Defense Ministry said on its official Telegram channel Friday.';
const SECOND_SENTENCE = '“Current international security matters were discussed, including the situation in Ukraine,” the ministry said, without providing further details.';
/** The fake LLM's faithful answer within the page's 66 words: two bullets cut to share what its gist, the first sentence, leaves. */
const FAKE_BULLETS = [
  '• Russian Defense Minister Sergei Shoigu spoke by phone to U.S. counterpart Lloyd Austin about topics including…',
  '• “Current international security matters were discussed, including the situation in Ukraine,” the ministry said, without providing further…',
];

function expectNothingPlanted(text: string | undefined): void {
  for (const planted of [PLANTED.number, PLANTED.quote, PLANTED.name, 'Blinken']) expect(text).not.toContain(planted);
}

describe('faithful summaries end to end', () => {
  let llm: FakeOpenAiServer;
  let pages: PageServer;
  let bot: TestApp;

  beforeEach(async () => {
    llm = await startFakeOpenAiServer();
    pages = await startPageServer({ '/call': await fixturePage('shoigu-austin-call.html') });
    bot = await startTestApp({ llm });
  });

  afterEach(async () => {
    await bot.close();
    await pages.close();
    await llm.close();
    expect(llm.unexpected).toEqual([]);
  });

  it('asks the LLM once to correct what the article does not say, naming each planted claim, and sends only the corrected summary', async () => {
    llm.reply((request) => (isFaithfulnessRepair(request) ? summaryReplyFor(request) : fabricatedSummaryReplyFor(request)));

    bot.emulator.sendUserMessage({ chatId: 1, text: `${pages.origin}/call` });
    const [reply] = await answersIn(bot, 1, 1);

    expect(llm.requests).toHaveLength(2);
    expect(lastUserMessage(llm.requests[1] as ChatRequest).split('\n\n').slice(0, 2)).toEqual([
      'Your summary states things that could not be found in the article:',
      REPAIR_LIST,
    ]);
    expectNothingPlanted(reply?.text);
    expect(reply?.text.split('\n').slice(0, 7)).toEqual([
      `Summary: ${ARTICLE_TITLE}`,
      'The Moscow Times · 21 Oct 2022',
      '',
      ...FAKE_BULLETS,
      '',
      `💡 ${FIRST_SENTENCE.slice(0, -1)}`,
    ]);
  });

  it('holds a number or month to the sentences its bullet cites: "the G20 summit in May" citing [8] is repaired, though the article says May elsewhere', async () => {
    const sources = { title: [0], bullets: [[1], [8]], gist: [1] };
    const answer = (month: string) => ({
      bullets: ['Shoigu and Austin spoke by phone about the war in Ukraine.', `Putin saw "no need" to meet Biden in person ahead of the G20 summit in ${month}.`],
      gist: 'Shoigu and Austin discussed Ukraine in a rare phone call.',
      sources,
    });
    llm.reply((request) => summaryReplyFor(request, answer(isFaithfulnessRepair(request) ? 'November' : 'May')));

    bot.emulator.sendUserMessage({ chatId: 1, text: `${pages.origin}/call` });
    const [reply] = await answersIn(bot, 1, 1);

    expect(llm.requests).toHaveLength(2);
    expect(lastUserMessage(llm.requests[1] as ChatRequest).split('\n\n').slice(0, 2)).toEqual([
      'Your summary states things that could not be found in the article:',
      '- number "May" (bullet 2): not in the article\'s sentences it cites ([8])',
    ]);
    expect(reply?.text.split('\n').slice(3, 5)).toEqual([
      '• Shoigu and Austin spoke by phone about the war in Ukraine.',
      '• Putin saw "no need" to meet Biden in person ahead of the G20 summit in November.',
    ]);
  });

  it('removes what is still unsupported after the repair: the bullet goes, the title and gist come from the article', async () => {
    llm.reply((request) => fabricatedSummaryReplyFor(request));

    bot.emulator.sendUserMessage({ chatId: 1, text: `${pages.origin}/call` });
    const [reply] = await answersIn(bot, 1, 1);

    expect(llm.requests).toHaveLength(2);
    expectNothingPlanted(reply?.text);
    // The two faithful bullets the fabricated answer kept beside the planted one, the first cut to fit; the gist is the
    // article's lead, cut to the words the two bullets leave.
    expect(reply?.text.split('\n').slice(0, 7)).toEqual([
      ARTICLE_TITLE,
      'The Moscow Times · 21 Oct 2022',
      '',
      '• Russian Defense Minister Sergei Shoigu spoke by phone to U.S. counterpart Lloyd Austin about topics including the war in Ukraine…',
      `• ${SECOND_SENTENCE}`,
      '',
      '💡 Russian Defense Minister Sergei Shoigu spoke by phone to U.S. counterpart Lloyd Austin about topics including the war in Ukraine, Moscow’s Defense Ministry said on…',
    ]);

    const stats = await ask(bot, 42, '/stats');
    expect(stats.text.split('\n').slice(2, 13)).toEqual([
      'Articles summarized: 1 · 1',
      'Cache hit rate: 0% · 0%',
      'Cache hits: 0 · 0',
      'LLM calls: 2 · 2',
      'Prompt tokens: 200 · 200',
      'Completion tokens: 40 · 40',
      'Extractive fallbacks: 0 · 0',
      'Summaries checked for faithfulness: 1 · 1',
      'Repaired after the check: 0 · 0',
      'Trimmed (bullets dropped): 1 · 1',
      'Title or gist replaced: 1 · 1',
    ]);
  });

  it('answers with the labelled extractive summary when the repair leaves fewer faithful bullets than the article needs, and caches nothing unfaithful', async () => {
    llm.reply((request) => fabricatedSummaryReplyFor(request, { fabricatedBullets: 3 }));

    bot.emulator.sendUserMessage({ chatId: 1, text: `${pages.origin}/call` });
    const [first] = await answersIn(bot, 1, 1);
    bot.emulator.sendUserMessage({ chatId: 2, text: `${pages.origin}/call` });
    const [again] = await answersIn(bot, 2, 1);

    for (const reply of [first, again]) {
      expectNothingPlanted(reply?.text);
      expect(reply?.text.split('\n')[0]).toBe(ARTICLE_TITLE);
      expect(reply?.text).toContain('⚠️ The AI summary said things the article does not support, so these are key sentences picked from the article itself.');
    }
    // Asking again asked the LLM again (summary and repair, twice): the unfaithful summary was never cached.
    expect(llm.requests.filter(isFaithfulnessRepair)).toHaveLength(2);
    expect(llm.requests).toHaveLength(4);
    expect(pages.hits('/call')).toBe(1);

    const stats = await ask(bot, 42, '/stats');
    expect(stats.text.split('\n').filter((line) => /fallbacks|faithfulness|unfaithful/.test(line))).toEqual([
      'Extractive fallbacks: 2 · 2',
      'Summaries checked for faithfulness: 2 · 2',
      'llm_unfaithful: 2 · 2',
    ]);
  });

  it('sends a digest without its overview when the overview names what its stories do not', async () => {
    llm.reply((request) => (isOverviewRequest(request) ? { json: { overview: `Shoigu and ${PLANTED.name} spoke about Ukraine.` } } : summaryReplyFor(request)));
    await ask(bot, 8, '/subscribe world');
    await summarizeLinks(bot, 4, [`${pages.origin}/call`]);
    bot.clock.advance(60_000);

    bot.emulator.sendUserMessage({ chatId: 8, text: '/digest' });
    await bot.emulator.waitFor(() => digestsIn(bot, 8).length === 1, { what: 'the digest' });

    const [digest] = digestsIn(bot, 8);
    expect(llm.requests.filter(isOverviewRequest)).toHaveLength(1);
    expect(digest?.text.split('\n').slice(0, 4)).toEqual(['📰 Your news digest', '25 November 2026 · 1 story', '', '🌍 WORLD']);
    expectNothingPlanted(digest?.text);
  });
});
