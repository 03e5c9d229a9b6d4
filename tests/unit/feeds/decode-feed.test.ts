import { describe, expect, it } from 'vitest';
import { decodeFeedBytes } from '../../../src/feeds/decode-feed.js';
import { UTF8_BOM, concatBytes, latin1, utf8, windows1251 } from './encoded-bytes.js';

const rss = (prolog: string, title: string) => `${prolog}<rss version="2.0"><channel><title>${title}</title></channel></rss>`;

describe('decodeFeedBytes', () => {
  it('reads windows-1251 declared only in the XML prolog', () => {
    const text = rss('<?xml version="1.0" encoding="windows-1251"?>', 'Новости дня');
    expect(decodeFeedBytes(windows1251(text))).toBe(text);
  });

  it('reads ISO-8859-1 declared only in the XML prolog (single quotes)', () => {
    const text = rss("<?xml version='1.0' encoding='ISO-8859-1'?>", 'Café crème à Zürich');
    expect(decodeFeedBytes(latin1(text))).toBe(text);
  });

  it('lets the HTTP charset override a prolog that names another encoding', () => {
    // A CMS that writes "utf-8" into every prolog behind a server that really sends windows-1251.
    const text = rss('<?xml version="1.0" encoding="utf-8"?>', 'Привет');
    expect(decodeFeedBytes(windows1251(text), 'application/rss+xml; charset=windows-1251')).toBe(text);
  });

  it('lets a byte-order mark override the HTTP charset', () => {
    const text = rss('<?xml version="1.0"?>', 'Grüße');
    expect(decodeFeedBytes(concatBytes(UTF8_BOM, utf8(text)), 'text/xml; charset=iso-8859-1')).toBe(text);
  });

  it('reads a BOM followed by whitespace before the prolog, and drops the BOM', () => {
    const text = `\r\n  ${rss('<?xml version="1.0" encoding="utf-8"?>', 'Ёлка')}`;
    expect(decodeFeedBytes(concatBytes(UTF8_BOM, utf8(text)))).toBe(text);
  });

  it('finds the prolog after whitespace when there is no BOM', () => {
    const text = `\n\n  ${rss('<?xml version="1.0" encoding="windows-1251"?>', 'Ёлка')}`;
    expect(decodeFeedBytes(windows1251(text))).toBe(text);
  });

  it('falls back to UTF-8 without any declaration, and past an unknown label', () => {
    const text = rss('<?xml version="1.0" encoding="utf8mb4"?>', 'Ünïcödé ✓');
    expect(decodeFeedBytes(utf8(text), 'application/xml; charset=nonsense')).toBe(text);
  });

  it('ignores a prolog that claims UTF-16 over single-byte text', () => {
    const text = rss('<?xml version="1.0" encoding="UTF-16"?>', 'naïve');
    expect(decodeFeedBytes(utf8(text))).toBe(text);
  });

  it('reads a JSON Feed as UTF-8 whatever charset the header names', () => {
    const text = '{"version":"https://jsonfeed.org/version/1.1","title":"Заголовок","items":[]}';
    expect(decodeFeedBytes(utf8(text), 'application/feed+json; charset=windows-1251')).toBe(text);
    expect(decodeFeedBytes(concatBytes(UTF8_BOM, utf8(text)))).toBe(text);
  });
});
