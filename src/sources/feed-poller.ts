import { withLease, type Coordination } from '../store/coordination.js';
import { createHash } from 'node:crypto';
import { setMaxListeners } from 'node:events';
import type { Clock } from '../core/clock.js';
import { FetchError } from '../extract/fetch-error.js';
import type { FetchedResource, Fetcher } from '../extract/safe-fetch.js';
import { FEED_ACCEPT } from '../feeds/feed-media-types.js';
import { FeedError, type FeedItem, type ParsedFeed } from '../feeds/feed-types.js';
import type { Logger } from '../logger.js';
import type { SourceEntry, SourceHealth, SourceRecord, SourceStore } from '../store/source-store.js';
import { createDueQueue, type DueQueue } from './due-queue.js';
import { createHostLimiter } from './host-limiter.js';
import { selectNewItems } from './new-items.js';
import {
  cacheLifetimeMs,
  DEACTIVATE_AFTER_FAILING_MS,
  DAY_MS,
  failureIntervalMs,
  FIRST_ROUND_MS,
  MAX_BACKOFF_MS,
  MINUTE_MS,
  nextCheckAt,
  spreadOverFirstRound,
  successIntervalMs,
  utcDay,
} from './poll-schedule.js';

/** Reads feed bytes (the parser decodes them itself); throws FeedError when they are no feed. */
export type ParseFeed = (bytes: Uint8Array, options: { url: string; contentType?: string }) => ParsedFeed | Promise<ParsedFeed>;

export interface FeedPollerSettings {
  /** The configured wait between two checks of a feed (SOURCE_POLL_MINUTES); a feed's caching hints may stretch it, never shorten it. */
  pollIntervalMs: number;
  /** Feed requests in flight at once, overall. Default 8. */
  maxInFlight?: number;
  /** Feed requests in flight at once to one host. Default 2. */
  maxPerHost?: number;
}

export interface FeedPollerDependencies {
  sources: SourceStore;
  fetcher: Pick<Fetcher, 'fetchResource'>;
  parseFeed: ParseFeed;
  /** Receives a check's new items (at most 20), in the feed's order; its result is ignored. Items are marked seen only once it resolves. */
  admit: (source: SourceRecord, items: FeedItem[]) => Promise<unknown>;
  /**
   * Told when a source is deactivated: its name as admins know it (title and URL) and why, as the
   * poller recorded it in the source's health (a technical cause, in English).
   */
  notifyAdmins: (deactivation: { name: string; reason: string }) => Promise<void>;
  /** Several instances on one store: each feed is checked under a lease, by one of them at a time. Absent: this process alone. */
  coordination?: Pick<Coordination, 'tryLease'>;
  clock: Clock;
  logger: Logger;
  /** Jitter and spreading. Default Math.random. */
  random?: () => number;
  settings: FeedPollerSettings;
}

/** What one check did, for logs and for an admin who asked for a check. */
export interface CheckReport {
  sourceId: string;
  /**
   * read: the feed was parsed (`admitted` may be 0); not_modified: a 304; unchanged: the same bytes as
   * last time, not parsed again; failed: see `error`; skipped: see `skipped`.
   */
  outcome: 'read' | 'not_modified' | 'unchanged' | 'failed' | 'skipped';
  /** Items handed to `admit`. */
  admitted: number;
  /** New items marked seen without being handed on: the first check's backlog, or beyond the per-check cap. */
  passedOver: number;
  error?: string;
  skipped?: 'missing' | 'channel' | 'deactivated' | 'stopped' | 'elsewhere';
  /** Set when this check deactivated the source: why. */
  deactivated?: string;
  /** Set when this check found the feed moved for good (301/308): the new URL, now stored. */
  movedTo?: string;
  /** When the source is checked next; absent when it is not any more. */
  nextCheckAt?: number;
}

