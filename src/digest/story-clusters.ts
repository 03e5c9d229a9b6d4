/**
 * Near-duplicate detection: the same story from several sources becomes one
 * digest item. Articles are compared by the content words of their title and
 * gist (and lead text when known): different outlets word headlines
 * differently but name the same people, places and numbers.
 */
import { contentWordsOf, stemOf } from '../core/words.js';

export interface ClusterInput {
  id: string;
  url: string;
  title: string;
  gist: string;
  lead?: string;
}

/** Article id → story id (the id of one article of the story). */
export type StoryClusters = ReadonlyMap<string, string>;

/** Share of content words two articles must have in common (of the smaller set) to be one story. */
const SAME_STORY_OVERLAP = 0.5;
/** At least this many shared content words, so two short headlines never merge on a word or two. */
const MIN_SHARED_WORDS = 4;
/** Words in more articles than this say nothing about which story it is. */
const MAX_WORD_FREQUENCY = 0.05;

/** The content words of a text, crudely stemmed ("sanctions" ~ "sanction"), as a set. */
export function storyWords(text: string): Set<string> {
  return new Set(contentWordsOf(text).map(stemOf));
}

/** Groups articles into stories. Uses an inverted index, so it stays near-linear for a pool of thousands. */
export function clusterStories(articles: readonly ClusterInput[]): StoryClusters {
  const parent = new Map<string, string>(articles.map((article) => [article.id, article.id]));
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root) ?? root;
    parent.set(id, root);
    return root;
  };
  const union = (a: string, b: string) => {
    const rootA = find(a);
    const rootB = find(b);
    if (rootA !== rootB) parent.set(rootB, rootA);
  };

  const byUrl = new Map<string, string>();
  const words = new Map<string, Set<string>>();
  const index = new Map<string, string[]>();
  for (const article of articles) {
    const sameUrl = byUrl.get(article.url);
    if (sameUrl) union(sameUrl, article.id);
    else byUrl.set(article.url, article.id);
    const articleWords = storyWords(`${article.title} ${article.gist} ${article.lead ?? ''}`);
    words.set(article.id, articleWords);
    for (const word of articleWords) {
      const ids = index.get(word);
      if (ids) ids.push(article.id);
      else index.set(word, [article.id]);
    }
  }

  // A small pool has no "common" words yet; a floor keeps rare names usable there.
  const maxFrequency = Math.max(20, Math.ceil(articles.length * MAX_WORD_FREQUENCY));
  const shared = new Map<string, number>();
  for (const article of articles) {
    shared.clear();
    for (const word of words.get(article.id) ?? []) {
      const ids = index.get(word) ?? [];
      if (ids.length > maxFrequency) continue;
      for (const other of ids) if (other > article.id) shared.set(other, (shared.get(other) ?? 0) + 1);
    }
    const size = words.get(article.id)?.size ?? 0;
    for (const [other, count] of shared) {
      const smaller = Math.min(size, words.get(other)?.size ?? 0);
      if (count >= MIN_SHARED_WORDS && count / smaller >= SAME_STORY_OVERLAP) union(article.id, other);
    }
  }
  return new Map(articles.map((article) => [article.id, find(article.id)]));
}
