import { readFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { countWords } from '../../src/core/words.js';
import type { SentMessage } from '../support/bot-api-emulator.js';
import { newsPage } from '../support/conversation.js';
import { lastUserMessage, startFakeOpenAiServer, summaryReplyFor, type FakeOpenAiServer } from '../support/fake-openai-server.js';
import { startPageServer, type PageServer } from '../support/page-server.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const paragraphsOf = async (name: string) => (await readFile(new URL(`../fixtures/length/${name}`, import.meta.url), 'utf8')).trim().split(/\n\s*\n/);
const BRIDGE = newsPage('Coastal Herald', 'Harbour bridge reopens after two years of repairs', await paragraphsOf('harbour-bridge-150.txt'));
const FLOODS = newsPage('Coastal Herald', 'Port Ellis approves flood defence plan', await paragraphsOf('flood-defences-long.txt'));

/** Waits until the chat's latest bot message is a final answer, not a progress note. */
function answerIn(bot: TestApp, chatId: number): Promise<SentMessage> {
  return bot.emulator.waitFor(
    () => {
      const messages = bot.emulator.messages(chatId);
      const last = messages.at(-1);
      return last && !last.text.startsWith('⏳') ? last : undefined;
    },
    { what: `the answer in chat ${chatId}` },
  );
}

/** What a reader counts as the summary in a reply: its bullets and its 💡 gist. */
function measure(reply: SentMessage): { bullets: number; words: number } {
  const lines = reply.text.split('\n');
  const read = lines.filter((line) => line.startsWith('• ') || line.startsWith('💡 '));
  return { bullets: lines.filter((line) => line.startsWith('• ')).length, words: countWords(read.join('\n')) };
}

describe('a summary as long as its article allows, end to end', () => {
  let llm: FakeOpenAiServer | undefined;
  let pages: PageServer;
  let bot: TestApp;

  async function start(withLlm: boolean): Promise<void> {
    if (withLlm) {
      llm = await startFakeOpenAiServer();
      llm.reply((request) => summaryReplyFor(request));
    }
    pages = await startPageServer({ '/bridge': BRIDGE, '/floods': FLOODS });
    bot = await startTestApp(llm ? { llm } : {});
  }

  afterEach(async () => {
    await bot.close();
    await pages.close();
    await llm?.close();
    expect(llm?.unexpected ?? []).toEqual([]);
    llm = undefined;
  });

  it('tells the model the length of each article, and a 150-word one gets one bullet and 40 words where a 328-word one keeps three', async () => {
    await start(true);
    bot.emulator.sendUserMessage({ chatId: 1, text: `${pages.origin}/bridge` });
    const short = await answerIn(bot, 1);
    bot.emulator.sendUserMessage({ chatId: 2, text: `${pages.origin}/floods` });
    const long = await answerIn(bot, 2);

    // Summary v3, the newest prompt, is the one used: it states the length.
    expect(llm?.requests.map((request) => lastUserMessage(request).split('\n').find((line) => line.startsWith('Length: ')))).toEqual([
      'Length: 1 to 2 bullets, and at most 45 words in the bullets and the gist together (the article has 150 words).',
      'Length: 3 to 5 bullets, and at most 98 words in the bullets and the gist together (the article has 328 words).',
    ]);
    expect(short.text).toBe(
      [
        'Summary: Harbour bridge reopens after two years of repairs',
        'Coastal Herald',
        '',
        '• The harbour bridge in Port Ellis reopened to traffic on Tuesday after two years of repairs, the city council said.',
        '',
        '💡 The harbour bridge in Port Ellis reopened to traffic on Tuesday after two years of repairs, the city council said.',
        '🏷 World',
        '🔗 127.0.0.1',
      ].join('\n'),
    );
    expect([measure(short), measure(long)]).toEqual([
      { bullets: 1, words: 40 },
      { bullets: 3, words: 85 },
    ]);
  });

  it('fits the extractive summary of a bot without a model to the same budget', async () => {
    await start(false);
    bot.emulator.sendUserMessage({ chatId: 1, text: `${pages.origin}/bridge` });
    const short = await answerIn(bot, 1);

    expect(short.text).toBe(
      [
        'Harbour bridge reopens after two years of repairs',
        'Coastal Herald',
        '',
        '• The work cost the city 41 million pounds, a third more than planned, because corroded parts of both towers also had to be rebuilt.',
        '',
        '💡 The harbour bridge in Port Ellis reopened to traffic on Tuesday after two years of repairs, the city council said.',
        '🏷 Politics',
        '🔗 127.0.0.1',
        '',
        '⚠️ Extractive summary: key sentences picked from the article itself (no AI model is configured for this bot).',
      ].join('\n'),
    );
    expect(measure(short)).toEqual({ bullets: 1, words: 44 });
  });
});
