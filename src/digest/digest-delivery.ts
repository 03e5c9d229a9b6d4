import type { Logger } from '../logger.js';
import type { ArticlePool } from '../store/article-pool.js';
import type { DeliveryLog, DeliveryRecord } from '../store/delivery-log.js';
import type { Subscriber, SubscriberStore } from '../store/subscriber-store.js';
import { buildDigest, type Digest } from './build-digest.js';
import type { Clock } from './clock.js';
import type { Priority } from './outbound-queue.js';
import { clusterStories, type StoryClusters } from './story-clusters.js';
import type { Subscriptions } from './subscriptions.js';

/** Why Telegram would not take a message; `blocked` and `chat_not_found` stop deliveries to that chat. */
export type DeliveryFailureReason = 'blocked' | 'chat_not_found' | 'failed';

export class DeliveryError extends Error {
  override readonly name = 'DeliveryError';
  constructor(
    readonly reason: DeliveryFailureReason,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Sends one digest message; the bot layer implements it over the outbound queue. Throws DeliveryError. */
export interface DigestSender {
  send(chatId: number, html: string, priority: Priority): Promise<void>;
}

/** Writes the optional overview; undefined when there is none (no LLM, or it failed). */
export type OverviewWriter = (digest: Digest) => Promise<string | undefined>;

/** Turns a digest into Telegram messages, each under the length limit. */
export type DigestRenderer = (digest: Digest, overview: string | undefined, now: number) => string[];

export type SendNowResult =
  | { status: 'sent'; itemCount: number }
  | { status: 'nothing_new'; since: number }
  | { status: 'no_topics' }
  | { status: 'failed'; reason: DeliveryFailureReason };

export interface FanOutReport {
  due: number;
  sent: number;
  resumed: number;
  nothingNew: number;
  unreachable: number;
  failed: number;
  /** Distinct digests built: one per (topics, since) combination. */
  digestsBuilt: number;
}

export interface DigestDelivery {
  /** /digest: one digest now, without moving the schedule; the "since" mark moves only once delivered. */
  sendNow(chatId: number): Promise<SendNowResult>;
  /** Sends every scheduled digest due up to now, resuming any fan-out a restart cut short. */
  runDue(): Promise<FanOutReport>;
}

export interface DigestDeliveryDependencies {
  pool: ArticlePool;
  subscribers: SubscriberStore;
  subscriptions: Subscriptions;
  deliveries: DeliveryLog;
  sender: DigestSender;
  render: DigestRenderer;
  writeOverview?: OverviewWriter;
  clock: Clock;
  logger: Logger;
  settings: {
    maxItemsPerTopic: number;
    /** How far back a missed schedule is still honoured after downtime; default 7 days. */
    maxCatchUpMs?: number;
  };
}

/** A new subscriber's first digest covers this much of the pool. */
export const FIRST_DIGEST_WINDOW_MS = 24 * 3_600_000;
const MINUTE_MS = 60_000;

export function createDigestDelivery(deps: DigestDeliveryDependencies): DigestDelivery {
  const { pool, subscribers, subscriptions, deliveries, sender, clock, logger } = deps;
  const maxCatchUpMinutes = Math.ceil((deps.settings.maxCatchUpMs ?? 7 * 24 * 3_600_000) / MINUTE_MS);
  let running: Promise<FanOutReport> | undefined;

  const sinceOf = (subscriber: Subscriber, now: number) => subscriber.lastDigestAt ?? now - FIRST_DIGEST_WINDOW_MS;

  /** Builds each distinct (topics, since) digest once per run, and its overview once per content. */
  function createBuilder(now: number, articles: Awaited<ReturnType<ArticlePool['listSince']>>, clusters: StoryClusters) {
    const built = new Map<string, Promise<{ digest: Digest; parts: string[] }>>();
    return {
      get size() {
        return built.size;
      },
      build(subscriber: Subscriber) {
        const since = sinceOf(subscriber, now);
        const key = `${subscriber.topics.join(',')}|${since}`;
        let entry = built.get(key);
        if (!entry) {
          entry = (async () => {
            const digest = buildDigest(articles, clusters, {
              topics: subscriber.topics,
              since,
              until: now,
              maxItemsPerTopic: deps.settings.maxItemsPerTopic,
            });
            const overview = digest.itemCount > 0 ? await writeOverviewSafely(digest) : undefined;
            return { digest, parts: digest.itemCount > 0 ? deps.render(digest, overview, now) : [] };
          })();
          built.set(key, entry);
        }
        return entry;
      },
    };
  }

  async function writeOverviewSafely(digest: Digest): Promise<string | undefined> {
    if (!deps.writeOverview) return undefined;
    try {
      return await deps.writeOverview(digest);
    } catch (error) {
      // The digest goes out without its overview.
      logger.warn({ err: error }, 'digest overview failed; sending the digest without it');
      return undefined;
    }
  }

  async function loadBuilder(now: number) {
    const articles = await pool.listSince(0, now);
    return createBuilder(now, articles, clusterStories(articles));
  }

  /** Sends the record's remaining parts; a scheduled run saves its progress after each. */
  async function sendParts(chatId: number, runId: string, record: DeliveryRecord, priority: Priority): Promise<void> {
    for (let index = record.sent; index < record.parts.length; index++) {
      await sender.send(chatId, record.parts[index] as string, priority);
      record.sent = index + 1;
      if (priority === 'bulk' && record.sent < record.parts.length) await deliveries.save(chatId, runId, record);
    }
  }

  async function handleFailure(chatId: number, runId: string, error: unknown): Promise<DeliveryFailureReason> {
    const reason = error instanceof DeliveryError ? error.reason : 'failed';
    if (reason === 'failed') {
      logger.error({ err: error, chatId }, 'digest delivery failed');
      return reason;
    }
    logger.info({ chatId, reason }, 'chat unreachable; digests paused until they write again');
    await subscriptions.markUnreachable(chatId);
    await deliveries.delete(chatId, runId);
    return reason;
  }

  async function deliverScheduled(
    chatId: number,
    minute: number,
    builder: Awaited<ReturnType<typeof loadBuilder>>,
    now: number,
    report: FanOutReport,
  ): Promise<void> {
    const runId = `scheduled:${minute}`;
    const subscriber = await subscribers.get(chatId);
    // A stale entry (moved, unsubscribed, paused) is skipped; the store already moved the real one.
    if (!subscriber || !subscriber.active || subscriber.topics.length === 0) return;
    if (subscriber.nextDigestAt === undefined || Math.floor(subscriber.nextDigestAt / MINUTE_MS) !== minute) return;
    report.due++;
    try {
      let record = await deliveries.get(chatId, runId);
      if (record) report.resumed++;
      else {
        const { digest, parts } = await builder.build(subscriber);
        if (digest.itemCount === 0) {
          report.nothingNew++;
          await subscriptions.markSkipped(chatId);
          return;
        }
        record = { parts, sent: 0, until: now };
        await deliveries.save(chatId, runId, record);
      }
      await sendParts(chatId, runId, record, 'bulk');
      await subscriptions.markDelivered(chatId, record.until, { scheduled: true });
      await deliveries.delete(chatId, runId);
      report.sent++;
    } catch (error) {
      const reason = await handleFailure(chatId, runId, error);
      if (reason === 'failed') {
        report.failed++;
        // Tomorrow's digest still covers today's news: the "since" mark did not move.
        await subscriptions.markSkipped(chatId);
      } else report.unreachable++;
    }
  }

  async function runDueOnce(): Promise<FanOutReport> {
    const now = clock.now();
    const nowMinute = Math.floor(now / MINUTE_MS);
    const cursor = (await subscribers.getCursor()) ?? nowMinute - 1;
    const report: FanOutReport = { due: 0, sent: 0, resumed: 0, nothingNew: 0, unreachable: 0, failed: 0, digestsBuilt: 0 };
    let builder: Awaited<ReturnType<typeof loadBuilder>> | undefined;
    for (let minute = Math.max(cursor + 1, nowMinute - maxCatchUpMinutes); minute <= nowMinute; minute++) {
      const chats = await subscribers.dueIn(minute);
      if (chats.length === 0) continue;
      builder ??= await loadBuilder(now);
      const activeBuilder = builder;
      await Promise.all(chats.map((chatId) => deliverScheduled(chatId, minute, activeBuilder, now, report)));
      await subscribers.setCursor(minute);
    }
    if (cursor < nowMinute) await subscribers.setCursor(nowMinute);
    report.digestsBuilt = builder?.size ?? 0;
    if (report.due > 0) logger.info({ ...report }, 'scheduled digests delivered');
    return report;
  }

  return {
    async sendNow(chatId) {
      const subscriber = await subscribers.get(chatId);
      if (!subscriber || subscriber.topics.length === 0) return { status: 'no_topics' };
      const now = clock.now();
      const builder = await loadBuilder(now);
      const { digest, parts } = await builder.build(subscriber);
      if (digest.itemCount === 0) return { status: 'nothing_new', since: sinceOf(subscriber, now) };
      const runId = `now:${now}`;
      try {
        await sendParts(chatId, runId, { parts, sent: 0, until: now }, 'interactive');
      } catch (error) {
        return { status: 'failed', reason: await handleFailure(chatId, runId, error) };
      }
      await subscriptions.markDelivered(chatId, now, { scheduled: false });
      return { status: 'sent', itemCount: digest.itemCount };
    },
    runDue() {
      // One run at a time: a slow fan-out and the next tick must not deliver the same minute twice.
      running ??= runDueOnce().finally(() => (running = undefined));
      return running;
    },
  };
}
