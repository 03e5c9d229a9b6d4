/**
 * Telegram HTML (parse_mode "HTML"): escaping, and splitting long messages so
 * every part is valid on its own and under the limit. Telegram counts the limit
 * in UTF-16 code units of the text after entities are parsed, so markup is free
 * and `&amp;` counts as one character.
 */

/** The most characters one message may hold. */
export const TELEGRAM_MESSAGE_LIMIT = 4096;

/** Escapes text (or an attribute value) for Telegram HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"' };

/** The text Telegram HTML shows, without tags and with entities decoded: for a terminal or a log. */
export function plainTextOf(html: string): string {
  return html.replace(/<[^>]*>/g, '').replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
    return NAMED_ENTITIES[name.toLowerCase()] ?? entity;
  });
}

type TagAtom = { kind: 'open' | 'close'; name: string; source: string };
type Atom = TagAtom | { kind: 'text'; source: string; length: number };

const TOKEN = /<\/?([a-z-]+)(?:\s[^>]*)?>|&(?:#\d+|#x[\da-f]+|[a-z]+);|[\s\S]/giu;

function toAtoms(html: string): Atom[] {
  const atoms: Atom[] = [];
  for (const match of html.matchAll(TOKEN)) {
    const source = match[0];
    const name = match[1]?.toLowerCase();
    if (name !== undefined) atoms.push({ kind: source.startsWith('</') ? 'close' : 'open', name, source });
    else atoms.push({ kind: 'text', source, length: source.startsWith('&') ? 1 : source.length });
  }
  return atoms;
}

/** Length of the text Telegram will show, in UTF-16 code units. */
export function visibleLength(html: string): number {
  return toAtoms(html).reduce((total, atom) => total + (atom.kind === 'text' ? atom.length : 0), 0);
}

/** Where a part may end, best first: after a blank line, a line, a sentence, a word. */
function breakRank(atoms: Atom[], index: number): number {
  const current = atoms[index];
  const next = atoms[index + 1];
  if (current?.kind !== 'text') return 0;
  if (current.source === '\n' && next?.kind === 'text' && next.source === '\n') return 4;
  if (current.source === '\n') return 3;
  const previous = atoms[index - 1];
  if (current.source === ' ' && previous?.kind === 'text' && /[.!?…»”"]/.test(previous.source)) return 2;
  if (/\s/.test(current.source)) return 1;
  return 0;
}

/**
 * Splits a message into parts of at most `limit` visible characters,
 * preferring paragraph, then line, sentence and word boundaries; tags open at a
 * cut are closed and re-opened so every part parses on its own.
 */
export function splitTelegramHtml(html: string, limit = TELEGRAM_MESSAGE_LIMIT): string[] {
  const atoms = toAtoms(html);
  const parts: string[] = [];
  let start = 0;
  let openAtStart: TagAtom[] = [];
  while (start < atoms.length) {
    // How far this part may reach, and the last place of each kind to cut before that.
    let visible = 0;
    let end = start;
    const lastCut: Array<{ index: number; visible: number } | undefined> = [];
    while (end < atoms.length) {
      const atom = atoms[end] as Atom;
      const length = atom.kind === 'text' ? atom.length : 0;
      if (visible + length > limit) break;
      visible += length;
      const rank = breakRank(atoms, end);
      if (rank > 0) lastCut[rank] = { index: end, visible };
      end++;
    }
    const cut = end >= atoms.length ? atoms.length : chooseCut(lastCut, limit) ?? end;
    const stack = [...openAtStart];
    let body = openAtStart.map((atom) => atom.source).join('');
    for (let index = start; index < cut; index++) {
      const atom = atoms[index] as Atom;
      body += atom.source;
      if (atom.kind === 'open') stack.push(atom);
      if (atom.kind === 'close') {
        const at = stack.map((open) => open.name).lastIndexOf(atom.name);
        if (at >= 0) stack.splice(at, 1);
      }
    }
    body += [...stack].reverse().map((atom) => `</${atom.name}>`).join('');
    const trimmed = trimVisible(body);
    if (visibleLength(trimmed) > 0) parts.push(trimmed);
    start = cut;
    openAtStart = stack;
  }
  return parts.length > 0 ? parts : [html];
}

/** The best kind of cut that still fills half a message; else the best there is. */
function chooseCut(lastCut: Array<{ index: number; visible: number } | undefined>, limit: number): number | undefined {
  for (let rank = 4; rank >= 1; rank--) {
    const candidate = lastCut[rank];
    if (candidate && candidate.visible >= limit / 2) return candidate.index + 1;
  }
  for (let rank = 4; rank >= 1; rank--) {
    const candidate = lastCut[rank];
    if (candidate) return candidate.index + 1;
  }
  return undefined;
}

/** Drops whitespace at either end of the visible text, leaving tags in place. */
function trimVisible(html: string): string {
  return html.replace(/^((?:<[^>]+>)*)\s+/u, '$1').replace(/\s+((?:<\/[^>]+>)*)$/u, '$1');
}

/**
 * Packs whole blocks (digest stories, summary sections) into as few messages as
 * possible, joined by a blank line; a block longer than a message is split on its own.
 */
export function splitAtBoundaries(blocks: readonly string[], limit = TELEGRAM_MESSAGE_LIMIT): string[] {
  const messages: string[] = [];
  let current = '';
  for (const block of blocks) {
    const candidate = current ? `${current}\n\n${block}` : block;
    if (visibleLength(candidate) <= limit) {
      current = candidate;
      continue;
    }
    if (current) messages.push(current);
    if (visibleLength(block) <= limit) current = block;
    else {
      const pieces = splitTelegramHtml(block, limit);
      messages.push(...pieces.slice(0, -1));
      current = pieces.at(-1) ?? '';
    }
  }
  if (current) messages.push(current);
  return messages;
}
