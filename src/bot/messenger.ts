import { TelegramError, type Telegram } from 'telegraf';
import type { InlineKeyboardButton } from 'telegraf/types';
import type { Logger } from '../logger.js';

export type InlineKeyboard = InlineKeyboardButton[][];

export interface OutgoingMessage {
  /** Telegram HTML, already escaped and under 4096 characters. */
  html: string;
  replyToMessageId?: number;
  keyboard?: InlineKeyboard;
}

/**
 * Every message the bot sends goes through here, so Telegram's limits are
 * handled in one place: a 429 is waited out (retry_after) and the message still
 * arrives, and messages to one chat leave in the order they were asked for.
 */
export interface Messenger {
  send(chatId: number, message: OutgoingMessage): Promise<number>;
  edit(chatId: number, messageId: number, message: OutgoingMessage): Promise<void>;
  delete(chatId: number, messageId: number): Promise<void>;
  showTyping(chatId: number): Promise<void>;
  answerCallback(callbackQueryId: string, text?: string): Promise<void>;
}

export interface MessengerDependencies {
  telegram: Telegram;
  logger: Logger;
  /** Waits; injectable so tests need not sleep. Default: a timer. */
  wait?: (ms: number) => Promise<void>;
  /** How many 429s in a row one call waits out before giving up; default 5. */
  maxRateLimitRetries?: number;
}

const defaultWait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function createMessenger({ telegram, logger, wait = defaultWait, maxRateLimitRetries = 5 }: MessengerDependencies): Messenger {
  const chatQueues = new Map<number, Promise<unknown>>();

  /** Runs calls to one chat one after another, so a 429 wait never reorders them. */
  function inChatOrder<Result>(chatId: number, call: () => Promise<Result>): Promise<Result> {
    const previous = chatQueues.get(chatId) ?? Promise.resolve();
    const next = previous.catch(() => undefined).then(() => withRateLimitRetry(call));
    chatQueues.set(chatId, next);
    void next.finally(() => {
      if (chatQueues.get(chatId) === next) chatQueues.delete(chatId);
    }).catch(() => undefined);
    return next;
  }

  async function withRateLimitRetry<Result>(call: () => Promise<Result>): Promise<Result> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await call();
      } catch (error) {
        const retryAfter = error instanceof TelegramError && error.code === 429 ? error.parameters?.retry_after : undefined;
        if (retryAfter === undefined || attempt >= maxRateLimitRetries) throw error;
        logger.warn({ retryAfter, attempt }, 'Telegram answered 429; waiting before sending again');
        await wait(retryAfter * 1000);
      }
    }
  }

  const markup = (keyboard: InlineKeyboard | undefined) => (keyboard ? { inline_keyboard: keyboard } : undefined);

  return {
    send: (chatId, message) =>
      inChatOrder(chatId, async () => {
        const sent = await telegram.sendMessage(chatId, message.html, {
          parse_mode: 'HTML',
          link_preview_options: { is_disabled: true },
          ...(message.replyToMessageId && {
            reply_parameters: { message_id: message.replyToMessageId, allow_sending_without_reply: true },
          }),
          ...(message.keyboard && { reply_markup: markup(message.keyboard) }),
        });
        return sent.message_id;
      }),
    edit: (chatId, messageId, message) =>
      inChatOrder(chatId, async () => {
        await telegram.editMessageText(chatId, messageId, undefined, message.html, {
          parse_mode: 'HTML',
          link_preview_options: { is_disabled: true },
          ...(message.keyboard && { reply_markup: markup(message.keyboard) }),
        });
      }),
    delete: (chatId, messageId) =>
      inChatOrder(chatId, async () => {
        await telegram.deleteMessage(chatId, messageId);
      }),
    // Typing is a hint: it skips the queue and a failure is not worth more than a debug line.
    showTyping: (chatId) =>
      telegram.sendChatAction(chatId, 'typing').then(
        () => undefined,
        (error: unknown) => logger.debug({ err: error, chatId }, 'typing indicator failed'),
      ),
    answerCallback: async (callbackQueryId, text) => {
      await withRateLimitRetry(() => telegram.answerCbQuery(callbackQueryId, text));
    },
  };
}
