import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeOpenAiServer, summaryReplyFor, type FakeOpenAiServer } from '../support/fake-openai-server.js';
import { startPageServer, type PageServer } from '../support/page-server.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { digestsIn, newsPage, summarizeLinks } from '../support/conversation.js';

function storyPage(name: string, words: string) {
  return newsPage(`${name} Gazette`, name, [1, 2, 3].map((index) => `${words} ${name} paragraph ${index} reports ${words.split(' ').reverse().join(' ')} for readers.`));
}

/** Each story uses its own words, so no two are merged into one item. */
const STORIES: Record<string, string> = {
  '/harbour': 'Harbour cranes idle as dockworkers strike over automation plans in Rotterdam port',
  '/orchard': 'Late frost ruins apple orchard harvest across Tyrol valleys, growers seek compensation',
  '/glacier': 'Glacier retreat uncovers medieval trading route high above Swiss Alpine passes',
  '/railway': 'Night railway service linking Lisbon and Madrid returns after decade-long pause',
};

const digestAttempts = (bot: TestApp, chatId: number) =>
  bot.emulator.calls.filter((call) => call.method === 'sendMessage' && call.params.chat_id === chatId && String(call.params.text).startsWith('📰'));
const rateLimitsFor = (bot: TestApp, chatId: number) =>
  bot.emulator.calls.filter((call) => call.params.chat_id === chatId && call.errorCode === 429).length;

/**
 * Moves the bot's wall clock and waits until the scheduler has done what is due
 * and gone back to sleep: no real waiting, hours of schedule in milliseconds.
 */
async function setWallClock(bot: TestApp, iso: string): Promise<void> {
  bot.clock.set(Date.parse(iso));
  // The scheduler is the only sleeper on the wall clock: set() woke it, and it sleeps again once the run is over.
  await bot.emulator.waitFor(() => bot.clock.pendingSleeps > 0, { what: `the scheduler asleep again after ${iso}`, timeoutMs: 20_000 });
}

/** Subscribes many chats to world news through the bot, the way people do it. */
async function subscribeChats(bot: TestApp, chatIds: number[]): Promise<void> {
  for (const chatId of chatIds) bot.emulator.sendUserMessage({ chatId, text: '/subscribe world' });
  await bot.emulator.waitFor(() => chatIds.every((chatId) => bot.emulator.messages(chatId).length > 0), { what: 'every subscription confirmed', timeoutMs: 30_000 });
}


