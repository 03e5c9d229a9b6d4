import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { CATCH_UP } from '../../src/jobs/queue-scheduler.js';
import { digestsIn, newsPage } from '../support/conversation.js';
import { startPageServer, type PageServer } from '../support/page-server.js';
import { deleteBotKeys, describeOnRedis, redisDatabaseUrl } from '../support/test-redis.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** The bot's own keys and its tick queue under their production names: in a database of their own, emptied before and after. */
const DATABASE = 14;

async function emptyBotKeys(redis: Redis): Promise<void> {
  const queue = new Queue('digest-ticks', { connection: redis, prefix: 'newsdigest:jobs' });
  await queue.obliterate({ force: true });
  await queue.close();
  await deleteBotKeys(redis);
}

describeOnRedis('the bot on a Redis store', (redisUrl) => {
  const storeUrl = redisDatabaseUrl(redisUrl, DATABASE);
  const admin = new Redis(storeUrl, { lazyConnect: true, maxRetriesPerRequest: null });
  let pages: PageServer;
  let bot: TestApp | undefined;

  beforeAll(async () => {
    await admin.connect();
    await emptyBotKeys(admin);
    pages = await startPageServer({
      '/harbour': newsPage('Harbour Gazette', 'Harbour', [1, 2, 3].map((index) => `Harbour cranes idle as dockworkers strike over automation plans, paragraph ${index}.`)),
    });
  });
  afterAll(async () => {
    await bot?.close();
    await pages.close();
    await emptyBotKeys(admin);
    await admin.quit();
  });

  it('delivers a digest due while it was down once, from the tick queue it starts on Redis', async () => {
    bot = await startTestApp({ env: { STORE_URL: storeUrl } });
    bot.emulator.sendUserMessage({ chatId: 11, text: '/subscribe world' });
    await bot.emulator.waitForMessages(11, 1);
    bot.emulator.sendUserMessage({ chatId: 1, text: `${pages.origin}/harbour` });
    const started = bot;
    await bot.emulator.waitFor(() => started.emulator.messages(1).some((message) => message.text.includes('Harbour Gazette')), { what: 'the summary' });

    // 08:00 passes while the bot is down; the tick it queues at start delivers the digest, once.
    await bot.stop();
    bot.clock.set(Date.parse('2026-11-25T08:00:00.100Z'));
    await bot.restart();
    const current = bot;
    await current.emulator.waitFor(() => digestsIn(current, 11).length > 0, { what: 'the digest due at 08:00', timeoutMs: 10_000 });
    await bot.restart();
    // Three starts, three catch-up ticks run; the last found nothing due.
    const queue = new Queue('digest-ticks', { connection: admin, prefix: 'newsdigest:jobs' });
    try {
      await vi.waitFor(async () => expect((await queue.getJobs(['completed'])).filter((job) => job.name === CATCH_UP)).toHaveLength(3), { timeout: 10_000, interval: 50 });
    } finally {
      await queue.close();
    }
    expect(digestsIn(bot, 11)).toHaveLength(1);
  });
});
