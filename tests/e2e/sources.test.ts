import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SentMessage } from '../support/bot-api-emulator.js';
import { ask, digestsIn, newsPage } from '../support/conversation.js';
import { startFakeOpenAiServer, summaryReplyFor, type ChatRequest, type FakeOpenAiServer } from '../support/fake-openai-server.js';
import { startPageServer, type PageServer } from '../support/page-server.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const ADMIN = 42;
const MINUTE = 60_000;
const START = Date.parse('2026-11-25T06:00:00Z');

/** Three science stories, each from its own outlet page, as a feed lists them. */
const STORIES = [
  {
    slug: 'comet',
    title: 'Probe lands on a comet after a ten-year chase',
    paragraphs: [
      'A European probe landed on the comet 67P on Tuesday after a ten-year chase through the solar system, the space agency said.',
      'Scientists cheered in the control room in Darmstadt as the lander sent its first signal from the surface of the comet.',
      'The mission will study the ice and dust of the comet for clues about the early solar system.',
    ],
  },
  {
    slug: 'coral',
    title: 'Coral reefs recover faster than expected in the Pacific',
    paragraphs: [
      'Coral reefs in the central Pacific recovered from bleaching faster than researchers expected, a study published on Monday found.',
      'Marine biologists surveyed forty reefs around the Line Islands over six years and found new coral growth on most of them.',
      'The authors warn that warming oceans could still reverse the recovery within a decade.',
    ],
  },
  {
    slug: 'fusion',
    title: 'Fusion reactor holds plasma for a record six minutes',
    paragraphs: [
      'A tokamak in southern France held a superheated plasma for six minutes, a record for the machine, physicists reported.',
      'The experiment kept the plasma at fifty million degrees while injecting two gigajoules of energy into the chamber.',
      'Engineers plan longer runs next year as they prepare the reactor for its first full power tests.',
    ],
  },
];

const RFC_822 = (ms: number) => new Date(ms).toUTCString();

function rssFeed(origin: string, title: string, items: Array<{ slug: string; title: string; snippet: string; publishedAt: number }>): string {
  const entries = items
    .map(
      (item) =>
        `<item><title>${item.title}</title><link>${origin}/articles/${item.slug}</link><guid>${origin}/articles/${item.slug}</guid>` +
        `<pubDate>${RFC_822(item.publishedAt)}</pubDate><description>${item.snippet}</description></item>`,
    )
    .join('');
  return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>${title}</title><link>${origin}/</link>${entries}</channel></rss>`;
}

/** A feed route that keeps an ETag and answers a matching If-None-Match with 304, recording what each request sent. */
function feedRoute(body: () => string, requests: Array<Record<string, string | undefined>>) {
  return (request: IncomingMessage, response: ServerResponse) => {
    const text = body();
    const etag = `"${Buffer.from(text).length}-${text.length % 97}"`;
    requests.push({ ifNoneMatch: request.headers['if-none-match'] as string | undefined, status: request.headers['if-none-match'] === etag ? '304' : '200' });
    if (request.headers['if-none-match'] === etag) return void response.writeHead(304, { etag }).end();
    response.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag }).end(text);
  };
}

/** Moves the bot's wall clock on in steps, letting the poller and the scheduler do what falls due in each. */
async function advance(app: TestApp, ms: number, step = MINUTE): Promise<void> {
  for (let moved = 0; moved < ms; moved += step) {
    app.clock.advance(Math.min(step, ms - moved));
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/**
 * Moves the clock a minute at a time, giving the bot real time to work in between, until `done`: the
 * scheduler and the poller read the clock when they wake, so a clock that jumps while they work is
 * seen at their next wake-up, as a real clock would be a minute later.
 */
async function advanceUntil(app: TestApp, done: () => boolean, what: string, maxMinutes = 10): Promise<void> {
  for (let minute = 0; minute < maxMinutes && !done(); minute++) {
    app.clock.advance(MINUTE);
    await app.emulator.waitFor(done, { what, timeoutMs: 300 }).catch(() => undefined);
  }
  if (!done()) throw new Error(`${what} did not happen within ${maxMinutes} minutes of the bot's clock`);
}

/** Asks /sources as the admin until the list says what the test waits for (a check finishes a moment after its request). */
async function sourcesListShowing(app: TestApp, expected: string | RegExp): Promise<string> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const list = (await ask(app, ADMIN, '/sources')).text;
    if (typeof expected === 'string' ? list.includes(expected) : expected.test(list)) return list;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`/sources never showed ${String(expected)}`);
}

