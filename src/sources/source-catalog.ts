import { utcDay, type Clock } from '../core/clock.js';
import { TOPIC_SLUGS, type Topic } from '../core/topics.js';
import { isHttpUrl } from '../extract/canonicalize-url.js';
import { FetchError } from '../extract/fetch-error.js';
import type { Fetcher } from '../extract/safe-fetch.js';
import { FeedError, type ParsedFeed } from '../feeds/feed-types.js';
import { channelSourceId, feedSourceId, type SourceHealth, type SourceRecord, type SourceStore } from '../store/source-store.js';

/** What the feed library gives the catalog, injected so tests can see what is asked. */
export interface FeedFormats {
  /** Reads a feed URL, or a page that names its feed (src/feeds/fetch-feed.ts). */
  fetchFeed(url: string, fetcher: Pick<Fetcher, 'fetchResource'>): Promise<{ feed: ParsedFeed; discoveredFrom?: string }>;
  parseOpml(text: string): { sources: Array<{ url: string; title?: string; topics: Topic[] }> };
  generateOpml(list: { title: string; sources: Array<{ url: string; title?: string; htmlUrl?: string; topics: Topic[] }> }): string;
}

/** One source as /sources lists it: numbered, so an admin can remove it by its number. */
export interface ListedSource {
  number: number;
  source: SourceRecord;
  health: SourceHealth;
}

/** Why a URL is no source: a code the bot puts into the admin's words. */
export type SourceRefusal =
  | { code: 'not_http' | 'unsafe_xml' | 'malformed' | 'no_feed_named' | 'not_a_feed' | 'private_address' | 'unknown' }
  | { code: 'http_status'; status?: number }
  /** `detail`: the fetch error's code ("timeout", "dns_failure"). */
  | { code: 'fetch_failed'; detail: string };

export type AddFeedResult =
  | { status: 'added'; source: SourceRecord; /** Set when a page was given and its feed found on it. */ discoveredFrom?: string }
  | { status: 'exists'; source: SourceRecord }
  | { status: 'refused'; reason: SourceRefusal };

export interface ImportReport {
  added: number;
  alreadyThere: number;
  refused: Array<{ url: string; reason: SourceRefusal }>;
}

export interface SourcesHealth {
  active: number;
  failing: number;
  deactivated: number;
  channels: number;
  itemsToday: number;
}

export interface SourceCatalog {
  /** Reads the OPML file named by SOURCES_FILE into the store: new feeds join (unless an admin removed them), feeds gone from the file leave. */
  syncFile(opmlText: string): Promise<{ added: number; dropped: number }>;
  list(): Promise<ListedSource[]>;
  /** A feed URL, or a site page whose feed is found by autodiscovery; checked by fetching it once. */
  addFeed(url: string, topics: readonly Topic[]): Promise<AddFeedResult>;
  /** By URL or by its number in `list()`. */
  remove(reference: string): Promise<{ status: 'removed'; source: SourceRecord } | { status: 'not_found' }>;
  /** An OPML document sent by an admin: every feed in it joins unless it is there already or its URL is unusable. */
  importOpml(opmlText: string): Promise<ImportReport>;
  exportOpml(): Promise<string>;
  /** The bot was made an administrator of a channel: its posts become items. */
  registerChannel(channel: { chatId: number; title: string; username?: string }): Promise<SourceRecord>;
  /** The bot lost its administrator rights (or left): the channel is no source any more. */
  dropChannel(chatId: number): Promise<boolean>;
  channel(chatId: number): Promise<SourceRecord | undefined>;
  /** A channel post joined the pool: counted in the channel's health like a feed's items. */
  countChannelPost(chatId: number): Promise<void>;
  health(): Promise<SourcesHealth>;
}

export interface SourceCatalogDependencies {
  store: SourceStore;
  fetcher: Pick<Fetcher, 'fetchResource'>;
  formats: FeedFormats;
  clock: Clock;
  /** A feed was added: the poller checks it within a minute. */
  onFeedAdded: (sourceId: string) => Promise<void> | void;
}

