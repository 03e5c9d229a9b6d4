/**
 * Links in feeds are often relative: to an `xml:base` (Atom, at feed and entry
 * level) or to the feed's own URL, the final one after redirects, since that
 * is the document the link was read from.
 */

/** The base URL inside an element carrying `xml:base="…"` (itself maybe relative) within `parentBase`. */
export function resolveBase(xmlBase: string | undefined, parentBase: string): string {
  if (xmlBase === undefined) return parentBase;
  try {
    return new URL(xmlBase, parentBase).href;
  } catch {
    // An unreadable xml:base is ignored, as a browser ignores an unreadable <base href>.
    return parentBase;
  }
}

/**
 * `raw` resolved against `base`, when that gives an http(s) URL. Anything
 * else (`javascript:`, `mailto:`, a file) is no link a reader should be sent to.
 */
export function resolveHttpUrl(raw: string | undefined, base: string): string | undefined {
  if (raw === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    return undefined;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
}

/** `raw` when it is already an absolute http(s) URL on its own, else undefined. */
export function absoluteHttpUrl(raw: string | undefined): string | undefined {
  if (raw === undefined || !/^https?:\/\//i.test(raw)) return undefined;
  return resolveHttpUrl(raw, raw);
}
