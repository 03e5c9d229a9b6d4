import { describe, expect, it } from 'vitest';
import {
  cacheLifetimeMs,
  failureIntervalMs,
  nextCheckAt,
  spreadOverFirstRound,
  successIntervalMs,
  utcDay,
} from '../../../src/sources/poll-schedule.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const NOW = Date.parse('2026-11-26T10:00:00Z');

describe('cacheLifetimeMs', () => {
  it('reads max-age, which wins over Expires', () => {
    expect(cacheLifetimeMs({ 'cache-control': 'public, max-age=3600' }, NOW)).toBe(HOUR);
    expect(cacheLifetimeMs({ 'cache-control': 'max-age=600', expires: 'Thu, 26 Nov 2026 20:00:00 GMT' }, NOW)).toBe(10 * MINUTE);
    expect(cacheLifetimeMs({ 'cache-control': 'max-age=0', expires: 'Thu, 26 Nov 2026 20:00:00 GMT' }, NOW)).toBeUndefined();
  });

  it('reads Expires from the answer’s own Date, or from now without one', () => {
    expect(cacheLifetimeMs({ expires: 'Thu, 26 Nov 2026 12:00:00 GMT' }, NOW)).toBe(2 * HOUR);
    // The server's clock is an hour behind ours: it still means "two hours".
    expect(cacheLifetimeMs({ expires: 'Thu, 26 Nov 2026 11:00:00 GMT', date: 'Thu, 26 Nov 2026 09:00:00 GMT' }, NOW)).toBe(2 * HOUR);
    expect(cacheLifetimeMs({ expires: 'Thu, 26 Nov 2026 09:00:00 GMT' }, NOW)).toBeUndefined();
    expect(cacheLifetimeMs({ expires: '0' }, NOW)).toBeUndefined();
  });

  it('takes no hint from no-cache, no-store or nothing', () => {
    expect(cacheLifetimeMs({ 'cache-control': 'no-cache, max-age=3600' }, NOW)).toBeUndefined();
    expect(cacheLifetimeMs({ 'cache-control': 'no-store' }, NOW)).toBeUndefined();
    expect(cacheLifetimeMs({}, NOW)).toBeUndefined();
  });
});

describe('successIntervalMs', () => {
  it('stretches the interval by the cache lifetime or the ttl, never shortens it, and caps the stretch at six hours', () => {
    expect(successIntervalMs(30 * MINUTE, {})).toBe(30 * MINUTE);
    expect(successIntervalMs(30 * MINUTE, { cacheLifetimeMs: 5 * MINUTE, ttlMinutes: 10 })).toBe(30 * MINUTE);
    expect(successIntervalMs(30 * MINUTE, { cacheLifetimeMs: 2 * HOUR })).toBe(2 * HOUR);
    expect(successIntervalMs(30 * MINUTE, { ttlMinutes: 90 })).toBe(90 * MINUTE);
    expect(successIntervalMs(30 * MINUTE, { cacheLifetimeMs: HOUR, ttlMinutes: 180 })).toBe(3 * HOUR);
    expect(successIntervalMs(30 * MINUTE, { cacheLifetimeMs: 48 * HOUR })).toBe(6 * HOUR);
    // A configured interval above the cap stays as configured.
    expect(successIntervalMs(8 * HOUR, { ttlMinutes: 24 * 60 })).toBe(8 * HOUR);
  });
});

describe('failureIntervalMs', () => {
  it('keeps the interval for two failures, then doubles it per failure up to a day', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 500].map((failures) => failureIntervalMs(30 * MINUTE, failures) / MINUTE)).toEqual([
      30, 30, 60, 120, 240, 480, 960, 1440, 1440, 1440,
    ]);
  });
});

describe('nextCheckAt', () => {
  it('adds up to 10% jitter, never less than the interval', () => {
    expect(nextCheckAt({ checkedAt: NOW, intervalMs: HOUR, random: 0, rephase: false })).toBe(NOW + HOUR);
    expect(nextCheckAt({ checkedAt: NOW, intervalMs: HOUR, random: 0.999, rephase: false })).toBeLessThan(NOW + 1.1 * HOUR);
  });

  it('takes a random place in the following interval when re-phasing', () => {
    expect(nextCheckAt({ checkedAt: NOW, intervalMs: HOUR, random: 0.5, rephase: true })).toBe(NOW + 1.5 * HOUR);
  });
});

describe('spreadOverFirstRound', () => {
  it('gives each source its own share of the first minute', () => {
    const times = spreadOverFirstRound(NOW, 6, () => 0.5);
    expect(times.map((at) => (at - NOW) / 1000)).toEqual([5, 15, 25, 35, 45, 55]);
    expect(spreadOverFirstRound(NOW, 0, () => 0.5)).toEqual([]);
  });
});

it('names the UTC day', () => {
  expect(utcDay(Date.parse('2026-11-26T23:59:59+01:00'))).toBe('2026-11-26');
  expect(utcDay(Date.parse('2026-11-27T00:30:00+01:00'))).toBe('2026-11-26');
});
