import { Composer, type Context } from 'telegraf';
import type { Message } from 'telegraf/types';
import type { Article } from '../../core/article.js';
import { formatLocalTime, offsetMinutes } from '../../digest/local-time.js';
import { ExtractError } from '../../extract/index.js';
import { createPasteAssembler, joinPastePieces, PASTE_PIECE_MIN_LENGTH, realPasteTimer, type PastePiece } from '../../ingest/paste-assembler.js';
import { createSharedPasteJoiner, inProcessPasteJoiner, type PasteJoiner } from '../../ingest/shared-paste-assembler.js';
import type { HeldPastes } from '../../store/held-pastes.js';
import type { StoredPastePiece } from '../stored-paste-piece.js';
import { buildSummaryRequest, isArticleText, originOfText, type ArticleOrigin, type ForwardOrigin, type IncomingMessage } from '../../ingest/summary-request.js';
import type { QuotaDecision } from '../../store/usage-quota.js';
import type { SummaryOutcome } from '../../summarize/summary-service.js';
import type { BotDependencies } from '../bot-dependencies.js';
import { primaryLanguage } from '../../core/languages.js';
import { readingLanguage } from '../../digest/subscriptions.js';
import type { SummarizeOptions } from '../../summarize/summary.js';
import { describeFailure, describeOwnFailure, failureKind } from '../describe-failure.js';
import { isStoreError } from '../../store/store-error.js';
import { formatSummary, hostOf } from '../format-summary.js';
import { dropCommand, toIncomingMessage } from '../incoming-message.js';
import type { InlineKeyboard, OutgoingMessage } from '../messenger.js';
import { splitTelegramHtml } from '../../format/telegram-html.js';
import { isCatalogueLanguage, type Texts } from '../../messages/catalogue.js';
import { textsOf } from '../reader-texts.js';

type Refusal = Extract<QuotaDecision, { ok: false }>;

/**
 * What a person over the fair-use limit reads (HTML): which limit, and when they can send again on
 * their own clock (`timeZone`: theirs, else UTC). `notSummarized` counts the links of one message that were left out.
 */
export function quotaReply(texts: Texts, refusal: Refusal, timeZone: string, notSummarized = 1): string {
  const leftOut = notSummarized > 1 ? texts.html('quota.leftOut', { n: notSummarized }) : '';
  if (refusal.window === 'minute') {
    return texts.html('quota.minute', { limit: refusal.limit, leftOut, time: timeOfDay(refusal.retryAt, timeZone), zone: timeZone });
  }
  // The day is the UTC day; said when the person's own clock shows its end at another hour.
  const utcNote = timeZone === 'UTC' ? '' : texts.html('quota.utcNote');
  return texts.html('quota.day', { limit: refusal.limit, leftOut, when: formatLocalTime(refusal.retryAt, timeZone, texts.locale), zone: timeZone, utcNote });
}

/** "06:01:07" on that zone's clock: the minute limit frees up to the second. */
function timeOfDay(instantMs: number, timeZone: string): string {
  return new Date(instantMs + offsetMinutes(instantMs, timeZone) * 60_000).toISOString().slice(11, 19);
}

/** Who asked, where: the sender is counted, in a group as in a private chat. */
interface Asker {
  chatId: number;
  userId: number;
  /** The message the answer replies to. */
  replyTo: number;
  /** Their Telegram app's language, for summaries in it unless they chose another with /language. */
  clientLanguage: string | undefined;
  /** The bot's texts in their language. */
  texts: Texts;
}

/** A text message held while its paste may go on. */
interface HeldPiece extends PastePiece {
  asker: Asker;
  incoming: IncomingMessage;
  /** False for a group message that only continues a /summarize paste: alone, it was not meant for the bot. */
  opensRequest: boolean;
}

/** A person over a limit who keeps sending is told again after this long, not for every message of a burst. */
const REPEAT_LIMIT_REPLY_AFTER_MS = 60_000;

/** Refreshes Telegram's "typing…" hint, which fades after about five seconds. */
const TYPING_REFRESH_MS = 4_500;

