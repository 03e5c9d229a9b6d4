/**
 * The fixed topic list: the one place it is defined. The LLM must choose from it,
 * digests group by it, and people subscribe to it.
 */
export const TOPICS = [
  { slug: 'world', name: 'World', emoji: '🌍' },
  { slug: 'politics', name: 'Politics', emoji: '🏛' },
  { slug: 'business', name: 'Business', emoji: '💼' },
  { slug: 'technology', name: 'Technology', emoji: '💻' },
  { slug: 'science', name: 'Science', emoji: '🔬' },
  { slug: 'health', name: 'Health', emoji: '🩺' },
  { slug: 'sports', name: 'Sports', emoji: '⚽' },
  { slug: 'culture', name: 'Culture', emoji: '🎭' },
] as const;

export type Topic = (typeof TOPICS)[number]['slug'];

export const TOPIC_SLUGS: readonly Topic[] = TOPICS.map((topic) => topic.slug);

/** Finds a topic by slug or human name, in any case; undefined when unknown. */
export function findTopic(input: string): Topic | undefined {
  const wanted = input.trim().toLowerCase();
  return TOPICS.find((topic) => topic.slug === wanted || topic.name.toLowerCase() === wanted)?.slug;
}

export function topicName(slug: Topic): string {
  return TOPICS.find((topic) => topic.slug === slug)?.name ?? slug;
}

export function topicEmoji(slug: Topic): string {
  return TOPICS.find((topic) => topic.slug === slug)?.emoji ?? '•';
}
