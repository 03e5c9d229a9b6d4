import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ConfigInput } from '../../src/config.js';
import { shownText } from '../support/catalogue-texts.js';
import { TELEGRAM_MESSAGE_LIMIT } from '../../src/ingest/paste-assembler.js';
import { longArticle, splitLikeTelegram } from '../support/pastes.js';
import type { SentMessage } from '../support/bot-api-emulator.js';
import { newsPage } from '../support/conversation.js';
import { articleTextSent, startFakeOpenAiServer, summaryReplyFor, type FakeOpenAiServer } from '../support/fake-openai-server.js';
import { startPageServer, type PageRoute, type PageServer } from '../support/page-server.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const MINUTE = 60_000;
/** Admins are exempt (test-app.ts sets ADMIN_IDS=42). */
const ADMIN = 42;
/** The test app's wall clock starts on Wednesday 25 November 2026 at 06:00 UTC. */
const DAY_LIMIT_REPLY_UTC = (limit: number, notSummarized = 1) =>
  `You've reached today's limit of ${limit} new summaries${notSummarized > 1 ? `, so ${notSummarized} of these links were not summarized` : ''}. ` +
  'You can ask for new ones from Thu 26 Nov, 00:00 UTC. Articles that were summarized before still answer right away.';

/** Sixty distinct news pages, /story1 … /story60. */
const STORY_PATHS = Array.from({ length: 60 }, (_, index) => `/story${index + 1}`);
const storyPages: Record<string, PageRoute> = Object.fromEntries(
  STORY_PATHS.map((path, index) => [
    path,
    newsPage('Example News', `Story ${index + 1} of the day`, [
      `The first paragraph of story ${index + 1} says what happened in the harbour district this morning, who was there and why it matters to readers.`,
      `The second paragraph of story ${index + 1} adds the numbers: ${index + 3} ferries, ${index * 11 + 40} passengers and a delay of ${index + 5} minutes at the pier.`,
      `The third paragraph of story ${index + 1} quotes the harbour master, who said the service would be back to normal by the evening rush.`,
    ]),
  ]),
);

/** A short article of its own (well over 60 words, far under Telegram's limit). */
const shortArticle = (subject: string) =>
  Array.from(
    { length: 5 },
    (_, index) => `Sentence ${index + 1} about ${subject} tells the reader what the town council decided on Tuesday evening and what it will cost the people who live there.`,
  ).join(' ');

const normalized = (text: string) => text.replace(/\s+/g, ' ').trim();
const firstLine = (message: SentMessage | undefined) => message?.text.split('\n')[0];

