/**
 * Achieved send rate of the scheduled digest fan-out against the configured
 * MESSAGES_PER_SECOND, on real time: the bot's outbound queue paces on the system
 * clock (startTestApp's realPacing) and the emulator stamps each call it answers
 * with Date.now(). Subscribers sign up through the bot, the pool fills through
 * summarized links, and the digest comes due by moving the bot's wall clock.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { createConfig } from '../src/config.js';
import type { ApiCall, BotApiEmulator } from '../tests/support/bot-api-emulator.js';
import { startFakeOpenAiServer } from '../tests/support/fake-openai-server.js';
import { startPageServer } from '../tests/support/page-server.js';
import { startTestApp } from '../tests/support/test-app.js';
import { assertOnlyExpectedLlmRequests, createBenchLlmReplies, storyPage, waitForFinalAnswers, withCleanup } from './bot-harness.js';
import { describeDistribution, type Distribution } from './latency-stats.js';

export interface SendRate {
  /** sendMessage calls counted. */
  messages: number;
  /** Emulator time from the first counted call to the last, milliseconds. */
  spanMs: number;
  /** (messages − 1) / span. */
  perSecond: number;
  /** perSecond / the configured rate. */
  ratioToConfigured: number;
  /** Gaps between consecutive counted calls, milliseconds. */
  gapsMs: Distribution;
}

export interface FanOutRateFigures {
  configuredPerSecond: number;
  subscribers: number;
  poolArticles: number;
  /** Successful digest sendMessage calls: the rate people actually receive digests at. */
  delivered: SendRate;
  /** Every digest sendMessage the bot made, the 429-answered ones included. */
  attempted: SendRate;
  /** Chats told to answer 429 (retry_after) to their first message. */
  rateLimitedChats: number[];
  retryAfterSeconds: number;
  /** 429 answers the emulator gave during the fan-out. */
  answered429: number;
  /** Retried messages that went out after every other chat was served; outside the measured window. */
  tailRetries: number;
  chatsWithDigest: number;
  /** Stories in the first subscriber's digest, from its header: the pool articles after near-duplicate merging. */
  storiesInDigest: number | undefined;
  /** Most messages one digest took (long digests are split). */
  maxMessagesPerDigest: number;
  /** The /subscribe confirmations before the fan-out: interactive replies through the same queue. */
  subscribeReplies: SendRate;
}

const START_AT = Date.parse('2026-11-25T07:59:00Z');
const DIGEST_TIME = '08:00';
/** Past the scheduler's wake-up at the minute boundary (it sleeps to hh:mm:00.050). */
const DUE_AT = Date.parse('2026-11-25T08:00:30Z');
const DIGEST_HEADER = '📰 Your news digest';
const SUBSCRIBED_REPLY = '✅ You follow';
/** Readers who send the links that fill the pool; far from the subscribers' ids. */
const FIRST_READER_CHAT_ID = 1_000_001;

function measureSendRate(calls: readonly ApiCall[], configuredPerSecond: number): SendRate {
  const times = calls.map((call) => call.at).sort((a, b) => a - b);
  const spanMs = (times[times.length - 1] ?? 0) - (times[0] ?? 0);
  const perSecond = times.length > 1 && spanMs > 0 ? (times.length - 1) / (spanMs / 1000) : Number.NaN;
  return {
    messages: times.length,
    spanMs,
    perSecond,
    ratioToConfigured: perSecond / configuredPerSecond,
    gapsMs: describeDistribution(times.slice(1).map((time, index) => time - (times[index] as number))),
  };
}

/** Resolves once the emulator has answered no call for `quietMs`: a split digest's last parts are in. */
async function waitUntilQuiet(emulator: BotApiEmulator, quietMs: number): Promise<void> {
  let seen = emulator.calls.length;
  let quietSince = Date.now();
  while (Date.now() - quietSince < quietMs) {
    await sleep(50);
    if (emulator.calls.length !== seen) {
      seen = emulator.calls.length;
      quietSince = Date.now();
    }
  }
}

/** `count` chats spread over the subscribers. */
function spreadChats(subscriberIds: readonly number[], count: number): number[] {
  return Array.from({ length: count }, (_, index) => subscriberIds[Math.floor(((index + 0.5) / count) * 0.8 * subscriberIds.length)] as number);
}

function storiesInDigestOf(emulator: BotApiEmulator, chatId: number): number | undefined {
  const digest = emulator.messages(chatId).find((message) => message.text.startsWith(DIGEST_HEADER));
  const count = digest && /· (\d+) stor(?:y|ies)/.exec(digest.text)?.[1];
  return count ? Number(count) : undefined;
}

const sentTo = (chatIds: ReadonlySet<number>) => (call: ApiCall) => call.method === 'sendMessage' && chatIds.has(Number(call.params.chat_id));