/** Summaries of links, pasted text and forwarded posts; also /summarize. */
export function createSummarizeFeature(deps: BotDependencies): Composer<Context> {
  const { messenger, summaries, jobs, logger, stats, settings, quota, clock, subscriptions, catalogue } = deps;
  const feature = new Composer<Context>();

  // A finished paste is answered in the background: its last piece may be a timer, not an update.
  const onPaste = (_key: string, pieces: HeldPiece[]) => jobs.run('summarize-paste', () => answerPaste(pieces));
  const assembler: PasteJoiner<HeldPiece> = deps.heldPastes
    ? sharedPasteJoiner(deps.heldPastes, onPaste)
    : inProcessPasteJoiner(createPasteAssembler<HeldPiece>({ timer: realPasteTimer, onPaste }));

  /** Pieces held in the store for every instance: stored as data, made into pieces again with the reader's texts. */
  function sharedPasteJoiner(held: HeldPastes<StoredPastePiece>, handOn: (key: string, pieces: HeldPiece[]) => void): PasteJoiner<HeldPiece> {
    const toStored = ({ messageId, length, incoming, opensRequest, asker }: HeldPiece): StoredPastePiece => ({
      messageId,
      length,
      text: incoming.text,
      entities: incoming.entities.map(({ type, offset, length: entityLength, url }) => ({ type, offset, length: entityLength, ...(url !== undefined && { url }) })),
      opensRequest,
      chatId: asker.chatId,
      userId: asker.userId,
      replyTo: asker.replyTo,
      ...(asker.clientLanguage !== undefined && { clientLanguage: asker.clientLanguage }),
      textsLanguage: asker.texts.language,
    });
    const toHeld = (stored: StoredPastePiece): HeldPiece => ({
      messageId: stored.messageId,
      length: stored.length,
      opensRequest: stored.opensRequest,
      incoming: { text: stored.text, entities: stored.entities, hasMedia: false },
      asker: { chatId: stored.chatId, userId: stored.userId, replyTo: stored.replyTo, clientLanguage: stored.clientLanguage, texts: catalogue.texts(stored.textsLanguage) },
    });
    const joiner = createSharedPasteJoiner<StoredPastePiece>({
      held,
      timer: realPasteTimer,
      onPaste: (key, pieces) => handOn(key, pieces.map(toHeld)),
      onStoreError: (error) => logger.error({ err: error }, 'could not look at a held paste when its window ran out; the person’s next message hands it on'),
    });
    return { ...joiner, offer: (key, piece) => joiner.offer(key, toStored(piece)) };
  }
  const pasteKey = (chatId: number, userId: number) => `${chatId}:${userId}`;

  /**
   * Whether a group message continues someone's /summarize paste. Group chatter is not for the bot: a store
   * that does not answer must not turn every message of the group into a "try again" reply, so it counts as no.
   */
  async function continuesPaste(key: string): Promise<boolean> {
    try {
      return await assembler.holds(key);
    } catch (error) {
      logger.warn({ err: error, key }, 'could not tell whether a group message continues a paste; taken as not');
      return false;
    }
  }

  /**
   * Sends in a chat, and tells the assembler that the message is no piece of a paste: the person's
   * next text comes right after it. Only private chats (positive ids, the person's own id) need it.
   */
  async function send(chatId: number, message: OutgoingMessage): Promise<number> {
    const messageId = await messenger.send(chatId, message);
    if (chatId > 0) assembler.noteOther(pasteKey(chatId, chatId), messageId);
    return messageId;
  }
  const askerOf = (ctx: Context & { chat: { id: number } }, replyTo: number): Asker => ({
    chatId: ctx.chat.id,
    // A message sent on behalf of a chat has no person: the chat is counted instead.
    userId: ctx.from?.id ?? ctx.chat.id,
    replyTo,
    clientLanguage: primaryLanguage(ctx.from?.language_code),
    texts: textsOf(ctx),
  });

  feature.command('summarize', async (ctx) => {
    const message = ctx.message;
    const asker = askerOf(ctx, message.message_id);
    const key = pasteKey(asker.chatId, asker.userId);
    await assembler.end(key);
    const ownText = dropCommand(toIncomingMessage(message));
    const replied = message.reply_to_message;
    // A long article after /summarize may go on in the next messages, as Telegram splits it.
    if (message.text.length >= PASTE_PIECE_MIN_LENGTH) {
      return assembler.offer(key, { messageId: message.message_id, length: message.text.length, asker, incoming: ownText, opensRequest: true });
    }
    if (ownText.text) return answer(asker, ownText);
    if (replied) return answer({ ...asker, replyTo: replied.message_id }, toIncomingMessage(replied as Message));
    await send(ctx.chat.id, { html: asker.texts.html('summarize.usage'), replyToMessageId: message.message_id });
  });

  // In groups the bot answers only when asked with /summarize; in a private chat every message is a request.
  feature.on('message', async (ctx, next) => {
    const asker = askerOf(ctx, ctx.message.message_id);
    const key = pasteKey(asker.chatId, asker.userId);
    const incoming = toIncomingMessage(ctx.message);
    const isCommand = incoming.entities.some((entity) => entity.type === 'bot_command' && entity.offset === 0);
    const isPlainText = 'text' in ctx.message && !isCommand && !incoming.forwardOrigin;
    const isPrivate = ctx.chat.type === 'private';
    const piece = { messageId: ctx.message.message_id, length: incoming.text.length, asker, incoming, opensRequest: isPrivate };
    if (!isPrivate) {
      // The rest of a long article sent with /summarize; other group chatter is not for the bot.
      if (isPlainText && (await continuesPaste(key))) return assembler.offer(key, piece);
      return next();
    }
    // Every text goes through the assembler, which hands it on alone or with the rest of its paste.
    if (isPlainText) return assembler.offer(key, piece);
    await assembler.end(key);
    assembler.noteOther(key, piece.messageId);
    if (isCommand) return next();
    await answer(asker, incoming);
  });

  /**
   * A text, alone or joined from the pieces of a paste: one article, one answer, counted once.
   * It runs as a background job, not in an update handler, so a failure is told here as the catch-all would.
   */
  async function answerPaste(pieces: HeldPiece[]): Promise<void> {
    const [first] = pieces;
    if (!first?.opensRequest) return;
    try {
      await answer(first.asker, joinPastePieces(pieces.map((piece) => piece.incoming)));
    } catch (error) {
      logger.error({ err: error, chatId: first.asker.chatId, messageIds: pieces.map((piece) => piece.messageId) }, 'could not answer a text');
      stats.increment(`errors.${failureKind(error) === 'internal' ? 'handler' : failureKind(error)}`);
      await send(first.asker.chatId, { html: describeOwnFailure(first.asker.texts, error), replyToMessageId: first.asker.replyTo })
        .catch((sendError: unknown) => logger.error({ err: sendError }, 'could not tell the user about the failure'));
    }
  }

  /** The options of their summaries: the language they read in (their /language, else their app's), or the article's own. */
  async function optionsFor(asker: Asker): Promise<SummarizeOptions> {
    const language = readingLanguage(await deps.subscriptions.get(asker.userId), asker.clientLanguage);
    return language ? { language } : {};
  }

  async function answer(asker: Asker, incoming: IncomingMessage): Promise<void> {
    const { chatId, replyTo, texts } = asker;
    const request = buildSummaryRequest(incoming, { maxLinks: settings.maxLinksPerMessage });
    switch (request.kind) {
      case 'media_only':
        await send(chatId, { html: texts.html('summarize.mediaOnly'), replyToMessageId: replyTo });
        return;
      case 'too_short':
        await send(chatId, { html: texts.html('summarize.tooShort'), replyToMessageId: replyTo });
        return;
      case 'greeting':
        // "Hi" is said in every language, so it is answered in the reader's; "привет" from an English app is a Russian speaker.
        await send(chatId, { html: greetingTexts(texts, request.language).html('summarize.greeting'), replyToMessageId: replyTo });
        return;
      case 'text': {
        const article = findPastedArticle(request.text);
        if (!article) {
          await send(chatId, { html: texts.html('summarize.tooShort'), replyToMessageId: replyTo });
          return;
        }
        const job = { chatId, texts, replyTo, origin: request.origin, progress: texts.html('summarize.progressText'), url: undefined, source: originOfText(request.origin) };
        const options = await optionsFor(asker);
        const cached = await summaries.findCachedByText(article, options);
        if (cached) return sendOutcome(job, cached);
        const takenAt = clock.now();
        const decision = await quota.tryTake(asker.userId, takenAt);
        if (!decision.ok) return refuse(asker, decision, 1);
        const taken = { userId: asker.userId, at: takenAt };
        jobs.run('summarize-text', () => withProgress({ ...job, taken }, () => summaries.summarizeArticle(article, options)));
        return;
      }
      case 'links': {
        let refusal: Refusal | undefined;
        let notSummarized = 0;
        const options = await optionsFor(asker);
        for (const url of request.urls) {
          const job = {
            chatId,
            texts,
            replyTo,
            origin: request.origin,
            progress: texts.html('summarize.progressLink', { host: hostOf(url) }),
            url,
            source: { kind: 'link' } as const,
          };
          // The cache first: an answer from it is free, and is given whatever the person's quota says.
          const cached = await summaries.findCachedByUrl(url, options);
          if (cached) {
            await sendOutcome(job, cached);
            continue;
          }
          const takenAt = clock.now();
          const decision = refusal ?? (await quota.tryTake(asker.userId, takenAt));
          if (decision.ok) {
            const taken = { userId: asker.userId, at: takenAt };
            jobs.run('summarize-link', () => withProgress({ ...job, taken }, () => summaries.summarizeUrl(url, options)));
            continue;
          }
          refusal = decision;
          notSummarized++;
        }
        if (refusal) await refuse(asker, refusal, notSummarized);
        if (request.skippedLinks > 0) {
          await send(chatId, {
            html: texts.html('summarize.tooManyLinks', { max: settings.maxLinksPerMessage, n: request.skippedLinks }),
            replyToMessageId: replyTo,
          });
        }
      }
    }
  }

  /** The texts a greeting is answered in: its own language when that is not English and the catalogue has it, else the reader's. */
  function greetingTexts(texts: Texts, greetingLanguage: string): Texts {
    return greetingLanguage !== 'en' && isCatalogueLanguage(greetingLanguage) ? catalogue.texts(greetingLanguage) : texts;
  }

  /** The article in a pasted text, or undefined when nothing is left once page chrome is taken out. */
  function findPastedArticle(text: string): Article | undefined {
    let article: Article;
    try {
      article = deps.extractPastedText(text);
    } catch (error) {
      if (!(error instanceof ExtractError)) throw error;
      logger.debug({ err: error }, 'no article in a pasted text');
      return undefined;
    }
    return isArticleText(article.text) ? article : undefined;
  }

  /** Over the fair-use limit: one reply saying when, on the person's clock if they set one; nothing is fetched. */
  /** When each person in each chat was last told about a limit, and which: a burst of refused forwards gets one reply. */
  const toldOverLimit = new Map<string, { retryAt: number; at: number }>();

  async function refuse(asker: Asker, refusal: Refusal, notSummarized: number): Promise<void> {
    logger.info({ userId: asker.userId, window: refusal.window, retryAt: new Date(refusal.retryAt).toISOString(), notSummarized }, 'over the fair-use limit');
    const key = `${asker.chatId}:${asker.userId}`;
    const told = toldOverLimit.get(key);
    const now = clock.now();
    // Told this very limit less than a minute ago: the reply they have already says when to come back.
    if (told && told.retryAt === refusal.retryAt && now - told.at < REPEAT_LIMIT_REPLY_AFTER_MS) return;
    toldOverLimit.set(key, { retryAt: refusal.retryAt, at: now });
    const timeZone = (await subscriptions.get(asker.userId))?.timeZone ?? 'UTC';
    await send(asker.chatId, { html: quotaReply(asker.texts, refusal, timeZone, notSummarized), replyToMessageId: asker.replyTo });
  }

  interface Job {
    chatId: number;
    texts: Texts;
    replyTo: number;
    origin: ForwardOrigin | undefined;
    /** Progress text, already HTML. */
    progress: string;
    url: string | undefined;
    source: ArticleOrigin;
    /** The fair-use take this new summary counted: given back when no summary comes of it. */
    taken?: { userId: number; at: number };
  }

  /** Shows a progress message, does the work, then turns the progress message into the answer. */
  async function withProgress(job: Job, work: () => Promise<SummaryOutcome>): Promise<void> {
    void messenger.showTyping(job.chatId);
    const typing = setInterval(() => void messenger.showTyping(job.chatId), TYPING_REFRESH_MS);
    const progressId = await send(job.chatId, { html: job.progress, replyToMessageId: job.replyTo });
    let summarized = false;
    try {
      const outcome = await work();
      summarized = true;
      await sendOutcome(job, outcome, progressId);
    } catch (error) {
      if (!summarized && job.taken) {
        const { userId, at } = job.taken;
        await quota.giveBack(userId, at).catch((quotaError: unknown) => logger.error({ err: quotaError, userId }, 'could not give back a fair-use take'));
      }
      const kind = failureKind(error);
      stats.increment(`errors.${kind}`);
      logger.warn({ err: error, kind, url: job.url }, 'could not summarize');
      const reason = job.url ? describeFailure(job.texts, error, job.url) : isStoreError(error) ? job.texts.html('general.storeUnavailable') : job.texts.html('failure.internal');
      await messenger.edit(job.chatId, progressId, { html: job.texts.html('summarize.failed', { reason }) });
    } finally {
      clearInterval(typing);
    }
  }

  async function sendOutcome(job: Job, outcome: SummaryOutcome, progressId?: number): Promise<void> {
    await deps.intake
      .admitSummary(outcome, job.source)
      .catch((error: unknown) => logger.warn({ err: error }, 'could not add the article to the digest pool'));
    const parts = splitTelegramHtml(formatSummary(job.texts, outcome, job.origin));
    const keyboard: InlineKeyboard | undefined = outcome.article.url
      ? [[{ text: job.texts.plain('plain.openArticle'), url: outcome.article.url }]]
      : undefined;
    for (const [index, html] of parts.entries()) {
      const isLast = index === parts.length - 1;
      const message = { html, ...(isLast && keyboard && { keyboard }) };
      if (index === 0 && progressId !== undefined) await messenger.edit(job.chatId, progressId, message);
      else await send(job.chatId, { ...message, ...(index === 0 && { replyToMessageId: job.replyTo }) });
    }
  }

  return feature;
}
