import { topicEmoji } from '../core/topics.js';
import type { SourceHealth, SourceRecord } from '../store/source-store.js';

/** A source's state in words, the same for the bot's /sources and the command line. */
export interface SourceStatus {
  /** ✅ working, ⚠️ failing, ⛔ deactivated, 🕒 not read yet, 📣 a channel. */
  icon: string;
  name: string;
  /** The source's topics as emoji, '' when each item is classified. */
  topics: string;
  /** Plain-text lines under the name: what happened last, what comes next. */
  details: string[];
}

/**
 * Describes a source for a person who manages sources. `formatTime` puts an
 * instant on the reader's clock; `now` decides whether the next check is due.
 */
export function describeSourceStatus(source: SourceRecord, health: SourceHealth, now: number, formatTime: (ms: number) => string): SourceStatus {
  const name = source.title ?? source.url;
  const topics = source.topics.map((topic) => topicEmoji(topic)).join('');
  if (source.kind === 'channel') {
    return {
      icon: '📣',
      name,
      topics,
      details: [`channel${source.username ? ` @${source.username}` : ''} · ${health.itemsTaken} ${health.itemsTaken === 1 ? 'post' : 'posts'} taken`],
    };
  }
  if (health.deactivated) {
    return { icon: '⛔', name, topics, details: [`deactivated ${formatTime(health.deactivated.at)}: ${health.deactivated.reason}`, source.url] };
  }
  const icon = health.consecutiveFailures > 0 ? '⚠️' : health.checkedOnce ? '✅' : '🕒';
  const details = [
    [
      health.lastSuccessAt ? `last ok ${formatTime(health.lastSuccessAt)}` : 'not read yet',
      `${health.itemsTaken} ${health.itemsTaken === 1 ? 'item' : 'items'}`,
      `next ${health.nextCheckAt <= now ? 'now' : formatTime(health.nextCheckAt)}`,
    ].join(' · '),
  ];
  if (health.consecutiveFailures > 0) {
    const count = `${health.consecutiveFailures} ${health.consecutiveFailures === 1 ? 'failure' : 'failures'} in a row`;
    details.push(health.lastError ? `${count}: ${health.lastError}` : count);
  }
  details.push(source.url);
  return { icon, name, topics, details };
}
