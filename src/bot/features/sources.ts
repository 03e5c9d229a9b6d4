import { Composer, type Context } from 'telegraf';
import { findTopic, topicEmoji } from '../../core/topics.js';
import { describeSourceStatus } from '../../sources/source-status.js';
import { formatLocalTime } from '../../digest/local-time.js';
import { escapeHtml, splitTelegramHtml } from '../../format/telegram-html.js';
import { parseTopicWords, type ListedSource } from '../../sources/source-catalog.js';
import type { BotDependencies } from '../bot-dependencies.js';
import { FileDownloadError } from '../messenger.js';
import { commandArguments } from './command-arguments.js';

export const NOT_SOURCE_ADMIN_REPLY = 'Only the bot’s admins can change sources.';
export const ADDSOURCE_USAGE =
  'Send <code>/addsource &lt;feed or site URL&gt; [topics…]</code>, for example <code>/addsource https://www.nasa.gov/rss/dyn/breaking_news.rss science</code>. Without topics, each item’s topics are guessed from its text.';
export const REMOVESOURCE_USAGE = 'Send <code>/removesource &lt;number from /sources or URL&gt;</code>, for example <code>/removesource 3</code>.';

/** OPML files larger than this are not read: a list of a few thousand feeds is well under it. */
const MAX_OPML_BYTES = 2 * 1024 * 1024;

/** /sources, /addsource, /removesource, OPML import (an .opml document) and export: the bot's admins only. */
export function createSourcesFeature(deps: BotDependencies): Composer<Context> {
  const { messenger, sources, subscriptions, settings, logger } = deps;
  const feature = new Composer<Context>();
  const isAdmin = (userId: number | undefined) => userId !== undefined && settings.adminIds.includes(userId);

  /** The admin's own time zone when they have one here, so "next check" reads on their clock. */
  async function zoneOf(chatId: number): Promise<string> {
    return (await subscriptions.get(chatId))?.timeZone ?? settings.defaultTimeZone;
  }

  feature.command('sources', async (ctx) => {
    if (!isAdmin(ctx.from.id)) return void (await messenger.send(ctx.chat.id, { html: escapeHtml(NOT_SOURCE_ADMIN_REPLY) }));
    const [subcommand] = commandArguments(ctx.message.text);
    if (subcommand?.toLowerCase() === 'export') {
      const opml = await sources.exportOpml();
      const count = (await sources.list()).filter((entry) => entry.source.kind === 'feed').length;
      await messenger.sendDocument(ctx.chat.id, {
        fileName: 'newsdigest-sources.opml',
        content: Buffer.from(opml, 'utf8'),
        captionHtml: `📤 ${count} ${count === 1 ? 'feed' : 'feeds'}. Send this file back to me (or to another bot) to import them.`,
        replyToMessageId: ctx.message.message_id,
      });
      return;
    }
    const listed = await sources.list();
    const zone = await zoneOf(ctx.chat.id);
    for (const html of splitTelegramHtml(formatSourceList(listed, zone, deps.clock.now()))) await messenger.send(ctx.chat.id, { html });
  });

  feature.command('addsource', async (ctx) => {
    if (!isAdmin(ctx.from.id)) return void (await messenger.send(ctx.chat.id, { html: escapeHtml(NOT_SOURCE_ADMIN_REPLY) }));
    const [url, ...words] = commandArguments(ctx.message.text);
    if (!url) return void (await messenger.send(ctx.chat.id, { html: ADDSOURCE_USAGE }));
    const { topics, unknown } = parseTopicWords(words, findTopic);
    if (unknown.length > 0) {
      await messenger.send(ctx.chat.id, {
        html: `I don't know the ${unknown.length === 1 ? 'topic' : 'topics'} ${unknown.map((word) => `“${escapeHtml(word)}”`).join(', ')}. See /topics for the list.`,
      });
      return;
    }
    void messenger.showTyping(ctx.chat.id);
    const progressId = await messenger.send(ctx.chat.id, { html: `⏳ Reading ${escapeHtml(url)}…`, replyToMessageId: ctx.message.message_id });
    const result = await sources.addFeed(url, topics);
    const html =
      result.status === 'added'
        ? `✅ Added <b>${escapeHtml(result.source.title ?? result.source.url)}</b>${result.discoveredFrom ? ` (the feed of that page: ${escapeHtml(result.source.url)})` : ''}. I check it within a minute, then every few minutes as the feed allows.${topics.length > 0 ? ` Topics: ${topics.map((topic) => `${topicEmoji(topic)} ${topic}`).join(', ')}.` : ''}`
        : result.status === 'exists'
          ? `That feed is a source already: <b>${escapeHtml(result.source.title ?? result.source.url)}</b>. See /sources.`
          : `⚠️ I can't add ${escapeHtml(url)}: ${escapeHtml(result.reason)}.`;
    await messenger.edit(ctx.chat.id, progressId, { html });
  });

  feature.command('removesource', async (ctx) => {
    if (!isAdmin(ctx.from.id)) return void (await messenger.send(ctx.chat.id, { html: escapeHtml(NOT_SOURCE_ADMIN_REPLY) }));
    const [reference] = commandArguments(ctx.message.text);
    if (!reference) return void (await messenger.send(ctx.chat.id, { html: REMOVESOURCE_USAGE }));
    const result = await sources.remove(reference);
    await messenger.send(ctx.chat.id, {
      html:
        result.status === 'removed'
          ? `🗑 Removed <b>${escapeHtml(result.source.title ?? result.source.url)}</b>. Its stories already in digests stay until they age out.`
          : `No source “${escapeHtml(reference)}”. ${REMOVESOURCE_USAGE} /sources lists them with their numbers.`,
    });
  });

  // An OPML file sent by an admin is imported; anyone else's documents fall through to the summarize feature.
  feature.on('document', async (ctx, next) => {
    const { document } = ctx.message;
    const looksLikeOpml = /\.opml$/i.test(document.file_name ?? '') || /opml/i.test(document.mime_type ?? '');
    if (!looksLikeOpml) return next();
    if (!isAdmin(ctx.from.id)) return void (await messenger.send(ctx.chat.id, { html: escapeHtml(NOT_SOURCE_ADMIN_REPLY) }));
    let text: string;
    try {
      text = (await messenger.downloadFile(document.file_id, MAX_OPML_BYTES)).toString('utf8');
    } catch (error) {
      logger.warn({ err: error }, 'could not download an OPML file');
      const reason = error instanceof FileDownloadError ? error.message : 'Telegram did not give me the file';
      await messenger.send(ctx.chat.id, { html: `⚠️ I couldn't read that file: ${escapeHtml(reason)}.` });
      return;
    }
    let report: Awaited<ReturnType<typeof sources.importOpml>>;
    try {
      report = await sources.importOpml(text);
    } catch (error) {
      logger.warn({ err: error }, 'an OPML file could not be imported');
      await messenger.send(ctx.chat.id, { html: `⚠️ That file is not an OPML list I can read: ${escapeHtml(error instanceof Error ? error.message : String(error))}.` });
      return;
    }
    const refused = report.refused.map((entry) => `${escapeHtml(entry.url)} (${escapeHtml(entry.reason)})`).join('; ');
    await messenger.send(ctx.chat.id, {
      html: `📥 Imported: ${report.added} added, ${report.alreadyThere} already there, ${report.refused.length} refused${refused ? `: ${refused}` : ''}.`,
      replyToMessageId: ctx.message.message_id,
    });
  });

  return feature;
}

