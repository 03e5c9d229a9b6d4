import { readFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeOpenAiServer, summaryReplyFor, lastUserMessage, type FakeOpenAiServer } from '../support/fake-openai-server.js';
import { fixturePage, htmlPage, startPageServer, type PageServer } from '../support/page-server.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import type { SentMessage } from '../support/bot-api-emulator.js';

const seedDump = await readFile(new URL('../fixtures/pasted/moscow-times-2022-10-21.txt', import.meta.url), 'utf8');
const articlePage = await fixturePage('shoigu-austin-call.html');
const otherArticle = (topic: string) =>
  htmlPage(
    `<!doctype html><html lang="en"><head><title>${topic} story of the day</title><meta property="og:site_name" content="Example News"></head><body><article><h1>${topic} story of the day</h1>` +
      Array.from({ length: 6 }, (_, index) => `<p>Paragraph ${index + 1} of the ${topic} story tells readers what happened in ${topic} today, with names, places and numbers that matter.</p>`).join('') +
      '</article></body></html>',
  );

/** Waits until the bot's latest message in the chat is a final answer, not a progress note. */
function answerIn(bot: TestApp, chatId: number, count = 1): Promise<SentMessage[]> {
  return bot.emulator.waitFor(
    () => {
      const messages = bot.emulator.messages(chatId);
      const finals = messages.filter((message) => !message.text.startsWith('⏳'));
      return finals.length >= count && finals.length === messages.length ? finals : undefined;
    },
    { what: `${count} answer(s) in chat ${chatId}` },
  );
}

