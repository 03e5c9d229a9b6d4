import { TelegramError } from 'telegraf';
import { DeliveryError, type DigestSender } from '../digest/digest-delivery.js';
import type { Messenger } from './messenger.js';

/** Digest messages go through the same messenger and queue as everything else; Telegram's refusals become DeliveryErrors. */
export function createDigestSender(messenger: Messenger): DigestSender {
  return {
    async send(chatId, html, priority) {
      try {
        await messenger.send(chatId, { html }, priority);
      } catch (error) {
        throw toDeliveryError(error, chatId);
      }
    },
  };
}

export function toDeliveryError(error: unknown, chatId: number): DeliveryError {
  if (error instanceof TelegramError) {
    if (error.code === 403) return new DeliveryError('blocked', `chat ${chatId}: ${error.description}`, { cause: error });
    if (error.code === 400 && /chat not found|user is deactivated|chat was deleted/i.test(error.description)) {
      return new DeliveryError('chat_not_found', `chat ${chatId}: ${error.description}`, { cause: error });
    }
  }
  return new DeliveryError('failed', `chat ${chatId}: could not send the digest`, { cause: error });
}
