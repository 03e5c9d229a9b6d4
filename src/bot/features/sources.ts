import { Composer, type Context } from 'telegraf';
import { describeSourceStatus, sourceIcon } from '../../sources/source-status.js';
import { formatLocalTime } from '../../digest/local-time.js';
import { splitTelegramHtml } from '../../format/telegram-html.js';
import type { Texts } from '../../messages/catalogue.js';
import { parseTopicWords, type ListedSource, type SourceRefusal } from '../../sources/source-catalog.js';
import type { BotDependencies } from '../bot-dependencies.js';
import { FileDownloadError } from '../messenger.js';
import { textsOf } from '../reader-texts.js';
import { commandArguments } from './command-arguments.js';
import { findTopicNamed, formatTopicList } from './topics.js';

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
    const texts = textsOf(ctx);
    if (!isAdmin(ctx.from.id)) return void (await messenger.send(ctx.chat.id, { html: texts.html('sources.notAdmin') }));
    const [subcommand] = commandArguments(ctx.message.text);
    if (subcommand?.toLowerCase() === 'export') {
      const opml = await sources.exportOpml();
      const count = (await sources.list()).filter((entry) => entry.source.kind === 'feed').length;
      await messenger.sendDocument(ctx.chat.id, {
        fileName: 'newsdigest-sources.opml',
        content: Buffer.from(opml, 'utf8'),
        captionHtml: texts.html('sources.exported', { count }),
        replyToMessageId: ctx.message.message_id,
      });
      return;
    }
    const listed = await sources.list();
    const zone = await zoneOf(ctx.chat.id);
    for (const html of splitTelegramHtml(formatSourceList(texts, listed, zone, deps.clock.now()))) await messenger.send(ctx.chat.id, { html });
  });

  feature.command('addsource', async (ctx) => {
    const texts = textsOf(ctx);
    if (!isAdmin(ctx.from.id)) return void (await messenger.send(ctx.chat.id, { html: texts.html('sources.notAdmin') }));
    const [url, ...words] = commandArguments(ctx.message.text);
    if (!url) return void (await messenger.send(ctx.chat.id, { html: texts.html('sources.addUsage') }));
    const { topics, unknown } = parseTopicWords(words, (word) => findTopicNamed(texts, word));
    if (unknown.length > 0) {
      const names = unknown.map((word) => texts.html('general.quoted', { text: word })).join(', ');
      await messenger.send(ctx.chat.id, { html: texts.html('sources.unknownTopics', { names, count: unknown.length }) });
      return;
    }
    void messenger.showTyping(ctx.chat.id);
    const progressId = await messenger.send(ctx.chat.id, { html: texts.html('sources.reading', { url }), replyToMessageId: ctx.message.message_id });
    const result = await sources.addFeed(url, topics);
    let html: string;
    if (result.status === 'added') {
      const name = result.source.title ?? result.source.url;
      const topicsNote = topics.length > 0 ? texts.html('sources.addedTopics', { topics: formatTopicList(texts, topics) }) : '';
      html = result.discoveredFrom
        ? texts.html('sources.addedFromPage', { name, url: result.source.url, topicsNote })
        : texts.html('sources.added', { name, topicsNote });
    } else if (result.status === 'exists') {
      html = texts.html('sources.exists', { name: result.source.title ?? result.source.url });
    } else {
      html = texts.html('sources.refused', { url, reason: describeRefusal(texts, result.reason) });
    }
    await messenger.edit(ctx.chat.id, progressId, { html });
  });

  feature.command('removesource', async (ctx) => {
    const texts = textsOf(ctx);
    if (!isAdmin(ctx.from.id)) return void (await messenger.send(ctx.chat.id, { html: texts.html('sources.notAdmin') }));
    const [reference] = commandArguments(ctx.message.text);
    const usage = texts.html('sources.removeUsage');
    if (!reference) return void (await messenger.send(ctx.chat.id, { html: usage }));
    const result = await sources.remove(reference);
    await messenger.send(ctx.chat.id, {
      html:
        result.status === 'removed'
          ? texts.html('sources.removed', { name: result.source.title ?? result.source.url })
          : texts.html('sources.noSuch', { reference, usage }),
    });
  });

  // An OPML file sent by an admin is imported; anyone else's documents fall through to the summarize feature.
  feature.on('document', async (ctx, next) => {
    const texts = textsOf(ctx);
    const { document } = ctx.message;
    const looksLikeOpml = /\.opml$/i.test(document.file_name ?? '') || /opml/i.test(document.mime_type ?? '');
    if (!looksLikeOpml) return next();
    if (!isAdmin(ctx.from.id)) return void (await messenger.send(ctx.chat.id, { html: texts.html('sources.notAdmin') }));
    let text: string;
    try {
      text = (await messenger.downloadFile(document.file_id, MAX_OPML_BYTES)).toString('utf8');
    } catch (error) {
      logger.warn({ err: error }, 'could not download an OPML file');
      // The download error's message is technical detail (a size, Telegram's description) and stays as it is.
      const reason = error instanceof FileDownloadError ? error.message : texts.plain('plain.fileNotGiven');
      await messenger.send(ctx.chat.id, { html: texts.html('sources.fileUnreadable', { reason }) });
      return;
    }
    let report: Awaited<ReturnType<typeof sources.importOpml>>;
    try {
      report = await sources.importOpml(text);
    } catch (error) {
      logger.warn({ err: error }, 'an OPML file could not be imported');
      await messenger.send(ctx.chat.id, { html: texts.html('sources.notOpml', { reason: error instanceof Error ? error.message : String(error) }) });
      return;
    }
    const counts = { added: report.added, already: report.alreadyThere, refusedCount: report.refused.length };
    const refused = report.refused.map((entry) => texts.html('sources.refusedEntry', { url: entry.url, reason: describeRefusal(texts, entry.reason) })).join('; ');
    await messenger.send(ctx.chat.id, {
      html: refused ? texts.html('sources.importedWithRefusals', { ...counts, refused }) : texts.html('sources.imported', counts),
      replyToMessageId: ctx.message.message_id,
    });
  });

  return feature;
}