describe('summaries end to end', () => {
  let llm: FakeOpenAiServer;
  let pages: PageServer;
  let bot: TestApp;

  beforeEach(async () => {
    llm = await startFakeOpenAiServer();
    llm.reply((request) => summaryReplyFor(request, { topics: ['world', 'politics'] }));
    pages = await startPageServer({ '/call': articlePage, '/tech': otherArticle('technology'), '/science': otherArticle('science'), '/health': otherArticle('health'), '/sports': otherArticle('sports') });
    bot = await startTestApp({ llm });
  });

  afterEach(async () => {
    await bot.close();
    await pages.close();
    await llm.close();
    expect(llm.unexpected).toEqual([]);
  });

  it('finds the article in a pasted page dump: no banner or teaser reaches the LLM, and the reply reads well', async () => {
    bot.emulator.sendUserMessage({ chatId: 1, text: seedDump });
    const [reply] = await answerIn(bot, 1);
    expect(llm.requests).toHaveLength(1);
    const sent = lastUserMessage(llm.requests[0] as never);
    expect(sent).toContain('Russian Defense Minister Sergei Shoigu spoke by phone to U.S. counterpart Lloyd Austin');
    expect(sent).toContain('AFP contributed reporting.');
    for (const chrome of ['Support The Moscow Times', 'Contribute', 'Read more', 'European Military Aid', 'Russians Scramble for Visas', 'Grigory Sysoyev', 'black smoke']) {
      expect(sent).not.toContain(chrome);
    }
    expect(reply?.text.split('\n').slice(0, 2)).toEqual([
      'Summary: Russian Defense Minister, U.S. Counterpart Discuss Ukraine in Rare Phone Call',
      'The Moscow Times · 21 Oct 2022',
    ]);
    expect(reply?.text).toContain('🏷 World · Politics');
    expect(reply?.entities[0]).toEqual({ type: 'bold', offset: 0, length: reply?.text.indexOf('\n') });
    expect(reply?.edits).toEqual(['⏳ Summarizing…']);
  });

  it('answers the same text pasted twice from the cache, with no second LLM call', async () => {
    bot.emulator.sendUserMessage({ chatId: 1, text: seedDump });
    await answerIn(bot, 1);
    bot.emulator.sendUserMessage({ chatId: 2, text: seedDump });
    const [cached] = await answerIn(bot, 2);
    expect(llm.requests).toHaveLength(1);
    expect(cached?.edits).toEqual([]); // no progress message: it answered at once
    expect(cached?.text).toBe(bot.emulator.messages(1)[0]?.text);
  });

  it('summarizes a link, and a repeated link from anyone, with tracking parameters, needs no fetch and no LLM call', async () => {
    bot.emulator.sendUserMessage({ chatId: 1, text: `${pages.origin}/call` });
    const [first] = await answerIn(bot, 1);
    expect(first?.text).toContain('🔗 127.0.0.1');
    expect(first?.replyMarkup).toEqual({ inline_keyboard: [[{ text: '📰 Open the article', url: `${pages.origin}/call` }]] });
    expect(first?.edits).toEqual(['⏳ Reading 127.0.0.1…']);
    bot.emulator.sendUserMessage({ chatId: 2, text: `look: ${pages.origin}/call?utm_source=telegram&fbclid=abc#comments` });
    const [second] = await answerIn(bot, 2);
    expect(second?.text).toBe(first?.text);
    expect(pages.hits('/call')).toBe(1);
    expect(llm.requests).toHaveLength(1);
  });

  it('makes exactly one LLM call when five people send the same new article at once', async () => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    let arrived = 0;
    llm.reply(async (request) => {
      arrived++;
      await held;
      return summaryReplyFor(request);
    });
    for (let chatId = 1; chatId <= 5; chatId++) bot.emulator.sendUserMessage({ chatId, text: `${pages.origin}/tech` });
    await bot.emulator.waitFor(() => bot.emulator.messages().length === 5 && arrived === 1, { what: 'five progress notes and one LLM request' });
    release();
    for (let chatId = 1; chatId <= 5; chatId++) {
      const [answer] = await answerIn(bot, chatId);
      expect(answer?.text.split('\n')[0]).toBe('Summary: technology story of the day');
    }
    expect(arrived).toBe(1);
    expect(llm.requests).toHaveLength(1);
    expect(pages.hits('/tech')).toBe(1);
  });

  it('summarizes each link of a message up to the cap and says what it skipped', async () => {
    const links = ['/tech', '/science', '/health', '/sports'].map((path) => `${pages.origin}${path}`);
    bot.emulator.sendUserMessage({ chatId: 1, text: `Today: ${links.join(' ')}` });
    const answers = await answerIn(bot, 1, 4);
    expect(answers.map((answer) => answer.text.split('\n')[0]).sort()).toEqual([
      'I summarize up to 3 links per message; send the other 1 separately.',
      'Summary: health story of the day',
      'Summary: science story of the day',
      'Summary: technology story of the day',
    ]);
    expect(pages.hits('/sports')).toBe(0);
  });

  it('credits a forwarded channel post and follows the link inside it', async () => {
    const text = `Breaking: ${pages.origin}/call`;
    bot.emulator.sendUserMessage({
      chatId: 1,
      text,
      forwardOrigin: { type: 'channel', date: 1, message_id: 77, chat: { id: -100123, type: 'channel', title: 'World <Wire>', username: 'worldwire' } },
    });
    const [answer] = await answerIn(bot, 1);
    expect(answer?.text).toContain('↪️ Forwarded from World <Wire>');
    expect(answer?.entities).toContainEqual({ type: 'text_link', offset: answer?.text.indexOf('World <Wire>'), length: 'World <Wire>'.length, url: 'https://t.me/worldwire/77' });
    expect(pages.hits('/call')).toBe(1);
  });

  it('summarizes the text of a long forwarded post, crediting its origin', async () => {
    const post = seedDump.split('\n').slice(8, 20).join('\n');
    bot.emulator.sendUserMessage({ chatId: 1, text: post, forwardOrigin: { type: 'hidden_user', date: 1, sender_user_name: 'Anna K.' } });
    const [answer] = await answerIn(bot, 1);
    expect(answer?.text).toContain('↪️ Forwarded from Anna K.');
    expect(lastUserMessage(llm.requests[0] as never)).toContain('Lloyd Austin');
  });

  it('/summarize works with a link, as a reply to a message, and explains itself when empty', async () => {
    bot.emulator.sendUserMessage({ chatId: -5, chatType: 'group', text: `/summarize ${pages.origin}/science` });
    const [withLink] = await answerIn(bot, -5);
    expect(withLink?.text.split('\n')[0]).toBe('Summary: science story of the day');

    const original = bot.emulator.sendUserMessage({ chatId: -5, chatType: 'group', text: `worth a read ${pages.origin}/health` });
    bot.emulator.sendUserMessage({ chatId: -5, chatType: 'group', text: '/summarize', replyTo: original });
    const answers = await answerIn(bot, -5, 2);
    expect(answers[1]?.text.split('\n')[0]).toBe('Summary: health story of the day');
    expect(answers[1]?.replyToMessageId).toBe(original.message_id);

    bot.emulator.sendUserMessage({ chatId: -5, chatType: 'group', text: '/summarize' });
    const usage = await answerIn(bot, -5, 3);
    expect(usage[2]?.text).toBe('Send /summarize followed by a link or an article, or reply /summarize to a message.');
  });

  it('answers small talk and pictures with a short hint and no LLM call; ignores group chatter', async () => {
    bot.emulator.sendUserMessage({ chatId: 1, text: 'hi, what can you do?' });
    bot.emulator.sendUserMessage({ chatId: 1, photo: true });
    bot.emulator.sendUserMessage({ chatId: -9, chatType: 'group', text: 'lunch at noon?' });
    const answers = await answerIn(bot, 1, 2);
    expect(answers.map((answer) => answer.text)).toEqual([
      "That's too short to summarize. Send me a link, paste a whole article (a copied page is fine), or forward a post from a news channel.",
      'I can only read text and links, not pictures or files. Send the article text or a link to it.',
    ]);
    expect(bot.emulator.messages(-9)).toEqual([]);
    expect(llm.requests).toHaveLength(0);
  });

  it('falls back to a labelled extractive summary when the LLM is down, caches nothing, and uses the LLM again once it is back', async () => {
    llm.reply(() => ({ status: 503, error: { message: 'overloaded' } }));
    bot.emulator.sendUserMessage({ chatId: 1, text: `${pages.origin}/call` });
    const [fallback] = await answerIn(bot, 1);
    expect(fallback?.text).toContain('⚠️ The AI summarizer is unavailable right now, so these are key sentences picked from the article itself.');
    expect(fallback?.text.split('\n')[0]).toBe('Russian Defense Minister, U.S. Counterpart Discuss Ukraine in Rare Phone Call');
    expect(llm.requests).toHaveLength(2); // the SDK retried once (OPENAI_MAX_RETRIES=1)

    llm.reply((request) => summaryReplyFor(request));
    bot.emulator.sendUserMessage({ chatId: 1, text: `${pages.origin}/call` });
    const answers = await answerIn(bot, 1, 2);
    expect(answers[1]?.text.split('\n')[0]).toBe('Summary: Russian Defense Minister, U.S. Counterpart Discuss Ukraine in Rare Phone Call');
    expect(pages.hits('/call')).toBe(1); // the page itself was cached
  });

  it('repairs invalid LLM output once', async () => {
    llm.replyOnce({ content: '{"title": "no bullets"}' });
    // One bullet: the most this 120-word article's summary may have.
    llm.reply(() => ({ json: { title: 'Repaired', bullets: ['One.'], gist: 'Fixed.', topics: ['technology'], language: 'en', sources: { title: [], bullets: [[]], gist: [] } } }));
    bot.emulator.sendUserMessage({ chatId: 1, text: `${pages.origin}/tech` });
    const [answer] = await answerIn(bot, 1);
    expect(answer?.text.split('\n')[0]).toBe('Repaired');
    expect(llm.requests).toHaveLength(2);
    expect(lastUserMessage(llm.requests[1] as never)).toContain('could not be used');
  });

  it('waits out a Telegram 429 and still delivers the answer', async () => {
    bot.emulator.failNext('sendMessage', { errorCode: 429, description: 'Too Many Requests: retry after 3', retryAfter: 3, chatId: 1 });
    bot.emulator.sendUserMessage({ chatId: 1, text: '/help' });
    const [help] = await answerIn(bot, 1);
    expect(help?.text).toContain('Newsdigest');
    const sends = bot.emulator.calls.filter((call) => call.method === 'sendMessage');
    expect(sends.map((call) => [call.ok, call.errorCode])).toEqual([
      [false, 429],
      [true, undefined],
    ]);
    expect((sends[1]?.at ?? 0) - (sends[0]?.at ?? 0)).toBeGreaterThanOrEqual(3000);
  });

  it('keeps serving everyone when a reply to one chat fails', async () => {
    bot.emulator.failChat(13, { errorCode: 403, description: 'Forbidden: bot was blocked by the user' });
    bot.emulator.sendUserMessage({ chatId: 13, text: '/help' });
    bot.emulator.sendUserMessage({ chatId: 14, text: '/help' });
    const [help] = await answerIn(bot, 14);
    expect(help?.text).toContain('Newsdigest');
  });

  it('shows /stats to admins only', async () => {
    bot.emulator.sendUserMessage({ chatId: 1, text: `${pages.origin}/tech` });
    await answerIn(bot, 1);
    bot.emulator.sendUserMessage({ chatId: 1, text: `${pages.origin}/tech` });
    await answerIn(bot, 1, 2);
    bot.emulator.sendUserMessage({ chatId: 7, text: '/stats' });
    bot.emulator.sendUserMessage({ chatId: 42, text: '/stats' });
    const [refused] = await answerIn(bot, 7);
    const [stats] = await answerIn(bot, 42);
    expect(refused?.text).toBe('/stats is for the bot’s admins.');
    const lines = stats?.text.split('\n') ?? [];
    expect(lines.slice(2, 9)).toEqual([
      'Articles summarized: 1 · 1',
      'Cache hit rate: 50% · 50%',
      'Cache hits: 1 · 1',
      'LLM calls: 1 · 1',
      'Prompt tokens: 100 · 100',
      'Completion tokens: 20 · 20',
      'Extractive fallbacks: 0 · 0',
    ]);
  });

  it('keeps summaries across a restart: a known link answers with no fetch and no LLM call', async () => {
    bot.emulator.sendUserMessage({ chatId: 1, text: `${pages.origin}/call` });
    const [before] = await answerIn(bot, 1);
    await bot.restart();
    bot.emulator.sendUserMessage({ chatId: 2, text: `${pages.origin}/call` });
    const [after] = await answerIn(bot, 2);
    expect(after?.text).toBe(before?.text);
    expect(pages.hits('/call')).toBe(1);
    expect(llm.requests).toHaveLength(1);
  });
});
