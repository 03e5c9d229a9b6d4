import type { Logger } from '../logger.js';
import type { ArticlePool, PoolArticle } from '../store/article-pool.js';
import type { Coordination, Lease } from '../store/coordination.js';
import type { DeliveryLog, DeliveryRecord } from '../store/delivery-log.js';
import { isStoreError } from '../store/store-error.js';
import type { Subscriber, SubscriberStore } from '../store/subscriber-store.js';
import { buildDigest, type Digest } from './build-digest.js';
import type { Clock } from '../core/clock.js';
import { offsetMinutes } from './local-time.js';
import type { Priority } from './outbound-queue.js';
import { clusterStories, type StoryClusters } from './story-clusters.js';
import { readingLanguage, textsLanguage, type Subscriptions } from './subscriptions.js';
import type { CatalogueLanguage } from '../messages/catalogue.js';

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
/** `language`: the readers' language code; absent, the overviewer's default. */
export type OverviewWriter = (digest: Digest, language?: string) => Promise<string | undefined>;

/**
 * Turns a digest into Telegram messages, each under the length limit. `localNow` is the
 * reader's wall-clock time expressed as if it were UTC, so the date shown is their date.
 */
/** Puts a digest into messages in the reader's texts (`textsLanguage`: a catalogue language). */
export type DigestRenderer = (digest: Digest, overview: string | undefined, localNow: number, textsLanguage: CatalogueLanguage) => string[];

export type SendNowResult =
  | { status: 'sent'; itemCount: number }
  | { status: 'nothing_new'; since: number; timeZone: string }
  | { status: 'no_topics' }
  | { status: 'failed'; reason: DeliveryFailureReason };

export interface FanOutReport {
  due: number;
  sent: number;
  /**
   * Digests an earlier run of their minute left unfinished, picked up where its record says. Each one's next
   * message may have been in flight (sent, not yet recorded) if that run died: the bound on duplicates.
   */
  resumed: number;
  /** Left for the next run because the run was stopped (shutdown). */
  interrupted: number;
  nothingNew: number;
  unreachable: number;
  failed: number;
  /** Distinct digests built: one per (topics, since, reader's date) combination. */
  digestsBuilt: number;
}

export interface DigestDelivery {
  /** /digest: one digest now, without moving the schedule; the "since" mark moves only once delivered. */
  sendNow(chatId: number): Promise<SendNowResult>;
  /**
   * Sends every scheduled digest due up to now, resuming any fan-out a restart cut short.
   * Once `signal` aborts, no further digest is started; one under way stays on record and is resumed next run.
   */
  runDue(signal?: AbortSignal): Promise<FanOutReport>;
}

export interface DigestDeliveryDependencies {
  pool: ArticlePool;
  subscribers: SubscriberStore;
  subscriptions: Subscriptions;
  deliveries: DeliveryLog;
  /**
   * Each scheduled digest is sent under a lease of its own (the store's coordination: in-process alone, Redis
   * for instances sharing one), so a run that took over the minute leaves alone a digest another run still sends.
   */
  leases: Pick<Coordination, 'tryLease'>;
  sender: DigestSender;
  render: DigestRenderer;
  writeOverview?: OverviewWriter;
  /** Summarizes the stories a digest shows that still await a summary (items from sources); absent: shown as they are. */
  completeStories?: (digest: Digest, language: string | undefined) => Promise<Digest>;
  clock: Clock;
  logger: Logger;
  settings: {
    maxItemsPerTopic: number;
    /** How far back a missed schedule is still honoured after downtime; default 7 days. */
    maxCatchUpMs?: number;
    /**
     * Subscribers served at once in a fan-out; default 50. Enough to keep the outbound queue busy at its
     * global rate, few enough that a shutdown waits for a handful of messages, not for the whole fan-out.
     */
    fanOutConcurrency?: number;
    /** How long a scheduled digest's lease lasts unrenewed; default DIGEST_LEASE_MS. */
    digestLeaseMs?: number;
  };
}

/** How far before a digest's window a summarized report still gives its summary to new reports of its story. */
const STORY_MEMORY_MS = 24 * 3_600_000;

/** A new subscriber's first digest covers this much of the pool. */
export const FIRST_DIGEST_WINDOW_MS = 24 * 3_600_000;
const MINUTE_MS = 60_000;

/** Thrown between messages when the run was stopped; the record stays so the next run resumes it. */
class FanOutInterrupted extends Error {
  override readonly name = 'FanOutInterrupted';
}

/** Thrown between messages when this run no longer holds the digest's lease: the run holding it now goes on. */
class DigestLeaseLost extends Error {
  override readonly name = 'DigestLeaseLost';
}

