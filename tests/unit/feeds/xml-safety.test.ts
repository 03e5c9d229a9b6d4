import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FeedError } from '../../../src/feeds/feed-types.js';
import { parseFeed } from '../../../src/feeds/parse-feed.js';
import { declaresEntities } from '../../../src/feeds/xml-safety.js';
import { utf8 } from './encoded-bytes.js';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/feeds/${name}`, import.meta.url));
const options = { url: 'https://feeds.example/feed.xml' };

function errorOf(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

describe('XML with entity declarations', () => {
  it.each(['billion-laughs.xml', 'external-entity.xml'])('refuses %s as unsafe_xml', (name) => {
    const error = errorOf(() => parseFeed(fixture(name), options));
    expect(error).toBeInstanceOf(FeedError);
    expect(error).toMatchObject({ code: 'unsafe_xml' });
  });

  it('refuses a DOCTYPE with entities even when it is not in the prolog', () => {
    const xml = '<rss version="2.0"><channel><!DOCTYPE x [<!ENTITY a "AAA">]><title>&a;</title></channel></rss>';
    expect(errorOf(() => parseFeed(utf8(xml), options))).toMatchObject({ code: 'unsafe_xml' });
  });

  it('allows the DOCTYPE of RSS 0.91, which names an external DTD and declares nothing', () => {
    expect(declaresEntities(fixture('rss-091.xml').toString('latin1'))).toBe(false);
  });

  it('allows a DOCTYPE with entities quoted inside CDATA (an article about XXE)', () => {
    const xml = '<rss version="2.0"><channel><item><description><![CDATA[Payload: <!DOCTYPE x [<!ENTITY a SYSTEM "file:///etc/passwd">]>]]></description></item></channel></rss>';
    expect(declaresEntities(xml)).toBe(false);
  });

  it('reads a document made of a hundred thousand DOCTYPE openings in one pass', () => {
    // A scan that restarted at each DOCTYPE would read this 10^5 times over (minutes); one pass is milliseconds.
    const hostile = `${'<!DOCTYPE x '.repeat(100_000)}<!ENTITY a "b">`;
    const started = performance.now();
    expect(declaresEntities(hostile)).toBe(false);
    expect(declaresEntities(`<!DOCTYPE x [${'<!DOCTYPE y '.repeat(100_000)}<!ENTITY a "b">]>`)).toBe(true);
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('refuses a billion-laughs bomb padded to 5 MB without expanding it', () => {
    const bomb = `${fixture('billion-laughs.xml').toString('utf8')}<!-- ${'x'.repeat(5_000_000)} -->`;
    const started = performance.now();
    expect(errorOf(() => parseFeed(utf8(bomb), options))).toMatchObject({ code: 'unsafe_xml' });
    // Expanding lol9 would be 3 GB of text; refusing reads the 5 MB once.
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});
