import { Composer, type Context } from 'telegraf';
import type { BotDependencies } from '../bot-dependencies.js';
import { formatLocalTime } from '../../digest/local-time.js';
import { textsOf } from '../reader-texts.js';

/** /digest: a digest now, with only what is new since the last one. */
export function createDigestFeature({ messenger, digests, logger }: BotDependencies): Composer<Context> {
  const feature = new Composer<Context>();
  feature.command('digest', async (ctx) => {
    const texts = textsOf(ctx);
    const chatId = ctx.chat.id;
    void messenger.showTyping(chatId);
    const result = await digests.sendNow(chatId);
    switch (result.status) {
      case 'sent':
        return;
      case 'no_topics':
        await messenger.send(chatId, { html: texts.html('digest.noTopics') });
        return;
      case 'nothing_new': {
        // To the nearest minute: a digest covers the pool up to the millisecond before it was sent.
        const sinceMinute = Math.round(result.since / 60_000) * 60_000;
        const since = formatLocalTime(sinceMinute, result.timeZone, texts.locale);
        await messenger.send(chatId, { html: texts.html('digest.nothingNew', { since }) });
        return;
      }
      case 'failed':
        logger.warn({ chatId, reason: result.reason }, '/digest could not be delivered');
        if (result.reason === 'failed') await messenger.send(chatId, { html: texts.html('digest.failed') });
    }
  });
  return feature;
}
