import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBotApiEmulator, type BotApiEmulator, type SentMessage } from '../support/bot-api-emulator.js';
import { shownText } from '../support/catalogue-texts.js';
import { newsPage } from '../support/conversation.js';
import { articleTextSent, startFakeOpenAiServer, summaryReplyFor, type FakeOpenAiServer } from '../support/fake-openai-server.js';
import { longArticle, splitLikeTelegram } from '../support/pastes.js';
import { startPageServer, type PageServer } from '../support/page-server.js';
import { hasRedisServer, startRedisServer, type RedisServer } from '../support/redis-server.js';
import { runFanOutTakeover } from '../support/fan-out-takeover.js';
import { startInstanceCluster, type InstanceCluster } from '../support/instance-cluster.js';

const canRun = hasRedisServer();

if (!canRun && process.env.CI === 'true') {
  describe('several instances on one Redis', () => {
    it('has redis-server under CI', () => {
      throw new Error('redis-server is not on PATH: under CI=true several instances must be tested on a real Redis (.ci/run installs it)');
    });
  });
}

/**
 * Two real bot processes (what `npm start` runs) on one Redis of the test's own, behind a load
 * balancer that takes Telegram's webhook; the emulator delivers updates to it as Telegram would.
 */
describe.runIf(canRun)('several instances behind a webhook on one Redis', () => {
  let redis: RedisServer;
  let emulator: BotApiEmulator;
  let llm: FakeOpenAiServer;
  let pages: PageServer;
  let cluster: InstanceCluster;

  const health = async (port: number) => (await fetch(`http://127.0.0.1:${port}/healthz`).catch(() => undefined))?.status ?? 0;
  const until = async (what: string, check: () => Promise<boolean>, timeoutMs = 20_000) => {
    const deadline = Date.now() + timeoutMs;
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; instance output:\n${cluster.output()}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
  /** Sends as a person and waits for their next message from the bot. */
  const ask = async (chatId: number, text: string): Promise<SentMessage> => {
    const before = emulator.messages(chatId).length;
    emulator.sendUserMessage({ chatId, text });
    return (await emulator.waitForMessages(chatId, before + 1, { timeoutMs: 20_000 }))[before] as SentMessage;
  };

  beforeAll(async () => {
    redis = await startRedisServer();
    emulator = await startBotApiEmulator();
    llm = await startFakeOpenAiServer();
    // Slow enough that five requests for one article overlap on both instances.
    llm.reply(async (request) => {
      await new Promise((resolve) => setTimeout(resolve, 400));
      return summaryReplyFor(request, { topics: ['science'] });
    });
    pages = await startPageServer({
      '/comet': newsPage('Space Wire', 'Probe lands on a comet after a ten-year chase', [
        'A European probe landed on the comet 67P on Tuesday after a ten-year chase through the solar system, the space agency said.',
        'Scientists said more research is needed to confirm the findings over the coming years of the study and its instruments.',
        'The team will publish its data next spring in a peer-reviewed journal of science, the agency added in a statement.',
      ]),
    });
    cluster = await startInstanceCluster({ count: 2, emulator, redisUrl: redis.url, llm });
  }, 60_000);

  afterAll(async () => {
    await cluster?.stop();
    await emulator?.close();
    await llm?.close();
    await pages?.close();
    await redis?.close();
  });

  it('the same new link from five people, spread over both instances, costs one fetch and one LLM call', async () => {
    const chats = [1, 2, 3, 4, 5];
    for (const chatId of chats) emulator.sendUserMessage({ chatId, text: `${pages.origin}/comet` });
    for (const chatId of chats) {
      await until(`the summary in chat ${chatId}`, async () => emulator.messages(chatId).some((message) => message.text.startsWith('Summary')));
    }
    expect(new Set(cluster.balancer.routed)).toEqual(new Set([0, 1]));
    expect(llm.requests).toHaveLength(1);
    expect(pages.hits('/comet')).toBeLessThanOrEqual(2); // at most one fetch per instance; the LLM call is what costs
  });

  it('a 10,000-character article pasted as three messages, its pieces on different instances, gets one summary of the whole', async () => {
    const chatId = 21;
    const article = longArticle('Ferry town');
    const pieces = splitLikeTelegram(article);
    expect(pieces).toHaveLength(3);
    const routedBefore = cluster.balancer.routed.length;
    const calls = llm.requests.length;
    // Sent at once, as an app does; Telegram hands them to the webhook one after the other.
    const sent = pieces.map((text) => emulator.sendUserMessage({ chatId, text }));
    await until('the summary of the paste', async () => emulator.messages(chatId).some((message) => message.text.startsWith('Summary')));
    // The load balancer took turns: the pieces reached both instances.
    expect(new Set(cluster.balancer.routed.slice(routedBefore))).toEqual(new Set([0, 1]));
    await new Promise((resolve) => setTimeout(resolve, 2_000)); // a window (1.5 s) longer: no second answer comes
    const answers = emulator.messages(chatId);
    expect(answers).toHaveLength(1);
    expect(answers[0]?.replyToMessageId).toBe(sent[0]?.message_id);
    expect(llm.requests.length).toBe(calls + 1);
    const toLlm = articleTextSent(llm.requests.at(-1) as never);
    for (const paragraph of article.split('\n\n').slice(1)) expect(toLlm).toContain(paragraph.replace(/\s+/g, ' '));
  });

  it('refuses an update without the right secret at either instance', async () => {
    const post = (headers: Record<string, string>) =>
      fetch(`${cluster.balancer.origin}/telegram`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ update_id: 1 }) });
    expect([(await post({})).status, (await post({})).status]).toEqual([401, 401]);
    expect((await post({ 'x-telegram-bot-api-secret-token': 'wrong-secret-000000000000' })).status).toBe(401);
  });

  it('with Redis stopped: /healthz turns 503, a person is told to try again and their settings stay; Redis back: 200, nothing saved is lost', { timeout: 60_000 }, async () => {
    expect((await ask(9, '/subscribe science')).text).toContain(shownText('en', 'topics.subscribed', { topics: '🔬 Science', time: '08:00', zone: 'UTC' }));
    const llmCallsBefore = llm.requests.length;
    await redis.stop();
    for (const port of cluster.ports) await until(`503 from ${port}`, async () => (await health(port)) === 503);
    expect((await ask(9, '/subscribe world')).text).toBe(shownText('en', 'general.storeUnavailable'));

    await redis.start();
    for (const port of cluster.ports) await until(`200 from ${port}`, async () => (await health(port)) === 200);
    const settings = await ask(9, '/settings');
    expect(settings.text).toContain('Topics: 🔬 Science\n');
    // The summary saved before the restart answers at once, with no new LLM call.
    expect((await ask(6, `${pages.origin}/comet`)).text).toMatch(/^Summary/);
    expect(llm.requests).toHaveLength(llmCallsBefore);
  });
});

