/**
 * What sources cost in LLM calls. Feed items join the pool with no LLM call; a story is
 * summarized only when a digest somebody receives is about to show it, once. Both runs
 * use the real intake, pool, story summaries, summary service (and its cache), digest
 * build, rendering and delivery, in process on a memory store and a virtual wall clock,
 * wired as src/main.ts wires them; only the LLM, the page loads and Telegram are fakes.
 *
 * - A simulated day: feed items arrive minute by minute, subscribers in several time zones
 *   get their scheduled digest, a few ask for /digest. The figure is LLM calls per story
 *   shown (target 1.00) and per item ingested.
 * - The 08:00 rush: everyone due at once over a pool nobody has summarized yet, with an
 *   LLM that takes real seconds. The figure is the real time to the first and last digest.
 *
 * Run on its own: `npx tsx bench/source-cost.ts`.
 */
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';
import { createConfig } from '../src/config.js';
import type { Article } from '../src/core/article.js';
import { TOPIC_SLUGS, type Topic } from '../src/core/topics.js';
import { createDigestDelivery, FIRST_DIGEST_WINDOW_MS, type DigestRenderer, type FanOutReport } from '../src/digest/digest-delivery.js';
import { createCatalogue } from '../src/messages/catalogue.js';
import { renderDigest } from '../src/digest/format-digest.js';
import { offsetMinutes, parseClockTime } from '../src/digest/local-time.js';
import { clusterStories } from '../src/digest/story-clusters.js';
import { createStorySummaries } from '../src/digest/story-summaries.js';
import { createSubscriptions } from '../src/digest/subscriptions.js';
import { canonicalizeUrl } from '../src/extract/canonicalize-url.js';
import type { FeedItem } from '../src/feeds/feed-types.js';
import { escapeHtml } from '../src/format/telegram-html.js';
import { createArticleIntake, poolIdOf, type IntakeSource } from '../src/ingest/article-intake.js';
import type { Logger } from '../src/logger.js';
import { createArticlePool } from '../src/store/article-pool.js';
import { createDeliveryLog } from '../src/store/delivery-log.js';
import { createKeyedLock } from '../src/store/keyed-lock.js';
import { openStore } from '../src/store/open-store.js';
import { createStats } from '../src/store/stats-store.js';
import { createSubscriberStore } from '../src/store/subscriber-store.js';
import { createSummaryCache } from '../src/store/summary-cache.js';
import { createTokenBudget } from '../src/store/token-budget.js';
import { createExtractiveSummarizer } from '../src/summarize/extractive-summarizer.js';
import { createSummaryService } from '../src/summarize/summary-service.js';
import { createFakeSummarizer, summaryResultFor } from '../tests/support/fake-summarizer.js';
import { createVirtualClock, type VirtualClock } from '../tests/support/virtual-clock.js';
import { createRandom, type Random } from './seeded-random.js';

export interface SourceCostOptions {
  /** Feed items arriving over the simulated day; default 2,000. */
  items?: number;
  /** Feeds they come from, each on one topic; default 50. */
  feeds?: number;
  /** Share of items that are the same story told by 2–3 feeds in their own words; default 0.15. */
  sameStoryShare?: number;
  /** Subscribers of the simulated day; default 100. */
  subscribers?: number;
  /** /digest requests during the day, by random subscribers at random minutes; default 5. */
  digestRequests?: number;
  /** Subscribers all due at 08:00 in the rush; default 300. */
  rushSubscribers?: number;
  /** Unsummarized items in the pool at 08:00; default 400. */
  rushItems?: number;
  /** Real time one fake-LLM call takes in the rush, ms; default 1,500. */
  llmLatencyMs?: number;
  /** Real time one page load takes in the rush, ms; default 200. */
  pageLoadMs?: number;
}