/** The source list, one short block per source, phone-width. */
export function formatSourceList(listed: readonly ListedSource[], timeZone: string, now: number): string {
  if (listed.length === 0) {
    return '📡 <b>Sources</b>\nNo sources yet. Add a feed with /addsource, send me an .opml file, or make me an administrator of a channel.';
  }
  const blocks = listed.map(({ number, source, health }) => {
    const status = describeSourceStatus(source, health, now, (ms) => formatLocalTime(ms, timeZone));
    const topics = status.topics ? ` · ${status.topics}` : '';
    return [`${number}. ${status.icon} <b>${escapeHtml(status.name)}</b>${topics}`, ...status.details.map((line) => `   ${escapeHtml(line)}`)].join('\n');
  });
  const count = (icon: string) => listed.filter(({ source, health }) => describeSourceStatus(source, health, now, String).icon === icon).length;
  const tally = [`✅ ${count('✅')} working`, `⚠️ ${count('⚠️')} failing`, `⛔ ${count('⛔')} deactivated`, `🕒 ${count('🕒')} not read yet`, `📣 ${count('📣')} channels`]
    .filter((part) => !part.includes(' 0 '))
    .join(' · ');
  return [
    `📡 <b>Sources</b> (${listed.length}) · times in ${escapeHtml(timeZone)}`,
    tally,
    '',
    blocks.join('\n\n'),
    '',
    '/addsource URL [topics] · /removesource N · /sources export · send an .opml file to import',
  ].join('\n');
}