/** A morning fan-out to 1,000 subscribers on two real processes, the one sending killed with SIGKILL (see fan-out-takeover.ts). */
describe.runIf(canRun)('a fan-out whose instance is killed', () => {
  it('every subscriber gets the digest: the other instance takes over within 15 s, duplicates stay within what was in flight, and the rate holds', { timeout: 120_000 }, async () => {
    const rate = 30;
    const figures = await runFanOutTakeover({ subscribers: 1_000, messagesPerSecond: rate });
    console.log(`takeover ${figures.takeoverMs} ms after SIGKILL; ${figures.sentBeforeKill} sent before it; ${figures.duplicates} duplicates; at most ${figures.mostInAnySecond} in any second`);
    expect(figures.served).toBe(1_000);
    expect(figures.takeoverMs).toBeLessThanOrEqual(15_000);
    // In flight when it died: at most the digests the fan-out runs at once (twice the rate), one message each here.
    expect(figures.duplicates).toBeGreaterThanOrEqual(0);
    expect(figures.duplicates).toBeLessThanOrEqual(2 * rate);
    // The bot-wide rate over the whole fan-out and both instances. (The most in any one second is a benchmark
    // figure, section 10: on a loaded machine the emulator's own clock adds jitter a test must not depend on.)
    expect(figures.perSecond).toBeLessThanOrEqual(rate);
    expect(figures.answered429).toBe(0);
  });
});