export interface SimulatedDayFigures {
  feeds: number;
  /** Feeds that carry each article's whole text; the others' stories cost a page load when shown. */
  fullTextFeeds: number;
  subscribers: number;
  /** Feed items handed to the intake. */
  itemsIngested: number;
  /** Of them, items telling a story another feed tells too. */
  itemsInSharedStories: number;
  /** Of them, items that joined the pool as new articles. */
  itemsAdded: number;
  /** Stories the generator wrote (a story told by three feeds is one). */
  storiesWritten: number;
  /** Stories in the day's whole pool as story clustering sees them. */
  storiesInPool: number;
  /** Clusters holding more than one written story (wrongly merged). */
  clustersMerged: number;
  /** Written stories spread over more than one cluster (not recognised as one). */
  storiesSplit: number;
  scheduledDigests: number;
  onDemandDigests: number;
  /** Scheduled digests that had nothing new and sent nothing. */
  nothingNew: number;
  /** Distinct lead articles (DigestItem.leadId) in at least one delivered digest. */
  storiesShown: number;
  /** Distinct written stories in at least one delivered digest. */
  writtenStoriesShown: number;
  llmCalls: number;
  pageFetches: number;
  /** Leads the LLM summarized more than once. */
  leadsSummarizedTwice: number;
  /** LLM calls for an article no delivered digest led with. */
  callsForUnshownArticles: number;
  /** Written stories summarized through more than one lead, and the calls beyond one each. */
  storiesWithSeveralLeads: number;
  extraCallsFromSeveralLeads: number;
  /** Of them, stories whose leads the day's whole pool clusters as one story (not a clustering split). */
  severalLeadsInOneCluster: number;
  /** Stories shown led by a later lead (not the first one the LLM summarized for that written story). */
  laterLeadShows: number;
  /** Of them, shows that leave out a report of the story older than their lead: the digest's window began after it. */
  laterLeadShowsLeavingOutEarlierReports: number;
  /** Chats shown a later lead, and of them those that got two digests that day (scheduled and /digest). */
  laterLeadReaders: number;
  laterLeadReadersWithTwoDigests: number;
  /** (chat, written story) pairs shown under two different leads: the same news twice, summarized twice. */
  readersShownAStoryTwice: number;
  warnings: string[];
  /** Real time of the whole simulated day. */
  wallMs: number;
}

export interface MorningRushFigures {
  subscribers: number;
  poolItems: number;
  llmLatencyMs: number;
  pageLoadMs: number;
  /** Pool reads (listSince, each followed by clustering) the 08:00 run made. */
  poolReads: number;
  /** Real time of one pool read and clustering of the same pool, timed alone after the run. */
  onePoolReadMs: number;
  /** Real time from the 08:00 runDue() call to the first LLM call. */
  firstLlmCallMs: number;
  /** Stories in the first digest message sent. */
  firstDigestStories: number;
  /** Real time from the 08:00 runDue() call to the first digest message sent. */
  firstDigestMs: number;
  /** …to the last digest message sent. */
  lastDigestMs: number;
  /** …to runDue() resolving. */
  runMs: number;
  digestsDelivered: number;
  digestMessages: number;
  /** Distinct digests built: one per (topics, since, reader's date). */
  digestsBuilt: number;
  storiesShown: number;
  llmCalls: number;
  pageFetches: number;
  warnings: string[];
}

export interface SourceCostFigures {
  day: SimulatedDayFigures;
  rush: MorningRushFigures;
}

const MINUTE_MS = 60_000;
const DAY_MINUTES = 24 * 60;
const DAY_START = Date.parse('2026-11-25T00:00:00Z');
const RUSH_MINUTE = 8 * 60;
/** A multi-source story's later reports come within this many minutes of the first. */
const FOLLOW_UP_MINUTES = 180;
/** Words of a feed's full text: above the 150 from which the intake keeps it as the whole article. */
const FULL_TEXT_WORDS = 180;
/** Words each story is told in; every report of it draws on them, plus a few words of its own. */
const STORY_VOCABULARY = 14;
const REPORT_OWN_WORDS = 3;
const ZONES = [
  'UTC',
  'Europe/London',
  'Europe/Berlin',
  'Europe/Moscow',
  'Asia/Kolkata',
  'Asia/Tokyo',
  'Australia/Sydney',
  'America/New_York',
  'America/Chicago',
  'America/Los_Angeles',
  'America/Sao_Paulo',
];


