/**
 * Dates as feeds write them: RFC 822/2822 in RSS (`Mon, 06 Jan 2025 10:00:00 +0300`,
 * `… EST`), ISO 8601 / RFC 3339 in Atom, RSS 1.0's `dc:date` and JSON Feed.
 *
 * Written by hand instead of `Date.parse` because `Date.parse` reads a date
 * without a zone as local time (so the result would depend on the server's TZ)
 * and accepts garbage such as "foo 12" as some day in 2001. A date we cannot
 * read is null, never "now": a made-up date would float an old item to the top
 * of a digest.
 */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** RFC 822 zone names, plus the few other abbreviations common in real feeds, in minutes east of UTC. */
const ZONE_OFFSETS: Readonly<Record<string, number>> = {
  ut: 0, utc: 0, gmt: 0, z: 0,
  est: -300, edt: -240, cst: -360, cdt: -300, mst: -420, mdt: -360, pst: -480, pdt: -420,
  akst: -540, akdt: -480, hst: -600,
  wet: 0, west: 60, cet: 60, cest: 120, met: 60, mest: 120, eet: 120, eest: 180, msk: 180,
  jst: 540, kst: 540, aest: 600, aedt: 660, nzst: 720, nzdt: 780,
};

const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T\s](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$/i;

const RFC822_DATE =
  /^(?:[a-z]+\.?,?\s*)?(\d{1,2})[\s-]+([a-z]{3,})\.?[\s-]+(\d{2}|\d{4}),?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([a-z]{1,5}|[+-]\d{2}:?\d{2})?$/i;

interface DateParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  /** Minutes east of UTC; 0 when the feed gave no zone. */
  offsetMinutes: number;
}

/** "+0300", "+03:00", "-05", "Z", "EST"; undefined when the zone is written in a way we do not know. */
function parseZone(zone: string | undefined): number | undefined {
  if (zone === undefined) return 0;
  const numeric = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (numeric) {
    const minutes = Number(numeric[2]) * 60 + Number(numeric[3] ?? '0');
    return numeric[1] === '-' ? -minutes : minutes;
  }
  const named = ZONE_OFFSETS[zone.toLowerCase()];
  // RFC 2822 §4.3: an unknown alphabetic zone (military letters, local names) means "-0000", UTC with no local offset known.
  return named ?? (/^[a-z]{1,5}$/i.test(zone) ? 0 : undefined);
}

function partsOfIsoDate(text: string): DateParts | undefined {
  const match = ISO_DATE.exec(text);
  if (!match) return undefined;
  const offsetMinutes = parseZone(match[8]);
  if (offsetMinutes === undefined) return undefined;
  return {
    year: Number(match[1]),
    month: Number(match[2]),
    day: Number(match[3]),
    hour: Number(match[4] ?? '0'),
    minute: Number(match[5] ?? '0'),
    second: Number(match[6] ?? '0'),
    millisecond: Math.floor(Number(`0.${match[7] ?? '0'}`) * 1000),
    offsetMinutes,
  };
}

function partsOfRfc822Date(text: string): DateParts | undefined {
  const match = RFC822_DATE.exec(text);
  if (!match) return undefined;
  const month = MONTHS.indexOf((match[2] ?? '').slice(0, 3).toLowerCase()) + 1;
  const offsetMinutes = parseZone(match[7]);
  if (month === 0 || offsetMinutes === undefined) return undefined;
  const writtenYear = Number(match[3]);
  // RFC 2822 §4.3: a two-digit year below 50 is 20xx, otherwise 19xx.
  const year = (match[3] ?? '').length === 2 ? (writtenYear < 50 ? 2000 + writtenYear : 1900 + writtenYear) : writtenYear;
  return {
    year,
    month,
    day: Number(match[1]),
    hour: Number(match[4]),
    minute: Number(match[5]),
    second: Number(match[6] ?? '0'),
    millisecond: 0,
    offsetMinutes,
  };
}

function toIsoString(parts: DateParts): string | null {
  const { year, month, day, hour, minute, millisecond, offsetMinutes } = parts;
  // A leap second is kept as the last ordinary second rather than rolled into the next minute.
  const second = Math.min(parts.second, 59);
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return null;
  const local = Date.UTC(year, month - 1, day, hour, minute, second, millisecond);
  const check = new Date(local);
  // Date.UTC rolls 31 February over into March; a date that does not exist is not a date.
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return new Date(local - offsetMinutes * 60_000).toISOString();
}

/**
 * A feed date as ISO 8601 in UTC, or null when it cannot be read. A date with
 * no zone is read as UTC.
 */
export function parseFeedDate(raw: string | undefined): string | null {
  // "(MSK)" after a numeric zone is an RFC 2822 comment, not part of the date.
  const text = raw?.trim().replace(/\s+/g, ' ').replace(/\s*\([^()]*\)$/, '');
  if (!text) return null;
  const parts = partsOfIsoDate(text) ?? partsOfRfc822Date(text);
  return parts === undefined ? null : toIsoString(parts);
}
