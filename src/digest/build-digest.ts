import { createHash } from 'node:crypto';
import type { PoolArticle } from '../store/article-pool.js';
import type { Topic } from '../core/topics.js';
import type { StoryClusters } from './story-clusters.js';

export interface DigestSource {
  name: string;
  url: string;
}

/** Why a story shows its source's own snippet instead of a summary. */
export type SnippetReason = 'budget_spent' | 'unavailable';

export interface DigestItem {
  title: string;
  gist: string;
  sources: DigestSource[];
  latestAt: number;
  /** The pool article the title and gist come from. */
  leadId: string;
  /** The lead has no summary yet: `gist` is its source's snippet until the story is summarized. */
  awaitingSummary?: boolean;
  /** The language the lead's title and gist were summarized in, when known. */
  summaryLanguage?: string;
  /** Set when the story goes out with its snippet, labelled, instead of a summary. */
  snippetReason?: SnippetReason;
}

export interface DigestSection {
  topic: Topic;
  items: DigestItem[];
}

export interface Digest {
  sections: DigestSection[];
  /** Hash of what the digest lists: the cache key of its LLM overview, and the id of a delivery. */
  contentKey: string;
  itemCount: number;
}

export interface DigestRequest {
  topics: readonly Topic[];
  /** Only articles added after this instant (ms), up to `until`. */
  since: number;
  until: number;
  maxItemsPerTopic: number;
}

/**
 * One subscriber's digest: new pool articles on their topics, the same story
 * from several sources merged into one item, ranked by number of sources, then
 * recency; each story listed once, under the first of its topics they follow.
 * Pure: the caller passes the pool and its story clusters.
 */
export function buildDigest(pool: readonly PoolArticle[], clusters: StoryClusters, request: DigestRequest): Digest {
  const wanted = new Set(request.topics);
  const stories = new Map<string, PoolArticle[]>();
  // The first summarized report of each story, in or before the window: a new report of a story summarized
  // before takes that summary instead of costing another, and a reader never sees one story summarized twice.
  const summarizedLeads = new Map<string, PoolArticle>();
  for (const article of pool) {
    if (article.awaitingSummary || article.addedAt > request.until) continue;
    const storyId = clusters.get(article.id) ?? article.id;
    const known = summarizedLeads.get(storyId);
    if (!known || article.addedAt < known.addedAt) summarizedLeads.set(storyId, article);
  }
  for (const article of pool) {
    if (article.addedAt <= request.since || article.addedAt > request.until) continue;
    const storyId = clusters.get(article.id) ?? article.id;
    const members = stories.get(storyId);
    if (members) members.push(article);
    else stories.set(storyId, [article]);
  }

  const sections = new Map<Topic, DigestItem[]>();
  for (const [storyId, members] of stories) {
    // A story is in when any of its reports is on a followed topic; then every source of it is listed.
    if (!members.some((article) => article.topics.some((topic) => wanted.has(topic)))) continue;
    const topic = pickTopic(members, request.topics);
    const items = sections.get(topic) ?? [];
    items.push(toItem(members, summarizedLeads.get(storyId)));
    sections.set(topic, items);
  }

  const ordered: DigestSection[] = request.topics
    .filter((topic) => sections.has(topic))
    .map((topic) => ({
      topic,
      items: (sections.get(topic) ?? [])
        .sort((a, b) => b.sources.length - a.sources.length || b.latestAt - a.latestAt || a.title.localeCompare(b.title))
        .slice(0, request.maxItemsPerTopic),
    }));
  const itemCount = ordered.reduce((count, section) => count + section.items.length, 0);
  const contentKey = createHash('sha256')
    .update(JSON.stringify(ordered.map((section) => [section.topic, section.items.map((item) => item.sources.map((source) => source.url))])))
    .digest('hex')
    .slice(0, 32);
  return { sections: ordered, contentKey, itemCount };
}

/** The story's topic: the one most of its articles give, among those the subscriber follows, first in their order. */
function pickTopic(members: readonly PoolArticle[], followed: readonly Topic[]): Topic {
  let best: Topic | undefined;
  let bestVotes = 0;
  for (const topic of followed) {
    const votes = members.filter((article) => article.topics.includes(topic)).length;
    if (votes > bestVotes) {
      best = topic;
      bestVotes = votes;
    }
  }
  // Some member matched a followed topic, so best is set.
  return best ?? (followed[0] as Topic);
}

function toItem(members: PoolArticle[], summarizedLead: PoolArticle | undefined): DigestItem {
  // Oldest first: the headline and gist come from the first report, and sources are listed in the order they came.
  const byTime = [...members].sort((a, b) => a.addedAt - b.addedAt);
  // A report that already has a summary leads, so the story costs no LLM call when one of its reports was summarized.
  const lead = summarizedLead ?? (byTime[0] as PoolArticle);
  const sources: DigestSource[] = [];
  for (const article of byTime) {
    // The same article from several feeds is one entry: its link once, named by every source that carried it.
    const name = [article.source, ...(article.alsoFrom ?? [])].join(' / ');
    if (!sources.some((source) => source.url === article.url)) sources.push({ name, url: article.url });
  }
  return {
    title: lead.title,
    gist: lead.gist,
    sources,
    latestAt: (byTime.at(-1) as PoolArticle).addedAt,
    leadId: lead.id,
    ...(lead.awaitingSummary && { awaitingSummary: true }),
    ...(lead.summaryLanguage && { summaryLanguage: lead.summaryLanguage }),
  };
}