const pick = <Item>(random: Random, items: readonly Item[]): Item => items[Math.floor(random() * items.length)] as Item;

/** `count` distinct items of `items`, in random order. */
function sample<Item>(random: Random, items: readonly Item[], count: number): Item[] {
  const rest = [...items];
  const chosen: Item[] = [];
  while (chosen.length < count && rest.length > 0) chosen.push(...rest.splice(Math.floor(random() * rest.length), 1));
  return chosen;
}

/**
 * Made-up words of three syllables, never one used before: six letters, which story clustering's
 * stemming keeps whole, so two stories share a word only when the generator means them to.
 */
function createWordMaker(random: Random) {
  const syllables = [...'bdfgklmnprstvz'].flatMap((consonant) => [...'aeiou'].map((vowel) => consonant + vowel));
  const used = new Set<string>();
  return () => {
    for (;;) {
      const word = pick(random, syllables) + pick(random, syllables) + pick(random, syllables);
      if (!used.has(word)) {
        used.add(word);
        return word;
      }
    }
  };
}

/** A story as a digest message showed it: the article it led with and every report listed. */
interface ShownStory {
  leadId: string;
  sourceIds: string[];
}

interface SentMessage {
  chatId: number;
  /** Real time (performance.now()) it was handed to the sender. */
  at: number;
  stories: ShownStory[];
}

interface BenchFeed extends IntakeSource {
  host: string;
  topic: Topic;
  /** The feed carries each article's whole text (content:encoded), so summarizing it needs no page load. */
  carriesFullText: boolean;
}

interface GeneratedItem {
  feed: BenchFeed;
  arrivalMinute: number;
  /** The written story it tells. */
  story: number;
  item: FeedItem;
  /** What loading its link gives. */
  page: Article;
}

function createFeeds(count: number): BenchFeed[] {
  // A third of feeds carry the whole text: the rest cost a page load when their story is shown.
  return Array.from({ length: count }, (_, index) => {
    const topic = TOPIC_SLUGS[index % TOPIC_SLUGS.length] as Topic;
    return { name: `Feed ${index}`, host: `feed${index}.example`, topic, topics: [topic], carriesFullText: index % 3 === 0 };
  });
}

const sentence = (words: readonly string[]) => `${words.join(' ').replace(/^./, (first) => first.toUpperCase())}.`;

/** `count` words drawn from the story's words, one in five from the report's own. */
function drawWords(random: Random, storyWords: readonly string[], ownWords: readonly string[], count: number): string[] {
  return Array.from({ length: count }, () => (random() < 0.2 ? pick(random, ownWords) : pick(random, storyWords)));
}

/** One report of a story, as a feed item and as its page: the feed's own headline and wording of the story's words. */
function writeReport(random: Random, makeWord: () => string, feed: BenchFeed, story: number, report: number, storyWords: readonly string[], arrivalMinute: number): GeneratedItem {
  const ownWords = Array.from({ length: REPORT_OWN_WORDS }, makeWord);
  const title = sentence([...sample(random, storyWords, 5), pick(random, ownWords)]).slice(0, -1);
  const snippet = [sentence(drawWords(random, storyWords, ownWords, 14)), sentence(drawWords(random, storyWords, ownWords, 14))].join(' ');
  const paragraphs = Array.from({ length: FULL_TEXT_WORDS / 15 }, () => sentence(drawWords(random, storyWords, ownWords, 15)));
  const fullText = [snippet, ...paragraphs].join('\n\n');
  const url = `https://${feed.host}/2026/11/25/story-${story}-${report}`;
  return {
    feed,
    arrivalMinute,
    story,
    item: {
      id: url,
      title,
      url,
      publishedAt: new Date(DAY_START + arrivalMinute * MINUTE_MS).toISOString(),
      summary: snippet,
      content: feed.carriesFullText ? fullText : undefined,
    },
    page: { text: fullText, title, siteName: feed.name, url, language: 'en' },
  };
}

