/** Normalisers shared by the HTML and pasted-text extractors, so both fill `Article` alike. */

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * A publication time as ISO 8601: `YYYY-MM-DD` when only the date is known, the
 * UTC instant (`2019-05-01T10:00:00Z`) otherwise; undefined when unreadable.
 */
export function normalizePublishedAt(raw: string | undefined): string | undefined {
  const value = raw?.trim();
  if (!value) return undefined;
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(value);
  const dateOnly = DATE_ONLY.exec(value) ?? (compact === null ? null : DATE_ONLY.exec(`${compact[1]}-${compact[2]}-${compact[3]}`));
  if (dateOnly !== null) {
    const [, year, month, day] = dateOnly;
    return isRealDate(Number(year), Number(month), Number(day)) ? `${year}-${month}-${day}` : undefined;
  }
  const time = Date.parse(value);
  if (Number.isNaN(time)) return undefined;
  return new Date(time).toISOString().replace('.000Z', 'Z');
}

/** The primary language subtag of a tag such as "en-US", "pt_BR" or "RU"; undefined for junk. */
export function primaryLanguage(tag: string | undefined): string | undefined {
  const primary = tag?.trim().split(/[-_]/, 1)[0]?.toLowerCase();
  return primary !== undefined && /^[a-z]{2,3}$/.test(primary) ? primary : undefined;
}
