import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createBackgroundJobs } from './bot/background-jobs.js';
import { ALLOWED_UPDATES, createTelegramClient, registerFeatures } from './bot/create-bot.js';
import { registerCommandMenus } from './bot/features/help.js';
import { createWebhookServer, type HealthCheck, type WebhookServer } from './bot/webhook-server.js';
import { createAdminNotices } from './bot/admin-notices.js';
import { createCatalogue, type Catalogue } from './messages/catalogue.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { systemClock, type Clock } from './core/clock.js';
import { canonicalizeUrl, createArticleLoader, createSafeFetcher, extractArticleFromText, type Fetcher } from './extract/index.js';
import { fetchFeed, generateOpml, parseFeed, parseOpml } from './feeds/index.js';
import { isRedisStoreUrl, openJobConnections, type JobConnections } from './jobs/job-connections.js';
import { createQueueScheduler } from './jobs/queue-scheduler.js';
import { createLogger, type Logger } from './logger.js';
import { createDigestSender } from './bot/digest-sender.js';
import { createDigestDelivery } from './digest/digest-delivery.js';
import { createCachedOverviewWriter } from './digest/overview-writer.js';
import { renderDigest } from './digest/format-digest.js';
import { createScheduler, type Scheduler } from './digest/scheduler.js';
import { createStorySummaries } from './digest/story-summaries.js';
import { createArticleIntake } from './ingest/article-intake.js';
import { createSubscriptions } from './digest/subscriptions.js';
import { createArticlePool } from './store/article-pool.js';
import { createDeliveryLog } from './store/delivery-log.js';
import { createRecordLock } from './store/keyed-lock.js';
import { PER_CHAT_INTERVAL_MS } from './digest/outbound-queue.js';
import { createHeldPastes } from './store/held-pastes.js';
import { storedPastePieceSchema } from './bot/stored-paste-piece.js';
import { openStore, type Store } from './store/open-store.js';
import { createSourceStore } from './store/source-store.js';
import { createSubscriberStore } from './store/subscriber-store.js';
import { createFeedPoller } from './sources/feed-poller.js';
import { createSourceCatalog } from './sources/source-catalog.js';
import { readFile } from 'node:fs/promises';
import { createStats } from './store/stats-store.js';
import { createSummaryCache } from './store/summary-cache.js';
import { createTokenBudget, type TokenBudget } from './store/token-budget.js';
import { createUsageQuota } from './store/usage-quota.js';
import { createExtractiveSummarizer } from './summarize/extractive-summarizer.js';
import type { DigestOverviewer } from './summarize/digest-overviewer.js';
import { createOpenAiClient, createOpenAiDigestOverviewer, createOpenAiSummarizer } from './summarize/openai-summarizer.js';
import { loadPromptLibrary } from './summarize/prompt-library.js';
import type { Summarizer } from './summarize/summary.js';
import { createSummaryService, type SummaryService } from './summarize/summary-service.js';

/** prompts/ next to src/, wherever the process was started from. */
export const PROMPTS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'prompts');

/** How often usage totals are written to the store. */
const STATS_FLUSH_MS = 30_000;
/** How long shutdown waits for summaries under way. */
const SHUTDOWN_DRAIN_MS = 3_000;

/** A health check that reached Telegram is trusted this long: load balancers ask every few seconds, Telegram need not hear each. */
const TELEGRAM_HEALTH_CACHE_MS = 30_000;

/** Runs `check`, and skips it for `forMs` after it succeeded; a failure is never remembered. */
function cachedSuccess(check: () => Promise<unknown>, forMs: number, clock: Clock): () => Promise<void> {
  let okUntil = 0;
  return async () => {
    if (clock.now() < okUntil) return;
    await check();
    okUntil = clock.now() + forMs;
  };
}

export interface Services {
  store: Store;
  summaries: SummaryService;
  summarizer: Summarizer;
  /** Writes digest overviews; absent without an LLM. */
  overviewer: DigestOverviewer | undefined;
  extractPastedText: typeof extractArticleFromText;
  loadArticle: (url: string) => Promise<import('./core/article.js').Article>;
  /** The one safe fetcher: links people send, feeds, pages whose feed is looked for. */
  fetcher: Fetcher;
  stats: Awaited<ReturnType<typeof createStats>>;
  budget: TokenBudget;
  close(): Promise<void>;
}

