import type { FeedItem } from '../feeds/feed-types.js';

/** A source's first check hands on only what appeared in this window before it… */
export const FIRST_CHECK_WINDOW_MS = 24 * 3_600_000;
/** …and at most this many: adding a feed must not flood the pool with its backlog. */
export const FIRST_CHECK_MAX_ITEMS = 10;
/** At most this many new items per check: a feed that changes every guid on each fetch must not flood the pool. */
export const MAX_ITEMS_PER_CHECK = 20;
/** The seen list keeps at least twice the feed's length, and never fewer than this. */
export const MIN_SEEN_KEPT = 100;

export interface NewItemsSelection {
  /** Items to hand on, in the feed's order. */
  admit: FeedItem[];
  /** New items that were marked seen without being handed on (the first check's backlog, beyond the cap). */
  passedOver: number;
  /** The seen list to store, newest last. */
  seen: string[];
  /** False when `seen` equals the list read: nothing to write. */
  seenChanged: boolean;
}

const publishedMs = (item: FeedItem) => (item.publishedAt === null ? Number.NaN : Date.parse(item.publishedAt));

/**
 * Which items of a feed are new, recognised by FeedItem.id against the source's seen list. Every
 * item of the feed ends up seen, taken or not, so what was passed over never comes back.
 *
 * When there are more new items than may be taken, the most recently published ones are taken
 * (undated ones after dated, in feed order). On a first check an undated item is never taken: its
 * age is unknown.
 */
export function selectNewItems({ items, seen, firstCheck, nowMs }: { items: readonly FeedItem[]; seen: readonly string[]; firstCheck: boolean; nowMs: number }): NewItemsSelection {
  const seenIds = new Set(seen);
  const inFeed = new Map<string, FeedItem>();
  for (const item of items) if (!inFeed.has(item.id)) inFeed.set(item.id, item);
  const fresh = [...inFeed.values()].filter((item) => !seenIds.has(item.id));

  const eligible = firstCheck ? fresh.filter((item) => publishedMs(item) >= nowMs - FIRST_CHECK_WINDOW_MS) : fresh;
  const limit = firstCheck ? FIRST_CHECK_MAX_ITEMS : MAX_ITEMS_PER_CHECK;
  const ranked = eligible
    .map((item, position) => ({ item, position, published: publishedMs(item) }))
    .sort((a, b) => {
      const aDated = !Number.isNaN(a.published);
      const bDated = !Number.isNaN(b.published);
      if (aDated !== bDated) return aDated ? -1 : 1;
      if (aDated && a.published !== b.published) return b.published - a.published;
      return a.position - b.position;
    });
  const taken = new Set(ranked.slice(0, limit).map(({ item }) => item.id));
  const admit = fresh.filter((item) => taken.has(item.id));

  // Items still in the feed move to the end (the top of the feed last), so trimming the front drops
  // only ids the feed no longer carries, and the feed's own items are never forgotten while it shows them.
  const current = [...inFeed.keys()].reverse();
  const currentIds = new Set(current);
  const merged = [...seen.filter((id) => !currentIds.has(id)), ...current];
  const keep = Math.max(2 * inFeed.size, MIN_SEEN_KEPT);
  const nextSeen = merged.length > keep ? merged.slice(merged.length - keep) : merged;
  const seenChanged = nextSeen.length !== seen.length || nextSeen.some((id, index) => id !== seen[index]);
  return { admit, passedOver: fresh.length - admit.length, seen: nextSeen, seenChanged };
}
