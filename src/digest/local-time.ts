/**
 * Local wall-clock time in a subscriber's time zone, across DST changes, with
 * nothing but Intl: an IANA zone name, or a fixed offset written `UTC+05:30`
 * (Intl in Node 20 knows no offset zones, and Etc/GMT±N covers whole hours only).
 */

/** "HH:MM" on a 24-hour clock. */
export type ClockTime = `${number}:${number}`;

const FIXED_OFFSET = /^UTC([+-])(\d{2}):(\d{2})$/;

/** Accepts an IANA name (any case) or a UTC offset ("+3", "UTC-05:30", "GMT+8"); returns the canonical form or undefined. */
export function parseTimeZone(input: string): string | undefined {
  const text = input.trim();
  const offset = /^(?:UTC|GMT)?\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?$/i.exec(text);
  if (offset) {
    const [, sign, hours = '0', minutes = '00'] = offset;
    if (Number(hours) > 14 || Number(minutes) >= 60) return undefined;
    const canonical = `UTC${sign}${hours.padStart(2, '0')}:${minutes}`;
    return canonical === 'UTC+00:00' || canonical === 'UTC-00:00' ? 'UTC' : canonical;
  }
  if (/^(utc|gmt|z)$/i.test(text)) return 'UTC';
  try {
    const resolved = new Intl.DateTimeFormat('en-US', { timeZone: text }).resolvedOptions().timeZone;
    return CURRENT_ZONE_NAMES[resolved] ?? resolved;
  } catch {
    return undefined;
  }
}

/**
 * Node's ICU answers with CLDR's canonical names, which keep old spellings for
 * renamed zones ("Asia/Kolkata" comes back as "Asia/Calcutta"). People typed
 * and expect the current IANA name, which Intl accepts just as well.
 */
const CURRENT_ZONE_NAMES: Readonly<Record<string, string>> = {
  'Asia/Calcutta': 'Asia/Kolkata',
  'Europe/Kiev': 'Europe/Kyiv',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Asia/Rangoon': 'Asia/Yangon',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'America/Godthab': 'America/Nuuk',
  'Atlantic/Faeroe': 'Atlantic/Faroe',
  'Pacific/Truk': 'Pacific/Chuuk',
  'Pacific/Ponape': 'Pacific/Pohnpei',
  'Pacific/Enderbury': 'Pacific/Kanton',
  'America/Buenos_Aires': 'America/Argentina/Buenos_Aires',
  'America/Indianapolis': 'America/Indiana/Indianapolis',
  'America/Louisville': 'America/Kentucky/Louisville',
};

/** Accepts H:MM or HH:MM (or H.MM); returns "HH:MM", or undefined when it is no time of day. */
export function parseClockTime(input: string): ClockTime | undefined {
  const match = /^(\d{1,2})[:.](\d{2})$/.exec(input.trim());
  if (!match) return undefined;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours > 23 || minutes > 59) return undefined;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}` as ClockTime;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Minutes the zone is ahead of UTC at that instant. */
export function offsetMinutes(instantMs: number, timeZone: string): number {
  const fixed = FIXED_OFFSET.exec(timeZone);
  if (fixed) return (fixed[1] === '-' ? -1 : 1) * (Number(fixed[2]) * 60 + Number(fixed[3]));
  const parts = Object.fromEntries(
    formatterFor(timeZone)
      .formatToParts(new Date(instantMs))
      .filter((part) => part.type !== 'literal')
      .map((part) => [part.type, Number(part.value)]),
  ) as Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', number>;
  const asUtc = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
  return Math.round((asUtc - Math.floor(instantMs / 1000) * 1000) / 60_000);
}

/** The local calendar date at an instant, as [year, month (1–12), day]. */
export function localDate(instantMs: number, timeZone: string): [number, number, number] {
  const local = new Date(instantMs + offsetMinutes(instantMs, timeZone) * 60_000);
  return [local.getUTCFullYear(), local.getUTCMonth() + 1, local.getUTCDate()];
}

/**
 * The instant the local clock shows `time` on that local date. When DST skips
 * that time (spring forward), it is moved forward by the length of the gap.
 */
export function zonedInstant(date: [number, number, number], time: ClockTime, timeZone: string): number {
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  const wallClock = Date.UTC(date[0], date[1] - 1, date[2], hours, minutes);
  const HALF_DAY = 12 * 60 * 60_000;
  // The offset just before and just after that wall-clock time; they differ only on a DST change day.
  const candidates = [wallClock - HALF_DAY, wallClock + HALF_DAY].map(
    (probe) => wallClock - offsetMinutes(probe, timeZone) * 60_000,
  );
  const real = candidates.filter((instant) => instant + offsetMinutes(instant, timeZone) * 60_000 === wallClock);
  // Autumn: the time happens twice, take the first. Spring: it never happens, take the later candidate (same minutes after the gap).
  return real.length > 0 ? Math.min(...real) : Math.max(...candidates);
}

/** The next delivery strictly after `afterMs`, at `time` local time in `timeZone`. */
export function nextDeliveryAt(afterMs: number, time: ClockTime, timeZone: string): number {
  const [year, month, day] = localDate(afterMs, timeZone);
  for (let dayOffset = 0; dayOffset < 3; dayOffset++) {
    const date = new Date(Date.UTC(year, month - 1, day + dayOffset));
    const candidate = zonedInstant([date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()], time, timeZone);
    if (candidate > afterMs) return candidate;
  }
  throw new Error(`no delivery time found after ${new Date(afterMs).toISOString()} for ${time} ${timeZone}`);
}

/** "Wed 25 Nov, 07:30": an instant on the reader's own clock, for messages. */
export function formatLocalTime(instantMs: number, timeZone: string, locale = 'en-GB'): string {
  // Fixed offsets are not Intl zones, so shift by hand and format as UTC.
  const local = instantMs + offsetMinutes(instantMs, timeZone) * 60_000;
  return new Date(local).toLocaleString(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'UTC',
  });
}