/** Builds everything below the bot: store, fetcher, summarizers, services. Shared by the bot and the CLI. */
export async function createServices(config: Config, logger: Logger, clock: Clock = systemClock): Promise<Services> {
  const store = await openStore(config.store.url, { onError: (error) => logger.error({ err: error }, 'store error') });
  const stats = await createStats({ store, now: () => new Date() });
  const budget = createTokenBudget({ store, clock, dailyLimit: config.llm.dailyTokenBudget });
  const fetcher = createSafeFetcher({
    allowPrivateAddresses: config.fetch.allowPrivateUrls,
    timeoutMs: config.fetch.timeoutMs,
    maxBytes: config.fetch.maxBytes,
  });
  const articleLoader = createArticleLoader({ fetcher });
  const prompts = await loadPromptLibrary(PROMPTS_DIR);
  const extractive = createExtractiveSummarizer();
  const llmClient = config.llm.apiKey ? createOpenAiClient({ ...config.llm, apiKey: config.llm.apiKey }) : undefined;
  const summarizer = llmClient
    ? createOpenAiSummarizer({
        client: llmClient,
        model: config.llm.model,
        prompt: prompts.get('summary', config.llm.summaryPromptVersion),
        logger,
      })
    : extractive;
  const summaries = createSummaryService({
    summarizer,
    ...(summarizer !== extractive && { fallback: extractive }),
    cache: createSummaryCache({ store, ttlMs: config.store.cacheTtlMs }),
    loadArticle: (url) => articleLoader.loadArticle(url),
    canonicalizeUrl,
    stats,
    budget,
    coordination: store.coordination,
    logger,
  });
  const flushTimer = setInterval(() => {
    stats.flush().catch((error: unknown) => logger.warn({ err: error }, 'could not save usage totals'));
  }, STATS_FLUSH_MS);
  flushTimer.unref();
  const overviewer = llmClient
    ? createOpenAiDigestOverviewer({ client: llmClient, model: config.llm.model, prompt: prompts.get('digest-overview') })
    : undefined;
  return {
    store,
    summaries,
    summarizer,
    overviewer,
    extractPastedText: extractArticleFromText,
    loadArticle: (url) => articleLoader.loadArticle(url),
    fetcher,
    stats,
    budget,
    async close() {
      clearInterval(flushTimer);
      await stats.flush();
      await store.close();
    },
  };
}

export interface App {
  /** Connects to Telegram and starts polling (or serving the webhook); resolves once the bot is running. */
  start(): Promise<void>;
  /** The port the webhook server listens on once started; undefined when the bot polls. */
  webhookPort(): number | undefined;
  /** Stops polling, waits briefly for work under way, saves and closes the store. */
  stop(reason?: string): Promise<void>;
}

/** A held paste piece nobody hands on (its instance died within the window) is forgotten after this long. */
const HELD_PASTE_TTL_MS = 60_000;

export interface AppClocks {
  /** Wall time: schedules, the pool, "since" marks. */
  clock: Clock;
  /** Pacing of outbound messages. Separate so tests can hold the wall clock still while messages flow. */
  pacingClock: Clock;
}

