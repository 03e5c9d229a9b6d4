import { topicEmoji } from '../core/topics.js';
import type { Texts } from '../messages/catalogue.js';
import type { SourceHealth, SourceRecord } from '../store/source-store.js';

/** A source's state, the same for the bot's /sources and the command line. */
export interface SourceStatus {
  /** ✅ working, ⚠️ failing, ⛔ deactivated, 🕒 not read yet, 📣 a channel. */
  icon: '✅' | '⚠️' | '⛔' | '🕒' | '📣';
  name: string;
  /** The source's topics as emoji, '' when each item is classified. */
  topics: string;
  /** Lines under the name in Telegram HTML: what happened last, what comes next. */
  details: string[];
}

/** The icon alone: what a tally counts, without putting anything into words. */
export function sourceIcon(source: SourceRecord, health: SourceHealth): SourceStatus['icon'] {
  if (source.kind === 'channel') return '📣';
  if (health.deactivated) return '⛔';
  return health.consecutiveFailures > 0 ? '⚠️' : health.checkedOnce ? '✅' : '🕒';
}

/**
 * Describes a source for a person who manages sources, in their texts. `formatTime` puts an
 * instant on the reader's clock; `now` decides whether the next check is due. The last error and a
 * deactivation's reason are kept as the poller recorded them (in English): they are a technical cause.
 */
export function describeSourceStatus(texts: Texts, source: SourceRecord, health: SourceHealth, now: number, formatTime: (ms: number) => string): SourceStatus {
  const name = source.title ?? source.url;
  const topics = source.topics.map((topic) => topicEmoji(topic)).join('');
  const icon = sourceIcon(source, health);
  if (source.kind === 'channel') {
    const username = source.username ? ` @${source.username}` : '';
    return { icon, name, topics, details: [texts.html('sources.channelTaken', { username, count: health.itemsTaken })] };
  }
  if (health.deactivated) {
    const deactivated = texts.html('sources.deactivatedAt', { when: formatTime(health.deactivated.at), reason: health.deactivated.reason });
    return { icon, name, topics, details: [deactivated, texts.html('sources.url', { url: source.url })] };
  }
  const details = [
    [
      health.lastSuccessAt ? texts.html('sources.lastOk', { when: formatTime(health.lastSuccessAt) }) : texts.html('sources.notReadYet'),
      texts.html('sources.items', { count: health.itemsTaken }),
      health.nextCheckAt <= now ? texts.html('sources.nextNow') : texts.html('sources.nextAt', { when: formatTime(health.nextCheckAt) }),
    ].join(' · '),
  ];
  if (health.consecutiveFailures > 0) {
    const count = health.consecutiveFailures;
    details.push(health.lastError ? texts.html('sources.failuresWithError', { count, error: health.lastError }) : texts.html('sources.failures', { count }));
  }
  details.push(texts.html('sources.url', { url: source.url }));
  return { icon, name, topics, details };
}
