import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeOpenAiServer, summaryReplyFor, type ChatRequest, type FakeOpenAiServer } from '../support/fake-openai-server.js';
import { startPageServer, type PageServer } from '../support/page-server.js';
import { ask, digestsIn, newsPage, summarizeLinks } from '../support/conversation.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import type { SentMessage } from '../support/bot-api-emulator.js';

/** Three outlets reporting one earthquake, worded differently. */
const QUAKE_REPORTS = {
  '/wire/quake': newsPage('Wire Service', 'Magnitude 7.1 earthquake strikes off Hokkaido coast, tsunami warning issued', [
    'A magnitude 7.1 earthquake struck off the coast of Hokkaido on Wednesday, and Japan issued a tsunami warning for the northern island.',
    'The Japan Meteorological Agency said the quake hit at a depth of 40 kilometres near Kushiro. Residents of coastal towns were told to move to higher ground.',
    'There were no immediate reports of damage at the Tomari nuclear plant, its operator said.',
  ]),
  '/daily/hokkaido-quake': newsPage('The Daily', 'Hokkaido earthquake: 7.1 tremor off Kushiro prompts tsunami warning', [
    'Japan issued a tsunami warning after a magnitude 7.1 earthquake hit off Kushiro in Hokkaido, the Japan Meteorological Agency said.',
    'Coastal residents of Hokkaido were urged to move to higher ground as the quake, at a depth of 40 kilometres, shook the northern island on Wednesday.',
    'The operator of the Tomari nuclear plant reported no damage.',
  ]),
  '/asia/kushiro': newsPage('Asia Times Online', 'Tsunami warning for Hokkaido after magnitude 7.1 earthquake near Kushiro', [
    'A magnitude 7.1 earthquake near Kushiro on Japan’s northern island of Hokkaido prompted a tsunami warning on Wednesday.',
    'The Japan Meteorological Agency put the depth at 40 kilometres and told residents of the Hokkaido coast to seek higher ground.',
    'No damage was reported at the Tomari nuclear plant.',
  ]),
};

const SYLLABLES = 'ka lo mi ne ru sa ti vo ze bu da fe gi ho ju pe qua rin sol tam ver wol xan yor'.split(' ');

/** Made-up words that differ from story to story, so no two stories look like one (as real, different news would not). */
function storyWords(story: number, count: number, offset = 0): string {
  return Array.from({ length: count }, (_, index) => {
    const seed = (story * 7_919 + (index + offset) * 104_729) % 999_983;
    return [seed % 24, Math.floor(seed / 24) % 24, Math.floor(seed / 576) % 24].map((syllable) => SYLLABLES[syllable]).join('');
  }).join(' ');
}

/**
 * A distinct story per number, with a long gist (the first sentence) so twenty overflow one Telegram message,
 * and long enough (128 words) that a summary of 30% of its words keeps that gist whole.
 */
function storyPage(number: number) {
  return newsPage(`Outlet ${number}`, `Story number ${number}: ${storyWords(number, 4)}`, [
    `${storyWords(number, 28, 10)}.`,
    `${storyWords(number, 20, 40)}.`,
    `${storyWords(number, 20, 70)}.`,
    `${storyWords(number, 20, 100)}.`,
    `${storyWords(number, 20, 130)}.`,
    `${storyWords(number, 20, 160)}.`,
  ]);
}

const isOverviewRequest = (request: ChatRequest) => String(request.messages[0]?.content).includes('opening overview of a news digest');

function buttons(message: SentMessage | undefined): string[] {
  return message?.replyMarkup?.inline_keyboard.flat().map((button) => button.text) ?? [];
}

