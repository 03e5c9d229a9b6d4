import { describe, expect, it } from 'vitest';
import type { FeedItem } from '../../../src/feeds/feed-types.js';
import { selectNewItems } from '../../../src/sources/new-items.js';

const HOUR = 3_600_000;
const NOW = Date.parse('2026-11-26T10:00:00Z');

function item(id: string, hoursAgo: number | null): FeedItem {
  return {
    id,
    title: `Story ${id}`,
    url: `https://news.example/${id}`,
    publishedAt: hoursAgo === null ? null : new Date(NOW - hoursAgo * HOUR).toISOString(),
    summary: undefined,
    content: undefined,
  };
}

const ids = (items: readonly FeedItem[]) => items.map((each) => each.id);

describe('selectNewItems', () => {
  it('takes only the items not seen before, in the feed’s order', () => {
    const items = [item('c', 1), item('b', 2), item('a', 3)];
    const selection = selectNewItems({ items, seen: ['a'], firstCheck: false, nowMs: NOW });
    expect(ids(selection.admit)).toEqual(['c', 'b']);
    expect(selection.passedOver).toBe(0);
    expect(selection.seen).toEqual(['a', 'b', 'c']);
    expect(selection.seenChanged).toBe(true);
  });

  it('changes nothing when the feed brings nothing new in the same order', () => {
    const items = [item('c', 1), item('b', 2), item('a', 3)];
    const selection = selectNewItems({ items, seen: ['a', 'b', 'c'], firstCheck: false, nowMs: NOW });
    expect(selection).toEqual({ admit: [], passedOver: 0, seen: ['a', 'b', 'c'], seenChanged: false });
  });

  it('on a first check takes only the last day’s items, at most ten, the newest, and marks all the rest seen', () => {
    const recent = Array.from({ length: 14 }, (_, index) => item(`r${index}`, index + 0.5)); // 0.5 h … 13.5 h old
    const old = [item('old1', 30), item('old2', 48)];
    const undated = [item('undated', null)];
    const items = [...undated, ...recent.slice(0, 7), ...old, ...recent.slice(7)];
    const selection = selectNewItems({ items, seen: [], firstCheck: true, nowMs: NOW });
    expect(ids(selection.admit)).toEqual(['r0', 'r1', 'r2', 'r3', 'r4', 'r5', 'r6', 'r7', 'r8', 'r9']);
    expect(selection.passedOver).toBe(7);
    expect(new Set(selection.seen)).toEqual(new Set(ids(items)));
  });

  it('takes at most twenty per check, the most recent, undated ones last', () => {
    const dated = Array.from({ length: 25 }, (_, index) => item(`d${index}`, 25 - index)); // oldest first in the feed
    const undated = Array.from({ length: 5 }, (_, index) => item(`u${index}`, null));
    const selection = selectNewItems({ items: [...undated, ...dated], seen: [], firstCheck: false, nowMs: NOW });
    expect(ids(selection.admit)).toEqual(ids(dated.slice(5)));
    expect(selection.passedOver).toBe(10);
    const onlyUndated = selectNewItems({ items: Array.from({ length: 30 }, (_, index) => item(`n${index}`, null)), seen: [], firstCheck: false, nowMs: NOW });
    expect(ids(onlyUndated.admit)).toEqual(Array.from({ length: 20 }, (_, index) => `n${index}`));
  });

  it('counts an id repeated in the feed once', () => {
    const selection = selectNewItems({ items: [item('x', 1), item('x', 2), item('y', 3)], seen: [], firstCheck: false, nowMs: NOW });
    expect(ids(selection.admit)).toEqual(['x', 'y']);
    expect(selection.seen).toEqual(['y', 'x']);
  });

  it('bounds the seen list but never forgets an item the feed still shows', () => {
    const pinned = item('pinned', 500);
    let seen: string[] = [];
    for (let round = 0; round < 40; round++) {
      const items = [...Array.from({ length: 10 }, (_, index) => item(`r${round}-${index}`, 1)), pinned];
      const selection = selectNewItems({ items, seen, firstCheck: false, nowMs: NOW });
      expect(ids(selection.admit)).toEqual(round === 0 ? ids(items) : ids(items).slice(0, 10));
      seen = selection.seen;
    }
    expect(seen.length).toBe(100); // twice the feed's 11 is 22; never fewer than 100
    expect(seen).toContain('pinned');
    expect(seen.at(-1)).toBe('r39-0'); // the top of the feed is newest
  });

  it('keeps at least twice a long feed', () => {
    const items = Array.from({ length: 300 }, (_, index) => item(`i${index}`, 1));
    const seen = Array.from({ length: 1_000 }, (_, index) => `gone${index}`);
    const selection = selectNewItems({ items, seen, firstCheck: false, nowMs: NOW });
    expect(selection.seen).toHaveLength(600);
    expect(selection.seen.slice(0, 300)).toEqual(seen.slice(700));
  });
});
