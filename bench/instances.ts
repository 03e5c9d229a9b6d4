/**
 * Several instances on one Redis, measured in one run against a redis-server of the bench's own:
 * - the combined send rate of two instances' outbound queues (the real messenger, telegraf and the
 *   emulator, each instance with its own Redis connection) against the configured rate, beside one
 *   instance alone; and the most messages in any sliding second;
 * - cache-hit reply latency through the whole bot on Redis beside SQLite;
 * - summaries per second of one instance and of two, as real processes (instance-throughput.ts);
 * - the time from SIGKILL of the instance running a 1,000-subscriber fan-out to the other's first message.
 * Skipped, and said so, when redis-server is not installed.
 */
import { randomUUID } from 'node:crypto';
import { createTelegramClient } from '../src/bot/create-bot.js';
import { systemClock } from '../src/core/clock.js';
import { silentLogger } from '../src/logger.js';
import { openStore } from '../src/store/open-store.js';
import { startBotApiEmulator } from '../tests/support/bot-api-emulator.js';
import { hasRedisServer, startRedisServer } from '../tests/support/redis-server.js';
import { withCleanup } from './bot-harness.js';
import { runCacheHitLatencyBench, type CacheHitLatencyFigures } from './cache-hit-latency.js';
import { runInstanceThroughputBench, type ThroughputFigures } from './instance-throughput.js';
import { runFanOutTakeover, type TakeoverFigures } from '../tests/support/fan-out-takeover.js';

export interface CombinedRate {
  instances: number;
  messages: number;
  perSecond: number;
  ratioToConfigured: number;
  /** The most messages the emulator answered in any 1,000 ms. */
  maxInAnySecond: number;
}

export type InstancesFigures =
  | { skipped: string }
  | {
      configuredPerSecond: number;
      alone: CombinedRate;
      two: CombinedRate;
      cacheHits: { sqlite: CacheHitLatencyFigures; redis: CacheHitLatencyFigures };
      throughput: ThroughputFigures;
      takeover: TakeoverFigures;
    };

/** `messagesEach` messages from each of `instances` messengers at once, every one to its own chat, sharing one window on Redis. */
async function measureRate(redisUrl: string, instances: number, messagesEach: number, perSecond: number): Promise<CombinedRate> {
  return withCleanup(async (defer) => {
    const emulator = await startBotApiEmulator();
    defer(() => emulator.close());
    // Each run its own window, so the previous run's sends do not count against this one.
    const window = `bench-sends:${randomUUID()}`;
    const senders = [];
    for (let index = 0; index < instances; index++) {
      const store = await openStore(redisUrl);
      defer(() => store.close());
      const { messenger } = createTelegramClient(
        { token: emulator.token, apiRoot: emulator.apiRoot },
        { logger: silentLogger, clock: systemClock, messagesPerSecond: perSecond, sharedSlot: () => store.coordination.takeSendSlot(window, perSecond, 1_000) },
      );
      senders.push(messenger);
    }
    await Promise.all(
      senders.flatMap((messenger, instance) =>
        Array.from({ length: messagesEach }, (_, index) => messenger.send(1_000_000 + instance * messagesEach + index, { html: `message ${index}` })),
      ),
    );
    const times = emulator.calls.filter((call) => call.method === 'sendMessage' && call.ok).map((call) => call.at).sort((a, b) => a - b);
    const spanSeconds = ((times.at(-1) ?? 0) - (times[0] ?? 0)) / 1000;
    const rate = (times.length - 1) / spanSeconds;
    let maxInAnySecond = 0;
    let start = 0;
    for (let end = 0; end < times.length; end++) {
      while ((times[end] as number) - (times[start] as number) >= 1_000) start++;
      maxInAnySecond = Math.max(maxInAnySecond, end - start + 1);
    }
    return { instances, messages: times.length, perSecond: rate, ratioToConfigured: rate / perSecond, maxInAnySecond };
  });
}

export async function runInstancesBench({ messagesEach = 150, perSecond = 25, hitsPerArticle = 50 } = {}): Promise<InstancesFigures> {
  if (!hasRedisServer()) return { skipped: 'redis-server is not installed (apt-get install redis-server); .ci/run installs it' };
  return withCleanup(async (defer) => {
    const redis = await startRedisServer();
    defer(() => redis.close());
    const alone = await measureRate(redis.url, 1, messagesEach * 2, perSecond);
    const two = await measureRate(redis.url, 2, messagesEach, perSecond);
    const sqlite = await runCacheHitLatencyBench({ hitsPerArticle });
    const onRedis = await runCacheHitLatencyBench({ hitsPerArticle, storeUrl: redis.url });
    const throughput = await runInstanceThroughputBench();
    const takeover = await runFanOutTakeover({ subscribers: 1_000, messagesPerSecond: 30, cpuEach: true });
    return { configuredPerSecond: perSecond, alone, two, cacheHits: { sqlite, redis: onRedis }, throughput, takeover };
  });
}
