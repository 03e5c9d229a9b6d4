import { describe, expect, it } from 'vitest';
import { canonicalizeUrl, isHttpUrl } from '../../../src/extract/canonicalize-url.js';

describe('canonicalizeUrl', () => {
  it.each([
    ['HTTPS://Example.COM:443/News/Story?b=2&a=1#comments', 'https://example.com/News/Story?a=1&b=2'],
    ['http://example.com:80', 'http://example.com/'],
    ['http://example.com/?', 'http://example.com/'],
    ['https://example.com:8443/x', 'https://example.com:8443/x'],
    [
      'https://news.example/a?utm_source=tg&utm_medium=social&UTM_Campaign=x&fbclid=1&gclid=2&dclid=3&msclkid=4&yclid=5&mc_cid=6&mc_eid=7&igshid=8&ref_src=9&_ga=10&spm=11&id=42',
      'https://news.example/a?id=42',
    ],
    ['https://news.example/a?fbclid=abc', 'https://news.example/a'],
    ['https://news.example/a?z=1&a=%20b&z=0', 'https://news.example/a?a=%20b&z=1&z=0'],
    ['https://news.example/a?amp', 'https://news.example/a?amp'],
    ['  https://news.example/a  ', 'https://news.example/a'],
  ])('%s → %s', (input, expected) => {
    expect(canonicalizeUrl(input)).toBe(expected);
  });

  it('is idempotent', () => {
    const once = canonicalizeUrl('HTTP://A.example:80/p?utm_x=1&b=1&a=2#f');
    expect(canonicalizeUrl(once)).toBe(once);
  });

  it('throws on something that is not a URL', () => {
    expect(() => canonicalizeUrl('not a url')).toThrow(TypeError);
    expect(() => canonicalizeUrl('/relative/path')).toThrow(TypeError);
  });
});

describe('isHttpUrl', () => {
  it('accepts only absolute http and https URLs', () => {
    expect(['https://a.example/', 'http://a.example', 'ftp://a.example', 'javascript:alert(1)', 'a.example', ''].map(isHttpUrl)).toEqual([
      true,
      true,
      false,
      false,
      false,
      false,
    ]);
  });
});
