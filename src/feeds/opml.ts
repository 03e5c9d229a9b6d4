/**
 * OPML subscription lists: what feed readers import and export. Read with
 * feedsmith's OPML parser and written with its generator.
 */
import { generateOpml as generateWithFeedsmith, parseOpml as parseWithFeedsmith, type Opml } from 'feedsmith';
import { findTopic, topicName, type Topic } from '../core/topics.js';
import { FeedError } from './feed-types.js';
import { refuseEntityDeclarations } from './xml-safety.js';

type Outline = Opml.Outline<string>;

export interface OpmlSource {
  /** The feed's URL (`xmlUrl`), as written. */
  url: string;
  title?: string;
  /** The site the feed belongs to. */
  htmlUrl?: string;
  /** Every category as written, each once: the outline's own `category` entries, then the folders it sits in (text, then title), outermost first. */
  categories: string[];
  /** The categories that name one of the bot's topics, each once. */
  topics: Topic[];
}

export interface OpmlDocument {
  title?: string;
  sources: OpmlSource[];
}

/** What `generateOpml` writes for one feed. */
export interface OpmlSourceInput {
  url: string;
  title?: string;
  htmlUrl?: string;
  topics: Topic[];
}

function trimmed(value: string | undefined): string | undefined {
  return value?.trim() || undefined;
}

/** A category attribute: comma-separated, each maybe a path such as "/News/Science". */
function splitCategories(attribute: string | undefined): string[] {
  return (attribute ?? '')
    .split(',')
    .map((category) => category.trim())
    .filter((category) => category !== '' && category !== '/');
}

/** Topics named by any segment of any category, in order of first mention. */
function topicsOf(categories: readonly string[]): Topic[] {
  const topics: Topic[] = [];
  for (const category of categories) {
    for (const segment of category.split('/')) {
      const topic = segment.trim() === '' ? undefined : findTopic(segment);
      if (topic !== undefined && !topics.includes(topic)) topics.push(topic);
    }
  }
  return topics;
}

function toSource(outline: Outline, url: string, folders: readonly string[]): OpmlSource {
  const categories = [...new Set([...splitCategories(outline.category), ...folders])];
  const text = trimmed(outline.text);
  // `text` is required by OPML, so writers that know no title repeat the URL there; that is no title.
  const title = trimmed(outline.title) ?? (text === url ? undefined : text);
  const htmlUrl = trimmed(outline.htmlUrl);
  return {
    url,
    ...(title === undefined ? {} : { title }),
    ...(htmlUrl === undefined ? {} : { htmlUrl }),
    categories,
    topics: topicsOf(categories),
  };
}

function collectSources(outlines: readonly Outline[], folders: readonly string[], sources: OpmlSource[]): void {
  for (const outline of outlines) {
    const url = trimmed(outline.xmlUrl);
    if (url !== undefined) sources.push(toSource(outline, url, folders));
    const children = outline.outlines ?? [];
    if (children.length > 0 && url === undefined) {
      // A folder is known by its text; a title that says something else is a second name for it.
      const names = [trimmed(outline.text), trimmed(outline.title)].filter((name) => name !== undefined);
      collectSources(children, [...folders, ...new Set(names)], sources);
    } else if (children.length > 0) {
      collectSources(children, folders, sources);
    }
  }
}

/**
 * The feeds of an OPML subscription list with the folders and categories they
 * were filed under.
 *
 * @throws FeedError `unsafe_xml` when the document declares entities; `malformed`
 *   when it is no readable OPML.
 */
export function parseOpml(text: string): OpmlDocument {
  refuseEntityDeclarations(text, 'The OPML file');
  let document: Opml.Document<string>;
  try {
    document = parseWithFeedsmith(text);
  } catch (error) {
    throw new FeedError('malformed', 'This is not a readable OPML file', { cause: error });
  }
  const sources: OpmlSource[] = [];
  collectSources(document.body?.outlines ?? [], [], sources);
  const title = trimmed(document.head?.title);
  return { ...(title === undefined ? {} : { title }), sources };
}

function toOutline(source: OpmlSourceInput): Outline {
  const title = trimmed(source.title);
  const htmlUrl = trimmed(source.htmlUrl);
  return {
    text: title ?? source.url,
    ...(title === undefined ? {} : { title }),
    type: 'rss',
    xmlUrl: source.url,
    ...(htmlUrl === undefined ? {} : { htmlUrl }),
    // Slugs, not names: they are what the bot's topics are keyed by and never get translated.
    ...(source.topics.length === 0 ? {} : { category: source.topics.map((topic) => `/${topic}`).join(',') }),
  };
}

/**
 * An OPML 2.0 subscription list. Feeds are filed in one folder per first topic
 * (named as people read it, "Science"), because that is how feed readers show
 * an import; every topic is also in the `category` attribute, so nothing is lost
 * for a feed with several. Feeds without a topic come last, outside any folder.
 */
export function generateOpml(input: { title: string; sources: readonly OpmlSourceInput[] }): string {
  const folders = new Map<Topic, Outline[]>();
  const loose: Outline[] = [];
  for (const source of input.sources) {
    const [firstTopic] = source.topics;
    if (firstTopic === undefined) {
      loose.push(toOutline(source));
      continue;
    }
    const folder = folders.get(firstTopic) ?? [];
    folder.push(toOutline(source));
    folders.set(firstTopic, folder);
  }
  const outlines: Outline[] = [...[...folders].map(([topic, children]) => ({ text: topicName(topic), outlines: children })), ...loose];
  return generateWithFeedsmith({ head: { title: input.title }, body: { outlines } });
}