/**
 * `count` feed items arriving over `spanMinutes`: about `sameStoryShare` of them are stories
 * told by 2–3 feeds of the story's topic within a few hours, the rest stories told once.
 */
function generateItems(random: Random, feeds: readonly BenchFeed[], count: number, sameStoryShare: number, spanMinutes: number): GeneratedItem[] {
  const makeWord = createWordMaker(random);
  const reportCounts: number[] = [];
  let remaining = Math.round(count * sameStoryShare);
  while (remaining >= 2) {
    // 2 or 3 reports, never leaving a single one over.
    const reports = remaining <= 3 ? remaining : remaining === 4 ? 2 : 2 + Math.floor(random() * 2);
    reportCounts.push(reports);
    remaining -= reports;
  }
  const multiItems = reportCounts.reduce((sum, reports) => sum + reports, 0);
  for (let single = multiItems; single < count; single++) reportCounts.push(1);

  const items: GeneratedItem[] = [];
  reportCounts.forEach((reports, story) => {
    const topic = pick(random, TOPIC_SLUGS);
    const storyWords = Array.from({ length: STORY_VOCABULARY }, makeWord);
    const first = Math.floor(random() * spanMinutes);
    const tellers = sample(random, feeds.filter((feed) => feed.topic === topic), reports);
    tellers.forEach((feed, report) => {
      const arrival = report === 0 ? first : Math.min(spanMinutes - 1, first + Math.floor(random() * FOLLOW_UP_MINUTES));
      items.push(writeReport(random, makeWord, feed, story, report, storyWords, arrival));
    });
  });
  return items.sort((a, b) => a.arrivalMinute - b.arrivalMinute);
}

/** Items by arrival minute, each minute's by feed: how the poller hands a feed's new items over. */
function groupByMinuteAndFeed(items: readonly GeneratedItem[]): Map<number, Map<BenchFeed, FeedItem[]>> {
  const byMinute = new Map<number, Map<BenchFeed, FeedItem[]>>();
  for (const generated of items) {
    const byFeed = byMinute.get(generated.arrivalMinute) ?? new Map<BenchFeed, FeedItem[]>();
    byFeed.set(generated.feed, [...(byFeed.get(generated.feed) ?? []), generated.item]);
    byMinute.set(generated.arrivalMinute, byFeed);
  }
  return byMinute;
}

/** 1–3 distinct topics. */
const pickTopics = (random: Random): Topic[] => sample(random, TOPIC_SLUGS, 1 + Math.floor(random() * 3));

/** The local "HH:MM" in `timeZone` of the UTC minute `minuteOfDay` of the simulated day. */
function localTimeOf(minuteOfDay: number, timeZone: string) {
  const instant = DAY_START + minuteOfDay * MINUTE_MS;
  const local = (((minuteOfDay + offsetMinutes(instant, timeZone)) % DAY_MINUTES) + DAY_MINUTES) % DAY_MINUTES;
  const time = parseClockTime(`${Math.floor(local / 60)}:${String(local % 60).padStart(2, '0')}`);
  if (!time) throw new Error(`no clock time for minute ${local}`);
  return time;
}

/** A logger that keeps every warning and error: a story that could not be summarized shows here. */
function createRecordingLogger(): { logger: Logger; warnings: string[] } {
  const warnings: string[] = [];
  const record = (details: object, message: string) => {
    const error = 'err' in details && details.err instanceof Error ? `: ${details.err.message}` : '';
    warnings.push(`${message}${error}`);
  };
  return { logger: { error: record, warn: record, info() {}, debug() {} }, warnings };
}