export async function runFanOutRateBench({
  subscribers = 250,
  poolArticles = 5,
  rateLimitedChatCount = 5,
  retryAfterSeconds = 1,
}: { subscribers?: number; poolArticles?: number; rateLimitedChatCount?: number; retryAfterSeconds?: number } = {}): Promise<FanOutRateFigures> {
  // The product's default rate, read from the config schema rather than restated here.
  const configuredPerSecond = createConfig({}).messagesPerSecond;
  const stories = Array.from({ length: poolArticles }, (_, index) => ({ path: `/world-${index}`, ...storyPage(index) }));
  return withCleanup(async (defer) => {
    const llm = await startFakeOpenAiServer();
    defer(() => llm.close());
    llm.reply(createBenchLlmReplies({ topics: ['world'] }));
    const pages = await startPageServer(Object.fromEntries(stories.map((story) => [story.path, story.route])));
    defer(() => pages.close());
    const bot = await startTestApp({
      llm,
      realPacing: true,
      startAt: START_AT,
      env: { DIGEST_TIME, DEFAULT_TIMEZONE: 'UTC', MESSAGES_PER_SECOND: String(configuredPerSecond) },
    });
    defer(() => bot.close());
    const { emulator } = bot;

    // Links from the public web join the digest pool (pasted text would stay private); one reader per link,
    // so no chat waits out the one-message-a-second per-chat limit.
    stories.forEach((story, index) => emulator.sendUserMessage({ chatId: FIRST_READER_CHAT_ID + index, text: `${pages.origin}${story.path}` }));
    await Promise.all(stories.map((_, index) => waitForFinalAnswers(emulator, FIRST_READER_CHAT_ID + index)));

    const subscriberIds = Array.from({ length: subscribers }, (_, index) => index + 1);
    const subscriberSet = new Set(subscriberIds);
    const subscribeStart = emulator.calls.length;
    for (const chatId of subscriberIds) emulator.sendUserMessage({ chatId, text: '/subscribe world' });
    const interactiveBudgetMs = (subscribers / configuredPerSecond) * 3_000 + 10_000;
    await emulator.waitFor(() => subscriberIds.every((chatId) => emulator.messages(chatId).length >= 1), {
      what: `${subscribers} /subscribe confirmations`,
      timeoutMs: interactiveBudgetMs,
    });
    const notSubscribed = subscriberIds.filter((chatId) => !emulator.messages(chatId)[0]?.text.startsWith(SUBSCRIBED_REPLY));
    if (notSubscribed.length > 0) throw new Error(`chats ${notSubscribed.slice(0, 5).join(', ')}… did not confirm /subscribe world`);
    const fanOutStart = emulator.calls.length;
    const subscribeReplies = emulator.calls.slice(subscribeStart, fanOutStart).filter((call) => call.ok && sentTo(subscriberSet)(call));

    const rateLimitedChats = spreadChats(subscriberIds, rateLimitedChatCount);
    emulator.rateLimitOnce(rateLimitedChats, retryAfterSeconds);
    bot.clock.set(DUE_AT);
    await emulator.waitFor(() => subscriberIds.every((chatId) => emulator.messages(chatId).some((message) => message.text.startsWith(DIGEST_HEADER))), {
      what: `a digest in each of ${subscribers} chats`,
      timeoutMs: interactiveBudgetMs,
    });
    await waitUntilQuiet(emulator, 1_500);

    const allAttempts = emulator.calls.slice(fanOutStart).filter(sentTo(subscriberSet));
    // The rate is measured while the fan-out still has chats it has not tried: a retry that waits out its
    // retry_after after everyone else is served adds idle time that says nothing about throughput.
    // (The order chats are served in is the store's, so which ones come last is not ours to pick.)
    const rateLimitedSet = new Set(rateLimitedChats);
    const lastFreshAt = Math.max(...allAttempts.filter((call) => !rateLimitedSet.has(Number(call.params.chat_id))).map((call) => call.at));
    const attempts = allAttempts.filter((call) => call.at <= lastFreshAt);
    const delivered = attempts.filter((call) => call.ok);
    const tailRetries = allAttempts.filter((call) => call.ok && call.at > lastFreshAt).length;
    const perChat = new Map<number, number>();
    for (const call of allAttempts.filter((each) => each.ok)) perChat.set(Number(call.params.chat_id), (perChat.get(Number(call.params.chat_id)) ?? 0) + 1);
    assertOnlyExpectedLlmRequests(llm);
    return {
      configuredPerSecond,
      subscribers,
      poolArticles,
      delivered: measureSendRate(delivered, configuredPerSecond),
      attempted: measureSendRate(attempts, configuredPerSecond),
      rateLimitedChats,
      retryAfterSeconds,
      answered429: allAttempts.filter((call) => call.errorCode === 429).length,
      tailRetries,
      chatsWithDigest: perChat.size,
      storiesInDigest: storiesInDigestOf(emulator, subscriberIds[0] as number),
      maxMessagesPerDigest: Math.max(0, ...perChat.values()),
      subscribeReplies: measureSendRate(subscribeReplies, configuredPerSecond),
    };
  });
}
