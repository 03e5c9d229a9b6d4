/**
 * When a feed is checked next. Pure functions of the time, the feed's answer and a random number,
 * so the rules read in one place and are tested without a clock.
 */

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

/** At start, sources that are due (or overdue after downtime) are spread over this first stretch. */
export const FIRST_ROUND_MS = MINUTE_MS;
/** A feed's own caching hints stretch its interval up to this, never beyond: news should not wait longer. */
export const MAX_STRETCHED_INTERVAL_MS = 6 * HOUR_MS;
/** This many failures in a row and the wait doubles with each further one… */
export const BACKOFF_AFTER_FAILURES = 3;
/** …up to a day. */
export const MAX_BACKOFF_MS = DAY_MS;
/** A source failing without a break for this long is deactivated. */
export const DEACTIVATE_AFTER_FAILING_MS = 14 * DAY_MS;
/**
 * Each wait is stretched by up to this fraction at random, so sources that happen to share a
 * moment drift apart rather than stay in step.
 */
export const JITTER_FRACTION = 0.1;

/**
 * How long the server says its answer stays fresh, from `Cache-Control: max-age` or else `Expires`
 * (measured from the answer's own `Date`, so a server with a wrong clock still means what it says).
 * `no-store`/`no-cache` and a zero or unreadable lifetime mean no hint.
 */
export function cacheLifetimeMs(headers: Record<string, string | undefined>, nowMs: number): number | undefined {
  const cacheControl = headers['cache-control']?.toLowerCase();
  if (cacheControl !== undefined) {
    const directives = cacheControl.split(',').map((directive) => directive.trim());
    if (directives.some((directive) => directive === 'no-store' || directive === 'no-cache')) return undefined;
    const maxAge = directives.map((directive) => /^max-age\s*=\s*"?(\d+)"?$/.exec(directive)?.[1]).find((value) => value !== undefined);
    // max-age wins over Expires (RFC 9111 §5.3), even when it is 0.
    if (maxAge !== undefined) return Number(maxAge) > 0 ? Number(maxAge) * 1000 : undefined;
  }
  const expires = headers.expires === undefined ? Number.NaN : Date.parse(headers.expires);
  if (Number.isNaN(expires)) return undefined;
  const answeredAt = headers.date === undefined ? Number.NaN : Date.parse(headers.date);
  const lifetime = expires - (Number.isNaN(answeredAt) ? nowMs : answeredAt);
  return lifetime > 0 ? lifetime : undefined;
}

/**
 * The wait after a successful check: the configured interval, stretched (never shortened) by the
 * feed's cache lifetime or its `<ttl>`, the stretch capped at six hours.
 */
export function successIntervalMs(baseMs: number, hints: { cacheLifetimeMs?: number | undefined; ttlMinutes?: number | undefined }): number {
  const hinted = Math.max(hints.cacheLifetimeMs ?? 0, (hints.ttlMinutes ?? 0) * MINUTE_MS);
  return Math.max(baseMs, Math.min(hinted, MAX_STRETCHED_INTERVAL_MS));
}

/**
 * The wait after a failure: the configured interval for the first two failures in a row; from the
 * third, twice as long, then twice again with each further failure, up to a day.
 */
export function failureIntervalMs(baseMs: number, consecutiveFailures: number): number {
  if (consecutiveFailures < BACKOFF_AFTER_FAILURES) return baseMs;
  const doublings = consecutiveFailures - BACKOFF_AFTER_FAILURES + 1;
  // Capped before exponentiating, so a source failing for months cannot overflow.
  return Math.max(baseMs, Math.min(baseMs * 2 ** Math.min(doublings, 32), MAX_BACKOFF_MS));
}

/**
 * When to check next, `intervalMs` after `checkedAt`, never earlier, plus jitter.
 *
 * `rephase` is for a source's first check after start (or after it was added): those all happened
 * in the first minute, and simply adding the interval would bring them all back in one minute,
 * forever. Instead each takes a random place in the following interval, so from the second round on
 * the checks are spread evenly over the whole interval.
 */
export function nextCheckAt({ checkedAt, intervalMs, random, rephase }: { checkedAt: number; intervalMs: number; random: number; rephase: boolean }): number {
  const spread = rephase ? 1 : JITTER_FRACTION;
  return Math.round(checkedAt + intervalMs * (1 + spread * random));
}

/** Due times for `count` sources spread evenly over the first round, each jittered within its own share. */
export function spreadOverFirstRound(startMs: number, count: number, random: () => number): number[] {
  return Array.from({ length: count }, (_, index) => Math.floor(startMs + ((index + random()) / count) * FIRST_ROUND_MS));
}

/** The UTC day of a time, as health.itemsToday counts it: the one definition, in core/clock. */
export { utcDay } from '../core/clock.js';