describe('topics, settings and digests end to end', () => {
  let llm: FakeOpenAiServer;
  let pages: PageServer;
  let bot: TestApp;

  beforeEach(async () => {
    llm = await startFakeOpenAiServer();
    llm.reply((request) => summaryReplyFor(request, { topics: ['world', 'science'] }));
    pages = await startPageServer(QUAKE_REPORTS);
    for (let number = 1; number <= 20; number++) pages.route(`/story/${number}`, storyPage(number));
    bot = await startTestApp({ llm, env: { DIGEST_MAX_ITEMS_PER_TOPIC: '20' } });
  });

  afterEach(async () => {
    await bot.close();
    await pages.close();
    await llm.close();
  });

  it('toggles topics in place with the /topics buttons, and by /subscribe and /unsubscribe', async () => {
    const menu = await ask(bot, 1, '/topics');
    expect(menu.text).toContain('You follow no topics yet.');
    expect(buttons(menu)).toHaveLength(8);
    expect(buttons(menu).filter((text) => text.startsWith('✅'))).toEqual([]);

    bot.emulator.sendCallbackQuery({ chatId: 1, messageId: menu.messageId, data: 'topic:technology' });
    await bot.emulator.waitFor(() => buttons(bot.emulator.messages(1)[0]).some((text) => text.startsWith('✅')), { what: 'the ✅' });
    const toggled = bot.emulator.messages(1)[0];
    expect(buttons(toggled).filter((text) => text.startsWith('✅'))).toEqual(['✅ 💻 Technology']);
    expect(toggled?.text).toContain('You follow 💻 Technology: one digest a day at 08:00 (UTC).');
    expect(bot.emulator.messages(1)).toHaveLength(1); // edited in place, no new message
    expect(bot.emulator.callbackAnswers().at(-1)?.text).toBe('Following Technology');

    bot.emulator.sendCallbackQuery({ chatId: 1, messageId: menu.messageId, data: 'topic:technology' });
    await bot.emulator.waitFor(() => bot.emulator.callbackAnswers().length === 2, { what: 'the second answer' });
    await bot.emulator.waitFor(() => !buttons(bot.emulator.messages(1)[0]).some((text) => text.startsWith('✅')), { what: 'the ✅ gone' });
    expect(bot.emulator.callbackAnswers().at(-1)?.text).toBe('Stopped following Technology');

    // Slugs and names, any case.
    expect((await ask(bot, 1, '/subscribe SCIENCE World')).text).toMatch(/^✅ You follow 🔬 Science, 🌍 World\. Your digest comes daily at 08:00 \(UTC\)/);
    expect(buttons(await ask(bot, 1, '/topics')).filter((text) => text.startsWith('✅'))).toEqual(['✅ 🌍 World', '✅ 🔬 Science']);
    expect((await ask(bot, 1, '/unsubscribe world')).text).toBe('You still follow 🔬 Science.');
    const refused = await ask(bot, 1, '/subscribe astrology');
    expect(refused.text).toContain('I don\'t know the topic “astrology”');
    expect(refused.text).toContain('/topics');
    expect((await ask(bot, 1, '/settings')).text).toContain('Topics: 🔬 Science');
    expect((await ask(bot, 1, '/unsubscribe all')).text).toBe('You follow no topics now, so no more daily digests. /topics to pick some again.');
  });

  it('validates /time and /timezone with an example, shows them in /settings, and /forget deletes after a confirm', async () => {
    expect((await ask(bot, 2, '/time 25:00')).text).toBe('“25:00” is not a time of day. Send the time as HH:MM on a 24-hour clock, for example /time 07:30.');
    expect((await ask(bot, 2, '/time')).text).toBe('Send the time as HH:MM on a 24-hour clock, for example /time 07:30.');
    expect((await ask(bot, 2, '/timezone Mars/Olympus_Mons')).text).toBe(
      'I don\'t know the time zone “Mars/Olympus_Mons”. Send a time zone name like /timezone Europe/Berlin or an offset like /timezone UTC+3.',
    );
    expect((await ask(bot, 2, '/time 7.30')).text).toBe('⏰ Your digest comes at 07:30 (UTC).\nFollow a topic in /topics to get it.');
    expect((await ask(bot, 2, '/timezone europe/berlin')).text).toContain('🌐 Your time zone is Europe/Berlin; your digest comes at 07:30 there.');
    await ask(bot, 2, '/subscribe health');
    const settings = await ask(bot, 2, '/settings');
    expect(settings.text).toContain('Topics: 🩺 Health');
    expect(settings.text).toContain('Delivery: 07:30 (Europe/Berlin)');
    expect(settings.text).toContain('Next digest: Wed 25 Nov, 07:30.'); // it is 07:00 in Berlin now: today's 07:30 comes next
    expect((await ask(bot, 2, '/timezone UTC-03:30')).text).toContain('Your time zone is UTC-03:30');

    const confirm = await ask(bot, 2, '/forget');
    expect(buttons(confirm)).toEqual(['🗑 Yes, delete everything', 'Cancel']);
    bot.emulator.sendCallbackQuery({ chatId: 2, messageId: confirm.messageId, data: 'forget:no' });
    await bot.emulator.waitFor(() => bot.emulator.messages(2).at(-1)?.text === 'Nothing was deleted.', { what: 'cancel' });
    expect((await ask(bot, 2, '/settings')).text).toContain('Topics: 🩺 Health');

    const again = await ask(bot, 2, '/forget');
    bot.emulator.sendCallbackQuery({ chatId: 2, messageId: again.messageId, data: 'forget:yes' });
    await bot.emulator.waitFor(() => bot.emulator.messages(2).at(-1)?.text.startsWith('🗑 Done'), { what: 'deleted' });
    const forgotten = await ask(bot, 2, '/settings');
    expect(forgotten.text).toContain('Topics: none yet (/topics)');
    expect(forgotten.text).toContain('Delivery: 08:00 (UTC)');
  });

  it('/digest: nothing new gets one line; three sources of one story make one item listing all three; private pastes stay out', async () => {
    expect((await ask(bot, 3, '/digest')).text).toBe("You don't follow any topics yet. Pick some in /topics, then ask again.");
    await ask(bot, 3, '/subscribe science');
    expect((await ask(bot, 3, '/digest')).text).toBe('Nothing new on your topics since Tue 24 Nov, 06:00.');

    await summarizeLinks(bot, 4, Object.keys(QUAKE_REPORTS).map((path) => `${pages.origin}${path}`));
    // Pasted into a private chat: summarized for that person, never in anyone's digest.
    bot.emulator.sendUserMessage({ chatId: 5, text: `Secret memo about the office party.\n\n${'Everyone should bring a dish and keep this quiet until Friday. '.repeat(12)}` });
    await bot.emulator.waitFor(() => bot.emulator.messages(5).some((message) => message.text.startsWith('Summary')), { what: 'the private summary' });

    bot.clock.advance(60_000);
    bot.emulator.sendUserMessage({ chatId: 3, text: '/digest' });
    const [digest] = await bot.emulator.waitFor(() => (digestsIn(bot, 3).length > 0 ? digestsIn(bot, 3) : undefined), { what: 'the digest' });
    expect(digest?.text).toContain('1 story');
    expect(digest?.text).toContain('🔬 SCIENCE');
    expect(digest?.text).toContain('🔗 3 sources: Wire Service · The Daily · Asia Times Online');
    expect(digest?.text).not.toContain('office party');
    const links = digest?.entities.filter((entity) => entity.type === 'text_link').map((entity) => entity.url);
    expect(links?.sort()).toEqual(Object.keys(QUAKE_REPORTS).map((path) => `${pages.origin}${path}`).sort());

    // The "since" mark moved: asking again right away finds nothing new.
    expect((await ask(bot, 3, '/digest')).text).toBe('Nothing new on your topics since Wed 25 Nov, 06:01.');
  });

  it('/digest splits a long digest at story boundaries, every message under 4096 characters, every story once', async () => {
    await ask(bot, 6, '/subscribe world');
    // Twenty new summaries in a minute are over a person's fair use; the bot's admin (42) is exempt.
    await summarizeLinks(bot, 42, Array.from({ length: 20 }, (_, index) => `${pages.origin}/story/${index + 1}`));
    bot.clock.advance(60_000);
    const before = bot.emulator.messages(6).length;
    bot.emulator.sendUserMessage({ chatId: 6, text: '/digest' });
    const titles = Array.from({ length: 20 }, (_, index) => `Story number ${index + 1}:`);
    const parts = await bot.emulator.waitFor(
      () => {
        const sent = bot.emulator.messages(6).slice(before);
        const text = sent.map((message) => message.text).join('\n');
        return titles.every((title) => text.includes(title)) ? sent : undefined;
      },
      { what: 'all 20 stories' },
    );
    expect(parts.length).toBeGreaterThanOrEqual(2);
    expect(parts[0]?.text).toMatch(/^📰 Your news digest\n25 November 2026 · 20 stories/);
    for (const part of parts) {
      expect(part.text.length).toBeLessThanOrEqual(4096);
      // Each message ends on a story's source line: nothing is cut mid-story.
      expect(part.text.split('\n').at(-1)).toMatch(/^🔗 Outlet \d+$/);
    }
    for (const title of titles) {
      expect(parts.filter((part) => part.text.includes(title)), title).toHaveLength(1);
      expect(parts.map((part) => part.text).join('\n').split(title)).toHaveLength(2);
    }
  });

  it('opens a digest with an LLM overview written once per digest content, and sends the digest without one when the LLM fails', async () => {
    // Only what the quake story's gist keeps: a 65-word article's summary has 20 words, and its gist stops before "Japan".
    const overview = 'A strong earthquake off Hokkaido led to a tsunami warning <b>today</b>.';
    llm.reply((request) => (isOverviewRequest(request) ? { json: { overview } } : summaryReplyFor(request, { topics: ['world', 'science'] })));
    await ask(bot, 8, '/subscribe science');
    await ask(bot, 9, '/subscribe science');
    await ask(bot, 10, '/subscribe world');
    // A post forwarded from a public channel joins the pool too, credited to the channel.
    bot.emulator.sendUserMessage({
      chatId: 4,
      text: `Rail strike across Portugal halts trains.\n\n${'Unions at the national railway walked out on Monday over pay, halting trains from Porto to Faro and stranding commuters across the country. '.repeat(3)}`,
      forwardOrigin: { type: 'channel', date: 1, message_id: 501, chat: { id: -100777, type: 'channel', title: 'Iberia Now', username: 'iberianow' } },
    });
    await bot.emulator.waitFor(() => bot.emulator.messages(4).some((message) => message.text.startsWith('Summary')), { what: 'the forwarded post' });
    await summarizeLinks(bot, 4, [`${pages.origin}/wire/quake`]);
    bot.clock.advance(60_000);

    const overviewCalls = () => llm.requests.filter(isOverviewRequest).length;
    for (const chatId of [8, 9]) {
      bot.emulator.sendUserMessage({ chatId, text: '/digest' });
      await bot.emulator.waitFor(() => digestsIn(bot, chatId).length === 1, { what: `the digest in ${chatId}` });
    }
    expect(overviewCalls()).toBe(1); // same content, one overview
    for (const chatId of [8, 9]) {
      const [digest] = digestsIn(bot, chatId);
      expect(digest?.text.split('\n').slice(0, 4)).toEqual(['📰 Your news digest', '25 November 2026 · 2 stories', '', overview]);
      expect(digest?.text).toContain('🔗 Iberia Now');
      expect(digest?.entities).toContainEqual(expect.objectContaining({ type: 'text_link', url: 'https://t.me/iberianow/501' }));
    }

    llm.reply((request) => (isOverviewRequest(request) ? { status: 500 } : summaryReplyFor(request)));
    bot.emulator.sendUserMessage({ chatId: 10, text: '/digest' });
    await bot.emulator.waitFor(() => digestsIn(bot, 10).length === 1, { what: 'the digest without an overview' });
    const [plain] = digestsIn(bot, 10);
    expect(plain?.text.split('\n').slice(0, 4)).toEqual(['📰 Your news digest', '25 November 2026 · 2 stories', '', '🌍 WORLD']);
    expect(overviewCalls()).toBeGreaterThan(1); // it did try
  });

  it('/digest is built in the background, one at a time per chat: a second /digest meanwhile is told it is on its way', async () => {
    let releaseOverview: () => void = () => undefined;
    const overviewHeld = new Promise<void>((resolve) => {
      releaseOverview = resolve;
    });
    llm.reply(async (request) => {
      if (!isOverviewRequest(request)) return summaryReplyFor(request, { topics: ['world', 'science'] });
      await overviewHeld;
      return { json: { overview: 'A strong earthquake off Hokkaido led Japan to issue a tsunami warning.' } };
    });
    await ask(bot, 20, '/subscribe science');
    await summarizeLinks(bot, 4, [`${pages.origin}/wire/quake`]);
    bot.clock.advance(60_000);

    bot.emulator.sendUserMessage({ chatId: 20, text: '/digest' });
    await bot.emulator.waitFor(() => llm.requests.some(isOverviewRequest), { what: 'the overview request' });
    // The first digest waits for its overview; the bot still answers, in the same chat and elsewhere.
    expect((await ask(bot, 20, '/digest')).text).toBe('Your digest is on its way.');
    expect((await ask(bot, 21, '/help')).text).toContain('Newsdigest');
    releaseOverview();
    await bot.emulator.waitFor(() => digestsIn(bot, 20).length === 1, { what: 'the digest' });
    // Asked right after it arrived (its job still recording it), the next /digest waits for that and is a new one: nothing new since.
    expect((await ask(bot, 20, '/digest')).text).toMatch(/^Nothing new on your topics since /);
    expect(digestsIn(bot, 20)).toHaveLength(1);
    expect(llm.requests.filter(isOverviewRequest)).toHaveLength(1);
  });

  it('pauses the digests of a person who blocks the bot, and resumes them with a welcome back when they unblock it', async () => {
    await ask(bot, 11, '/subscribe world');
    await ask(bot, 13, '/subscribe world');
    await summarizeLinks(bot, 4, [`${pages.origin}/wire/quake`]);
    const membership = (oldStatus: string, newStatus: string) =>
      bot.emulator.pushUpdate({
        my_chat_member: {
          chat: { id: 11, type: 'private', first_name: 'Reader' },
          from: { id: 11, is_bot: false, first_name: 'Reader' },
          date: Math.floor(bot.clock.now() / 1000),
          old_chat_member: { user: bot.emulator.botUser, status: oldStatus },
          new_chat_member: { user: bot.emulator.botUser, status: newStatus, ...(newStatus === 'kicked' && { until_date: 0 }) },
        },
      });
    const sendsTo = (chatId: number) => bot.emulator.calls.filter((call) => call.method === 'sendMessage' && Number(call.params.chat_id) === chatId).length;
    membership('member', 'kicked');
    const sentBefore = sendsTo(11);
    await new Promise((resolve) => setTimeout(resolve, 200));

    // 08:00: the other subscriber gets the digest; the one who blocked the bot is not even tried.
    bot.clock.set(Date.parse('2026-11-25T08:01:00Z'));
    await bot.emulator.waitFor(() => digestsIn(bot, 13).length === 1, { what: 'the digest of the other subscriber' });
    expect(sendsTo(11)).toBe(sentBefore);
    expect(bot.emulator.calls.filter((call) => !call.ok && Number(call.params.chat_id) === 11)).toEqual([]);

    membership('kicked', 'member');
    await bot.emulator.waitFor(() => bot.emulator.messages(11).at(-1)?.text.startsWith('👋 Welcome back!'), { what: 'the welcome back' });
    expect((await ask(bot, 11, '/settings')).text).toContain('Next digest: Thu 26 Nov, 08:00.');
  });
});
