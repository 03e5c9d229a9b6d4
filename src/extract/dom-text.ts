/**
 * Plain text from a DOM subtree with the paragraph structure a reader sees:
 * block elements become paragraphs separated by a blank line, `<br>` a line
 * break, whitespace inside a paragraph collapsed. `textContent` alone glues
 * `<p>a</p><p>b</p>` into "ab" and loses every paragraph break.
 */

const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
  'hgroup', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody',
  'thead', 'tfoot', 'tr', 'ul', 'caption',
]);

/** Never visible as text. */
const SKIPPED_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'head', 'title']);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

function normaliseBlock(raw: string): string {
  return raw
    .split('\n')
    .map((line) => line.replace(/[\s\u00a0\u200b]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

/** The paragraphs of `root`, in document order, already whitespace-normalised. */
export function collectParagraphs(root: Node): string[] {
  const paragraphs: string[] = [];
  let current = '';
  const flush = (): void => {
    const block = normaliseBlock(current);
    if (block !== '') paragraphs.push(block);
    current = '';
  };
  const walk = (node: Node): void => {
    if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) {
      // Source newlines inside a paragraph are layout, not breaks.
      current += (node.nodeValue ?? '').replace(/\s+/g, ' ');
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const tag = node.nodeName.toLowerCase();
    if (SKIPPED_TAGS.has(tag)) return;
    if (tag === 'br') {
      current += '\n';
      return;
    }
    const isBlock = BLOCK_TAGS.has(tag);
    if (isBlock) flush();
    if (tag === 'td' || tag === 'th') current += ' ';
    for (let child = node.firstChild; child !== null; child = child.nextSibling) walk(child);
    if (isBlock) flush();
  };
  walk(root);
  flush();
  return paragraphs;
}

/** `collectParagraphs` joined the way `Article.text` wants: a blank line between paragraphs. */
export function renderText(root: Node): string {
  return collectParagraphs(root).join('\n\n');
}