export function createSourceCatalog(deps: SourceCatalogDependencies): SourceCatalog {
  const { store, fetcher, formats, clock } = deps;

  const freshHealth = (): SourceHealth => ({
    nextCheckAt: clock.now(),
    consecutiveFailures: 0,
    itemsTaken: 0,
    itemsToday: { day: utcDay(clock.now()), count: 0 },
    checkedOnce: false,
  });

  const feedRecord = (url: string, title: string | undefined, topics: readonly Topic[], origin: 'file' | 'admin'): SourceRecord => ({
    id: feedSourceId(url),
    kind: 'feed',
    url,
    title,
    topics: [...topics],
    origin,
    addedAt: clock.now(),
  });

  async function ordered(): Promise<ListedSource[]> {
    const all = await store.list();
    // Oldest first, so numbers stay put while sources are added; a removal shifts only what came after it.
    all.sort((a, b) => a.source.addedAt - b.source.addedAt || a.source.url.localeCompare(b.source.url));
    return all.map((entry, index) => ({ number: index + 1, ...entry }));
  }

  return {
    async syncFile(opmlText) {
      const { sources } = formats.parseOpml(opmlText);
      const inFile = new Set(sources.map((entry) => entry.url));
      let added = 0;
      let dropped = 0;
      for (const entry of sources) {
        if (!isHttpUrl(entry.url) || (await store.wasRemoved(entry.url))) continue;
        if ((await store.add(feedRecord(entry.url, entry.title, entry.topics, 'file'), freshHealth())) === 'added') {
          added++;
          await deps.onFeedAdded(feedSourceId(entry.url));
        }
      }
      for (const { source } of await store.list()) {
        if (source.origin === 'file' && !inFile.has(source.url) && !inFile.has(source.id)) {
          // Moved by a 301 since: the file still names its first URL, whose hash is the id.
          if (sources.some((entry) => feedSourceId(entry.url) === source.id)) continue;
          // Not remembered as removed: an operator who puts the line back in the file gets the feed back.
          await store.remove(source.id, { remember: false });
          dropped++;
        }
      }
      return { added, dropped };
    },

    list: ordered,

    async addFeed(url, topics) {
      if (!isHttpUrl(url)) return { status: 'refused', reason: { code: 'not_http' } };
      const known = await store.findByUrl(url);
      if (known) return { status: 'exists', source: known.source };
      let read: Awaited<ReturnType<FeedFormats['fetchFeed']>>;
      try {
        read = await formats.fetchFeed(url, fetcher);
      } catch (error) {
        return { status: 'refused', reason: refusalOf(error) };
      }
      // The feed's own URL after redirects, which the parser was given as its base.
      const feedUrl = read.feed.feedUrl;
      const existing = await store.findByUrl(feedUrl);
      if (existing) return { status: 'exists', source: existing.source };
      const source = feedRecord(feedUrl, read.feed.title, topics, 'admin');
      if ((await store.add(source, freshHealth())) === 'exists') return { status: 'exists', source };
      await deps.onFeedAdded(source.id);
      return { status: 'added', source, ...(read.discoveredFrom && { discoveredFrom: read.discoveredFrom }) };
    },

    async remove(reference) {
      const trimmed = reference.trim();
      const listed = await ordered();
      const match = /^\d+$/.test(trimmed)
        ? listed.find((entry) => entry.number === Number(trimmed))
        : listed.find((entry) => entry.source.url === trimmed || entry.source.username?.toLowerCase() === trimmed.replace(/^@/, '').toLowerCase());
      if (!match) return { status: 'not_found' };
      await store.remove(match.source.id);
      return { status: 'removed', source: match.source };
    },

    async importOpml(opmlText) {
      const { sources } = formats.parseOpml(opmlText);
      const report: ImportReport = { added: 0, alreadyThere: 0, refused: [] };
      for (const entry of sources) {
        if (!isHttpUrl(entry.url)) {
          report.refused.push({ url: entry.url, reason: { code: 'not_http' } });
          continue;
        }
        // Not fetched here: a thousand-feed file would keep the admin waiting; the poller checks each within a minute.
        const outcome = (await store.findByUrl(entry.url)) ? 'exists' : await store.add(feedRecord(entry.url, entry.title, entry.topics, 'admin'), freshHealth());
        if (outcome === 'exists') report.alreadyThere++;
        else {
          report.added++;
          await deps.onFeedAdded(feedSourceId(entry.url));
        }
      }
      return report;
    },

    async exportOpml() {
      const feeds = (await ordered()).filter((entry) => entry.source.kind === 'feed');
      return formats.generateOpml({
        title: 'Newsdigest sources',
        sources: feeds.map(({ source }) => ({ url: source.url, ...(source.title && { title: source.title }), topics: source.topics })),
      });
    },

    async registerChannel({ chatId, title, username }) {
      const id = channelSourceId(chatId);
      const source: SourceRecord = {
        id,
        kind: 'channel',
        url: channelUrl(chatId, username),
        title,
        topics: [],
        origin: 'channel',
        addedAt: clock.now(),
        chatId,
        ...(username && { username }),
      };
      if ((await store.add(source, freshHealth())) === 'exists') {
        // Promoted again, perhaps renamed meanwhile.
        const updated = await store.update(id, (current) => ({ ...current, source: { ...current.source, title, url: source.url, ...(username && { username }) } }));
        return updated?.source ?? source;
      }
      return source;
    },

    dropChannel: (chatId) => store.remove(channelSourceId(chatId)),

    async channel(chatId) {
      return (await store.get(channelSourceId(chatId)))?.source;
    },

    async countChannelPost(chatId) {
      const today = utcDay(clock.now());
      await store.update(channelSourceId(chatId), ({ source, health }) => ({
        source,
        health: {
          ...health,
          itemsTaken: health.itemsTaken + 1,
          lastSuccessAt: clock.now(),
          itemsToday: { day: today, count: (health.itemsToday.day === today ? health.itemsToday.count : 0) + 1 },
        },
      }));
    },

    async health() {
      const today = utcDay(clock.now());
      const all = await store.list();
      const feeds = all.filter((entry) => entry.source.kind === 'feed');
      return {
        active: feeds.filter((entry) => !entry.health.deactivated && entry.health.consecutiveFailures === 0).length,
        failing: feeds.filter((entry) => !entry.health.deactivated && entry.health.consecutiveFailures > 0).length,
        deactivated: feeds.filter((entry) => entry.health.deactivated).length,
        channels: all.length - feeds.length,
        itemsToday: all.reduce((sum, entry) => sum + (entry.health.itemsToday.day === today ? entry.health.itemsToday.count : 0), 0),
      };
    },
  };
}

