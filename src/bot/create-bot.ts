import { Telegraf } from 'telegraf';
import type { Logger } from '../logger.js';
import type { BotDependencies } from './bot-dependencies.js';
import { primaryLanguage } from '../core/languages.js';
import { createChannelsFeature } from './features/channels.js';
import { createDigestFeature } from './features/digest.js';
import { createHelpFeature } from './features/help.js';
import { createSettingsFeature } from './features/settings.js';
import { createSourcesFeature } from './features/sources.js';
import { createTopicsFeature } from './features/topics.js';
import { createStatsFeature } from './features/stats.js';
import { createSummarizeFeature } from './features/summarize.js';
import type { Clock } from '../core/clock.js';
import { createOutboundQueue, type OutboundQueue } from '../digest/outbound-queue.js';
import { createMessenger, telegramRetryAfter, type Messenger } from './messenger.js';
import { createReaderTextsMiddleware, textsForFailure, textsOf } from './reader-texts.js';
import { describeOwnFailure, failureKind } from './describe-failure.js';
import { isStoreError } from '../store/store-error.js';

export interface TelegramSettings {
  token: string;
  /** Bot API server root; default Telegram's. */
  apiRoot: string | undefined;
  /** How long one update may take before it is logged as stuck; default 60 s. */
  handlerTimeoutMs?: number;
}

/**
 * The update types the bot asks Telegram for. Channel posts and the bot's own membership changes are
 * not sent unless asked for by name: they are how channels become sources.
 */
export const ALLOWED_UPDATES = ['message', 'callback_query', 'my_chat_member', 'channel_post'] as const;

/** Creates the Telegraf instance and the messenger on top of its API client and the outbound queue. */
export function createTelegramClient(
  settings: TelegramSettings,
  deps: {
    logger: Logger;
    clock: Clock;
    messagesPerSecond: number;
    /** Several instances: one bot-wide slot per message, shared through the store (see OutboundQueueOptions). */
    sharedSlot?: () => Promise<void>;
    /** Several instances: one slot per message to a chat, shared through the store (see OutboundQueueOptions). */
    sharedChatSlot?: (chatId: number) => Promise<void>;
  },
): { bot: Telegraf; messenger: Messenger; queue: OutboundQueue } {
  const bot = new Telegraf(settings.token, {
    handlerTimeout: settings.handlerTimeoutMs ?? 60_000,
    // Every call is a real API request: telegraf would otherwise answer a webhook with the handler's first
    // call and report it sent without a message id, which the messenger and its queue rely on.
    telegram: { webhookReply: false, ...(settings.apiRoot && { apiRoot: settings.apiRoot }) },
  });
  const queue = createOutboundQueue({
    clock: deps.clock,
    messagesPerSecond: deps.messagesPerSecond,
    retryAfterSeconds: telegramRetryAfter,
    onRateLimited: (chatId, retryAfter) => deps.logger.warn({ chatId, retryAfter }, 'Telegram answered 429; waiting it out'),
    ...(deps.sharedChatSlot && { sharedChatSlot: deps.sharedChatSlot }),
    ...(deps.sharedSlot && {
      sharedSlot: deps.sharedSlot,
      onSharedSlotError: (error: unknown) => deps.logger.error({ err: error }, 'could not take a bot-wide send slot; sending at this instance’s own pace until the store answers'),
    }),
  });
  return { bot, queue, messenger: createMessenger({ telegram: bot.telegram, queue, logger: deps.logger }) };
}

/** Registers every feature, in order; the catch-all comes last. */
export function registerFeatures(bot: Telegraf, deps: BotDependencies): void {
  // Every reply is in the reader's language: picked first, for every feature including the channels one.
  bot.use(createReaderTextsMiddleware(deps));
  // Membership changes and channel posts come before everything else: they are no person writing to the bot.
  bot.use(createChannelsFeature(deps));
  // Anyone who writes is reachable again: digests paused after a block resume.
  // Their app's language is remembered too, so a scheduled digest comes in it without anyone asking.
  bot.use(async (ctx, next) => {
    if (!ctx.chat || ctx.chat.type === 'channel') return next();
    const clientLanguage = primaryLanguage(ctx.from?.language_code);
    const reader = await deps.subscriptions.noteReader(ctx.chat.id, clientLanguage);
    if (reader === 'resumed') await deps.messenger.send(ctx.chat.id, { html: textsOf(ctx).html('general.welcomeBack') });
    await next();
    // Their first subscription was made just now: it learns their language at once.
    if (reader === 'unknown' && clientLanguage) await deps.subscriptions.noteReader(ctx.chat.id, clientLanguage);
  });
  bot.use(createHelpFeature(deps));
  bot.use(createTopicsFeature(deps));
  bot.use(createSettingsFeature(deps));
  bot.use(createDigestFeature(deps));
  bot.use(createStatsFeature(deps));
  bot.use(createSourcesFeature(deps));
  bot.use(createSummarizeFeature(deps));
  bot.on('callback_query', async (ctx) => {
    await deps.messenger.answerCallback(ctx.callbackQuery.id, textsOf(ctx).plain('plain.buttonExpired'));
  });
  bot.catch(async (error, ctx) => {
    deps.logger.error({ err: error, update: ctx.update }, 'update handler failed');
    deps.stats.increment(isStoreError(error) ? `errors.${failureKind(error)}` : 'errors.handler');
    if (ctx.chat) {
      await deps.messenger
        .send(ctx.chat.id, { html: describeOwnFailure(textsForFailure(ctx, deps.catalogue), error) })
        .catch((sendError: unknown) => deps.logger.error({ err: sendError }, 'could not tell the user about the failure'));
    }
  });
}
