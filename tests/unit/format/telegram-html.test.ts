import { describe, expect, it } from 'vitest';
import { escapeHtml, splitAtBoundaries, splitTelegramHtml, visibleLength } from '../../../src/format/telegram-html.js';

/** The visible text of Telegram HTML: tags dropped, entities decoded. */
function visibleText(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

/** Every tag closed, in order, as Telegram's parser demands. */
function tagsBalance(html: string): boolean {
  const stack: string[] = [];
  for (const [, closing, name] of html.matchAll(/<(\/?)([a-z-]+)[^>]*>/g)) {
    if (!closing) stack.push(name ?? '');
    else if (stack.pop() !== name) return false;
  }
  return stack.length === 0;
}

describe('escapeHtml', () => {
  it('escapes the characters Telegram HTML reserves', () => {
    expect(escapeHtml('Q&A: <b> "quoted" > tag')).toBe('Q&amp;A: &lt;b&gt; &quot;quoted&quot; &gt; tag');
  });
});

describe('visibleLength', () => {
  it('counts text after entity parsing, in UTF-16 code units, markup free', () => {
    expect(visibleLength('<b>a&amp;b</b> 😀 ж')).toBe('a&b 😀 ж'.length);
  });
});

describe('splitTelegramHtml', () => {
  const paragraph = (index: number) =>
    `<b>Point ${index}</b>: Россия &amp; the “West” &lt;agree&gt; on <a href="https://example.com/${index}?a=1&amp;b=2">item ${index}</a> 😀. ` +
    'More text to make this paragraph long enough. '.repeat(4);
  const long = Array.from({ length: 40 }, (_, index) => paragraph(index)).join('\n\n');

  it('splits a long message into valid parts under the limit, losing no text', () => {
    const parts = splitTelegramHtml(long, 4096);
    expect(visibleLength(long)).toBeGreaterThan(8192);
    expect(parts.length).toBe(3);
    for (const part of parts) {
      expect(visibleLength(part)).toBeLessThanOrEqual(4096);
      expect(tagsBalance(part)).toBe(true);
    }
    // Only the whitespace at the cuts may go.
    const words = (text: string) => text.split(/\s+/).filter(Boolean);
    expect(words(parts.map(visibleText).join(' '))).toEqual(words(visibleText(long)));
  });

  it('cuts between paragraphs when it can', () => {
    const parts = splitTelegramHtml(long, 1000);
    for (const part of parts) expect(part.startsWith('<b>Point')).toBe(true);
  });

  it('closes and reopens a tag cut in the middle', () => {
    const parts = splitTelegramHtml(`<i>${'word '.repeat(30)}</i>`, 50);
    expect(parts.length).toBeGreaterThan(2);
    for (const part of parts) expect(part).toMatch(/^<i>.*<\/i>$/s);
  });

  it('leaves a short message as it is', () => {
    expect(splitTelegramHtml('<b>Hi</b> there')).toEqual(['<b>Hi</b> there']);
  });
});

describe('splitAtBoundaries', () => {
  it('packs whole blocks and splits only a block too long for one message', () => {
    const blocks = ['a'.repeat(40), 'b'.repeat(40), 'c'.repeat(40), `${'word '.repeat(30)}`];
    const messages = splitAtBoundaries(blocks, 100);
    expect(messages[0]).toBe(`${'a'.repeat(40)}\n\n${'b'.repeat(40)}`);
    expect(messages[1]).toBe('c'.repeat(40));
    for (const message of messages) expect(visibleLength(message)).toBeLessThanOrEqual(100);
    expect(messages.slice(2).join(' ').replace(/\s+/g, ' ')).toBe('word '.repeat(30).trim());
  });
});