describe('scheduled digests end to end', () => {
  let llm: FakeOpenAiServer;
  let pages: PageServer;
  let bot: TestApp;

  beforeEach(async () => {
    llm = await startFakeOpenAiServer();
    llm.reply((request) => summaryReplyFor(request, { topics: ['world'] }));
    pages = await startPageServer(Object.fromEntries(Object.entries(STORIES).map(([path, words]) => [path, storyPage(path.slice(1), words)])));
    bot = await startTestApp({ llm }); // the wall clock starts at Wed 2026-11-25 06:00 UTC
  });

  afterEach(async () => {
    await bot.close();
    await pages.close();
    await llm.close();
  });

  it("delivers at each subscriber's local time, then only what is new, and once after downtime", async () => {
    for (const command of ['/timezone Europe/Berlin', '/time 07:30', '/subscribe world']) {
      bot.emulator.sendUserMessage({ chatId: 10, text: command });
    }
    await subscribeChats(bot, [11]); // UTC, at the default 08:00
    await bot.emulator.waitForMessages(10, 3);
    await summarizeLinks(bot, 1, [`${pages.origin}/harbour`]);

    await setWallClock(bot, '2026-11-25T06:29:00Z');
    expect(digestsIn(bot, 10)).toEqual([]);
    await setWallClock(bot, '2026-11-25T06:30:00.100Z'); // 07:30 in Berlin
    expect(digestsIn(bot, 10).map((message) => message.text)).toEqual([expect.stringContaining('harbour')]);
    expect(digestsIn(bot, 11)).toEqual([]);
    await setWallClock(bot, '2026-11-25T08:00:00.100Z');
    expect(digestsIn(bot, 11)).toHaveLength(1);
    expect(digestsIn(bot, 10)).toHaveLength(1);

    await setWallClock(bot, '2026-11-25T12:00:00Z');
    await summarizeLinks(bot, 1, [`${pages.origin}/orchard`]);
    await setWallClock(bot, '2026-11-26T06:30:00.100Z');
    const secondDay = digestsIn(bot, 10)[1]?.text ?? '';
    expect(secondDay).toContain('orchard');
    expect(secondDay).not.toContain('harbour'); // only what is new since the last digest
    expect(secondDay).toContain('1 story');

    // Down from Thursday noon to Sunday 09:00: three scheduled mornings missed, one digest each on start.
    await setWallClock(bot, '2026-11-26T12:00:00Z'); // 11 gets Thursday's 08:00 digest late, at noon
    expect(digestsIn(bot, 11)[1]?.text).toContain('orchard');
    await summarizeLinks(bot, 1, [`${pages.origin}/glacier`]);
    await bot.stop();
    bot.clock.set(Date.parse('2026-11-29T09:00:00Z'));
    await bot.restart();
    await bot.emulator.waitFor(() => digestsIn(bot, 10).length === 3 && digestsIn(bot, 11).length === 3, { what: 'the catch-up digests' });
    await setWallClock(bot, '2026-11-29T09:05:00.100Z');
    expect(digestsIn(bot, 10)).toHaveLength(3);
    expect(digestsIn(bot, 11)).toHaveLength(3);
    for (const chatId of [10, 11]) {
      expect(digestsIn(bot, chatId)[2]?.text).toContain('glacier');
      expect(digestsIn(bot, chatId)[2]?.text).toContain('1 story');
    }
  });

  it('fans out to 1,000 subscribers through 429s, blocked chats and a missing chat: one digest each, the unreachable not retried', async () => {
    const chats = Array.from({ length: 1_000 }, (_, index) => 100_000 + index);
    await subscribeChats(bot, chats);
    await summarizeLinks(bot, 1, [`${pages.origin}/railway`]);
    const rateLimited = chats.filter((_, index) => index % 10 === 3); // 100 chats
    const blocked = chats.filter((_, index) => index % 50 === 7); // 20 chats
    const missing = chats[999] as number;
    bot.emulator.rateLimitOnce(rateLimited, 5);
    for (const chatId of blocked) bot.emulator.failChat(chatId, { errorCode: 403, description: 'Forbidden: bot was blocked by the user' });
    bot.emulator.failChat(missing, { errorCode: 400, description: 'Bad Request: chat not found' });
    const unreachable = new Set([...blocked, missing]);

    await setWallClock(bot, '2026-11-25T08:00:00.100Z');
    for (const chatId of chats) {
      if (unreachable.has(chatId)) {
        expect(digestAttempts(bot, chatId), `chat ${chatId}`).toHaveLength(1);
        expect(digestsIn(bot, chatId)).toEqual([]);
      } else {
        expect(digestsIn(bot, chatId), `chat ${chatId}`).toHaveLength(1);
      }
    }
    for (const chatId of rateLimited) {
      // The queue waited retry_after: the emulator would have answered 429 again to an early retry.
      expect(rateLimitsFor(bot, chatId), `chat ${chatId}`).toBe(unreachable.has(chatId) ? 0 : 1);
    }
    expect(digestsIn(bot, chats[0] as number)[0]?.text).toContain('railway');

    // The next morning: a new story for everyone still reachable, not one attempt at the others.
    await setWallClock(bot, '2026-11-25T12:00:00Z');
    await summarizeLinks(bot, 1, [`${pages.origin}/glacier`]);
    await setWallClock(bot, '2026-11-26T08:00:00.100Z');
    for (const chatId of chats) {
      expect(digestsIn(bot, chatId), `chat ${chatId}`).toHaveLength(unreachable.has(chatId) ? 0 : 2);
      if (unreachable.has(chatId)) expect(digestAttempts(bot, chatId), `chat ${chatId}`).toHaveLength(1);
    }

    // One of them unblocks the bot and writes again: their digests resume.
    const returning = blocked[0] as number;
    bot.emulator.unfailChat(returning);
    const earlier = bot.emulator.messages(returning).length;
    bot.emulator.sendUserMessage({ chatId: returning, text: '/settings' });
    const [welcome, settings] = (await bot.emulator.waitForMessages(returning, earlier + 2)).slice(earlier);
    expect(welcome?.text).toMatch(/^👋 Welcome back!.*They resume now/);
    expect(settings?.text).toContain('Next digest: Fri 27 Nov, 08:00.');
    await setWallClock(bot, '2026-11-26T12:00:00Z');
    await summarizeLinks(bot, 1, [`${pages.origin}/harbour`]);
    await setWallClock(bot, '2026-11-27T08:00:00.100Z');
    expect(digestsIn(bot, returning)).toHaveLength(1);
    expect(digestsIn(bot, blocked[1] as number)).toHaveLength(0);
    expect(digestsIn(bot, chats[0] as number)).toHaveLength(3);
  });

  it('resumes a fan-out stopped half-way by a restart: nobody twice, nobody skipped', async () => {
    const chats = Array.from({ length: 300 }, (_, index) => 200_000 + index);
    await subscribeChats(bot, chats);
    await summarizeLinks(bot, 1, [`${pages.origin}/orchard`]);
    const delivered = () => chats.filter((chatId) => digestsIn(bot, chatId).length > 0).length;

    bot.clock.set(Date.parse('2026-11-25T08:00:00.100Z'));
    await bot.emulator.waitFor(() => delivered() >= 60, { what: 'the fan-out under way' });
    await bot.stop(); // SIGTERM mid fan-out: digests already started finish, the rest wait
    const beforeRestart = delivered();
    expect(beforeRestart).toBeLessThan(300);

    await bot.restart();
    await bot.emulator.waitFor(() => delivered() === 300, { what: 'every digest after the restart', timeoutMs: 20_000 });
    await setWallClock(bot, '2026-11-25T08:05:00.100Z');
    for (const chatId of chats) expect(digestsIn(bot, chatId), `chat ${chatId}`).toHaveLength(1);
  });
});
