import { escapeHtml, splitAtBoundaries } from '../format/telegram-html.js';
import { topicEmoji, topicName } from '../core/topics.js';
import type { Digest, DigestItem } from './build-digest.js';

/**
 * A digest as Telegram messages: a header, the overview, then one block per
 * story, each topic's heading glued to its first story so no message ends on
 * a bare heading. Messages break only between stories.
 */
export function renderDigest(digest: Digest, overview: string | undefined, localNow: number, limit = 4096): string[] {
  const date = new Date(localNow).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const stories = digest.itemCount === 1 ? '1 story' : `${digest.itemCount} stories`;
  const header = [`📰 <b>Your news digest</b>`, `<i>${escapeHtml(date)} · ${stories}</i>`];
  if (overview) header.push('', escapeHtml(overview));
  const blocks = [header.join('\n')];
  for (const section of digest.sections) {
    section.items.forEach((item, index) => {
      const heading = index === 0 ? `${topicEmoji(section.topic)} <b>${escapeHtml(topicName(section.topic).toUpperCase())}</b>\n\n` : '';
      blocks.push(heading + renderItem(item));
    });
  }
  return splitAtBoundaries(blocks, limit);
}

function renderItem(item: DigestItem): string {
  const sources = item.sources.map((source) => `<a href="${escapeHtml(source.url)}">${escapeHtml(source.name)}</a>`).join(' · ');
  const label = item.sources.length > 1 ? `🔗 ${item.sources.length} sources: ` : '🔗 ';
  return `<b>${escapeHtml(item.title)}</b>\n${escapeHtml(item.gist)}\n${label}${sources}`;
}