/** Why a URL is no source, in the admin's words (HTML). */
export function describeRefusal(texts: Texts, refusal: SourceRefusal): string {
  switch (refusal.code) {
    case 'not_http':
      return texts.html('sources.reason.notHttp');
    case 'unsafe_xml':
      return texts.html('sources.reason.unsafeXml');
    case 'malformed':
      return texts.html('sources.reason.malformed');
    case 'no_feed_named':
      return texts.html('sources.reason.noFeedNamed');
    case 'not_a_feed':
      return texts.html('sources.reason.notAFeed');
    case 'private_address':
      return texts.html('sources.reason.privateAddress');
    case 'http_status':
      return refusal.status === undefined ? texts.html('sources.reason.statusUnknown') : texts.html('sources.reason.status', { status: refusal.status });
    case 'fetch_failed':
      return texts.html('sources.reason.fetchFailed', { code: refusal.detail.replace(/_/g, ' ') });
    case 'unknown':
      return texts.html('sources.reason.unknown');
  }
}

/** The source list, one short block per source, phone-width. */
export function formatSourceList(texts: Texts, listed: readonly ListedSource[], timeZone: string, now: number): string {
  if (listed.length === 0) return texts.html('sources.empty');
  const blocks = listed.map(({ number, source, health }) => {
    const status = describeSourceStatus(texts, source, health, now, (ms) => formatLocalTime(ms, timeZone, texts.locale));
    const topics = status.topics ? ` · ${status.topics}` : '';
    const entry = texts.html('sources.entry', { number, icon: status.icon, name: status.name, topics });
    return [entry, ...status.details.map((detail) => texts.html('sources.entryDetail', { detail }))].join('\n');
  });
  const count = (icon: ReturnType<typeof sourceIcon>) => listed.filter(({ source, health }) => sourceIcon(source, health) === icon).length;
  const tally = (
    [
      ['✅', 'sources.tallyWorking'],
      ['⚠️', 'sources.tallyFailing'],
      ['⛔', 'sources.tallyDeactivated'],
      ['🕒', 'sources.tallyUnread'],
      ['📣', 'sources.tallyChannels'],
    ] as const
  )
    .filter(([icon]) => count(icon) > 0)
    .map(([icon, key]) => texts.html(key, { n: count(icon) }))
    .join(' · ');
  return [texts.html('sources.listTitle', { n: listed.length, zone: timeZone }), tally, '', blocks.join('\n\n'), '', texts.html('sources.listFooter')].join('\n');
}
