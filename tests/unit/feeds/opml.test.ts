import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FeedError } from '../../../src/feeds/feed-types.js';
import { generateOpml, parseOpml, type OpmlSourceInput } from '../../../src/feeds/opml.js';

const subscriptions = readFileSync(new URL('../../fixtures/feeds/subscriptions.opml', import.meta.url), 'utf8');

describe('parseOpml', () => {
  it('reads sources with their category attributes and the folders they sit in', () => {
    expect(parseOpml(subscriptions)).toStrictEqual({
      title: 'Reading list & more',
      sources: [
        {
          url: 'https://nature.example/rss?a=1&b=2',
          title: 'Nature News',
          htmlUrl: 'https://nature.example/',
          categories: ['News', 'Science'],
          topics: ['science'],
        },
        {
          url: 'https://wire.example/world.xml',
          title: 'World Wire',
          categories: ['/World', '/News/Politics', 'News'],
          topics: ['world', 'politics'],
        },
        {
          url: 'https://gizmo.example/feed',
          title: 'Gizmo Blog',
          categories: ['/Tech/Technology', '/Tech/Reviews', 'Gadgets and stuff'],
          topics: ['technology'],
        },
        {
          // Its text only repeats the URL, so it has no title.
          url: 'https://loose.example/feed.xml',
          categories: ['Cooking'],
          topics: [],
        },
      ],
    });
  });

  it('refuses OPML that declares entities', () => {
    const bomb = '<?xml version="1.0"?><!DOCTYPE opml [<!ENTITY a "aaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><opml version="2.0"><head><title>&b;</title></head><body/></opml>';
    expect(() => parseOpml(bomb)).toThrow(FeedError);
    expect(() => parseOpml(bomb)).toThrow(expect.objectContaining({ code: 'unsafe_xml' }));
  });

  it('says malformed for something that is not OPML', () => {
    expect(() => parseOpml('<html><body>no</body></html>')).toThrow(expect.objectContaining({ code: 'malformed' }));
  });
});

describe('generateOpml', () => {
  const sources: OpmlSourceInput[] = [
    { url: 'https://a.example/rss?x=1&y=2', title: 'A & B <News>', htmlUrl: 'https://a.example/', topics: ['science', 'technology'] },
    { url: 'https://b.example/feed', title: 'Bee', topics: ['technology'] },
    { url: 'https://c.example/atom', title: 'Sea', topics: ['science'] },
    { url: 'https://d.example/untitled.xml', topics: [] },
  ];

  it('round-trips urls, titles and topics through parseOpml', () => {
    const parsed = parseOpml(generateOpml({ title: 'Newsdigest sources', sources }));
    expect(parsed.title).toBe('Newsdigest sources');
    expect(parsed.sources.map(({ url, title, htmlUrl, topics }) => ({ url, title, htmlUrl, topics }))).toEqual([
      { url: 'https://a.example/rss?x=1&y=2', title: 'A & B <News>', htmlUrl: 'https://a.example/', topics: ['science', 'technology'] },
      { url: 'https://c.example/atom', title: 'Sea', htmlUrl: undefined, topics: ['science'] },
      { url: 'https://b.example/feed', title: 'Bee', htmlUrl: undefined, topics: ['technology'] },
      { url: 'https://d.example/untitled.xml', title: undefined, htmlUrl: undefined, topics: [] },
    ]);
  });

  it('files feeds in one folder per first topic, with every topic in category', () => {
    expect(generateOpml({ title: 'Mine', sources: sources.slice(0, 2) })).toBe(
      [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<opml version="2.0">',
        '  <head>',
        '    <title>Mine</title>',
        '  </head>',
        '  <body>',
        '    <outline text="Science">',
        '      <outline text="A &amp; B &lt;News&gt;" type="rss" category="/science,/technology" xmlUrl="https://a.example/rss?x=1&amp;y=2" htmlUrl="https://a.example/" title="A &amp; B &lt;News&gt;"/>',
        '    </outline>',
        '    <outline text="Technology">',
        '      <outline text="Bee" type="rss" category="/technology" xmlUrl="https://b.example/feed" title="Bee"/>',
        '    </outline>',
        '  </body>',
        '</opml>',
        '',
      ].join('\n'),
    );
  });
});