/**
 * Everything src/main.ts builds below the bot, on a memory store and the given clock, with a
 * counting fake LLM and fake page loads, and a sender that records which stories each message carried.
 */
async function createWorld({ clock, pages, llmLatencyMs, pageLoadMs }: { clock: VirtualClock; pages: ReadonlyMap<string, Article>; llmLatencyMs: number; pageLoadMs: number }) {
  const config = createConfig({});
  const { logger, warnings } = createRecordingLogger();
  const store = await openStore('memory://');
  const lock = createKeyedLock();
  const stats = await createStats({ store, now: () => new Date(clock.now()) });
  const budget = createTokenBudget({ store, clock, dailyLimit: config.llm.dailyTokenBudget });

  const llm = createFakeSummarizer();
  const llmCallStarts: number[] = [];
  llm.answerWith(async (article) => {
    llmCallStarts.push(performance.now());
    if (llmLatencyMs > 0) await sleep(llmLatencyMs);
    const result = summaryResultFor(article);
    // A summary names what the article names: its gist is the article's first words, so clustering still sees them.
    return { ...result, summary: { ...result.summary, gist: article.text.split(/\s+/).slice(0, 20).join(' ') } };
  });
  const fetched: string[] = [];
  const loadArticle = async (url: string): Promise<Article> => {
    fetched.push(url);
    if (pageLoadMs > 0) await sleep(pageLoadMs);
    const page = pages.get(url);
    if (!page) throw new Error(`fake pages: nothing set up at ${url}`);
    return page;
  };
  const summaries = createSummaryService({
    summarizer: llm,
    fallback: createExtractiveSummarizer(),
    cache: createSummaryCache({ store, ttlMs: config.store.cacheTtlMs }),
    loadArticle,
    canonicalizeUrl,
    stats,
    budget,
    logger,
  });

  const subscribers = createSubscriberStore({ store, lock });
  const pool = createArticlePool({ store, lock, ttlMs: config.digest.poolTtlMs });
  const intake = createArticleIntake({ pool, summaries, clock });
  const storySummaries = createStorySummaries({ pool, summaries, budget, logger, now: () => clock.now() });
  const subscriptions = createSubscriptions({
    subscribers,
    clock,
    defaults: { deliveryTime: config.digest.defaultTime, timeZone: config.digest.defaultTimeZone },
  });

  // The stories each rendered message carries, so a message sent marks exactly its stories as shown.
  const storiesByMessage = new Map<string, ShownStory[]>();
  const catalogue = createCatalogue();
  const render: DigestRenderer = (digest, overview, localNow, language) => {
    const parts = renderDigest(catalogue.texts(language), digest, overview, localNow);
    const items = digest.sections.flatMap((section) => section.items);
    for (const part of parts) {
      const inPart = items.filter((item) => item.sources.some((source) => part.includes(`href="${escapeHtml(source.url)}"`)));
      storiesByMessage.set(part, inPart.map((item) => ({ leadId: item.leadId, sourceIds: item.sources.map((source) => poolIdOf(source.url)) })));
    }
    return parts;
  };
  const sends: SentMessage[] = [];
  // Counted: a scheduled run should read (and cluster) the pool once, however many digests it builds.
  const poolReadStarts: number[] = [];
  const delivery = createDigestDelivery({
    pool: {
      ...pool,
      listSince: (sinceMs, nowMs) => {
        poolReadStarts.push(performance.now());
        return pool.listSince(sinceMs, nowMs);
      },
    },
    subscribers,
    subscriptions,
    deliveries: createDeliveryLog({ store }),
    leases: store.coordination,
    sender: {
      async send(chatId, html) {
        const stories = storiesByMessage.get(html);
        if (!stories) throw new Error(`recording sender: chat ${chatId} was sent a message the renderer never made`);
        sends.push({ chatId, at: performance.now(), stories });
      },
    },
    render,
    completeStories: (digest) => storySummaries.complete(digest),
    clock,
    logger,
    settings: {
      maxItemsPerTopic: config.digest.maxItemsPerTopic,
      maxCatchUpMs: config.digest.poolTtlMs,
      fanOutConcurrency: config.messagesPerSecond * 2,
    },
  });
  return { pool, intake, subscriptions, delivery, llm, llmCallStarts, fetched, poolReadStarts, sends, warnings };
}

