import { Composer, type Context } from 'telegraf';
import type { BotDependencies } from '../bot-dependencies.js';
import { formatLocalTime } from '../../digest/local-time.js';
import { escapeHtml } from '../../format/telegram-html.js';

/** /digest: a digest now, with only what is new since the last one. */
export function createDigestFeature({ messenger, digests, logger }: BotDependencies): Composer<Context> {
  const feature = new Composer<Context>();
  feature.command('digest', async (ctx) => {
    const chatId = ctx.chat.id;
    void messenger.showTyping(chatId);
    const result = await digests.sendNow(chatId);
    switch (result.status) {
      case 'sent':
        return;
      case 'no_topics':
        await messenger.send(chatId, { html: "You don't follow any topics yet. Pick some in /topics, then ask again." });
        return;
      case 'nothing_new': {
        // To the nearest minute: a digest covers the pool up to the millisecond before it was sent.
        const sinceMinute = Math.round(result.since / 60_000) * 60_000;
        const since = formatLocalTime(sinceMinute, result.timeZone);
        await messenger.send(chatId, { html: `Nothing new on your topics since ${escapeHtml(since)}.` });
        return;
      }
      case 'failed':
        logger.warn({ chatId, reason: result.reason }, '/digest could not be delivered');
        if (result.reason === 'failed') await messenger.send(chatId, { html: 'Sorry, I could not send your digest. Please try again in a minute.' });
    }
  });
  return feature;
}
