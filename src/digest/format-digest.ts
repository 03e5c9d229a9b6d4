import { escapeHtml, splitAtBoundaries } from '../format/telegram-html.js';
import { topicEmoji } from '../core/topics.js';
import type { Texts } from '../messages/catalogue.js';
import type { Digest, DigestItem } from './build-digest.js';

/**
 * A digest as Telegram messages, in the reader's texts: a header, the overview, then one block per
 * story, each topic's heading glued to its first story so no message ends on a bare heading.
 * Messages break only between stories.
 */
export function renderDigest(texts: Texts, digest: Digest, overview: string | undefined, localNow: number, limit = 4096): string[] {
  const date = new Date(localNow).toLocaleDateString(texts.locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const header = [texts.html('digest.title'), texts.html('digest.dateLine', { date, count: digest.itemCount })];
  if (overview) header.push('', texts.html('digest.overview', { overview }));
  const note = snippetNote(texts, digest);
  if (note) header.push('', note);
  const blocks = [header.join('\n')];
  for (const section of digest.sections) {
    section.items.forEach((item, index) => {
      const name = texts.plain(`plain.topic.${section.topic}`).toLocaleUpperCase(texts.locale);
      const heading = index === 0 ? `${texts.html('digest.topicHeading', { emoji: topicEmoji(section.topic), name })}\n\n` : '';
      blocks.push(heading + renderItem(texts, item));
    });
  }
  return splitAtBoundaries(blocks, limit);
}

/** Why some stories show their source's own words: said once, at the top. */
function snippetNote(texts: Texts, digest: Digest): string | undefined {
  const reasons = new Set(digest.sections.flatMap((section) => section.items.flatMap((item) => (item.snippetReason ? [item.snippetReason] : []))));
  if (reasons.has('budget_spent')) return texts.html('digest.snippetsBudgetSpent');
  if (reasons.has('unavailable')) return texts.html('digest.snippetsUnavailable');
  return undefined;
}

function renderItem(texts: Texts, item: DigestItem): string {
  const links = item.sources.map((source) => `<a href="${escapeHtml(source.url)}">${escapeHtml(source.name)}</a>`).join(' · ');
  const gist = texts.html(item.snippetReason ? 'digest.itemSnippet' : 'digest.itemGist', { gist: item.gist });
  return [texts.html('digest.itemTitle', { title: item.title }), gist, sourcesLine(texts, links, item.sources.length)].join('\n');
}

/** One source is a link; several are counted first, as "3 sources:". */
function sourcesLine(texts: Texts, links: string, count: number): string {
  return count === 1 ? texts.html('digest.itemSource', { links }) : texts.html('digest.itemSources', { links, count });
}
