/**
 * Removes page chrome that Readability keeps inside the article node: captions
 * and credits, bylines and datelines, share/follow widgets, "related" and
 * newsletter boxes, link lists. Runs on Readability's output (with classes
 * kept), so only what is already inside the chosen article is judged.
 */

/** Elements that are never article prose. */
const NOISE_SELECTOR = [
  'figcaption',
  'figure',
  'nav',
  'aside',
  'footer',
  'form',
  'button',
  'select',
  'textarea',
  'label',
  'time',
  '[role="navigation"]',
  '[role="complementary"]',
  '[role="contentinfo"]',
  '[hidden]',
  '[itemprop="author"]',
  '[rel="author"]',
].join(',');

/**
 * Class or id words that name chrome, matched as whole words of a class/id
 * ("post-share-bar" and "shareBar" match "share", "shared-content" does not).
 * Strong names (boxes of other stories, widgets) are removed up to half the
 * article's text; weak ones (credits, bylines, metadata) only when minor.
 */
const STRONG_NOISE_NAME =
  /(?:^|[\s_-])(?:related|relatedposts|recirc|recirculation|trending|popular|most-read|mostread|outbrain|taboola|newsletter|subscribe|subscription|signup|share|sharing|shares|social|sociallinks|promo|promotion|advert|advertisement|ad|ads|adslot|sponsor|sponsored|teaser|teasers|rail|comments?|breadcrumbs?|nav|navigation|menu|toolbar|cookie|cookies|consent|paywall|cta)(?:$|[\s_-])/i;
const WEAK_NOISE_NAME =
  /(?:^|[\s_-])(?:caption|captions|credit|credits|byline|bylines|author|authors|dateline|timestamp|published|updated|pubdate|date|disclaimer|copyright|readmore|tags|tag|taglist|enlarge|print|follow|bio|profile|meta|metadata|hidden|sr-only|visually-hidden|screen-reader-text|source|counter|standfirst|dek|subtitle|subheadline|strapline|kicker|summary|excerpt)(?:$|[\s_-])/i;

/** Share of the article's text above which an element is content, whatever its name says. */
const MAX_NOISE_SHARE = 0.25;
const MAX_STRONG_NOISE_SHARE = 0.5;
/** Links covering more than this share of a block's text make it a link list. */
const MAX_LINK_DENSITY = 0.6;

const ELEMENT_NODE = 1;

function textLength(node: Node): number {
  return (node.textContent ?? '').replace(/\s+/g, ' ').trim().length;
}

function linkTextLength(element: Element): number {
  let total = 0;
  for (const link of element.querySelectorAll('a')) total += textLength(link);
  return total;
}

/** Class and id, with camelCase split into words ("newsCaption" → "news Caption"). */
function nameOf(element: Element): string {
  return `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`.replace(/([a-z])([A-Z])/g, '$1 $2').trim();
}

function isDetached(element: Element, root: Node): boolean {
  for (let node: Node | null = element; node !== null; node = node.parentNode) if (node === root) return false;
  return true;
}

function elementsOf(root: Node, selector: string): Element[] {
  if (root.nodeType !== ELEMENT_NODE) return [];
  return [...(root as Element).querySelectorAll(selector)];
}

/** Removes chrome from `root` in place. */
export function cleanArticleContent(root: Node): void {
  const total = textLength(root);
  const isMinor = (element: Element, share = MAX_NOISE_SHARE): boolean => textLength(element) <= total * share;

  for (const element of elementsOf(root, NOISE_SELECTOR)) {
    if (!isDetached(element, root) && isMinor(element)) element.remove();
  }
  for (const element of elementsOf(root, '[class],[id]')) {
    if (isDetached(element, root)) continue;
    const name = nameOf(element);
    if (STRONG_NOISE_NAME.test(name) ? isMinor(element, MAX_STRONG_NOISE_SHARE) : WEAK_NOISE_NAME.test(name) && isMinor(element)) {
      element.remove();
    }
  }
  for (const element of elementsOf(root, 'ul,ol,dl,div,section,table,p')) {
    if (isDetached(element, root)) continue;
    const length = textLength(element);
    if (length === 0 || !isMinor(element)) continue;
    if (linkTextLength(element) / length > MAX_LINK_DENSITY) element.remove();
  }
}