export interface FeedPoller {
  /** Reads every source and starts checking: those due within the first minute, spread over it; the rest when they are due. */
  start(): void;
  /** Stops checking: requests under way are aborted, nothing is left scheduled. Resolves once every check has ended. */
  stop(): Promise<void>;
  /** A source was just added (or reactivated): check it within a minute. Does nothing before start, which reads every source anyway. */
  schedule(sourceId: string): Promise<void>;
  /** Checks one source now (an admin asked), through the same request limits; joins a check of it already under way. */
  checkNow(sourceId: string): Promise<CheckReport>;
}

/** A feed check holds its lease this long, extended while it runs (a fetch times out well before). */
const CHECK_LEASE_MS = 60_000;
const DEFAULT_MAX_IN_FLIGHT = 8;
const DEFAULT_MAX_PER_HOST = 2;

const sha256Hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    // An unusable URL fails in the fetcher with a proper error; it still needs a slot key.
    return url;
  }
}

function describeError(error: unknown): string {
  if (error instanceof FetchError) return error.message;
  if (error instanceof FeedError) return `not a readable feed (${error.code}): ${error.message}`;
  return error instanceof Error ? error.message : String(error);
}

/** How a source is named to admins: its title and URL, or just the URL. */
function nameOf(source: SourceRecord): string {
  return source.title ? `"${source.title}" (${source.url})` : source.url;
}

/**
 * Waits `ms` on the clock, or until `signal` aborts, whether or not the clock itself listens to
 * signals. An infinite wait sets no timer at all: only the signal ends it.
 */
async function sleepUnlessWoken(clock: Clock, ms: number, signal: AbortSignal): Promise<void> {
  if (signal.aborted) return;
  let onAbort = (): void => {};
  const aborted = new Promise<void>((resolve) => {
    onAbort = resolve;
    signal.addEventListener('abort', onAbort, { once: true });
  });
  await (Number.isFinite(ms) ? Promise.race([clock.sleep(Math.max(0, ms), signal), aborted]) : aborted);
  signal.removeEventListener('abort', onAbort);
}

/** What came of fetching (and maybe reading) a feed, before it is written down. */
type Success =
  | { kind: 'not_modified' | 'unchanged' }
  | { kind: 'read'; feed: ParsedFeed; bodyHash: string; admitted: number; passedOver: number };

/**
 * Polls feeds as a good citizen: conditional requests, a few requests at a time and at most two per
 * host, waits stretched by the feed's own caching hints and by failures, Retry-After honoured, moved
 * feeds followed, dead ones deactivated (admins told once). Only new items are handed on.
 *
 * Schedule: each check writes the source's `nextCheckAt`, so a restart continues where it was. At
 * start, sources already due are spread over the first minute; after its first check in a run
 * (success or failure) a source takes a random place in the next interval, so the load is even from
 * the second round on; later waits are the interval (stretched or backed off) plus up to 10% jitter.
 */
