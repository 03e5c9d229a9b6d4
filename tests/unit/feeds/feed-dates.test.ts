import { describe, expect, it } from 'vitest';
import { parseFeedDate } from '../../../src/feeds/feed-dates.js';

describe('parseFeedDate', () => {
  it.each([
    ['RFC 822 with a numeric offset', 'Mon, 06 Jan 2025 10:00:00 +0300', '2025-01-06T07:00:00.000Z'],
    ['RFC 822 with a US zone name', 'Mon, 06 Jan 2025 10:00:00 EST', '2025-01-06T15:00:00.000Z'],
    ['RFC 822 with GMT and no weekday', '6 Jan 2025 10:00 GMT', '2025-01-06T10:00:00.000Z'],
    ['RFC 822 without a zone (read as UTC)', 'Mon, 06 Jan 2025 10:00:00', '2025-01-06T10:00:00.000Z'],
    ['RFC 822 with a two-digit year', 'Monday, 06-Jan-25 10:00:00 PDT', '2025-01-06T17:00:00.000Z'],
    ['RFC 822 with a zone comment', 'Mon, 06 Jan 2025 10:00:00 +0300 (MSK)', '2025-01-06T07:00:00.000Z'],
    ['RFC 822 with an unknown letter zone (read as -0000)', 'Mon, 06 Jan 2025 10:00:00 XYZ', '2025-01-06T10:00:00.000Z'],
    ['ISO 8601 in UTC with fractions', '2025-01-06T10:00:00.123Z', '2025-01-06T10:00:00.123Z'],
    ['ISO 8601 with an offset', '2025-01-06T10:00:00+05:30', '2025-01-06T04:30:00.000Z'],
    ['ISO 8601 without a zone (read as UTC)', '2025-01-06T10:00:00', '2025-01-06T10:00:00.000Z'],
    ['ISO 8601 with a space and a compact offset', '2025-01-06 10:00:00 -0200', '2025-01-06T12:00:00.000Z'],
    ['a date alone', '2025-01-06', '2025-01-06T00:00:00.000Z'],
  ])('reads %s', (_name, raw, expected) => {
    expect(parseFeedDate(raw)).toBe(expected);
  });

  it.each([
    ['garbage', 'sometime last week'],
    ['garbage that Date.parse would accept', 'foo 12'],
    ['an impossible day', 'Fri, 31 Feb 2025 10:00:00 GMT'],
    ['an impossible hour', '2025-01-06T25:00:00Z'],
    ['an unknown month', '06 Foo 2025 10:00:00 GMT'],
    ['an empty string', '   '],
    ['nothing', undefined],
  ])('gives null, never now, for %s', (_name, raw) => {
    expect(parseFeedDate(raw)).toBeNull();
  });
});
