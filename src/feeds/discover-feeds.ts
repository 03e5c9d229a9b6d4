import { parseHTML } from 'linkedom';
import { FEED_LINK_TYPES } from './feed-media-types.js';
import { resolveHttpUrl } from './feed-urls.js';

/**
 * The feeds an HTML page announces with `<link rel="alternate" type="…">`, as
 * absolute URLs (against the page's `<base href>`, else `pageUrl`), in page
 * order, each once.
 */
export function discoverFeedUrls(html: string, pageUrl: string): string[] {
  const { document } = parseHTML(html);
  const baseHref = document.querySelector('base[href]')?.getAttribute('href');
  const base = (baseHref ? resolveHttpUrl(baseHref.trim(), pageUrl) : undefined) ?? pageUrl;
  const found: string[] = [];
  for (const link of document.querySelectorAll('link[rel][href][type]')) {
    const rels = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    const type = (link.getAttribute('type') ?? '').split(';', 1)[0]?.trim().toLowerCase() ?? '';
    if (!rels.includes('alternate') || !FEED_LINK_TYPES.has(type)) continue;
    const url = resolveHttpUrl(link.getAttribute('href')?.trim(), base);
    if (url !== undefined && !found.includes(url)) found.push(url);
  }
  return found;
}