type World = Awaited<ReturnType<typeof createWorld>>;

/** Lead articles of the stories delivered digests showed. */
const shownLeads = (world: World) => new Set(world.sends.flatMap((send) => send.stories.map((story) => story.leadId)));

const pagesOf = (items: readonly GeneratedItem[]) => new Map(items.map((generated) => [canonicalizeUrl(generated.page.url ?? ''), generated.page]));
/** Pool id of the article the LLM was asked to summarize. */
const summarizedIds = (world: World) => world.llm.calls.map((call) => poolIdOf(canonicalizeUrl(call.article.url ?? '')));

async function admitMinute(world: World, byMinute: Map<number, Map<BenchFeed, FeedItem[]>>, minute: number): Promise<number> {
  let added = 0;
  for (const [feed, feedItems] of byMinute.get(minute) ?? []) added += await world.intake.admitFeedItems(feed, feedItems);
  return added;
}

function addReport(total: FanOutReport, report: FanOutReport): void {
  for (const key of Object.keys(total) as Array<keyof FanOutReport>) total[key] += report[key];
}

export async function runSimulatedDay({
  items: itemCount = 2_000,
  feeds: feedCount = 50,
  sameStoryShare = 0.15,
  subscribers: subscriberCount = 100,
  digestRequests = 5,
}: SourceCostOptions = {}): Promise<SimulatedDayFigures> {
  const started = performance.now();
  const random = createRandom(2026);
  const feeds = createFeeds(feedCount);
  const items = generateItems(random, feeds, itemCount, sameStoryShare, DAY_MINUTES);
  const storyOf = new Map(items.map((generated) => [poolIdOf(canonicalizeUrl(generated.item.url ?? '')), generated.story]));
  const clock = createVirtualClock(DAY_START, { autoAdvance: false });
  const world = await createWorld({ clock, pages: pagesOf(items), llmLatencyMs: 0, pageLoadMs: 0 });

  // Delivery times spread evenly over the UTC day, each written as the subscriber's own local time.
  for (let chatId = 1; chatId <= subscriberCount; chatId++) {
    const timeZone = pick(random, ZONES);
    await world.subscriptions.subscribe(chatId, pickTopics(random));
    await world.subscriptions.setTimeZone(chatId, timeZone);
    await world.subscriptions.setDeliveryTime(chatId, localTimeOf(Math.floor(random() * DAY_MINUTES), timeZone));
  }
  const requests = Array.from({ length: digestRequests }, () => ({ minute: Math.floor(random() * DAY_MINUTES), chatId: 1 + Math.floor(random() * subscriberCount) }));

  const byMinute = groupByMinuteAndFeed(items);
  const scheduled: FanOutReport = { due: 0, sent: 0, resumed: 0, interrupted: 0, nothingNew: 0, unreachable: 0, failed: 0, digestsBuilt: 0 };
  let itemsAdded = 0;
  const askedAndGot = new Set<number>();
  // Through minute 1440: a delivery time of 00:00 UTC falls at the end of the day.
  for (let minute = 0; minute <= DAY_MINUTES; minute++) {
    clock.set(DAY_START + minute * MINUTE_MS);
    itemsAdded += await admitMinute(world, byMinute, minute);
    addReport(scheduled, await world.delivery.runDue());
    for (const request of requests.filter((each) => each.minute === minute)) {
      if ((await world.delivery.sendNow(request.chatId)).status === 'sent') askedAndGot.add(request.chatId);
    }
  }

  const pool = await world.pool.listSince(DAY_START - 1, clock.now());
  const clusters = clusterStories(pool);
  const storiesByCluster = new Map<string, Set<number>>();
  const clustersByStory = new Map<number, Set<string>>();
  for (const [id, cluster] of clusters) {
    const story = storyOf.get(id) ?? -1;
    storiesByCluster.set(cluster, (storiesByCluster.get(cluster) ?? new Set()).add(story));
    clustersByStory.set(story, (clustersByStory.get(story) ?? new Set()).add(cluster));
  }

  const calls = summarizedIds(world);
  const shown = shownLeads(world);
  const callsPerLead = new Map<string, number>();
  for (const id of calls) callsPerLead.set(id, (callsPerLead.get(id) ?? 0) + 1);
  // Leads of each written story in the order the LLM summarized them: the first is the story's own lead.
  const leadsPerStory = new Map<number, string[]>();
  for (const id of callsPerLead.keys()) {
    const story = storyOf.get(id) ?? -1;
    leadsPerStory.set(story, [...(leadsPerStory.get(story) ?? []), id]);
  }
  const severalLeads = [...leadsPerStory.values()].filter((leads) => leads.length > 1);

  // Where the extra leads were shown, and whether the digest listed the story's earlier reports.
  const addedAt = new Map(pool.map((article) => [article.id, article.addedAt]));
  const reportsOf = new Map<number, string[]>();
  for (const [id, story] of storyOf) reportsOf.set(story, [...(reportsOf.get(story) ?? []), id]);
  const laterLeadShows = world.sends.flatMap((send) =>
    send.stories.flatMap((shownStory) => {
      const story = storyOf.get(shownStory.leadId) ?? -1;
      const leads = leadsPerStory.get(story) ?? [];
      return leads.length > 1 && leads[0] !== shownStory.leadId ? [{ chatId: send.chatId, story, shownStory }] : [];
    }),
  );
  const leavesOutEarlierReport = ({ story, shownStory }: (typeof laterLeadShows)[number]) =>
    (reportsOf.get(story) ?? []).some((id) => !shownStory.sourceIds.includes(id) && (addedAt.get(id) ?? Infinity) < (addedAt.get(shownStory.leadId) ?? -Infinity));
  const laterLeadReaders = new Set(laterLeadShows.map((show) => show.chatId));
  const leadsByReaderAndStory = new Map<string, Set<string>>();
  for (const send of world.sends) {
    for (const shownStory of send.stories) {
      const key = `${send.chatId}:${storyOf.get(shownStory.leadId) ?? -1}`;
      leadsByReaderAndStory.set(key, (leadsByReaderAndStory.get(key) ?? new Set()).add(shownStory.leadId));
    }
  }
  return {
    feeds: feedCount,
    fullTextFeeds: feeds.filter((feed) => feed.carriesFullText).length,
    subscribers: subscriberCount,
    itemsIngested: items.length,
    itemsInSharedStories: [...reportsOf.values()].filter((reports) => reports.length > 1).reduce((sum, reports) => sum + reports.length, 0),
    itemsAdded,
    storiesWritten: new Set(items.map((generated) => generated.story)).size,
    storiesInPool: storiesByCluster.size,
    clustersMerged: [...storiesByCluster.values()].filter((stories) => stories.size > 1).length,
    storiesSplit: [...clustersByStory.values()].filter((clusterIds) => clusterIds.size > 1).length,
    scheduledDigests: scheduled.sent,
    onDemandDigests: askedAndGot.size,
    nothingNew: scheduled.nothingNew,
    storiesShown: shown.size,
    writtenStoriesShown: new Set([...shown].map((id) => storyOf.get(id))).size,
    llmCalls: calls.length,
    pageFetches: world.fetched.length,
    leadsSummarizedTwice: [...callsPerLead.values()].filter((count) => count > 1).length,
    callsForUnshownArticles: calls.filter((id) => !shown.has(id)).length,
    storiesWithSeveralLeads: severalLeads.length,
    extraCallsFromSeveralLeads: severalLeads.reduce((sum, leads) => sum + leads.length - 1, 0),
    severalLeadsInOneCluster: severalLeads.filter((leads) => new Set(leads.map((id) => clusters.get(id))).size === 1).length,
    laterLeadShows: laterLeadShows.length,
    laterLeadShowsLeavingOutEarlierReports: laterLeadShows.filter(leavesOutEarlierReport).length,
    laterLeadReaders: laterLeadReaders.size,
    laterLeadReadersWithTwoDigests: [...laterLeadReaders].filter((chatId) => askedAndGot.has(chatId)).length,
    readersShownAStoryTwice: [...leadsByReaderAndStory.values()].filter((leads) => leads.size > 1).length,
    warnings: world.warnings,
    wallMs: performance.now() - started,
  };
}

