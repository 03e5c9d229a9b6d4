/**
 * Telegram's HTML parse mode, as strict as the real Bot API: only its tags,
 * only its entities, every tag closed in order. Returns the plain text and the
 * entities, or the error Telegram would give.
 */

export interface ParsedEntity {
  type: string;
  offset: number;
  length: number;
  url?: string;
}

export type ParseResult = { ok: true; text: string; entities: ParsedEntity[] } | { ok: false; error: string };

const TAG_TYPES: Record<string, string> = {
  b: 'bold',
  strong: 'bold',
  i: 'italic',
  em: 'italic',
  u: 'underline',
  ins: 'underline',
  s: 'strikethrough',
  strike: 'strikethrough',
  del: 'strikethrough',
  'tg-spoiler': 'spoiler',
  span: 'spoiler',
  a: 'text_link',
  code: 'code',
  pre: 'pre',
  blockquote: 'blockquote',
  'tg-emoji': 'custom_emoji',
};

const NAMED_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"' };

export function parseTelegramHtml(html: string): ParseResult {
  let text = '';
  const entities: ParsedEntity[] = [];
  const open: Array<{ name: string; offset: number; url?: string; start: number }> = [];
  let index = 0;
  const byteOffset = (at: number) => Buffer.byteLength(html.slice(0, at));
  while (index < html.length) {
    const char = html[index] as string;
    if (char === '<') {
      const end = html.indexOf('>', index);
      if (end === -1) return { ok: false, error: `Can't parse entities: unclosed start tag at byte offset ${byteOffset(index)}` };
      const raw = html.slice(index + 1, end);
      if (raw.startsWith('/')) {
        const name = raw.slice(1).trim().toLowerCase();
        const top = open.pop();
        if (!top || top.name !== name) {
          return {
            ok: false,
            error: `Can't parse entities: unmatched end tag at byte offset ${byteOffset(index)}, expected "</${top?.name ?? ''}>", found "</${name}>"`,
          };
        }
        const type = TAG_TYPES[name] as string;
        if (text.length > top.offset || type === 'text_link') {
          entities.push({ type, offset: top.offset, length: text.length - top.offset, ...(top.url !== undefined && { url: top.url }) });
        }
      } else {
        const match = /^([a-z-]+)((?:\s+[a-z-]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*$/i.exec(raw);
        const name = match?.[1]?.toLowerCase();
        if (!match || !name || !(name in TAG_TYPES)) {
          return { ok: false, error: `Can't parse entities: unsupported start tag "${raw.split(/\s/)[0]}" at byte offset ${byteOffset(index)}` };
        }
        const attributes = Object.fromEntries(
          [...(match[2] ?? '').matchAll(/([a-z-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/gi)].map((attribute) => [
            (attribute[1] ?? '').toLowerCase(),
            decodeEntities(attribute[2] ?? attribute[3] ?? attribute[4] ?? ''),
          ]),
        );
        if (name === 'span' && attributes.class !== 'tg-spoiler') {
          return { ok: false, error: `Can't parse entities: unsupported start tag "span" at byte offset ${byteOffset(index)}` };
        }
        if (name === 'a' && attributes.href !== undefined && !/^(https?|tg):\/\//i.test(attributes.href) && !/^mailto:/i.test(attributes.href)) {
          return { ok: false, error: `Can't parse entities: unsupported URL "${attributes.href}"` };
        }
        open.push({ name, offset: text.length, start: index, ...(attributes.href !== undefined && { url: attributes.href }) });
      }
      index = end + 1;
      continue;
    }
    if (char === '&') {
      const match = /^&(#\d{1,7}|#x[\da-f]{1,6}|[a-z]+);/i.exec(html.slice(index, index + 12));
      const body = match?.[1];
      if (!body) return { ok: false, error: `Can't parse entities: character "&" at byte offset ${byteOffset(index)} must be escaped as "&amp;"` };
      if (body.startsWith('#')) {
        const code = body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
        text += String.fromCodePoint(code);
      } else {
        const decoded = NAMED_ENTITIES[body.toLowerCase()];
        if (decoded === undefined) return { ok: false, error: `Can't parse entities: unsupported HTML entity "&${body};" at byte offset ${byteOffset(index)}` };
        text += decoded;
      }
      index += (match?.[0] ?? '').length;
      continue;
    }
    if (char === '>') return { ok: false, error: `Can't parse entities: character ">" at byte offset ${byteOffset(index)} must be escaped as "&gt;"` };
    text += char;
    index++;
  }
  const unclosed = open.pop();
  if (unclosed) return { ok: false, error: `Can't parse entities: can't find end tag corresponding to start tag "${unclosed.name}"` };
  return { ok: true, text, entities: entities.sort((a, b) => a.offset - b.offset) };
}

function decodeEntities(value: string): string {
  return value.replace(/&(lt|gt|amp|quot);/g, (_whole, name: string) => NAMED_ENTITIES[name] ?? '');
}
