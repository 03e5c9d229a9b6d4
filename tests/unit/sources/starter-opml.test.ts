import { readFile } from 'node:fs/promises';
import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { TOPIC_SLUGS, topicName } from '../../../src/core/topics.js';
import { parseOpml } from '../../../src/feeds/opml.js';

/**
 * sources/starter.opml is what an operator following the README runs with. It is
 * read by the bot's own OPML reader, so these tests read it the same way, and look
 * at its outlines directly for what that reader forgives (a feed filed without a
 * URL is only a folder to it).
 */
const STARTER = new URL('../../../sources/starter.opml', import.meta.url);
const MIN_FEEDS_PER_TOPIC = 3;

const isWebUrl = (value: string | undefined) => {
  if (value === undefined || !URL.canParse(value)) return false;
  return ['https:', 'http:'].includes(new URL(value).protocol);
};

describe('the starter source list', () => {
  it(`reads with the bot's OPML reader: titled feeds with absolute URLs, each once, each on a topic, at least ${MIN_FEEDS_PER_TOPIC} per topic`, async () => {
    const { title, sources } = parseOpml(await readFile(STARTER, 'utf8'));
    expect(title).toBe('Newsdigest starter sources');

    const notWebUrls = sources.filter((source) => !isWebUrl(source.url) || !isWebUrl(source.htmlUrl));
    expect(notWebUrls).toEqual([]);
    const urls = sources.map((source) => source.url);
    expect(urls.filter((url, index) => urls.indexOf(url) !== index)).toEqual([]);
    expect(sources.filter((source) => source.title === undefined)).toEqual([]);
    expect(sources.filter((source) => source.topics.length === 0)).toEqual([]);

    const perTopic = Object.fromEntries(TOPIC_SLUGS.map((topic) => [topic, sources.filter((source) => source.topics.includes(topic)).length]));
    const tooFew = Object.entries(perTopic).filter(([, count]) => count < MIN_FEEDS_PER_TOPIC);
    expect(tooFew, JSON.stringify(perTopic)).toEqual([]);
  });

  it('is one folder per topic, named as people read it, holding only complete feed outlines whose category includes that topic', async () => {
    const document = new DOMParser().parseFromString(await readFile(STARTER, 'utf8'), 'text/xml');
    expect(document.documentElement.getAttribute('version')).toBe('2.0');
    const body = document.querySelector('body');
    const folders = [...(body?.children ?? [])];
    expect(folders.map((folder) => folder.getAttribute('text'))).toEqual(TOPIC_SLUGS.map(topicName));

    const problems: string[] = [];
    for (const [index, topic] of TOPIC_SLUGS.entries()) {
      for (const feed of folders[index]?.children ?? []) {
        const attribute = (name: string): string | undefined => feed.getAttribute(name) ?? undefined;
        const name = attribute('text') ?? `outline ${feed.outerHTML.slice(0, 80)}`;
        if (feed.tagName !== 'outline' || feed.children.length > 0) problems.push(`${name}: a feed is an outline without children`);
        if (attribute('type') !== 'rss') problems.push(`${name}: type is not "rss"`);
        if (!attribute('text') || attribute('title') !== attribute('text')) problems.push(`${name}: text and title should both name the outlet and section`);
        if (!isWebUrl(attribute('xmlUrl'))) problems.push(`${name}: xmlUrl is not an absolute http(s) URL`);
        if (!isWebUrl(attribute('htmlUrl'))) problems.push(`${name}: htmlUrl is not an absolute http(s) URL`);
        const categories = (attribute('category') ?? '').split(',').map((category) => category.trim());
        if (!categories.includes(topic)) problems.push(`${name}: category should include "${topic}", the folder it is in`);
        const unknown = categories.filter((category) => !TOPIC_SLUGS.some((slug) => slug === category));
        if (unknown.length > 0) problems.push(`${name}: category names no topic: ${unknown.join(', ')}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