export async function runMorningRush({
  rushItems = 400,
  feeds: feedCount = 50,
  sameStoryShare = 0.15,
  rushSubscribers = 300,
  llmLatencyMs = 1_500,
  pageLoadMs = 200,
}: SourceCostOptions = {}): Promise<MorningRushFigures> {
  const random = createRandom(800);
  const feeds = createFeeds(feedCount);
  // The night's items, 00:00–07:59; nobody has been sent a digest yet, so none is summarized.
  const items = generateItems(random, feeds, rushItems, sameStoryShare, RUSH_MINUTE);
  const clock = createVirtualClock(DAY_START, { autoAdvance: false });
  const world = await createWorld({ clock, pages: pagesOf(items), llmLatencyMs, pageLoadMs });
  for (let chatId = 1; chatId <= rushSubscribers; chatId++) {
    const timeZone = pick(random, ZONES);
    await world.subscriptions.subscribe(chatId, pickTopics(random));
    await world.subscriptions.setTimeZone(chatId, timeZone);
    // 08:00 UTC on each one's own clock: all due in the same minute.
    await world.subscriptions.setDeliveryTime(chatId, localTimeOf(RUSH_MINUTE, timeZone));
  }
  const byMinute = groupByMinuteAndFeed(items);
  for (let minute = 0; minute < RUSH_MINUTE; minute++) {
    clock.set(DAY_START + minute * MINUTE_MS);
    await admitMinute(world, byMinute, minute);
  }

  clock.set(DAY_START + RUSH_MINUTE * MINUTE_MS);
  const started = performance.now();
  const report = await world.delivery.runDue();
  const runMs = performance.now() - started;
  const times = world.sends.map((send) => send.at - started);
  const [first] = [...world.sends].sort((a, b) => a.at - b.at);
  const firstLlmCall = world.llmCallStarts[0];
  const readStarted = performance.now();
  clusterStories(await world.pool.listSince(clock.now() - FIRST_DIGEST_WINDOW_MS, clock.now()));
  const onePoolReadMs = performance.now() - readStarted;
  return {
    subscribers: rushSubscribers,
    poolItems: items.length,
    llmLatencyMs,
    pageLoadMs,
    poolReads: world.poolReadStarts.length,
    onePoolReadMs,
    firstLlmCallMs: firstLlmCall === undefined ? Number.NaN : firstLlmCall - started,
    firstDigestStories: first?.stories.length ?? 0,
    firstDigestMs: times.length > 0 ? Math.min(...times) : Number.NaN,
    lastDigestMs: times.length > 0 ? Math.max(...times) : Number.NaN,
    runMs,
    digestsDelivered: report.sent,
    digestMessages: world.sends.length,
    digestsBuilt: report.digestsBuilt,
    storiesShown: shownLeads(world).size,
    llmCalls: world.llm.calls.length,
    pageFetches: world.fetched.length,
    warnings: world.warnings,
  };
}

export async function runSourceCostBench(options: SourceCostOptions = {}): Promise<SourceCostFigures> {
  return { day: await runSimulatedDay(options), rush: await runMorningRush(options) };
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const { describeSourceCost } = await import('./report-sections.js');
  for (const line of describeSourceCost(await runSourceCostBench())) console.log(line);
}
