/**
 * Query parameters that only say how a reader arrived at a page. Dropping them
 * lets two shares of the same article map to one cache entry.
 */
const TRACKING_PARAMS = new Set([
  'fbclid',
  'gclid',
  'gclsrc',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'yclid',
  'ysclid',
  'mc_cid',
  'mc_eid',
  'igshid',
  'igsh',
  'ref_src',
  'ref_url',
  '_ga',
  '_gl',
  '_hsenc',
  '_hsmi',
  'spm',
  'scm',
  'twclid',
  'ttclid',
  'li_fat_id',
  'mkt_tok',
  'oly_anon_id',
  'oly_enc_id',
  'vero_id',
  'wickedid',
  'rb_clickid',
  's_cid',
  'cmpid',
  'ncid',
  'ocid',
  'sr_share',
  'at_medium',
  'at_campaign',
  'guccounter',
  'guce_referrer',
  'guce_referrer_sig',
]);

/** Prefixes of whole families of tracking parameters (`utm_source`, `pk_campaign`, …). */
const TRACKING_PREFIXES = ['utm_', 'pk_', 'mtm_', 'hsa_', 'stm_'];

function isTrackingParam(name: string): boolean {
  const lower = name.toLowerCase();
  return TRACKING_PARAMS.has(lower) || TRACKING_PREFIXES.some((prefix) => lower.startsWith(prefix));
}

function decodeParamName(piece: string): string {
  const raw = piece.split('=', 1)[0] ?? '';
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    // A malformed escape is still a name; compare it as written.
    return raw;
  }
}

/** True when `input` parses as an absolute `http:` or `https:` URL. */
export function isHttpUrl(input: string): boolean {
  try {
    const url = new URL(input.trim());
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * The canonical form of a URL, so that the same article shared with different
 * tracking decorations gets the same identity: scheme and host lowercased,
 * default port, fragment and tracking parameters dropped, the remaining query
 * parameters sorted (stable, so repeated keys keep their relative order).
 *
 * @throws TypeError when `input` is not an absolute URL.
 */
export function canonicalizeUrl(input: string): string {
  // WHATWG URL already lowercases scheme and host and drops default ports.
  const url = new URL(input.trim());
  url.hash = '';
  // Work on the raw "name=value" pieces so the kept parameters keep their exact
  // encoding ("?amp" stays "?amp", "%20" is not rewritten to "+").
  const pieces = url.search
    .slice(1)
    .split('&')
    .filter((piece) => piece !== '')
    .map((piece) => ({ piece, name: decodeParamName(piece) }))
    .filter(({ name }) => !isTrackingParam(name));
  pieces.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  url.search = pieces.map(({ piece }) => piece).join('&');
  // A host-only URL keeps WHATWG's "/" path; serialising an empty search leaves no "?".
  return url.toString();
}