export function createFeedPoller(dependencies: FeedPollerDependencies): FeedPoller {
  const { sources, fetcher, parseFeed, admit, notifyAdmins, clock, logger, random = Math.random, settings, coordination } = dependencies;
  const baseMs = settings.pollIntervalMs;
  if (!(baseMs > 0)) throw new RangeError(`pollIntervalMs must be positive, not ${baseMs}`);
  const limiter = createHostLimiter({
    maxInFlight: settings.maxInFlight ?? DEFAULT_MAX_IN_FLIGHT,
    maxPerHost: settings.maxPerHost ?? DEFAULT_MAX_PER_HOST,
  });
  /** Sources added without schedule() (straight into the store) are picked up this often, while any feed is scheduled. */
  const resyncMs = baseMs;

  let queue: DueQueue = createDueQueue();
  const running = new Map<string, Promise<CheckReport>>();
  /** Sources that already had their first check in this run: their next one keeps its place. */
  const phased = new Set<string>();
  let run: { controller: AbortController; loop: Promise<void> } | undefined;
  /** Aborting it wakes the loop from its sleep: something became due earlier. */
  let loopAlarm = new AbortController();
  /** The signal of checks made while not running (checkNow before start): never aborted. */
  const outsideRun = new AbortController().signal;

  const wakeLoop = () => loopAlarm.abort();

  const skipped = (sourceId: string, reason: NonNullable<CheckReport['skipped']>): CheckReport => ({
    sourceId,
    outcome: 'skipped',
    admitted: 0,
    passedOver: 0,
    skipped: reason,
  });

  function conditionalHeaders(health: SourceHealth): Record<string, string> {
    return {
      ...(health.etag !== undefined && { 'if-none-match': health.etag }),
      ...(health.lastModified !== undefined && { 'if-modified-since': health.lastModified }),
    };
  }

  function countToday(health: SourceHealth, now: number, admitted: number): SourceHealth['itemsToday'] {
    const day = utcDay(now);
    return { day, count: (health.itemsToday.day === day ? health.itemsToday.count : 0) + admitted };
  }

  async function recordSuccess(entry: SourceEntry, resource: FetchedResource, success: Success): Promise<CheckReport> {
    const id = entry.source.id;
    const now = clock.now();
    let movedTo: string | undefined;
    if (resource.permanentUrl !== entry.source.url) {
      const owner = await sources.findByUrl(resource.permanentUrl);
      if (owner === undefined || owner.source.id === id) movedTo = resource.permanentUrl;
      else logger.warn({ sourceId: id, url: entry.source.url, movedTo: resource.permanentUrl, otherSource: owner.source.id }, 'feed moved to the URL of another source; keeping the old URL');
    }
    const ttlMinutes = success.kind === 'read' ? success.feed.ttlMinutes : entry.health.ttlMinutes;
    const intervalMs = successIntervalMs(baseMs, { cacheLifetimeMs: cacheLifetimeMs(resource.headers, now), ttlMinutes });
    const next = nextCheckAt({ checkedAt: now, intervalMs, random: random(), rephase: !phased.has(id) });
    const admitted = success.kind === 'read' ? success.admitted : 0;
    const updated = await sources.update(id, (current) => {
      const validators =
        success.kind === 'read'
          ? // A 200 carries the whole truth about validators: one it no longer sends is gone.
            { etag: resource.headers.etag, lastModified: resource.headers['last-modified'] }
          : // A 304 may refresh them; the same bytes again leave them as they were.
            { etag: resource.headers.etag ?? current.health.etag, lastModified: resource.headers['last-modified'] ?? current.health.lastModified };
      const health: SourceHealth = {
        ...current.health,
        ...validators,
        ...(success.kind === 'read' && {
          bodyHash: success.bodyHash,
          checkedOnce: true,
          feedLength: success.feed.items.length,
          ttlMinutes: success.feed.ttlMinutes,
        }),
        nextCheckAt: next,
        lastCheckAt: now,
        lastSuccessAt: now,
        consecutiveFailures: 0,
        failingSince: undefined,
        lastError: undefined,
        retryAfterUntil: undefined,
        itemsTaken: current.health.itemsTaken + admitted,
        itemsToday: countToday(current.health, now, admitted),
      };
      const feedTitle = success.kind === 'read' ? success.feed.title?.trim() : undefined;
      const source: SourceRecord = {
        ...current.source,
        ...(current.source.title === undefined && feedTitle && { title: feedTitle }),
        // Only if nobody changed the URL meanwhile.
        ...(movedTo !== undefined && current.source.url === entry.source.url && { url: movedTo }),
      };
      return { source, health };
    });
    if (updated === undefined) return skipped(id, 'missing'); // removed while it was being checked
    phased.add(id);
    if (movedTo !== undefined) logger.info({ sourceId: id, from: entry.source.url, to: movedTo }, 'feed moved for good; following it');
    return {
      sourceId: id,
      outcome: success.kind,
      admitted,
      passedOver: success.kind === 'read' ? success.passedOver : 0,
      ...(movedTo !== undefined && { movedTo }),
      nextCheckAt: next,
    };
  }

  async function recordFailure(entry: SourceEntry, error: unknown): Promise<CheckReport> {
    const id = entry.source.id;
    const now = clock.now();
    const message = describeError(error);
    const failures = entry.health.consecutiveFailures + 1;
    const failingSince = entry.health.failingSince ?? now;
    const retryAfterMs = error instanceof FetchError ? error.retryAfterMs : undefined;
    // A server asking for a year's pause is not obeyed beyond the longest back-off; 14 days of failing still deactivates.
    const retryAfterUntil = retryAfterMs === undefined ? undefined : now + Math.min(retryAfterMs, MAX_BACKOFF_MS);
    // A first check that fails takes its place in the interval too, or the feeds failing at start would stay bunched.
    const backedOff = nextCheckAt({ checkedAt: now, intervalMs: failureIntervalMs(baseMs, failures), random: random(), rephase: !phased.has(id) });
    // The check that decides on deactivation comes when the 14 days are up, not up to a day of back-off later.
    const deadline = failingSince + DEACTIVATE_AFTER_FAILING_MS;
    const next = Math.max(deadline > now ? Math.min(backedOff, deadline) : backedOff, retryAfterUntil ?? 0);
    const gone = error instanceof FetchError && error.code === 'http_status' && error.status === 410;
    const reason = gone
      ? 'it answered 410 Gone: the site has taken it down'
      : now - failingSince >= DEACTIVATE_AFTER_FAILING_MS
        ? `every check has failed for ${Math.floor((now - failingSince) / DAY_MS)} days (last error: ${message})`
        : undefined;
    let deactivatedNow = false;
    const updated = await sources.update(id, (current) => {
      deactivatedNow = reason !== undefined && current.health.deactivated === undefined;
      return {
        source: current.source,
        health: {
          ...current.health,
          nextCheckAt: next,
          lastCheckAt: now,
          consecutiveFailures: current.health.consecutiveFailures + 1,
          failingSince: current.health.failingSince ?? now,
          lastError: message,
          retryAfterUntil,
          ...(deactivatedNow && reason !== undefined && { deactivated: { at: now, reason } }),
        },
      };
    });
    if (updated === undefined) return skipped(id, 'missing');
    phased.add(id);
    const base = { sourceId: id, outcome: 'failed' as const, admitted: 0, passedOver: 0, error: message };
    if (!deactivatedNow || reason === undefined) {
      logger.warn({ err: error, sourceId: id, url: entry.source.url, consecutiveFailures: failures, nextCheckAt: next }, 'feed check failed');
      return { ...base, nextCheckAt: next };
    }
    logger.warn({ err: error, sourceId: id, url: entry.source.url, reason }, 'feed deactivated');
    try {
      await notifyAdmins({ name: nameOf(updated.source), reason });
    } catch (notifyError) {
      logger.error({ err: notifyError, sourceId: id }, 'could not tell the admins about a deactivated feed');
    }
    return { ...base, deactivated: reason };
  }

  /** One check from start to end; never rejects. */
  /**
   * Checks a feed under its lease, so that of several instances on one store only one checks it at a
   * time; the source is read again under the lease, and one another instance has just checked is not
   * due any more: this instance takes its next check time from the store instead.
   */
  async function check(id: string, signal: AbortSignal): Promise<CheckReport> {
    if (!coordination) return checkHeld(id, signal);
    const attempt = await withLease(coordination, `source-check:${id}`, CHECK_LEASE_MS, () => checkHeld(id, signal), (error) =>
      logger.warn({ err: error, sourceId: id }, 'lost the lease on a feed check under way; another instance may check it too'),
    );
    // Another instance is checking it now; the store will say when it is due next.
    return attempt.ran ? attempt.result : { ...skipped(id, 'elsewhere'), nextCheckAt: clock.now() + baseMs };
  }

  async function checkHeld(id: string, signal: AbortSignal): Promise<CheckReport> {
    const entry = await sources.get(id);
    if (entry === undefined) return skipped(id, 'missing');
    // Checked by another instance since this one scheduled it: not due, and next due when the store says.
    if (coordination && entry.health.nextCheckAt > clock.now() && entry.health.lastCheckAt !== undefined && entry.health.lastCheckAt > clock.now() - baseMs) {
      return { ...skipped(id, 'elsewhere'), nextCheckAt: entry.health.nextCheckAt };
    }
    if (entry.source.kind !== 'feed') return skipped(id, 'channel');
    if (entry.health.deactivated !== undefined) return skipped(id, 'deactivated');

    let release: () => void;
    try {
      release = await limiter.acquire(hostOf(entry.source.url), signal);
    } catch {
      return skipped(id, 'stopped');
    }
    let resource: FetchedResource;
    try {
      resource = await fetcher.fetchResource(entry.source.url, { accept: FEED_ACCEPT, headers: conditionalHeaders(entry.health), signal });
    } catch (error) {
      // Stopping is not the feed's fault: nothing is written, and the next start checks it first.
      if (signal.aborted) return skipped(id, 'stopped');
      return recordFailure(entry, error);
    } finally {
      // Parsing and handing items on are not requests: the slot goes to the next feed now.
      release();
    }

    if (resource.status === 304) return recordSuccess(entry, resource, { kind: 'not_modified' });
    const bodyHash = sha256Hex(resource.bytes);
    if (bodyHash === entry.health.bodyHash) return recordSuccess(entry, resource, { kind: 'unchanged' });

    let feed: ParsedFeed;
    try {
      const contentType = resource.headers['content-type'];
      feed = await parseFeed(resource.bytes, { url: resource.url, ...(contentType !== undefined && { contentType }) });
    } catch (error) {
      if (!(error instanceof FeedError)) logger.error({ err: error, sourceId: id, url: resource.url }, 'the feed parser failed unexpectedly');
      else logger.warn({ err: error, cause: error.cause, sourceId: id, url: resource.url }, 'feed could not be read');
      return recordFailure(entry, error);
    }

    const selection = selectNewItems({
      items: feed.items,
      seen: await sources.getSeen(id),
      firstCheck: !entry.health.checkedOnce,
      nowMs: clock.now(),
    });
    if (selection.admit.length > 0) {
      const feedTitle = feed.title?.trim();
      const source = entry.source.title === undefined && feedTitle ? { ...entry.source, title: feedTitle } : entry.source;
      try {
        await admit(source, selection.admit);
      } catch (error) {
        // Not the feed's fault, and nothing is marked seen or remembered: the next check reads it all again and retries.
        logger.error({ err: error, sourceId: id, items: selection.admit.length }, 'could not hand new feed items on; retrying at the next check');
        const next = clock.now() + baseMs;
        await sources.update(id, (current) => ({
          ...current,
          health: { ...current.health, nextCheckAt: next, lastCheckAt: clock.now(), lastError: `new items could not be handed on: ${describeError(error)}` },
        }));
        return { sourceId: id, outcome: 'failed', admitted: 0, passedOver: 0, error: describeError(error), nextCheckAt: next };
      }
    }
    if (selection.seenChanged) await sources.setSeen(id, selection.seen);
    return recordSuccess(entry, resource, {
      kind: 'read',
      feed,
      bodyHash,
      admitted: selection.admit.length,
      passedOver: selection.passedOver,
    });
  }

  function launch(id: string, signal: AbortSignal): Promise<CheckReport> {
    const underWay = running.get(id);
    if (underWay !== undefined) return underWay;
    const started = check(id, signal)
      .catch((error: unknown): CheckReport => {
        // The store failed us, not the feed: try again after the usual wait, without writing anything.
        logger.error({ err: error, sourceId: id }, 'feed check could not be completed');
        return { sourceId: id, outcome: 'failed', admitted: 0, passedOver: 0, error: describeError(error), nextCheckAt: clock.now() + baseMs };
      })
      .then((report) => {
        running.delete(id);
        logger.debug({ ...report }, 'feed checked');
        if (run !== undefined && !run.controller.signal.aborted && report.nextCheckAt !== undefined) {
          queue.set(id, report.nextCheckAt);
          wakeLoop();
        }
        return report;
      });
    running.set(id, started);
    return started;
  }

  /**
   * Puts every active feed not yet scheduled on the schedule: those already due spread over the minute
   * from `from` (the moment start() was called, however long the store took to answer).
   */
  async function scheduleFromStore(signal: AbortSignal, from: number): Promise<void> {
    const entries = await sources.list();
    if (signal.aborted) return;
    const now = from;
    const waiting = entries.filter(
      ({ source, health }) => source.kind === 'feed' && health.deactivated === undefined && !queue.has(source.id) && !running.has(source.id),
    );
    const due = waiting.filter(({ health }) => health.nextCheckAt <= now).sort((a, b) => a.health.nextCheckAt - b.health.nextCheckAt);
    spreadOverFirstRound(now, due.length, random).forEach((at, index) => {
      const id = due[index]?.source.id;
      if (id !== undefined) queue.set(id, at);
    });
    for (const { source, health } of waiting) {
      if (health.nextCheckAt <= now) continue;
      // Scheduled by a previous run: its place in the interval is kept.
      queue.set(source.id, health.nextCheckAt);
      phased.add(source.id);
    }
  }

  async function loop(signal: AbortSignal, startedAt: number): Promise<void> {
    let nextResyncAt = startedAt;
    let firstRead = true;
    while (!signal.aborted) {
      const now = clock.now();
      if (now >= nextResyncAt) {
        try {
          // "Within a minute of start" counts from start(), not from whenever the store answered.
          await scheduleFromStore(signal, firstRead ? startedAt : now);
          firstRead = false;
          nextResyncAt = now + resyncMs;
        } catch (error) {
          logger.error({ err: error }, 'could not read the sources; trying again in a minute');
          nextResyncAt = now + MINUTE_MS;
        }
        continue;
      }
      for (const id of queue.takeDue(now)) void launch(id, signal);
      loopAlarm = new AbortController();
      // With no feed to check, the poller holds no timer: schedule() or a finishing check wakes it.
      const wakeAt = queue.size === 0 ? Number.POSITIVE_INFINITY : Math.min(queue.nextAt() ?? Number.POSITIVE_INFINITY, nextResyncAt);
      await sleepUnlessWoken(clock, wakeAt - now, loopAlarm.signal);
    }
  }

  return {
    start() {
      if (run !== undefined) return;
      const controller = new AbortController();
      // Every check waiting for a slot or a response listens to it: thousands at a time are expected, not a leak.
      setMaxListeners(0, controller.signal);
      queue = createDueQueue();
      phased.clear();
      const loopDone = loop(controller.signal, clock.now()).catch((error: unknown) => logger.error({ err: error }, 'feed polling stopped with an error'));
      run = { controller, loop: loopDone };
    },

    async stop() {
      const current = run;
      run = undefined;
      if (current !== undefined) {
        current.controller.abort(new Error('the feed poller is stopping'));
        wakeLoop();
        await current.loop;
        queue = createDueQueue();
      }
      await Promise.all(running.values());
    },

    async schedule(sourceId) {
      if (run === undefined || running.has(sourceId)) return;
      const entry = await sources.get(sourceId);
      if (run === undefined || entry === undefined || entry.source.kind !== 'feed' || entry.health.deactivated !== undefined) return;
      const soon = clock.now() + Math.floor(random() * FIRST_ROUND_MS);
      const scheduled = queue.dueAt(sourceId);
      if (scheduled !== undefined && scheduled <= soon) return;
      queue.set(sourceId, soon);
      phased.delete(sourceId);
      wakeLoop();
    },

    checkNow(sourceId) {
      queue.delete(sourceId);
      return launch(sourceId, run?.controller.signal ?? outsideRun);
    },
  };
}
