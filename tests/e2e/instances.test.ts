import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.js';
import { createConfig } from '../../src/config.js';
import { systemClock } from '../../src/core/clock.js';
import { createSubscriptions } from '../../src/digest/subscriptions.js';
import { poolIdOf } from '../../src/ingest/article-intake.js';
import { createArticlePool } from '../../src/store/article-pool.js';
import { createKeyedLock } from '../../src/store/keyed-lock.js';
import { openStore } from '../../src/store/open-store.js';
import { createSubscriberStore } from '../../src/store/subscriber-store.js';
import { startBotApiEmulator, type BotApiEmulator, type SentMessage } from '../support/bot-api-emulator.js';
import { startBotProcess, type BotProcess } from '../support/bot-process.js';
import { shownText } from '../support/catalogue-texts.js';
import { newsPage } from '../support/conversation.js';
import { startFakeOpenAiServer, summaryReplyFor, type FakeOpenAiServer } from '../support/fake-openai-server.js';
import { freePort, startLoadBalancer, type LoadBalancer } from '../support/load-balancer.js';
import { startPageServer, type PageServer } from '../support/page-server.js';
import { hasRedisServer, startRedisServer, type RedisServer } from '../support/redis-server.js';

const SECRET = 'instances-test-secret-0123456789';
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
  let balancer: LoadBalancer;
  let folder: string;
  const ports: number[] = [];
  const instances: BotProcess[] = [];

  const health = async (port: number) => (await fetch(`http://127.0.0.1:${port}/healthz`).catch(() => undefined))?.status ?? 0;
  const until = async (what: string, check: () => Promise<boolean>, timeoutMs = 20_000) => {
    const deadline = Date.now() + timeoutMs;
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; instance output:\n${instances.map((each) => each.output()).join('\n---\n')}`);
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
    folder = await mkdtemp(path.join(tmpdir(), 'newsdigest-instances-'));
    ports.push(await freePort(), await freePort());
    balancer = await startLoadBalancer(() => ports);
    const env = (port: number) => ({
      TELEGRAM_BOT_TOKEN: emulator.token,
      TELEGRAM_API_ROOT: emulator.apiRoot,
      STORE_URL: redis.url,
      WEBHOOK_URL: `${balancer.origin}/telegram`,
      WEBHOOK_SECRET: SECRET,
      PORT: String(port),
      OPENAI_API_KEY: 'test-key',
      OPENAI_BASE_URL: llm.baseURL,
      OPENAI_MODEL: 'fake-model',
      ALLOW_PRIVATE_URLS: 'true',
      LOG_LEVEL: 'warn',
    });
    for (const port of ports) instances.push(startBotProcess(env(port), folder));
    for (const port of ports) await until(`instance on ${port} to be healthy`, async () => (await health(port)) === 200, 30_000);
    const config = createConfig({ TELEGRAM_BOT_TOKEN: emulator.token, TELEGRAM_API_ROOT: emulator.apiRoot, WEBHOOK_URL: `${balancer.origin}/telegram`, WEBHOOK_SECRET: SECRET });
    const silent = { write: () => undefined };
    expect(await runCli(['webhook', 'set'], config, silent, silent)).toBe(0);
  }, 60_000);

  afterAll(async () => {
    for (const instance of instances) instance.child.kill('SIGTERM');
    await Promise.all(instances.map((instance) => instance.exited));
    await balancer?.close();
    await emulator?.close();
    await llm?.close();
    await pages?.close();
    await redis?.close();
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it('the same new link from five people, spread over both instances, costs one fetch and one LLM call', async () => {
    const chats = [1, 2, 3, 4, 5];
    for (const chatId of chats) emulator.sendUserMessage({ chatId, text: `${pages.origin}/comet` });
    for (const chatId of chats) {
      await until(`the summary in chat ${chatId}`, async () => emulator.messages(chatId).some((message) => message.text.startsWith('Summary')));
    }
    expect(new Set(balancer.routed)).toEqual(new Set([0, 1]));
    expect(llm.requests).toHaveLength(1);
    expect(pages.hits('/comet')).toBeLessThanOrEqual(2); // at most one fetch per instance; the LLM call is what costs
  });

  it('refuses an update without the right secret at either instance', async () => {
    const post = (headers: Record<string, string>) =>
      fetch(`${balancer.origin}/telegram`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ update_id: 1 }) });
    expect([(await post({})).status, (await post({})).status]).toEqual([401, 401]);
    expect((await post({ 'x-telegram-bot-api-secret-token': 'wrong-secret-000000000000' })).status).toBe(401);
  });

  it('with Redis stopped: /healthz turns 503, a person is told to try again and their settings stay; Redis back: 200, nothing saved is lost', { timeout: 60_000 }, async () => {
    expect((await ask(9, '/subscribe science')).text).toContain(shownText('en', 'topics.subscribed', { topics: '🔬 Science', time: '08:00', zone: 'UTC' }));
    await redis.stop();
    for (const port of ports) await until(`503 from ${port}`, async () => (await health(port)) === 503);
    expect((await ask(9, '/subscribe world')).text).toBe(shownText('en', 'general.storeUnavailable'));

    await redis.start();
    for (const port of ports) await until(`200 from ${port}`, async () => (await health(port)) === 200);
    const settings = await ask(9, '/settings');
    expect(settings.text).toContain('Topics: 🔬 Science\n');
    // The summary saved before the restart answers at once, with no new LLM call.
    expect((await ask(6, `${pages.origin}/comet`)).text).toMatch(/^Summary/);
    expect(llm.requests).toHaveLength(1);
  });
});

/**
 * A morning fan-out to 1,000 subscribers on two real processes, the one running it killed with SIGKILL
 * in the middle. The subscribers and the pool are written straight into Redis, due now, so the first
 * instance's start-up tick begins the fan-out before the second instance exists: the killed one is
 * certainly the one sending.
 */
describe.runIf(canRun)('a fan-out whose instance is killed', () => {
  const SUBSCRIBERS = 1_000;
  const RATE = 30;
  const FIRST_CHAT = 500_000;
  let redis: RedisServer;
  let emulator: BotApiEmulator;
  let folder: string;
  const started: BotProcess[] = [];

  afterAll(async () => {
    for (const instance of started) if (instance.child.exitCode === null) instance.child.kill('SIGTERM');
    await Promise.all(started.map((instance) => instance.exited));
    await emulator?.close();
    await redis?.close();
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  async function seed(now: number): Promise<void> {
    const store = await openStore(redis.url);
    try {
      const lock = createKeyedLock();
      const subscribers = createSubscriberStore({ store, lock });
      const subscriptions = createSubscriptions({ subscribers, clock: systemClock, defaults: { deliveryTime: '08:00', timeZone: 'UTC' } });
      const minute = Math.floor(now / 60_000);
      for (let index = 0; index < SUBSCRIBERS; index++) {
        const chatId = FIRST_CHAT + index;
        await subscriptions.subscribe(chatId, ['science']);
        // Due this very minute, as if 08:00 had just come.
        await subscribers.update(chatId, (current) => current && { ...current, nextDigestAt: now });
      }
      await subscribers.setCursor(minute - 1);
      const url = 'https://spacewire.example/comet';
      await createArticlePool({ store, lock, ttlMs: 7 * 24 * 3_600_000 }).add({
        id: poolIdOf(url),
        title: 'Probe lands on a comet after a ten-year chase',
        gist: 'A European probe landed on comet 67P after a ten-year chase, the agency said.',
        topics: ['science'],
        url,
        source: 'Space Wire',
        addedAt: now - 3_600_000,
      });
    } finally {
      await store.close();
    }
  }

  it('every subscriber gets the digest: the other instance takes over within 15 s, duplicates stay within what was in flight, and the rate holds', { timeout: 120_000 }, async () => {
    redis = await startRedisServer();
    emulator = await startBotApiEmulator();
    folder = await mkdtemp(path.join(tmpdir(), 'newsdigest-takeover-'));
    await seed(Date.now());
    const env = async () => ({
      TELEGRAM_BOT_TOKEN: emulator.token,
      TELEGRAM_API_ROOT: emulator.apiRoot,
      STORE_URL: redis.url,
      // Webhook mode with no webhook set: the instances take no updates and do not poll each other's away.
      WEBHOOK_URL: 'http://127.0.0.1:1/telegram',
      WEBHOOK_SECRET: SECRET,
      PORT: String(await freePort()),
      MESSAGES_PER_SECOND: String(RATE),
      LOG_LEVEL: 'warn',
    });
    const digestSends = () => emulator.calls.filter((call) => call.method === 'sendMessage' && call.ok && Number(call.params.chat_id) >= FIRST_CHAT);
    const waitFor = async (what: string, check: () => boolean, timeoutMs: number) => {
      const deadline = Date.now() + timeoutMs;
      while (!check()) {
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; output:\n${started.map((each) => each.output()).join('\n---\n')}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    };

    const first = startBotProcess(await env(), folder);
    started.push(first);
    await waitFor('the fan-out to begin', () => digestSends().length > 0, 30_000);
    const second = startBotProcess(await env(), folder);
    started.push(second);
    await waitFor('a third of the digests', () => digestSends().length >= SUBSCRIBERS / 3, 60_000);
    first.killHard();
    const killedAt = Date.now();
    await first.exited;
    const sentBeforeKill = digestSends().filter((call) => call.at <= killedAt).length;
    await waitFor('every subscriber’s digest', () => new Set(digestSends().map((call) => Number(call.params.chat_id))).size === SUBSCRIBERS, 90_000);

    const sends = digestSends();
    // Requests the killed instance had already made still reach the emulator a few ms after the kill;
    // the other instance's first message is the first after that.
    const IN_FLIGHT_GRACE_MS = 500;
    const firstAfterKill = sends.find((call) => call.at > killedAt + IN_FLIGHT_GRACE_MS);
    const takeoverMs = (firstAfterKill?.at ?? Number.POSITIVE_INFINITY) - killedAt;
    const duplicates = sends.length - SUBSCRIBERS;
    const times = sends.map((call) => call.at).sort((a, b) => a - b);
    let mostInAnySecond = 0;
    for (let end = 0, start = 0; end < times.length; end++) {
      while ((times[end] as number) - (times[start] as number) >= 1_000) start++;
      mostInAnySecond = Math.max(mostInAnySecond, end - start + 1);
    }
    
    console.log(`takeover ${takeoverMs} ms after SIGKILL; ${sentBeforeKill} sent before it; ${duplicates} duplicates; at most ${mostInAnySecond} in any second`);
    expect(takeoverMs).toBeLessThanOrEqual(15_000);
    // In flight when it died: at most the digests the fan-out runs at once (twice the rate), one message each here.
    expect(duplicates).toBeGreaterThanOrEqual(0);
    expect(duplicates).toBeLessThanOrEqual(2 * RATE);
    // The bot-wide rate, over the whole fan-out and both instances. (The most in any one second is a benchmark
    // figure, section 10: on a loaded machine the emulator's own clock adds jitter a test must not depend on.)
    const perSecond = (times.length - 1) / (((times.at(-1) ?? 0) - (times[0] ?? 0) - (firstAfterKill ? takeoverMs : 0)) / 1000);
    expect(perSecond).toBeLessThanOrEqual(RATE);
    expect(emulator.calls.filter((call) => call.errorCode === 429)).toEqual([]);
  });
});