describe('fair use and what people send end to end', () => {
  let llm: FakeOpenAiServer;
  let pages: PageServer;
  let bot: TestApp | undefined;

  const start = async (env: ConfigInput = {}) => {
    bot = await startTestApp({ llm, env });
    return bot;
  };
  const link = (path: string) => `${pages.origin}${path}`;
  const llmCalls = () => llm.requests.length;

  /** Waits until the chat has `count` messages that are answers, not progress notes, and none is still in progress. */
  function answersIn(app: TestApp, chatId: number, count: number): Promise<SentMessage[]> {
    return app.emulator.waitFor(
      () => {
        const messages = app.emulator.messages(chatId);
        const finals = messages.filter((message) => !message.text.startsWith('⏳'));
        return finals.length >= count && finals.length === messages.length ? finals : undefined;
      },
      { what: `${count} answer(s) in chat ${chatId}` },
    );
  }

  /** Sends one message and waits for the chat to have `count` answers in all; returns the new ones. */
  async function send(app: TestApp, chatId: number, text: string, expectedNew = 1, extra: { fromId?: number; chatType?: 'group'; languageCode?: string } = {}): Promise<SentMessage[]> {
    const before = app.emulator.messages(chatId).length;
    app.emulator.sendUserMessage({ chatId, text, ...extra });
    return (await answersIn(app, chatId, before + expectedNew)).slice(before);
  }

  beforeEach(async () => {
    llm = await startFakeOpenAiServer();
    llm.reply((request) => summaryReplyFor(request));
    pages = await startPageServer({
      ...storyPages,
      '/gone': (_request, response) => response.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>'),
    });
  });

  afterEach(async () => {
    await bot?.close();
    bot = undefined;
    await pages.close();
    await llm.close();
    expect(llm.unexpected).toEqual([]);
  });

  it('refuses the new summary over the day limit with no fetch and no LLM call, still answers from the cache, and starts afresh the next UTC day', async () => {
    const app = await start({ USER_SUMMARIES_PER_DAY: '3', USER_SUMMARIES_PER_MINUTE: '10' });
    // A link no summary came of does not count.
    expect((await send(app, 1, link('/gone')))[0]?.text).toBe("⚠️ That page answered 404: it doesn't exist (any more). Check the link.");
    for (const path of ['/story1', '/story2', '/story3']) {
      expect(firstLine((await send(app, 1, link(path)))[0])).toBe(`Summary: Story ${path.slice(6)} of the day`);
    }
    const [refusal] = await send(app, 1, link('/story4'));
    expect(refusal?.text).toBe(DAY_LIMIT_REPLY_UTC(3));
    expect(refusal?.replyToMessageId).toBeDefined();
    expect(pages.hits('/story4')).toBe(0);
    expect(llmCalls()).toBe(3);

    // Someone else's new summary is theirs to count; once made, it answers this person from the cache.
    expect(firstLine((await send(app, 2, link('/story4')))[0])).toBe('Summary: Story 4 of the day');
    const [fromCache] = await send(app, 1, link('/story4'));
    expect(firstLine(fromCache)).toBe('Summary: Story 4 of the day');
    expect(fromCache?.edits).toEqual([]); // answered at once, no progress note
    expect(firstLine((await send(app, 1, link('/story1')))[0])).toBe('Summary: Story 1 of the day');
    expect(pages.hits('/story4')).toBe(1);
    expect(llmCalls()).toBe(4);

    app.clock.set(Date.parse('2026-11-26T00:00:00Z'));
    expect(firstLine((await send(app, 1, link('/story5')))[0])).toBe('Summary: Story 5 of the day');
  });

  it('at the defaults: the 6th new summary in a minute and the 51st of the day are refused, said on the person’s own clock', async () => {
    const app = await start({ MAX_LINKS_PER_MESSAGE: '10' });
    const [zone] = await send(app, 1, '/timezone Europe/Berlin');
    expect(zone?.text).toContain('Europe/Berlin');
    for (let minute = 0; minute < 10; minute++) {
      const paths = STORY_PATHS.slice(minute * 5, minute * 5 + 5);
      const answers = await send(app, 1, paths.map(link).join(' '), 5);
      expect(answers.map(firstLine).sort()).toEqual(paths.map((path) => `Summary: Story ${path.slice(6)} of the day`).sort());
      if (minute === 0) {
        const [sixth] = await send(app, 1, link('/story51'));
        expect(sixth?.text).toBe("That's more than 5 new summaries in a minute. You can send more from 07:01:00 Europe/Berlin.");
      }
      app.clock.advance(MINUTE);
    }
    const [fiftyFirst] = await send(app, 1, link('/story51'));
    expect(fiftyFirst?.text).toBe(
      "You've reached today's limit of 50 new summaries. You can ask for new ones from Thu 26 Nov, 01:00 Europe/Berlin (the day is counted in UTC). " +
        'Articles that were summarized before still answer right away.',
    );
    expect(pages.hits('/story51')).toBe(0);
    expect(llmCalls()).toBe(50);
  });

  it('serves an admin over any limit', async () => {
    const app = await start({ USER_SUMMARIES_PER_DAY: '1', USER_SUMMARIES_PER_MINUTE: '1' });
    for (const path of ['/story1', '/story2', '/story3']) {
      expect(firstLine((await send(app, ADMIN, link(path)))[0])).toBe(`Summary: Story ${path.slice(6)} of the day`);
    }
    expect(llmCalls()).toBe(3);
  });

  it('counts each new summary of a message with 20 links, up to MAX_LINKS_PER_MESSAGE, and answers its cached links anyway', async () => {
    const app = await start({ USER_SUMMARIES_PER_DAY: '3', USER_SUMMARIES_PER_MINUTE: '10', MAX_LINKS_PER_MESSAGE: '10' });
    // Somebody else had stories 2 and 5 summarized before.
    await send(app, 2, link('/story2'));
    await send(app, 2, link('/story5'));
    const paths = STORY_PATHS.slice(0, 20);
    // 2 from the cache, 3 new, 1 refusal for the other 5 of the first 10, 1 note on the 10 past the cap.
    const answers = await send(app, 1, `Today's reading: ${paths.map(link).join(' ')}`, 7);
    expect(answers.map(firstLine).sort()).toEqual(
      [
        'I summarize up to 10 links per message; send the other 10 separately.',
        'Summary: Story 1 of the day',
        'Summary: Story 2 of the day',
        'Summary: Story 3 of the day',
        'Summary: Story 4 of the day',
        'Summary: Story 5 of the day',
        DAY_LIMIT_REPLY_UTC(3, 5),
      ].sort(),
    );
    expect(paths.filter((path) => pages.hits(path) > 0)).toEqual(['/story1', '/story2', '/story3', '/story4', '/story5']);
    expect(llmCalls()).toBe(5);
  });

  it('counts the sender of /summarize in a group, together with their private chat', async () => {
    const app = await start({ USER_SUMMARIES_PER_DAY: '2', USER_SUMMARIES_PER_MINUTE: '10' });
    const group = -5;
    expect(firstLine((await send(app, group, `/summarize ${link('/story1')}`, 1, { fromId: 7, chatType: 'group' }))[0])).toBe('Summary: Story 1 of the day');
    expect(firstLine((await send(app, 7, link('/story2')))[0])).toBe('Summary: Story 2 of the day');
    const [refusal] = await send(app, group, `/summarize ${link('/story3')}`, 1, { fromId: 7, chatType: 'group' });
    expect(refusal?.text).toBe(DAY_LIMIT_REPLY_UTC(2));
    expect(pages.hits('/story3')).toBe(0);
    expect(firstLine((await send(app, group, `/summarize ${link('/story3')}`, 1, { fromId: 8, chatType: 'group' }))[0])).toBe('Summary: Story 3 of the day');
  });

  it('counts each post of a burst of forwards, and tells the person about the limit once', async () => {
    const app = await start({ USER_SUMMARIES_PER_DAY: '2', USER_SUMMARIES_PER_MINUTE: '10' });
    for (const subject of ['the bridge', 'the school', 'the market', 'the harbour', 'the library']) {
      app.emulator.sendUserMessage({ chatId: 1, text: shortArticle(subject), forwardOrigin: { type: 'hidden_user', date: 1, sender_user_name: 'Anna K.' } });
    }
    const answers = await answersIn(app, 1, 3);
    expect(answers.filter((answer) => answer.text.startsWith('Summary')).map((answer) => answer.text)).toHaveLength(2);
    expect(answers.filter((answer) => answer.text === DAY_LIMIT_REPLY_UTC(2))).toHaveLength(1);
    expect(llmCalls()).toBe(2);
    // The other two refused posts get no reply of their own: the one they got says when to come back.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(app.emulator.messages(1)).toHaveLength(3);
  });

  it('summarizes a 10,000-character article pasted as three messages once, as a whole, counted once', async () => {
    const app = await start({ USER_SUMMARIES_PER_DAY: '2', USER_SUMMARIES_PER_MINUTE: '10' });
    const article = longArticle();
    const pieces = splitLikeTelegram(article);
    expect(pieces.map((piece) => piece.length)).toEqual([expect.any(Number), expect.any(Number), expect.any(Number)]);
    expect(pieces.slice(0, 2).every((piece) => piece.length > 4_000 && piece.length <= TELEGRAM_MESSAGE_LIMIT)).toBe(true);
    // Sent at once, as an app does: they usually reach the bot in one batch of updates.
    const sent = pieces.map((text) => app.emulator.sendUserMessage({ chatId: 1, text }));
    const [answer] = await answersIn(app, 1, 1);
    expect(app.emulator.messages(1)).toHaveLength(1);
    expect(answer?.replyToMessageId).toBe(sent[0]?.message_id);
    expect(llmCalls()).toBe(1);
    const toLlm = articleTextSent(llm.requests[0] as never);
    for (const paragraph of article.split('\n\n').slice(1)) expect(toLlm).toContain(normalized(paragraph));
    expect(firstLine(answer)).toMatch(/^Summary: /);

    // The paste was one new summary: one more fits today, then the limit says no.
    expect(firstLine((await send(app, 1, link('/story1')))[0])).toBe('Summary: Story 1 of the day');
    expect((await send(app, 1, link('/story2')))[0]?.text).toBe(DAY_LIMIT_REPLY_UTC(2));
  });

  it('joins the rest of a long article sent with /summarize in a group, from its sender only', async () => {
    const app = await start();
    const group = -5;
    const [first, ...rest] = splitLikeTelegram(`/summarize ${longArticle('Lake town')}`);
    const command = app.emulator.sendUserMessage({ chatId: group, chatType: 'group', fromId: 7, text: first ?? '' });
    // Someone else's message in between takes a message id: the paste waits out its window (1.5 s) for it.
    app.emulator.sendUserMessage({ chatId: group, chatType: 'group', fromId: 8, text: 'lunch at noon?' });
    for (const text of rest) app.emulator.sendUserMessage({ chatId: group, chatType: 'group', fromId: 7, text });
    const [answer] = await answersIn(app, group, 1);
    expect(firstLine(answer)).toMatch(/^Summary: /);
    expect(answer?.replyToMessageId).toBe(command.message_id);
    expect(llmCalls()).toBe(1);
    expect(articleTextSent(llm.requests[0] as never)).toContain(normalized(longArticle('Lake town').split('\n\n').at(-1) ?? ''));
    expect(app.emulator.messages(group)).toHaveLength(1);
  });

  it('joins each paste of ten people pasting at once, though updates of one batch overtake each other on the way', async () => {
    const app = await start();
    const people = Array.from({ length: 10 }, (_, index) => 100 + index);
    for (const person of people) {
      for (const text of splitLikeTelegram(longArticle(`Town ${person}`))) app.emulator.sendUserMessage({ chatId: person, text });
    }
    for (const person of people) {
      const [answer] = await answersIn(app, person, 1);
      expect(firstLine(answer)).toMatch(/^Summary: /);
    }
    expect(llmCalls()).toBe(10);
    expect(people.map((person) => app.emulator.messages(person).length)).toEqual(people.map(() => 1));
  });

  it('answers two short texts sent together with two summaries', async () => {
    const app = await start();
    app.emulator.sendUserMessage({ chatId: 1, text: shortArticle('the bridge') });
    app.emulator.sendUserMessage({ chatId: 1, text: shortArticle('the school') });
    const answers = await answersIn(app, 1, 2);
    expect(answers.map((answer) => answer.text.startsWith('Summary'))).toEqual([true, true]);
    expect(llmCalls()).toBe(2);
  });

  it('greets a greeting in kind, and says "too short" to a paste that is only page chrome', async () => {
    const app = await start();
    expect((await send(app, 1, 'hi'))[0]?.text).toBe(shownText('en', 'summarize.greeting'));
    expect((await send(app, 2, 'Привет!'))[0]?.text).toBe(shownText('ru', 'summarize.greeting'));
    // "Hi" from a Russian app: answered in the reader's language.
    expect((await send(app, 4, 'hi', 1, { languageCode: 'ru' }))[0]?.text).toBe(shownText('ru', 'summarize.greeting'));
    const chrome = [
      'Home', 'World', 'Politics', 'Business', 'Technology', 'Science', 'Health', 'Sports', 'Culture', 'Opinion', 'Subscribe', 'Sign in',
      'Newsletters', 'Podcasts', 'Video', 'Photos', 'Weather', 'Contact us', 'About us', 'Privacy policy', 'Cookie settings', 'Terms of use',
      'Advertise with us', 'Careers', 'Follow us on Facebook', 'Share', 'Read more', 'Most read', 'Latest news', 'Related articles',
      'Accept all cookies', 'Manage preferences', 'Support our journalism', 'Donate', 'Back to top', '© 2026 Example News. All rights reserved.',
      'Sitemap', 'Help centre', 'Download our app', 'Search', 'Menu', 'Comments', 'Print', 'Archive',
    ].join('\n');
    const [tooShort] = await send(app, 3, chrome);
    expect(tooShort?.text).toBe(shownText('en', 'summarize.tooShort'));
    expect(llmCalls()).toBe(0);
    expect(app.emulator.messages()).toHaveLength(4);
  });
});
