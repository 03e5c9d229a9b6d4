import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { systemClock } from '../../src/core/clock.js';
import { createSubscriptions } from '../../src/digest/subscriptions.js';
import { poolIdOf } from '../../src/ingest/article-intake.js';
import { createArticlePool } from '../../src/store/article-pool.js';
import { createKeyedLock } from '../../src/store/keyed-lock.js';
import { openStore } from '../../src/store/open-store.js';
import { createSubscriberStore } from '../../src/store/subscriber-store.js';
import { startBotApiEmulator } from './bot-api-emulator.js';
import { startBotProcess, type BotProcess } from './bot-process.js';
import { freePort } from './load-balancer.js';
import { startRedisServer } from './redis-server.js';

export interface TakeoverFigures {
  subscribers: number;
  /** Subscribers who got the digest. */
  served: number;
  /** Digests the killed instance sent before it died. */
  sentBeforeKill: number;
  /** From SIGKILL to the other instance's first digest message. */
  takeoverMs: number;
  /** Digest messages beyond one per subscriber. */
  duplicates: number;
  /** Over the whole fan-out, both instances, the takeover's pause left out. */
  perSecond: number;
  /** The most digest messages the emulator answered in any 1,000 ms. */
  mostInAnySecond: number;
  /** 429 answers the emulator gave. */
  answered429: number;
}

const FIRST_CHAT = 500_000;
const SECRET = 'takeover-secret-0123456789abcdef';
/** Requests the killed instance had already made still reach the emulator a few ms after the kill. */
const IN_FLIGHT_GRACE_MS = 500;

/**
 * A morning fan-out on two real processes (what `npm start` runs) on a Redis of its own, the one sending
 * killed with SIGKILL a third of the way through. The subscribers and the pool are written straight into
 * Redis, due now, so the first instance's start-up tick begins the fan-out before the second instance
 * exists: the killed one is certainly the one sending. Used by tests/e2e/instances.test.ts and the bench.
 */
export async function runFanOutTakeover({
  subscribers,
  messagesPerSecond,
  cpuEach = false,
}: {
  subscribers: number;
  messagesPerSecond: number;
  /**
   * Each instance on one CPU of its own (taskset), as on machines of their own. Unpinned on this two-CPU
   * machine, the second instance compiling its TypeScript at start stalls the first for 100 ms and more, and
   * the messages it held back then reach the emulator together.
   */
  cpuEach?: boolean;
}): Promise<TakeoverFigures> {
  const redis = await startRedisServer();
  const emulator = await startBotApiEmulator();
  const folder = await mkdtemp(path.join(tmpdir(), 'newsdigest-takeover-'));
  const started: BotProcess[] = [];
  try {
    await seed(redis.url, subscribers, Date.now());
    const env = async () => ({
      TELEGRAM_BOT_TOKEN: emulator.token,
      TELEGRAM_API_ROOT: emulator.apiRoot,
      STORE_URL: redis.url,
      // Webhook mode with no webhook set: the instances take no updates and do not poll each other's away.
      WEBHOOK_URL: 'http://127.0.0.1:1/telegram',
      WEBHOOK_SECRET: SECRET,
      PORT: String(await freePort()),
      MESSAGES_PER_SECOND: String(messagesPerSecond),
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

    const first = startBotProcess(await env(), folder, cpuEach ? { cpu: 0 } : {});
    started.push(first);
    await waitFor('the fan-out to begin', () => digestSends().length > 0, 30_000);
    started.push(startBotProcess(await env(), folder, cpuEach ? { cpu: 1 % availableParallelism() } : {}));
    await waitFor('a third of the digests', () => digestSends().length >= subscribers / 3, 60_000);
    first.killHard();
    const killedAt = Date.now();
    await first.exited;
    const sentBeforeKill = digestSends().filter((call) => call.at <= killedAt).length;
    await waitFor('every subscriber’s digest', () => new Set(digestSends().map((call) => Number(call.params.chat_id))).size === subscribers, 90_000);

    const sends = digestSends();
    const firstAfterKill = sends.find((call) => call.at > killedAt + IN_FLIGHT_GRACE_MS);
    const takeoverMs = (firstAfterKill?.at ?? Number.POSITIVE_INFINITY) - killedAt;
    const times = sends.map((call) => call.at).sort((a, b) => a - b);
    let mostInAnySecond = 0;
    for (let end = 0, start = 0; end < times.length; end++) {
      while ((times[end] as number) - (times[start] as number) >= 1_000) start++;
      mostInAnySecond = Math.max(mostInAnySecond, end - start + 1);
    }
    const sendingMs = (times.at(-1) ?? 0) - (times[0] ?? 0) - (firstAfterKill ? takeoverMs : 0);
    return {
      subscribers,
      served: new Set(sends.map((call) => Number(call.params.chat_id))).size,
      sentBeforeKill,
      takeoverMs,
      duplicates: sends.length - subscribers,
      perSecond: (times.length - 1) / (sendingMs / 1000),
      mostInAnySecond,
      answered429: emulator.calls.filter((call) => call.errorCode === 429).length,
    };
  } finally {
    for (const instance of started) if (instance.child.exitCode === null) instance.child.kill('SIGTERM');
    await Promise.all(started.map((instance) => instance.exited));
    await emulator.close();
    await redis.close();
    await rm(folder, { recursive: true, force: true });
  }
}

/** Subscribers due this very minute (as if 08:00 had just come), the cursor just before it, and one story in the pool. */
async function seed(redisUrl: string, subscribers: number, now: number): Promise<void> {
  const store = await openStore(redisUrl);
  try {
    const lock = createKeyedLock();
    const subscriberStore = createSubscriberStore({ store, lock });
    const subscriptions = createSubscriptions({ subscribers: subscriberStore, clock: systemClock, defaults: { deliveryTime: '08:00', timeZone: 'UTC' } });
    for (let index = 0; index < subscribers; index++) {
      const chatId = FIRST_CHAT + index;
      await subscriptions.subscribe(chatId, ['science']);
      await subscriberStore.update(chatId, (current) => current && { ...current, nextDigestAt: now });
    }
    await subscriberStore.setCursor(Math.floor(now / 60_000) - 1);
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
