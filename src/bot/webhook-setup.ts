import { Telegram } from 'telegraf';
import type { WebhookSettings } from '../config.js';
import { ALLOWED_UPDATES } from './create-bot.js';

/** What `npm run cli -- webhook info` prints: Telegram's view of the webhook. */
export interface WebhookStatus {
  url: string;
  pendingUpdates: number;
  maxConnections: number | undefined;
  allowedUpdates: string[] | undefined;
  lastError: { at: string; message: string } | undefined;
}

/**
 * The once-per-deploy step of webhook mode, run from the command line, never by an instance on start:
 * with several instances, each calling setWebhook would race, and a rolling deploy would flap it.
 */
export interface WebhookSetup {
  /** Points Telegram at WEBHOOK_URL with the secret, the update types the bot handles and the connection limit. */
  set(settings: WebhookSettings): Promise<void>;
  info(): Promise<WebhookStatus>;
  /** Back to long polling; updates waiting at Telegram are kept. */
  remove(): Promise<void>;
}

export function createWebhookSetup({ token, apiRoot }: { token: string; apiRoot: string | undefined }): WebhookSetup {
  const telegram = new Telegram(token, { webhookReply: false, ...(apiRoot && { apiRoot }) });
  return {
    async set(settings) {
      await telegram.setWebhook(settings.url, {
        secret_token: settings.secret,
        allowed_updates: [...ALLOWED_UPDATES],
        max_connections: settings.maxConnections,
      });
    },
    async info() {
      const info = await telegram.getWebhookInfo();
      return {
        url: info.url ?? '',
        pendingUpdates: info.pending_update_count,
        maxConnections: info.max_connections,
        allowedUpdates: info.allowed_updates,
        lastError:
          info.last_error_date === undefined
            ? undefined
            : { at: new Date(info.last_error_date * 1000).toISOString(), message: info.last_error_message ?? '' },
      };
    },
    async remove() {
      await telegram.deleteWebhook({ drop_pending_updates: false });
    },
  };
}
