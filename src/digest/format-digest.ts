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
  const note = snippetNote(digest);
  if (note) header.push('', `<i>${escapeHtml(note)}</i>`);
  const blocks = [header.join('\n')];
  for (const section of digest.sections) {
    section.items.forEach((item, index) => {
      const heading = index === 0 ? `${topicEmoji(section.topic)} <b>${escapeHtml(topicName(section.topic).toUpperCase())}</b>\n\n` : '';
      blocks.push(heading + renderItem(item));
    });
  }
  return splitAtBoundaries(blocks, limit);
}

/** Why some stories show their source's own words: said once, at the top. */
function snippetNote(digest: Digest): string | undefined {
  const reasons = new Set(digest.sections.flatMap((section) => section.items.flatMap((item) => (item.snippetReason ? [item.snippetReason] : []))));
  if (reasons.has('budget_spent')) {
    return "ℹ️ Today's AI budget for this bot is spent, so stories marked ✂️ show the outlet's own snippet instead of a summary.";
  }
  if (reasons.has('unavailable')) return "ℹ️ Stories marked ✂️ show the outlet's own snippet: I couldn't summarize them this time.";
  return undefined;
}

function renderItem(item: DigestItem): string {
  const sources = item.sources.map((source) => `<a href="${escapeHtml(source.url)}">${escapeHtml(source.name)}</a>`).join(' · ');
  const label = item.sources.length > 1 ? `🔗 ${item.sources.length} sources: ` : '🔗 ';
  const gist = item.snippetReason ? `✂️ <i>${escapeHtml(item.gist)}</i>` : escapeHtml(item.gist);
  return `<b>${escapeHtml(item.title)}</b>\n${gist}\n${label}${sources}`;
}
