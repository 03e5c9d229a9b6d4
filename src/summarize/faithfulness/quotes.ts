/** A span a text puts in quotation marks. */
export interface QuoteMention {
  /** The words between the marks, as written. */
  text: string;
  start: number;
  end: number;
}

/**
 * Opening marks and the marks that may close them: "…", “…”, «…», „…“ (German
 * and Russian), „…” (Polish). Straight quotes close curly ones too, since
 * models mix them. Single quotes are left out: ’ is also the apostrophe.
 */
const CLOSERS: Readonly<Record<string, string>> = {
  '"': '"”“',
  '“': '”"',
  '«': '»',
  '„': '“”"',
};

const OPENING_MARKS = new RegExp(`[${Object.keys(CLOSERS).join('')}]`, 'gu');

/** Every quoted span of `text`, outermost first; a mark that is never closed quotes nothing. */
export function findQuotes(text: string): QuoteMention[] {
  const quotes: QuoteMention[] = [];
  // The source is indexed with this too: a regular expression jumps to the next mark, where a loop would look at every character.
  const opening = new RegExp(OPENING_MARKS);
  let match: RegExpExecArray | null;
  while ((match = opening.exec(text)) !== null) {
    const index = match.index;
    const closers = CLOSERS[match[0]] ?? '';
    let close = index + 1;
    while (close < text.length && !closers.includes(text[close] ?? '')) close++;
    if (close >= text.length) continue;
    const inner = text.slice(index + 1, close);
    if (/[\p{L}\p{N}]/u.test(inner)) quotes.push({ text: inner.trim(), start: index, end: close + 1 });
    opening.lastIndex = close + 1;
  }
  return quotes;
}

/** The parts of a quote that must each appear in the source: "…" and "[…]" mark words left out. */
export function quoteFragments(quote: string): string[] {
  return quote
    .split(/\.\.\.|…|\[[^\]]*\]|\([^)]*…[^)]*\)/u)
    .map((fragment) => fragment.trim())
    .filter((fragment) => /[\p{L}\p{N}]/u.test(fragment));
}
