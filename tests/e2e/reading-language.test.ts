import { shownText } from '../support/catalogue-texts.js';
import { readFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SentMessage } from '../support/bot-api-emulator.js';
import { digestsIn, newsPage, summarizeLinks } from '../support/conversation.js';
import { lastUserMessage, startFakeOpenAiServer, summaryReplyFor, type ChatRequest, type FakeOpenAiServer } from '../support/fake-openai-server.js';
import { startPageServer, type PageServer } from '../support/page-server.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const isSummaryRequest = (request: ChatRequest) => !String(request.messages[0]?.content).includes('opening overview of a news digest');
const requestedLanguage = (request: ChatRequest) => /^Requested language: (.*)$/m.exec(lastUserMessage(request))?.[1];

describe("the reader's language", () => {
  let llm: FakeOpenAiServer;
  let pages: PageServer;
  let bot: TestApp;

  beforeEach(async () => {
    llm = await startFakeOpenAiServer();
    llm.reply((request) => summaryReplyFor(request, { topics: ['science'] }));
    pages = await startPageServer({
      '/comet': newsPage('Space Wire', 'Probe lands on a comet after a ten-year chase', [
        'A European probe landed on the comet 67P on Tuesday after a ten-year chase through the solar system, the space agency said.',
        'Scientists cheered in the control room in Darmstadt as the lander sent its first signal from the surface of the comet.',
        'The mission will study the ice and dust of the comet for clues about the early solar system.',
      ]),
    });
    bot = await startTestApp({ llm });
  });

  afterEach(async () => {
    await bot.close();
    await pages.close();
    await llm.close();
  });

  /** Sends a message from a person whose Telegram app is in `languageCode`, and waits for the bot's answer. */
  async function askIn(languageCode: string | undefined, chatId: number, text: string): Promise<SentMessage> {
    const before = bot.emulator.messages(chatId).length;
    bot.emulator.sendUserMessage({ chatId, text, ...(languageCode && { languageCode }) });
    return (await bot.emulator.waitForMessages(chatId, before + 1))[before] as SentMessage;
  }

  it('follows the Telegram app by default; /language picks another or keeps each article’s own, and /settings says which', async () => {
    // A Russian app gets the bot's own texts in Russian, from the catalogue, and summaries in Russian.
    expect((await askIn('ru', 1, '/settings')).text).toContain(shownText('ru', 'settings.languageFromApp', { language: 'русский' }));
    const usage = shownText('ru', 'settings.languageUsage');
    expect((await askIn('ru', 1, '/language')).text).toBe(usage);
    expect((await askIn('ru', 1, '/language klingon')).text).toBe(shownText('ru', 'settings.unknownLanguage', { input: 'klingon', usage }));
    // German summaries; the catalogue has no German, so the bot's texts stay in the app's Russian.
    expect((await askIn('ru', 1, '/language German')).text).toBe(shownText('ru', 'settings.languageSet', { language: 'немецкий' }));
    expect((await askIn('ru', 1, '/settings')).text).toContain(shownText('ru', 'settings.languageChosen', { language: 'немецкий' }));
    expect((await askIn('ru', 1, '/language original')).text).toBe(shownText('ru', 'settings.languageOriginal'));
    expect((await askIn('ru', 1, '/settings')).text).toContain(shownText('ru', 'settings.languageOwn'));
    // No app language: English texts; a name in Russian is understood too, and the answer already speaks it.
    expect((await askIn(undefined, 2, '/settings')).text).toContain(shownText('en', 'settings.languageOwn'));
    expect((await askIn(undefined, 2, '/language русский')).text).toBe(shownText('ru', 'settings.languageSet', { language: 'русский' }));
    expect((await askIn(undefined, 2, '/help')).text).toContain('превращает новости в короткие и точные изложения');
    // An app in a language without a catalogue: English texts, summaries still in that language.
    expect((await askIn('de', 3, '/settings')).text).toContain('Language: German (your Telegram app’s) — change with /language');
  });

  it('writes a digest story in the reader’s language, once per language, and reuses it for every reader of that language', async () => {
    llm.reply((request) => (isSummaryRequest(request) ? summaryReplyFor(request, { topics: ['science'] }) : { json: { overview: 'A probe landed on a comet.' } }));
    await summarizeLinks(bot, 4, [`${pages.origin}/comet`]); // summarized in English, the article's own language
    const summaries = () => llm.requests.filter(isSummaryRequest);
    expect(summaries().map(requestedLanguage)).toEqual(['English (en)']);
    for (const chatId of [5, 6]) await askIn('ru', chatId, '/subscribe science');
    await askIn('en', 7, '/subscribe science');
    bot.clock.advance(60_000);

    for (const [chatId, languageCode] of [[5, 'ru'], [6, 'ru'], [7, 'en']] as const) {
      bot.emulator.sendUserMessage({ chatId, text: '/digest', languageCode });
      await bot.emulator.waitFor(() => digestsIn(bot, chatId).length === 1, { what: `the digest in chat ${chatId}` });
    }
    // One more summary, in Russian, for both Russian readers; the English reader gets the English one.
    expect(summaries().map(requestedLanguage)).toEqual(['English (en)', 'Russian (ru)']);
    // The overview is written once per language too.
    const overviews = llm.requests.filter((request) => !isSummaryRequest(request)).map((request) => JSON.stringify(request.messages));
    expect(overviews).toHaveLength(2);
    expect(overviews.filter((text) => text.includes('Russian (ru)'))).toHaveLength(1);
    expect(digestsIn(bot, 5)[0]?.text).toContain('Summary: Probe lands on a comet after a ten-year chase');
    // The digest's own texts follow each reader's app: headers and topic names in Russian or English.
    expect(digestsIn(bot, 5)[0]?.text.split('\n').slice(0, 1)).toEqual([shownText('ru', 'digest.title')]);
    expect(digestsIn(bot, 5)[0]?.text).toContain('🔬 НАУКА');
    expect(digestsIn(bot, 7)[0]?.text.split('\n').slice(0, 1)).toEqual([shownText('en', 'digest.title')]);
    expect(digestsIn(bot, 7)[0]?.text).toContain('🔬 SCIENCE');
    expect(pages.hits('/comet')).toBe(1); // the article is known: translating it needs no fetch
  });

  it('answers a link in the reader’s language: their app’s, or the one they chose; each language is summarized once', async () => {
    const summaryIn = async (chatId: number, languageCode: string | undefined) => {
      bot.emulator.sendUserMessage({ chatId, text: `${pages.origin}/comet`, ...(languageCode && { languageCode }) });
      await bot.emulator.waitFor(() => bot.emulator.messages(chatId).at(-1)?.text.startsWith('Summary'), { what: `the summary in chat ${chatId}` });
    };
    await summaryIn(5, 'ru');
    await summaryIn(6, 'ru'); // the same language: answered from the cache
    await summaryIn(7, undefined); // no language known: the article's own
    await askIn('ru', 8, '/language de');
    await summaryIn(8, 'ru'); // chosen with /language: German, whatever the app says
    expect(llm.requests.filter(isSummaryRequest).map(requestedLanguage)).toEqual(['Russian (ru)', 'English (en)', 'German (de)']);
    expect(pages.hits('/comet')).toBe(1);
  });

  it('summarizes a Russian page pasted by a reader whose app is in English, in English', async () => {
    const dump = await readFile(new URL('../fixtures/pasted/ru-zoo-2022-10-25.txt', import.meta.url), 'utf8');
    bot.emulator.sendUserMessage({ chatId: 9, text: dump, languageCode: 'en' });
    await bot.emulator.waitFor(() => bot.emulator.messages(9).at(-1)?.text.startsWith('Summary'), { what: 'the summary' });
    const [request] = llm.requests.filter(isSummaryRequest);
    expect(requestedLanguage(request as ChatRequest)).toBe('English (en)');
    expect(lastUserMessage(request as ChatRequest)).toContain('[0] Московский зоопарк впервые за 20 лет показал детёныша белого медведя');
    const reply = bot.emulator.messages(9).at(-1)?.text ?? '';
    expect(reply.split('\n')[0]).toBe('Summary: Московский зоопарк впервые за 20 лет показал детёныша белого медведя');
    expect(reply).not.toContain('Поддержите независимую журналистику');
  });
});

describe("the reader's language without an AI model", () => {
  it('says the choice is saved but summaries stay in the article’s language, rather than promise a translation', async () => {
    const bot = await startTestApp();
    try {
      bot.emulator.sendUserMessage({ chatId: 1, text: '/language ru' });
      const [reply] = await bot.emulator.waitForMessages(1, 1);
      // Asked from an app without a language: the answer speaks the language just chosen.
      expect(reply?.text).toBe('🗣 Сохранено: русский. Бот работает без ИИ-модели, поэтому изложения остаются на языке статьи, пока модель не подключат.');
      expect(reply?.text).toBe(shownText('ru', 'settings.languageSavedNoModel', { language: 'русский' }));
    } finally {
      await bot.close();
    }
  });
});
