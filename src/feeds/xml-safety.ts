import { FeedError } from './feed-types.js';

/**
 * True when `xml` has a DOCTYPE whose internal subset declares entities
 * (`<!ENTITY`, parameter entities included). That is how a billion-laughs bomb
 * and an external entity (`SYSTEM "file:///etc/passwd"`) are both written; no
 * news feed needs one. A DOCTYPE that only names an external DTD, like RSS
 * 0.91's, declares nothing here and is allowed (the DTD itself is never fetched).
 *
 * Every DOCTYPE is looked at, not only the one in the prolog, because a lenient
 * parser reads a DOCTYPE wherever it finds one; one inside a CDATA section is
 * article text and is left alone. One pass of `indexOf`, so a bomb costs no more
 * than its length.
 */
export function declaresEntities(xml: string): boolean {
  const lower = xml.toLowerCase();
  let entity = lower.indexOf('<!entity');
  // The common case: nothing that even looks like an entity declaration.
  if (entity === -1) return false;
  const subsetOrEnd = /[[>]/g;
  const subsetEnd = /\]\s*>/g;
  let cdataStart = lower.indexOf('<![cdata[');
  let position = 0;
  // Every search starts where the previous one stopped, so even a document made of
  // nothing but DOCTYPEs and CDATA sections is read once.
  for (;;) {
    const doctype = lower.indexOf('<!doctype', position);
    if (doctype === -1) return false;
    while (cdataStart !== -1 && cdataStart < doctype) {
      const cdataEnd = lower.indexOf(']]>', cdataStart + 9);
      if (cdataEnd === -1) return false;
      if (cdataEnd > doctype) break;
      cdataStart = lower.indexOf('<![cdata[', cdataEnd + 3);
    }
    if (cdataStart !== -1 && cdataStart < doctype) {
      // This DOCTYPE is text inside a CDATA section: skip past the section.
      position = lower.indexOf(']]>', cdataStart + 9) + 3;
      continue;
    }
    position = doctype + 9;
    subsetOrEnd.lastIndex = position;
    const opener = subsetOrEnd.exec(lower);
    if (opener === null) return false;
    if (opener[0] === '>') {
      // A DOCTYPE without an internal subset (RSS 0.91's): nothing declared.
      position = opener.index + 1;
      continue;
    }
    subsetEnd.lastIndex = opener.index;
    const subsetClose = subsetEnd.exec(lower)?.index ?? lower.length;
    while (entity !== -1 && entity < opener.index) entity = lower.indexOf('<!entity', entity + 8);
    if (entity === -1) return false;
    if (entity < subsetClose) return true;
    position = subsetClose;
  }
}

/** Throws FeedError('unsafe_xml') for a document that declares entities; see `declaresEntities`. */
export function refuseEntityDeclarations(xml: string, what: string): void {
  if (declaresEntities(xml)) {
    throw new FeedError('unsafe_xml', `${what} declares XML entities in its DOCTYPE; refused unread (entity bombs and external entities are written this way)`);
  }
}
