import { Composer, type Context } from 'telegraf';
import type { Message } from 'telegraf/types';
import { buildSummaryRequest, isArticleText, originOfText, type ArticleOrigin, type ForwardOrigin, type IncomingMessage } from '../../ingest/summary-request.js';
import type { SummaryOutcome } from '../../summarize/summary-service.js';
import type { BotDependencies } from '../bot-dependencies.js';
import { describeFailure, failureKind } from '../describe-failure.js';
import { formatSummary, hostOf } from '../format-summary.js';
import { dropCommand, toIncomingMessage } from '../incoming-message.js';
import type { InlineKeyboard } from '../messenger.js';
import { escapeHtml, splitTelegramHtml } from '../../format/telegram-html.js';

export const TOO_SHORT_REPLY =
  "That's too short to summarize. Send me a link, paste a whole article (a copied page is fine), or forward a post from a news channel.";
export const MEDIA_ONLY_REPLY =
  'I can only read text and links, not pictures or files. Send the article text or a link to it.';
export const SUMMARIZE_USAGE_REPLY =
  'Send <code>/summarize</code> followed by a link or an article, or reply <code>/summarize</code> to a message.';

/** Refreshes Telegram's "typing…" hint, which fades after about five seconds. */
const TYPING_REFRESH_MS = 4_500;

/** Summaries of links, pasted text and forwarded posts; also /summarize. */
export function createSummarizeFeature(deps: BotDependencies): Composer<Context> {
  const { messenger, summaries, jobs, logger, stats, settings } = deps;
  const feature = new Composer<Context>();

  feature.command('summarize', async (ctx) => {
    const message = ctx.message;
    const ownText = dropCommand(toIncomingMessage(message));
    const replied = message.reply_to_message;
    if (ownText.text) return answer(ctx.chat.id, message.message_id, ownText);
    if (replied) return answer(ctx.chat.id, replied.message_id, toIncomingMessage(replied as Message));
    await messenger.send(ctx.chat.id, { html: SUMMARIZE_USAGE_REPLY, replyToMessageId: message.message_id });
  });

  // In groups the bot answers only when asked with /summarize; in a private chat every message is a request.
  feature.on('message', async (ctx, next) => {
    if (ctx.chat.type !== 'private') return next();
    const incoming = toIncomingMessage(ctx.message);
    if (incoming.entities.some((entity) => entity.type === 'bot_command' && entity.offset === 0)) return next();
    await answer(ctx.chat.id, ctx.message.message_id, incoming);
  });

  async function answer(chatId: number, replyTo: number, incoming: IncomingMessage): Promise<void> {
    const request = buildSummaryRequest(incoming, { maxLinks: settings.maxLinksPerMessage });
    switch (request.kind) {
      case 'media_only':
        await messenger.send(chatId, { html: escapeHtml(MEDIA_ONLY_REPLY), replyToMessageId: replyTo });
        return;
      case 'too_short':
        await messenger.send(chatId, { html: escapeHtml(TOO_SHORT_REPLY), replyToMessageId: replyTo });
        return;
      case 'text': {
        const article = deps.extractPastedText(request.text);
        if (!isArticleText(article.text)) {
          await messenger.send(chatId, { html: escapeHtml(TOO_SHORT_REPLY), replyToMessageId: replyTo });
          return;
        }
        const job = { chatId, replyTo, origin: request.origin, progress: '⏳ Summarizing…', url: undefined, source: originOfText(request.origin) };
        const cached = await summaries.findCachedByText(article);
        if (cached) return sendOutcome(job, cached);
        jobs.run('summarize-text', () => withProgress(job, () => summaries.summarizeArticle(article)));
        return;
      }
      case 'links': {
        for (const url of request.urls) {
          const job = {
            chatId,
            replyTo,
            origin: request.origin,
            progress: `⏳ Reading ${escapeHtml(hostOf(url))}…`,
            url,
            source: { kind: 'link' } as const,
          };
          const cached = await summaries.findCachedByUrl(url);
          if (cached) await sendOutcome(job, cached);
          else jobs.run('summarize-link', () => withProgress(job, () => summaries.summarizeUrl(url)));
        }
        if (request.skippedLinks > 0) {
          await messenger.send(chatId, {
            html: `I summarize up to ${settings.maxLinksPerMessage} links per message; send the other ${request.skippedLinks} separately.`,
            replyToMessageId: replyTo,
          });
        }
      }
    }
  }

  interface Job {
    chatId: number;
    replyTo: number;
    origin: ForwardOrigin | undefined;
    /** Progress text, already HTML. */
    progress: string;
    url: string | undefined;
    source: ArticleOrigin;
  }

  /** Shows a progress message, does the work, then turns the progress message into the answer. */
  async function withProgress(job: Job, work: () => Promise<SummaryOutcome>): Promise<void> {
    void messenger.showTyping(job.chatId);
    const typing = setInterval(() => void messenger.showTyping(job.chatId), TYPING_REFRESH_MS);
    const progressId = await messenger.send(job.chatId, { html: job.progress, replyToMessageId: job.replyTo });
    try {
      const outcome = await work();
      await sendOutcome(job, outcome, progressId);
    } catch (error) {
      const kind = failureKind(error);
      stats.increment(`errors.${kind}`);
      logger.warn({ err: error, kind, url: job.url }, 'could not summarize');
      const reason = job.url ? describeFailure(error, job.url) : 'Something went wrong on my side while summarizing that. Please try again in a minute.';
      await messenger.edit(job.chatId, progressId, { html: `⚠️ ${escapeHtml(reason)}` });
    } finally {
      clearInterval(typing);
    }
  }

  async function sendOutcome(job: Job, outcome: SummaryOutcome, progressId?: number): Promise<void> {
    await deps.intake
      .admitSummary(outcome, job.source)
      .catch((error: unknown) => logger.warn({ err: error }, 'could not add the article to the digest pool'));
    const parts = splitTelegramHtml(formatSummary(outcome, job.origin));
    const keyboard: InlineKeyboard | undefined = outcome.article.url
      ? [[{ text: '📰 Open the article', url: outcome.article.url }]]
      : undefined;
    for (const [index, html] of parts.entries()) {
      const isLast = index === parts.length - 1;
      const message = { html, ...(isLast && keyboard && { keyboard }) };
      if (index === 0 && progressId !== undefined) await messenger.edit(job.chatId, progressId, message);
      else await messenger.send(job.chatId, { ...message, ...(index === 0 && { replyToMessageId: job.replyTo }) });
    }
  }

  return feature;
}