const isSummaryRequest = (request: ChatRequest) => !String(request.messages[0]?.content).includes('opening overview of a news digest');
/** The story headlines of a digest: the LLM's summary titles (the fake LLM starts each with "Summary: "). */
const storyTitlesIn = (digest: SentMessage | undefined) => (digest?.text.split('\n') ?? []).filter((line) => line.startsWith('Summary: '));

describe('sources: digests fill themselves from feeds and channels', () => {
  let llm: FakeOpenAiServer;
  let pages: PageServer;
  let folder: string;
  let bot: TestApp | undefined;
  /** What each request for the science feed sent, and whether it got 200 or 304. */
  const scienceRequests: Array<Record<string, string | undefined>> = [];
  /** When (on the bot's clock) the failing feed was asked. */
  const flakyHits: number[] = [];

  beforeEach(async () => {
    scienceRequests.length = 0;
    flakyHits.length = 0;
    llm = await startFakeOpenAiServer();
    llm.reply((request) => summaryReplyFor(request, { topics: ['science'] }));
    pages = await startPageServer();
    for (const story of STORIES) pages.route(`/articles/${story.slug}`, newsPage('Science Daily Wire', story.title, story.paragraphs));
    const items = STORIES.map((story, index) => ({ slug: story.slug, title: story.title, snippet: story.paragraphs[0] ?? '', publishedAt: START - (index + 1) * 3_600_000 }));
    pages.route('/feeds/science.xml', feedRoute(() => rssFeed(pages.origin, 'Science Daily Wire', items), scienceRequests));
    pages.route('/feeds/world.xml', (_request, response) => response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rssFeed(pages.origin, 'World Wire', [])));
    pages.route('/blog', (_request, response) =>
      response.writeHead(200, { 'content-type': 'text/html' }).end(`<html><head><title>Blog</title><link rel="alternate" type="application/rss+xml" href="/feeds/world.xml"></head><body>Hello</body></html>`),
    );
    pages.route('/feeds/gone.xml', (_request, response) => response.writeHead(410, { 'content-type': 'text/plain' }).end('Gone'));
    pages.route('/feeds/flaky.xml', (_request, response) => {
      flakyHits.push(bot?.clock.now() ?? 0);
      response.writeHead(503, { 'content-type': 'text/plain' }).end('Busy');
    });
    folder = await mkdtemp(path.join(tmpdir(), 'newsdigest-sources-'));
  });

  afterEach(async () => {
    await bot?.close();
    bot = undefined;
    await pages.close();
    await llm.close();
    await rm(folder, { recursive: true, force: true });
  });

  /** The bot with SOURCES_FILE naming these OPML outlines. */
  async function start(env: Record<string, string> = {}, outlines = ''): Promise<TestApp> {
    const file = path.join(folder, 'sources.opml');
    await writeFile(file, `<?xml version="1.0"?><opml version="2.0"><head><title>Test sources</title></head><body>${outlines}</body></opml>`);
    bot = await startTestApp({ llm, startAt: START, env: { SOURCES_FILE: file, ...env } });
    return bot;
  }

  it('a science subscriber gets a digest made only of feed items, with one LLM call per story shown; the next check is conditional and answered 304', async () => {
    const app = await start({}, `<outline text="Science"><outline type="rss" text="Science Daily Wire" xmlUrl="${pages.origin}/feeds/science.xml"/></outline>`);
    expect(app.emulator.allowedUpdates()).toEqual(expect.arrayContaining(['message', 'callback_query', 'channel_post', 'my_chat_member']));
    await ask(app, 1, '/subscribe science');

    await advance(app, MINUTE);
    const list = await sourcesListShowing(app, '✅ Science Daily Wire');
    expect(list).toContain('3 items');
    expect(scienceRequests).toEqual([{ ifNoneMatch: undefined, status: '200' }]);
    expect(llm.requests).toEqual([]); // taking items in costs no LLM call

    // 08:00 UTC: the digest goes out with the three stories, each summarized once, now.
    await advance(app, 2 * 60 * MINUTE - 2 * MINUTE, 10 * MINUTE); // to 07:59
    await advanceUntil(app, () => digestsIn(app, 1).length === 1, 'the scheduled digest');
    const [digest] = digestsIn(app, 1);
    expect(digest?.text).toMatch(/^📰 Your news digest\n25 November 2026 · 3 stories/);
    expect(digest?.text).toContain('🔬 SCIENCE');
    expect(storyTitlesIn(digest).sort()).toEqual(STORIES.map((story) => `Summary: ${story.title}`).sort());
    expect(digest?.text).not.toContain('✂️');
    const summaryCalls = llm.requests.filter(isSummaryRequest);
    expect(summaryCalls).toHaveLength(3);
    for (const story of STORIES) expect(pages.hits(`/articles/${story.slug}`)).toBe(1);

    // Later checks send the ETag back and get 304: nothing parsed, nothing new.
    expect(scienceRequests.length).toBeGreaterThanOrEqual(2);
    expect(scienceRequests.slice(1).every((request) => request.ifNoneMatch !== undefined && request.status === '304')).toBe(true);

    // Someone sending one of those links later gets the cached summary at once: no fetch, no LLM call.
    await ask(app, 5, `${pages.origin}/articles/comet`);
    expect(app.emulator.messages(5).at(-1)?.text).toContain('Summary: Probe lands on a comet');
    expect(llm.requests.filter(isSummaryRequest)).toHaveLength(3);
    expect(pages.hits('/articles/comet')).toBe(1);
  });

  it('admins add, list, remove, import and export sources; anyone else is told plainly', async () => {
    const app = await start();
    expect((await ask(app, ADMIN, '/help')).text).toContain('🛠 For admins\n/sources — the feeds and channels digests are made from, with their health');
    expect((await ask(app, 7, '/help')).text).not.toContain('For admins');
    expect((await ask(app, 7, '/addsource https://example.com/feed.xml')).text).toBe('Only the bot’s admins can change sources.');
    expect((await ask(app, 7, '/sources')).text).toBe('Only the bot’s admins can change sources.');
    expect((await ask(app, ADMIN, '/sources')).text).toBe(
      '📡 Sources\nNo sources yet. Add a feed with /addsource, send me an .opml file, or make me an administrator of a channel.',
    );

    const added = await ask(app, ADMIN, `/addsource ${pages.origin}/feeds/science.xml science`);
    await app.emulator.waitFor(() => !app.emulator.messages(ADMIN).some((message) => message.text.startsWith('⏳')), { what: 'the /addsource answer' });
    expect(app.emulator.messages(ADMIN).find((message) => message.messageId === added.messageId)?.text).toMatch(/^✅ Added Science Daily Wire\. I check it within a minute/);
    await ask(app, ADMIN, `/addsource ${pages.origin}/blog`);
    await app.emulator.waitFor(() => app.emulator.messages(ADMIN).at(-1)?.text.startsWith('✅ Added World Wire (the feed of that page'), { what: 'the discovered feed' });
    await ask(app, ADMIN, `/addsource ${pages.origin}/feeds/missing.xml`);
    await app.emulator.waitFor(() => app.emulator.messages(ADMIN).at(-1)?.text.includes("I can't add"), { what: 'the refusal' });
    expect(app.emulator.messages(ADMIN).at(-1)?.text).toBe(`⚠️ I can't add ${pages.origin}/feeds/missing.xml: the server answered 404.`);
    expect((await ask(app, ADMIN, '/addsource https://example.com/feed.xml astrology')).text).toContain('I don\'t know the topic “astrology”');

    const list = await ask(app, ADMIN, '/sources');
    expect(list.text).toMatch(/^📡 Sources \(2\) · times in UTC\n🕒 2 not read yet\n/);
    expect(list.text).toContain('1. 🕒 Science Daily Wire · 🔬');
    expect(list.text).toContain('2. 🕒 World Wire');

    // Export, then import the same file elsewhere: a document each way.
    app.emulator.sendUserMessage({ chatId: ADMIN, text: '/sources export' });
    const exported = await app.emulator.waitFor(() => app.emulator.messages(ADMIN).find((message) => message.document), { what: 'the OPML export' });
    expect(exported.document?.fileName).toBe('newsdigest-sources.opml');
    expect(exported.text).toContain('📤 2 feeds.');
    const opml = exported.document?.content.toString('utf8') ?? '';
    expect(opml).toContain(`${pages.origin}/feeds/science.xml`);
    expect(opml).toContain(`${pages.origin}/feeds/world.xml`);

    expect((await ask(app, ADMIN, '/removesource 1')).text).toBe('🗑 Removed Science Daily Wire. Its stories already in digests stay until they age out.');
    expect((await ask(app, ADMIN, '/removesource 9')).text).toMatch(/^No source “9”\./);

    const report = await (async () => {
      const before = app.emulator.messages(ADMIN).length;
      app.emulator.sendUserMessage({ chatId: ADMIN, document: { fileName: 'feeds.opml', content: opml.replace('</body>', '<outline type="rss" text="Bad" xmlUrl="ftp://example.com/x"/></body>') } });
      return (await app.emulator.waitForMessages(ADMIN, before + 1))[before];
    })();
    expect(report?.text).toBe('📥 Imported: 1 added, 1 already there, 1 refused: ftp://example.com/x (not an http(s) address).');
    const stranger = await (async () => {
      app.emulator.sendUserMessage({ chatId: 7, document: { fileName: 'feeds.opml', content: opml } });
      return (await app.emulator.waitForMessages(7, 3))[2];
    })();
    expect(stranger?.text).toBe('Only the bot’s admins can change sources.');
  });

  it('a 410 deactivates a feed and tells the admin once; a failing feed backs off on the clock', async () => {
    const app = await start({}, `<outline type="rss" text="Gone Feed" xmlUrl="${pages.origin}/feeds/gone.xml"/><outline type="rss" text="Flaky Feed" xmlUrl="${pages.origin}/feeds/flaky.xml"/>`);
    await advance(app, MINUTE, 10_000);
    await app.emulator.waitFor(() => app.emulator.messages(ADMIN).some((message) => message.text.startsWith('⛔')), { what: 'the admin told' });
    const told = app.emulator.messages(ADMIN).filter((message) => message.text.startsWith('⛔'));
    expect(told).toHaveLength(1);
    expect(told[0]?.text).toContain('Gone Feed');
    expect(pages.hits('/feeds/gone.xml')).toBe(1);

    // The first wait after start takes a random place in the interval (30–60 min); then the interval for the
    // second failure, twice it after the third, four times after the fourth (each up to 10% longer, and up
    // to a minute later here, as the clock moves in minutes).
    await advance(app, 320 * MINUTE);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const gaps = flakyHits.slice(1).map((at, index) => Math.round((at - (flakyHits[index] ?? 0)) / MINUTE));
    expect(gaps.length).toBeGreaterThanOrEqual(4);
    const [afterFirst = 0, afterSecond = 0, afterThird = 0, afterFourth = 0] = gaps;
    expect(afterFirst).toBeGreaterThanOrEqual(30);
    expect(afterFirst).toBeLessThanOrEqual(61);
    expect(afterSecond).toBeGreaterThanOrEqual(30);
    expect(afterSecond).toBeLessThanOrEqual(34);
    expect(afterThird).toBeGreaterThanOrEqual(60);
    expect(afterThird).toBeLessThanOrEqual(67);
    expect(afterFourth).toBeGreaterThanOrEqual(120);
    expect(afterFourth).toBeLessThanOrEqual(133);
    expect(pages.hits('/feeds/gone.xml')).toBe(1); // deactivated: never asked again
    expect(app.emulator.messages(ADMIN).filter((message) => message.text.startsWith('⛔'))).toHaveLength(1);

    const list = await ask(app, ADMIN, '/sources');
    expect(list.text.split('\n')[1]).toBe('⚠️ 1 failing · ⛔ 1 deactivated');
    expect(list.text).toMatch(/⛔ Gone Feed\n {3}deactivated .*: .*410/);
    expect(list.text).toMatch(new RegExp(`⚠️ Flaky Feed\\n {3}not read yet · 0 items · next .*\\n {3}${flakyHits.length} failures in a row: `));
    const stats = await ask(app, ADMIN, '/stats');
    expect(stats.text).toContain('Sources: 0 active · 1 failing · 1 deactivated · 0 channels');
  });

  it('a channel where the bot is made admin becomes a source: its posts go into digests, credited with their t.me link', async () => {
    const app = await start();
    await ask(app, 1, '/subscribe science');
    app.emulator.setBotMemberStatus({ chatId: -1001234567890, title: 'Lab Notes', username: 'labnotes', type: 'channel', oldStatus: 'left', newStatus: 'administrator', fromId: ADMIN });
    await app.emulator.waitFor(() => app.emulator.messages(ADMIN).some((message) => message.text.startsWith('📣')), { what: 'the admin told about the channel' });
    expect(app.emulator.messages(ADMIN).at(-1)?.text).toBe("📣 I'm an administrator of Lab Notes now: its posts go into digests. /sources lists it.");
    app.emulator.sendChannelPost({ chatId: -1001234567890, title: 'Lab Notes', username: 'labnotes', text: 'Scientists publish a new study on climate research in space. Physics and biology labs share the data.', messageId: 77 });
    await new Promise((resolve) => setTimeout(resolve, 100));
    app.clock.advance(MINUTE);
    await ask(app, 1, '/digest');
    await app.emulator.waitFor(() => digestsIn(app, 1).length === 1, { what: 'the digest' });
    const [digest] = digestsIn(app, 1);
    expect(digest?.text).toContain('Scientists publish a new study on climate research in space.');
    expect(digest?.text).toContain('🔗 Lab Notes');
    expect(digest?.entities).toContainEqual(expect.objectContaining({ type: 'text_link', url: 'https://t.me/labnotes/77' }));
    expect(llm.requests.filter(isSummaryRequest)).toEqual([]); // a short post is its own summary

    app.emulator.setBotMemberStatus({ chatId: -1001234567890, title: 'Lab Notes', username: 'labnotes', type: 'channel', oldStatus: 'administrator', newStatus: 'member', fromId: ADMIN });
    await app.emulator.waitFor(() => app.emulator.messages(ADMIN).at(-1)?.text.includes('no source any more'), { what: 'the demotion noted' });
    app.emulator.sendChannelPost({ chatId: -1001234567890, title: 'Lab Notes', username: 'labnotes', text: 'Scientists publish another study on space research and physics labs.', messageId: 78 });
    await new Promise((resolve) => setTimeout(resolve, 100));
    app.clock.advance(MINUTE);
    expect((await ask(app, 1, '/digest')).text).toMatch(/^Nothing new on your topics since/);
  });

  it('with the day’s token budget spent, the digest lists headlines with the feed’s snippets, labelled, and asks the LLM nothing', async () => {
    const app = await start({ LLM_DAILY_TOKEN_BUDGET: '100' }, `<outline type="rss" text="Science Daily Wire" category="science" xmlUrl="${pages.origin}/feeds/science.xml"/>`);
    await ask(app, 1, '/subscribe science');
    // Somebody's summary spends the whole day's budget (the fake LLM reports 120 tokens a call).
    pages.route('/articles/other', newsPage('Other Site', 'An unrelated article about football', ['The league match ended in a draw after the coach changed tactics at half time, the club said on Sunday evening.', 'Fans of both teams celebrated the result as the tournament moves to its final round next week.', 'The championship resumes after the break.']));
    await ask(app, 9, `${pages.origin}/articles/other`);
    await app.emulator.waitFor(() => app.emulator.messages(9).at(-1)?.text.startsWith('Summary'), { what: 'the summary that spends the budget' });
    const spent = llm.requests.length;
    expect(spent).toBe(1);

    await advance(app, MINUTE, 10_000);
    await sourcesListShowing(app, '✅ Science Daily Wire');
    app.clock.advance(MINUTE);
    await ask(app, 1, '/digest');
    await app.emulator.waitFor(() => digestsIn(app, 1).length === 1, { what: 'the digest' });
    const [digest] = digestsIn(app, 1);
    expect(digest?.text).toContain("ℹ️ Today's AI budget for this bot is spent, so stories marked ✂️ show the outlet's own snippet instead of a summary.");
    for (const story of STORIES) {
      expect(digest?.text).toContain(story.title);
      expect(digest?.text).toContain(`✂️ ${story.paragraphs[0]}`);
    }
    expect(llm.requests).toHaveLength(spent);
    for (const story of STORIES) expect(pages.hits(`/articles/${story.slug}`)).toBe(0);
    expect((await ask(app, ADMIN, '/stats')).text).toContain('LLM tokens today (UTC): 120 of 100 (100%)');
    // A person asking now gets the labelled extractive summary, and the LLM is not asked.
    await ask(app, 9, `${pages.origin}/articles/comet`);
    await app.emulator.waitFor(() => !app.emulator.messages(9).at(-1)?.text.startsWith('⏳'), { what: 'the extractive answer' });
    expect(app.emulator.messages(9).at(-1)?.text).toContain(
      "⚠️ Today's AI budget for this bot is spent, so these are key sentences picked from the article itself. Full summaries are back tomorrow (UTC).",
    );
    expect(llm.requests).toHaveLength(spent);
  });
});
