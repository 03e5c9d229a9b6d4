import { describe, expect, it } from 'vitest';
import { nextDeliveryAt, parseClockTime, parseTimeZone } from '../../../src/digest/local-time.js';

const iso = (ms: number) => new Date(ms).toISOString();
const at = (text: string) => Date.parse(text);

describe('parseTimeZone', () => {
  it.each([
    ['Europe/Berlin', 'Europe/Berlin'],
    ['europe/berlin', 'Europe/Berlin'],
    ['Asia/Kolkata', 'Asia/Kolkata'], // not ICU's "Asia/Calcutta"
    ['europe/kyiv', 'Europe/Kyiv'],
    ['Europe/Kiev', 'Europe/Kyiv'],
    ['UTC', 'UTC'],
    ['+3', 'UTC+03:00'],
    ['UTC-05:30', 'UTC-05:30'],
    ['GMT+8', 'UTC+08:00'],
    ['+0', 'UTC'],
  ])('reads %s as %s', (input, expected) => {
    expect(parseTimeZone(input)).toBe(expected);
  });

  it.each(['Mars/Olympus', '+15', 'UTC+3:75', ''])('refuses %s', (input) => {
    expect(parseTimeZone(input)).toBeUndefined();
  });
});

describe('parseClockTime', () => {
  it('reads H:MM and HH:MM and refuses the rest', () => {
    expect(['8:00', '08:30', '23:59', '7.15'].map(parseClockTime)).toEqual(['08:00', '08:30', '23:59', '07:15']);
    expect(['24:00', '8', '08:60', 'noon'].map(parseClockTime)).toEqual([undefined, undefined, undefined, undefined]);
  });
});

describe('nextDeliveryAt', () => {
  it('is later today when the time has not come yet, else tomorrow', () => {
    expect(iso(nextDeliveryAt(at('2026-11-25T06:00:00Z'), '08:00', 'UTC'))).toBe('2026-11-25T08:00:00.000Z');
    expect(iso(nextDeliveryAt(at('2026-11-25T08:00:00Z'), '08:00', 'UTC'))).toBe('2026-11-26T08:00:00.000Z');
  });

  it('follows the local clock across DST changes', () => {
    // Berlin: CET (+1) until 29 March 2026 01:00 UTC, then CEST (+2); back on 25 October.
    expect(iso(nextDeliveryAt(at('2026-03-28T08:00:00Z'), '08:00', 'Europe/Berlin'))).toBe('2026-03-29T06:00:00.000Z');
    expect(iso(nextDeliveryAt(at('2026-03-27T12:00:00Z'), '08:00', 'Europe/Berlin'))).toBe('2026-03-28T07:00:00.000Z');
    expect(iso(nextDeliveryAt(at('2026-10-24T12:00:00Z'), '08:00', 'Europe/Berlin'))).toBe('2026-10-25T07:00:00.000Z');
  });

  it('moves a time that DST skips to just after the gap, once', () => {
    // 02:30 does not exist in Berlin on 29 March 2026.
    expect(iso(nextDeliveryAt(at('2026-03-28T12:00:00Z'), '02:30', 'Europe/Berlin'))).toBe('2026-03-29T01:30:00.000Z');
  });

  it('sends a time that DST repeats at its first occurrence only', () => {
    // 02:30 happens twice in Berlin on 25 October 2026: 00:30 UTC (CEST) and 01:30 UTC (CET).
    const first = nextDeliveryAt(at('2026-10-24T12:00:00Z'), '02:30', 'Europe/Berlin');
    expect(iso(first)).toBe('2026-10-25T00:30:00.000Z');
    expect(iso(nextDeliveryAt(first, '02:30', 'Europe/Berlin'))).toBe('2026-10-26T01:30:00.000Z');
  });

  it('handles fixed offsets and zones ahead of UTC across midnight', () => {
    expect(iso(nextDeliveryAt(at('2026-11-25T00:00:00Z'), '08:00', 'UTC+05:30'))).toBe('2026-11-25T02:30:00.000Z');
    expect(iso(nextDeliveryAt(at('2026-11-25T22:00:00Z'), '08:00', 'Asia/Tokyo'))).toBe('2026-11-25T23:00:00.000Z');
  });
});
