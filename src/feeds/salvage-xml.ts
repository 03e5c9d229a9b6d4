/**
 * Repairs for feeds that are not well-formed, tried only after the parser has
 * refused one. These edit the text; they do not parse XML themselves.
 */

const CDATA_START = '<![CDATA[';
const CDATA_END = ']]>';

/** A "<" that cannot open a tag, comment, CDATA section or processing instruction ("5 < 6", "<3"). */
const STRAY_LESS_THAN = /<(?![A-Za-z_:/!?])/g;

/**
 * `xml` with every stray "<" outside CDATA sections written as `&lt;`, which is
 * what its author meant. Well-formed XML has no such "<", so it comes back unchanged.
 */
export function escapeStrayLessThan(xml: string): string {
  let repaired = '';
  let position = 0;
  while (position < xml.length) {
    const cdataStart = xml.indexOf(CDATA_START, position);
    const textEnd = cdataStart === -1 ? xml.length : cdataStart;
    repaired += xml.slice(position, textEnd).replace(STRAY_LESS_THAN, '&lt;');
    if (cdataStart === -1) break;
    // Inside CDATA a "<" is already literal text.
    const cdataEnd = xml.indexOf(CDATA_END, cdataStart + CDATA_START.length);
    const sectionEnd = cdataEnd === -1 ? xml.length : cdataEnd + CDATA_END.length;
    repaired += xml.slice(cdataStart, sectionEnd);
    position = sectionEnd;
  }
  return repaired;
}

/** The end of an item or entry, any namespace prefix. */
const ITEM_END = /<\/(?:[\w.-]+:)?(?:item|entry)\s*>/gi;

/**
 * Where each whole item or entry of `xml` ends, in document order: the places
 * a feed cut short (a dropped connection, a size limit) can be read up to. The
 * parser tolerates elements left open at the end, but not a cut through a tag
 * or a title.
 */
export function itemEndOffsets(xml: string): number[] {
  return [...xml.matchAll(ITEM_END)].map((match) => match.index + match[0].length);
}