/** A channel's public link, or the t.me/c/ form members of a channel without a public name can open. */
export function channelUrl(chatId: number, username: string | undefined): string {
  return username ? `https://t.me/${username}` : `https://t.me/c/${String(chatId).replace(/^-100/, '')}`;
}

/** Topic slugs named by an admin ("science world"); unknown words come back separately. */
export function parseTopicWords(words: readonly string[], findTopic: (word: string) => Topic | undefined): { topics: Topic[]; unknown: string[] } {
  const topics: Topic[] = [];
  const unknown: string[] = [];
  for (const word of words) {
    const topic = findTopic(word);
    if (topic && TOPIC_SLUGS.includes(topic)) {
      if (!topics.includes(topic)) topics.push(topic);
    } else unknown.push(word);
  }
  return { topics, unknown };
}

/** Why a URL could not be read as a feed. */
function refusalOf(error: unknown): SourceRefusal {
  if (error instanceof FeedError) {
    if (error.code === 'unsafe_xml') return { code: 'unsafe_xml' };
    if (error.code === 'malformed') return { code: 'malformed' };
    return error.message.startsWith('This is neither') ? { code: 'no_feed_named' } : { code: 'not_a_feed' };
  }
  if (error instanceof FetchError) {
    if (error.code === 'private_address') return { code: 'private_address' };
    if (error.code === 'http_status') return { code: 'http_status', ...(error.status !== undefined && { status: error.status }) };
    return { code: 'fetch_failed', detail: error.code };
  }
  return { code: 'unknown' };
}
