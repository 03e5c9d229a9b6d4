import { TelegramError, type Telegram } from 'telegraf';
import type { InlineKeyboardButton } from 'telegraf/types';
import type { OutboundQueue, Priority } from '../digest/outbound-queue.js';
import type { Logger } from '../logger.js';

export type InlineKeyboard = InlineKeyboardButton[][];

export interface OutgoingMessage {
  /** Telegram HTML, already escaped and under 4096 characters. */
  html: string;
  replyToMessageId?: number;
  keyboard?: InlineKeyboard;
}

/**
 * Every message the bot sends goes through here and the outbound queue, so
 * Telegram's limits are handled in one place: a 429 is waited out (retry_after)
 * and the message still arrives, and messages to one chat leave in order.
 */
export interface Messenger {
  send(chatId: number, message: OutgoingMessage, priority?: Priority): Promise<number>;
  edit(chatId: number, messageId: number, message: OutgoingMessage): Promise<void>;
  delete(chatId: number, messageId: number): Promise<void>;
  showTyping(chatId: number): Promise<void>;
  answerCallback(callbackQueryId: string, text?: string): Promise<void>;
  /** Sends a file (an OPML export); the caption is Telegram HTML under 1024 characters. */
  sendDocument(chatId: number, document: OutgoingDocument): Promise<number>;
  /** Downloads a file a person sent; refuses one larger than `maxBytes` before fetching it. */
  downloadFile(fileId: string, maxBytes: number): Promise<Buffer>;
}

export interface OutgoingDocument {
  fileName: string;
  content: Buffer;
  captionHtml?: string;
  replyToMessageId?: number;
}

/** A file could not be downloaded from Telegram, or was too large to. */
export class FileDownloadError extends Error {
  override readonly name = 'FileDownloadError';
}

export interface MessengerDependencies {
  telegram: Telegram;
  queue: OutboundQueue;
  logger: Logger;
}

/** The queue's view of Telegram's errors: how long a 429 asks us to wait. */
export function telegramRetryAfter(error: unknown): number | undefined {
  return error instanceof TelegramError && error.code === 429 ? (error.parameters?.retry_after ?? 1) : undefined;
}

export function createMessenger({ telegram, queue, logger }: MessengerDependencies): Messenger {
  const markup = (keyboard: InlineKeyboard | undefined) => (keyboard ? { inline_keyboard: keyboard } : undefined);

  return {
    send: (chatId, message, priority = 'interactive') =>
      queue.enqueue(
        chatId,
        async () => {
          const sent = await telegram.sendMessage(chatId, message.html, {
            parse_mode: 'HTML',
            link_preview_options: { is_disabled: true },
            ...(message.replyToMessageId && {
              reply_parameters: { message_id: message.replyToMessageId, allow_sending_without_reply: true },
            }),
            ...(message.keyboard && { reply_markup: markup(message.keyboard) }),
          });
          return sent.message_id;
        },
        priority,
      ),
    edit: (chatId, messageId, message) =>
      queue.enqueue(chatId, async () => {
        await telegram.editMessageText(chatId, messageId, undefined, message.html, {
          parse_mode: 'HTML',
          link_preview_options: { is_disabled: true },
          ...(message.keyboard && { reply_markup: markup(message.keyboard) }),
        });
      }),
    delete: (chatId, messageId) =>
      queue.enqueue(chatId, async () => {
        await telegram.deleteMessage(chatId, messageId);
      }),
    // Typing is a hint: it skips the queue and a failure is not worth more than a debug line.
    showTyping: (chatId) =>
      telegram.sendChatAction(chatId, 'typing').then(
        () => undefined,
        (error: unknown) => logger.debug({ err: error, chatId }, 'typing indicator failed'),
      ),
    // Answering a button press is not a message in the chat; it needs no place in the queue.
    answerCallback: async (callbackQueryId, text) => {
      await telegram.answerCbQuery(callbackQueryId, text);
    },
    sendDocument: (chatId, document) =>
      queue.enqueue(chatId, async () => {
        const sent = await telegram.sendDocument(
          chatId,
          { source: document.content, filename: document.fileName },
          {
            ...(document.captionHtml && { caption: document.captionHtml, parse_mode: 'HTML' as const }),
            ...(document.replyToMessageId && {
              reply_parameters: { message_id: document.replyToMessageId, allow_sending_without_reply: true },
            }),
          },
        );
        return sent.message_id;
      }),
    async downloadFile(fileId, maxBytes) {
      const file = await telegram.getFile(fileId);
      if (file.file_size !== undefined && file.file_size > maxBytes) {
        throw new FileDownloadError(`the file is ${file.file_size} bytes, more than the ${maxBytes} allowed`);
      }
      const link = await telegram.getFileLink(file);
      let response: Response;
      try {
        response = await fetch(link, { signal: AbortSignal.timeout(30_000) });
      } catch (error) {
        throw new FileDownloadError('could not download the file from Telegram', { cause: error });
      }
      if (!response.ok) throw new FileDownloadError(`Telegram answered ${response.status} for the file`);
      const bytes = Buffer.from(await response.arrayBuffer());
      if (bytes.length > maxBytes) throw new FileDownloadError(`the file is more than the ${maxBytes} bytes allowed`);
      return bytes;
    },
  };
}