/** The whole bot, built once from the config. Tests pass virtual clocks. */
export async function createApp(
  config: Config,
  logger: Logger,
  { clock, pacingClock }: AppClocks = { clock: systemClock, pacingClock: systemClock },
  /** The message catalogue; tests pass one that records what it renders. */
  catalogue: Catalogue = createCatalogue(),
): Promise<App> {
  if (!config.telegram.token) throw new ConfigError('TELEGRAM_BOT_TOKEN: required to run the bot');
  const services = await createServices(config, logger, clock);
  const { bot, messenger, queue } = createTelegramClient(
    { token: config.telegram.token, apiRoot: config.telegram.apiRoot },
    {
      logger,
      clock: pacingClock,
      messagesPerSecond: config.messagesPerSecond,
      // Instances on one Redis share the rate: Telegram counts the bot's messages, not each instance's.
      ...(services.store.coordination.acrossProcesses && {
        sharedSlot: () => services.store.coordination.takeSendSlot('sends', config.messagesPerSecond, 1_000),
        // And a chat's one message a second: another instance may be sending it a digest while this one replies.
        sharedChatSlot: (chatId: number) => services.store.coordination.takeSendSlot(`chat:${chatId}`, 1, PER_CHAT_INTERVAL_MS),
      }),
    },
  );
  const jobs = createBackgroundJobs({ logger });
  const lock = createRecordLock(services.store.coordination, (error, namespace) =>
    logger.error({ err: error, namespace }, 'lost the lock on a record while changing it; another instance may change it at the same time'),
  );
  const subscribers = createSubscriberStore({ store: services.store, lock });
  const pool = createArticlePool({ store: services.store, lock, ttlMs: config.digest.poolTtlMs });
  const intake = createArticleIntake({ pool, summaries: services.summaries, clock });
  const storySummaries = createStorySummaries({ pool, summaries: services.summaries, budget: services.budget, logger, now: () => clock.now() });
  const subscriptions = createSubscriptions({
    subscribers,
    clock,
    defaults: { deliveryTime: config.digest.defaultTime, timeZone: config.digest.defaultTimeZone },
  });
  const digests = createDigestDelivery({
    pool,
    subscribers,
    subscriptions,
    deliveries: createDeliveryLog({ store: services.store }),
    leases: services.store.coordination,
    sender: createDigestSender(messenger),
    render: (digest, overview, localNow, language) => renderDigest(catalogue.texts(language), digest, overview, localNow),
    ...(services.overviewer && {
      writeOverview: createCachedOverviewWriter({ overviewer: services.overviewer, store: services.store, budget: services.budget, logger }),
    }),
    completeStories: (digest, language) => storySummaries.complete(digest, language),
    clock,
    logger,
    settings: {
      maxItemsPerTopic: config.digest.maxItemsPerTopic,
      maxCatchUpMs: config.digest.poolTtlMs,
      // Two seconds of sends in flight keep the queue at its rate while a 429 holds a few chats back.
      fanOutConcurrency: config.messagesPerSecond * 2,
    },
  });
  // Alone on SQLite the minute tick is this process's own; instances sharing a Redis take turns through a BullMQ
  // queue there, so each tick runs once across them and a fan-out whose instance dies is taken over.
  let jobConnections: JobConnections | undefined;
  let scheduler: Scheduler;
  if (isRedisStoreUrl(config.store.url)) {
    try {
      jobConnections = await openJobConnections(config.store.url, { logger });
    } catch (error) {
      await services.close().catch(() => undefined);
      throw error;
    }
    scheduler = createQueueScheduler({ delivery: digests, connections: jobConnections, logger });
  } else scheduler = createScheduler({ delivery: digests, clock, logger });
  const sourceStore = createSourceStore({ store: services.store, lock, clock });
  const adminNotices = createAdminNotices({ messenger, catalogue, subscriptions, adminIds: config.adminIds, logger });
  // The catalog schedules new feeds with the poller (built next; called only once the app runs).
  const sources = createSourceCatalog({
    store: sourceStore,
    fetcher: services.fetcher,
    formats: { fetchFeed, parseOpml, generateOpml },
    clock,
    onFeedAdded: (sourceId) => poller.schedule(sourceId),
  });
  const poller = createFeedPoller({
    sources: sourceStore,
    fetcher: services.fetcher,
    parseFeed,
    admit: async (source, items) => {
      await intake.admitFeedItems({ name: source.title ?? new URL(source.url).hostname.replace(/^www\./, ''), topics: source.topics }, items);
    },
    ...(services.store.coordination.acrossProcesses && { coordination: services.store.coordination }),
    notifyAdmins: (deactivation) => adminNotices.tell((texts) => texts.html('sources.feedDeactivated', deactivation)),
    clock,
    logger,
    settings: { pollIntervalMs: config.sources.pollIntervalMs },
  });
  const quota = createUsageQuota({
    store: services.store,
    lock,
    limits: { perDay: config.fairUse.summariesPerDay, perMinute: config.fairUse.summariesPerMinute },
    exemptUserIds: config.adminIds,
  });
  registerFeatures(bot, {
    summaries: services.summaries,
    extractPastedText: services.extractPastedText,
    messenger,
    subscriptions,
    digests,
    intake,
    jobs,
    stats: services.stats,
    sources,
    quota,
    budget: services.budget,
    catalogue,
    adminNotices,
    coordination: services.store.coordination,
    // Behind a webhook, the pieces of one paste may reach different instances: they wait in the shared store.
    ...(services.store.coordination.acrossProcesses &&
      config.telegram.webhook && {
        heldPastes: createHeldPastes({ store: services.store, lock, pieceSchema: storedPastePieceSchema, ttlMs: HELD_PASTE_TTL_MS }),
      }),
    clock,
    logger,
    settings: {
      adminIds: config.adminIds,
      maxLinksPerMessage: config.fetch.maxLinksPerMessage,
      summarizerKind: services.summarizer.model === 'extractive' ? 'extractive' : 'llm',
      defaultDeliveryTime: config.digest.defaultTime,
      defaultTimeZone: config.digest.defaultTimeZone,
    },
  });
  let polling: Promise<void> | undefined;
  let webhook: { server: WebhookServer; port: number } | undefined;
  const healthChecks: HealthCheck[] = [
    // A read that fails throws (keyv's throwOnErrors): the store is out of reach.
    { name: 'store', check: async () => void (await services.store.get('health:probe')) },
    { name: 'telegram', check: cachedSuccess(() => bot.telegram.getMe(), TELEGRAM_HEALTH_CACHE_MS, systemClock) },
  ];
  return {
    async start() {
      if (config.sources.file) {
        let opml: string;
        try {
          opml = await readFile(config.sources.file, 'utf8');
        } catch (error) {
          throw new ConfigError(`SOURCES_FILE: cannot read ${config.sources.file} (expected an OPML file such as sources/starter.opml)`, { cause: error });
        }
        const synced = await sources.syncFile(opml);
        logger.info({ file: config.sources.file, ...synced }, 'sources file read');
      }
      const webhookSettings = config.telegram.webhook;
      if (webhookSettings) {
        // Updates come to this instance's server; `npm run cli -- webhook set` told Telegram where, once per deploy.
        bot.botInfo = await bot.telegram.getMe();
        const path = new URL(webhookSettings.url).pathname;
        const server = createWebhookServer({ bot, path, secret: webhookSettings.secret, port: webhookSettings.port, healthChecks, logger });
        webhook = { server, port: await server.start() };
        logger.info({ port: webhook.port, path }, 'serving the webhook');
      } else {
        await new Promise<void>((resolve, reject) => {
          // Channel posts and the bot's own membership changes come only when asked for by name.
          polling = bot.launch({ allowedUpdates: [...ALLOWED_UPDATES] }, () => resolve());
          polling.catch(reject);
        });
        polling?.catch((error: unknown) => logger.error({ err: error }, 'polling stopped with an error'));
      }
      await registerCommandMenus(bot.telegram, catalogue).catch((error: unknown) => logger.warn({ err: error }, 'could not register the command menu'));
      scheduler.start();
      poller.start();
      logger.info({ username: bot.botInfo?.username, summarizer: services.summarizer.model }, 'bot is running');
    },
    webhookPort: () => webhook?.port,
    async stop(reason = 'stop') {
      // Updates being handled finish; new ones are refused, and Telegram redelivers them to another instance.
      await webhook?.server.stop();
      await Promise.all([scheduler.stop(), poller.stop()]);
      await jobConnections?.close();
      if (polling) {
        bot.stop(reason);
        await polling.catch(() => undefined);
      }
      await jobs.drain(SHUTDOWN_DRAIN_MS);
      await Promise.race([queue.idle(), new Promise((resolve) => setTimeout(resolve, SHUTDOWN_DRAIN_MS).unref())]);
      await services.close();
    },
  };
}

async function main(): Promise<void> {
  let config: Config;
  try {
    config = await loadConfig({ requireBotToken: true });
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`Configuration error: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  const app = await createApp(config, logger);
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    // A hard deadline, so a stuck socket never keeps a stopped bot alive.
    setTimeout(() => process.exit(1), 8_000).unref();
    app.stop(signal).then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'unclean shutdown');
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  try {
    await app.start();
  } catch (error) {
    if (error instanceof ConfigError) console.error(`Configuration error: ${error.message}`);
    else logger.error({ err: error }, 'could not start the bot: check TELEGRAM_BOT_TOKEN and TELEGRAM_API_ROOT');
    await app.stop('start failed').catch(() => undefined);
    process.exit(1);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  await main();
}
