import { parseHTML } from 'linkedom';
import { collectParagraphs } from './dom-text.js';

const ENTITY = /&(?:[a-z][a-z0-9]*|#\d+|#x[0-9a-f]+);/i;
const MARKUP = /<\/?(?:p|br|div|h[1-6]|li|ul|ol|blockquote|span|a|strong|em|b|i)\b[^>]*>/i;

function decodeEntities(text: string): string {
  const { document } = parseHTML('<!doctype html><html><body><textarea></textarea></body></html>');
  const holder = document.querySelector('textarea');
  if (holder === null) return text;
  let decoded = text;
  // Some CMSs escape the body twice ("&amp;quot;"); two rounds undo that and no more.
  for (let round = 0; round < 2 && ENTITY.test(decoded); round += 1) {
    holder.innerHTML = decoded.replace(/</g, '&lt;');
    decoded = holder.textContent ?? decoded;
  }
  return decoded;
}

/**
 * The paragraphs of a JSON-LD `articleBody`. Publishers fill it with plain text
 * (paragraphs on separate lines), with HTML, or with escaped HTML.
 */
export function articleBodyParagraphs(body: string): string[] {
  const decoded = decodeEntities(body);
  if (MARKUP.test(decoded)) {
    const { document } = parseHTML(`<!doctype html><html><body>${decoded}</body></html>`);
    return collectParagraphs(document.body);
  }
  return decoded
    .split(/\r?\n/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '');
}
