/**
 * Titles, summaries and content of feed items as plain text.
 *
 * The feed library has already undone the XML layer (entities decoded once,
 * CDATA unwrapped). What is left is either plain text or HTML, and only the
 * HTML is parsed again: `<title>5 &amp;lt; 6</title>` reads "5 &lt; 6",
 * while `<description>&lt;p&gt;Fish &amp;amp; chips&lt;/p&gt;</description>`
 * reads "Fish & chips". Decoding a plain text a second time is the classic
 * feed-reader bug that turns a written "&lt;" into "<".
 */
import { parseHTML } from 'linkedom';
import { collectParagraphs } from '../extract/dom-text.js';

/**
 * Put at the start of every CDATA section before the XML is parsed, so that
 * a field's text still says it came from CDATA afterwards. A publisher who
 * wraps text in CDATA means HTML (`<![CDATA[Lorem ipsum [&#8230;]]]>` is
 * WordPress's excerpt), while the same characters outside CDATA are text that
 * was escaped once already. A private-use character: no feed writes it.
 */
export const CDATA_MARK = '\uE000';

/** Marks every CDATA section of `xml`; see CDATA_MARK. */
export function markCdataSections(xml: string): string {
  return xml.includes('<![CDATA[') ? xml.replaceAll('<![CDATA[', `<![CDATA[${CDATA_MARK}`) : xml;
}

/** A field's text with CDATA marks removed and surrounding space trimmed; undefined when empty. */
export function cleanFieldText(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const text = value.includes(CDATA_MARK) ? value.replaceAll(CDATA_MARK, '') : value;
  return text.trim() || undefined;
}

/**
 * How a field is to be read: `html` and `text` when the format says so (Atom's
 * `type`, JSON Feed's `content_html`/`content_text`), `unknown` for RSS, whose
 * fields are HTML in practice but plain text just as often.
 */
export type FieldMarkup = 'html' | 'text' | 'unknown';

/** An HTML tag or comment; a lone "<" as in "5 < 6" is not one. */
const HTML_MARKUP = /<(?:\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>|!--)/i;

function readsAsHtml(value: string, markup: FieldMarkup): boolean {
  if (markup !== 'unknown') return markup === 'html';
  return value.includes(CDATA_MARK) || HTML_MARKUP.test(value);
}

let scratchDocument: Document | undefined;

/** One document reused for every fragment: building a new one per field would triple the parse time. */
function htmlParagraphs(html: string): string[] {
  scratchDocument ??= parseHTML('<!doctype html><html><head></head><body></body></html>').document;
  const holder = scratchDocument.createElement('div');
  holder.innerHTML = html;
  return collectParagraphs(holder);
}

function textParagraphs(text: string): string[] {
  return text
    .split(/\r?\n[^\S\n]*\r?\n/)
    .map((paragraph) =>
      paragraph
        .split('\n')
        .map((line) => line.replace(/[\s\u00a0\u200b]+/g, ' ').trim())
        .filter((line) => line !== '')
        .join('\n'),
    )
    .filter((paragraph) => paragraph !== '');
}

function paragraphsOf(value: string | undefined, markup: FieldMarkup): string[] {
  if (value === undefined) return [];
  const html = readsAsHtml(value, markup);
  const text = value.replaceAll(CDATA_MARK, '');
  // Parsing is only worth it when there is markup or an entity to undo.
  return html && /[<&]/.test(text) ? htmlParagraphs(text) : textParagraphs(text);
}

/** A title or other one-line field as plain text; undefined when nothing is left. */
export function toPlainLine(value: string | undefined, markup: FieldMarkup): string | undefined {
  const line = paragraphsOf(value, markup).join(' ').replace(/\s+/g, ' ').trim();
  return line === '' ? undefined : line;
}

/** A summary or article body as plain text, paragraphs separated by a blank line; undefined when nothing is left. */
export function toPlainText(value: string | undefined, markup: FieldMarkup): string | undefined {
  const text = paragraphsOf(value, markup).join('\n\n');
  return text === '' ? undefined : text;
}