/**
 * How long a digest's lease lasts without being renewed. It is renewed before each of the digest's messages
 * and every third of this while one waits in the outbound queue (a 429 may hold it back for longer than
 * this). Short enough that most leases of an instance that died have lapsed when another takes over its
 * tick (8–12 s later); a digest whose lease is still held then is resumed by the next minute's run.
 */
export const DIGEST_LEASE_MS = 10_000;

/** Runs `work` on every item with at most `limit` at once; stops taking new items once `signal` aborts. */
async function forEachLimited<Item>(items: readonly Item[], limit: number, signal: AbortSignal | undefined, work: (item: Item) => Promise<void>) {
  let next = 0;
  const worker = async () => {
    while (next < items.length && !signal?.aborted) await work(items[next++] as Item);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

export function createDigestDelivery(deps: DigestDeliveryDependencies): DigestDelivery {
  const { pool, subscribers, subscriptions, deliveries, sender, clock, logger } = deps;
  const maxCatchUpMinutes = Math.ceil((deps.settings.maxCatchUpMs ?? 7 * 24 * 3_600_000) / MINUTE_MS);
  const fanOutConcurrency = Math.max(1, deps.settings.fanOutConcurrency ?? 50);
  const digestLeaseMs = deps.settings.digestLeaseMs ?? DIGEST_LEASE_MS;
  let running: Promise<FanOutReport> | undefined;

  const sinceOf = (subscriber: Subscriber, now: number) => subscriber.lastDigestAt ?? now - FIRST_DIGEST_WINDOW_MS;

  /**
   * Builds each distinct (topics, since, reader's date) digest once per run, and its overview once per content.
   * The pool is read from the oldest "since" any digest of the run needs, not whole: with feeds it holds far more
   * than a day's digests show.
   */
  function createBuilder(now: number) {
    const built = new Map<string, Promise<{ digest: Digest; parts: string[] }>>();
    // A digest covers the pool up to the millisecond before it was built: an article added in that very
    // millisecond may have landed just after the pool was read, and goes into the next digest instead of nowhere.
    const until = now - 1;
    let loaded: { from: number; read: Promise<{ articles: PoolArticle[]; clusters: StoryClusters }> } | undefined;

    /**
     * The pool from a day before `since` on, clustered: a report from that day that was summarized lends
     * its summary to new reports of the same story. Read once per run, and again only when a digest needs
     * older articles than read so far; the read is recorded before it is awaited, so the fan-out's digests,
     * which all start at once, share it.
     */
    function poolFrom(since: number) {
      const from = since - STORY_MEMORY_MS;
      if (loaded && loaded.from <= from) return loaded.read;
      const read = pool.listSince(from, now).then((articles) => ({ articles, clusters: clusterStories(articles) }));
      loaded = { from, read };
      return read;
    }

    return {
      until,
      get size() {
        return built.size;
      },
      build(subscriber: Subscriber) {
        const since = sinceOf(subscriber, now);
        const localNow = now + offsetMinutes(now, subscriber.timeZone) * MINUTE_MS;
        const language = readingLanguage(subscriber);
        const texts = textsLanguage(subscriber);
        // Subscribers share a digest when topics, "since" and languages match; the date in its header is each one's own.
        const key = `${subscriber.topics.join(',')}|${since}|${new Date(localNow).toISOString().slice(0, 10)}|${language ?? 'original'}|${texts}`;
        let entry = built.get(key);
        if (!entry) {
          entry = (async () => {
            const { articles, clusters } = await poolFrom(since);
            const selected = buildDigest(articles, clusters, {
              topics: subscriber.topics,
              since,
              until,
              maxItemsPerTopic: deps.settings.maxItemsPerTopic,
            });
            const digest = selected.itemCount > 0 && deps.completeStories ? await deps.completeStories(selected, language) : selected;
            const overview = digest.itemCount > 0 ? await writeOverviewSafely(digest, language) : undefined;
            return { digest, parts: digest.itemCount > 0 ? deps.render(digest, overview, localNow, texts) : [] };
          })();
          built.set(key, entry);
        }
        return entry;
      },
    };
  }

  async function writeOverviewSafely(digest: Digest, language: string | undefined): Promise<string | undefined> {
    if (!deps.writeOverview) return undefined;
    try {
      return await deps.writeOverview(digest, language);
    } catch (error) {
      // The digest goes out without its overview.
      logger.warn({ err: error }, 'digest overview failed; sending the digest without it');
      return undefined;
    }
  }

  /**
   * Sends the record's remaining parts; a scheduled run saves its progress after each. Under a `lease`, each
   * message goes only after the lease was renewed: a run stalled past its lease (its tick taken over
   * meanwhile) stops at its next message, so at most the one it had in flight goes out twice.
   */
  async function sendParts(chatId: number, runId: string, record: DeliveryRecord, priority: Priority, signal?: AbortSignal, lease?: Lease): Promise<void> {
    for (let index = record.sent; index < record.parts.length; index++) {
      if (signal?.aborted) throw new FanOutInterrupted(`chat ${chatId}: stopped after ${index} of ${record.parts.length} messages`);
      const lapsed = () => new DigestLeaseLost(`chat ${chatId}: the digest's lease lapsed after ${index} of ${record.parts.length} messages`);
      if (lease && !(await lease.extend(digestLeaseMs))) throw lapsed();
      await sender.send(chatId, record.parts[index] as string, priority);
      // Its progress is written only while the lease is still this run's: else it could go back over the record of the run holding it now.
      if (lease && !(await lease.extend(digestLeaseMs))) throw lapsed();
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

  /**
   * Delivers one subscriber's digest of `minute`, resuming a record an earlier run of that minute left.
   * `claimed_elsewhere`: another run claimed it first and its record stands; the minute must stay open.
   */
  async function deliverScheduled(
    chatId: number,
    minute: number,
    builder: ReturnType<typeof createBuilder>,
    now: number,
    report: FanOutReport,
    signal: AbortSignal | undefined,
  ): Promise<'claimed_elsewhere' | undefined> {
    const runId = `scheduled:${minute}`;
    let subscriber: Subscriber | undefined;
    try {
      subscriber = await subscribers.get(chatId);
    } catch (error) {
      // A record that does not match its schema will not match on the next run either: failing the run would retry
      // this minute, and hold back every digest after it, for ever. A store that is down fails the run (retried next minute).
      if (!(isStoreError(error) && error.code === 'malformed')) throw error;
      logger.error({ err: error, chatId }, 'subscriber record is malformed: no digest for them until it is repaired');
      report.failed++;
      return;
    }
    // A stale entry (moved, unsubscribed, paused) is skipped; the store already moved the real one.
    if (!subscriber || !subscriber.active || subscriber.topics.length === 0) return;
    if (subscriber.nextDigestAt === undefined || Math.floor(subscriber.nextDigestAt / MINUTE_MS) !== minute) return;
    report.due++;
    const lease = await deps.leases.tryLease(`digest:${chatId}:${runId}`, digestLeaseMs);
    if (!lease) {
      // Another run of this minute is sending it now (one that took over the tick while that one stalled, or the
      // stalled one itself): it is that run's to finish, and the minute stays open in case that run dies.
      logger.info({ chatId, runId }, 'digest being sent by another run; leaving it to that run');
      return 'claimed_elsewhere';
    }
    const keepAlive = setInterval(() => {
      lease.extend(digestLeaseMs).catch((error: unknown) => logger.warn({ err: error, chatId, runId }, 'could not renew a digest’s lease; it is renewed again before its next message'));
    }, digestLeaseMs / 3);
    keepAlive.unref();
    try {
      return await deliverLeased(chatId, runId, subscriber, builder, report, signal, lease);
    } finally {
      clearInterval(keepAlive);
      // A lease that cannot be released lapses on its own; the digest itself is done or on record either way.
      await lease.release().catch((error: unknown) => logger.warn({ err: error, chatId, runId }, 'could not release a digest’s lease; it lapses on its own'));
    }
  }

  async function deliverLeased(
    chatId: number,
    runId: string,
    subscriber: Subscriber,
    builder: ReturnType<typeof createBuilder>,
    report: FanOutReport,
    signal: AbortSignal | undefined,
    lease: Lease,
  ): Promise<'claimed_elsewhere' | undefined> {
    try {
      let record = await deliveries.get(chatId, runId);
      if (record) {
        // A run of this minute claimed it and stopped before the end: stopped gracefully, or its instance died
        // (then another took over the tick). The message at `sent` may have been in flight, sent but not yet
        // recorded: it goes out again, the one duplicate a resumed digest can cost.
        report.resumed++;
        logger.info({ chatId, runId, message: record.sent + 1, messages: record.parts.length }, 'resuming a digest an earlier run left unfinished; its next message may reach the reader twice');
      } else {
        const { digest, parts } = await builder.build(subscriber);
        if (digest.itemCount === 0) {
          report.nothingNew++;
          await subscriptions.markSkipped(chatId);
          return;
        }
        record = { parts, sent: 0, until: builder.until };
        if (!(await deliveries.claim(chatId, runId, record))) {
          // Another run of this minute claimed the digest between our read and now: its record and its sends stand.
          logger.warn({ chatId, runId }, 'digest already claimed by another run; leaving it to that run');
          return 'claimed_elsewhere';
        }
      }
      await sendParts(chatId, runId, record, 'bulk', signal, lease);
      await subscriptions.markDelivered(chatId, record.until, { scheduled: true });
      await deliveries.delete(chatId, runId);
      report.sent++;
    } catch (error) {
      if (error instanceof FanOutInterrupted) {
        // Neither skipped nor delivered: the record and the schedule stay, so the next run picks it up.
        report.interrupted++;
        return;
      }
      if (error instanceof DigestLeaseLost) {
        // The run that holds the lease now resumes the record; this one keeps the minute open in case that one dies.
        logger.warn({ chatId, runId, err: error }, 'lost a digest’s lease while sending it; another run finishes it');
        report.interrupted++;
        return 'claimed_elsewhere';
      }
      const reason = await handleFailure(chatId, runId, error);
      if (reason === 'failed') {
        report.failed++;
        // Tomorrow's digest still covers today's news: the "since" mark did not move.
        await subscriptions.markSkipped(chatId);
      } else report.unreachable++;
    }
  }

  async function runDueOnce(signal: AbortSignal | undefined): Promise<FanOutReport> {
    const now = clock.now();
    const nowMinute = Math.floor(now / MINUTE_MS);
    const storedCursor = await subscribers.getCursor();
    const cursor = storedCursor ?? nowMinute - 1;
    const report: FanOutReport = { due: 0, sent: 0, resumed: 0, interrupted: 0, nothingNew: 0, unreachable: 0, failed: 0, digestsBuilt: 0 };
    let builder: ReturnType<typeof createBuilder> | undefined;
    // A digest another run claimed first is that run's to finish; if that run dies (its instance killed), nobody
    // would, once the cursor passed its minute. So the cursor stays before it: the next run goes through the
    // minute again and resumes the record, or finds the subscriber's schedule moved on and skips them.
    let openMinute: number | undefined;
    for (let minute = Math.max(cursor + 1, nowMinute - maxCatchUpMinutes); minute <= nowMinute; minute++) {
      if (signal?.aborted) break;
      const chats = await subscribers.dueIn(minute);
      if (chats.length === 0) continue;
      builder ??= createBuilder(now);
      const activeBuilder = builder;
      await forEachLimited(chats, fanOutConcurrency, signal, async (chatId) => {
        if ((await deliverScheduled(chatId, minute, activeBuilder, now, report, signal)) === 'claimed_elsewhere') openMinute ??= minute;
      });
      // A stopped minute keeps its place: the next run goes through it again and finds who is still due.
      if (signal?.aborted) break;
      if (openMinute === undefined) await subscribers.setCursor(minute);
    }
    const doneThrough = openMinute === undefined ? nowMinute : openMinute - 1;
    if (!signal?.aborted && (storedCursor === undefined || storedCursor < doneThrough)) await subscribers.setCursor(doneThrough);
    report.digestsBuilt = builder?.size ?? 0;
    if (report.due > 0) logger.info({ ...report }, 'scheduled digests delivered');
    if (report.resumed > 0) {
      logger.warn(
        { possibleDuplicates: report.resumed },
        'resumed digests an earlier run left unfinished: at most this many messages went out twice (those in flight if that run died; none after a graceful stop)',
      );
    }
    return report;
  }

  return {
    async sendNow(chatId) {
      const subscriber = await subscribers.get(chatId);
      if (!subscriber || subscriber.topics.length === 0) return { status: 'no_topics' };
      const now = clock.now();
      const builder = createBuilder(now);
      const { digest, parts } = await builder.build(subscriber);
      if (digest.itemCount === 0) return { status: 'nothing_new', since: sinceOf(subscriber, now), timeZone: subscriber.timeZone };
      const runId = `now:${now}`;
      try {
        await sendParts(chatId, runId, { parts, sent: 0, until: builder.until }, 'interactive');
      } catch (error) {
        return { status: 'failed', reason: await handleFailure(chatId, runId, error) };
      }
      await subscriptions.markDelivered(chatId, builder.until, { scheduled: false });
      return { status: 'sent', itemCount: digest.itemCount };
    },
    runDue(signal) {
      // One run at a time: a slow fan-out and the next tick must not deliver the same minute twice.
      running ??= runDueOnce(signal).finally(() => (running = undefined));
      return running;
    },
  };
}
