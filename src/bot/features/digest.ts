import { Composer, type Context } from 'telegraf';
import type { BotDependencies } from '../bot-dependencies.js';
import { formatLocalTime } from '../../digest/local-time.js';
import type { Texts } from '../../messages/catalogue.js';
import { textsOf } from '../reader-texts.js';
import { failureKind } from '../describe-failure.js';
import { isStoreError } from '../../store/store-error.js';
import { systemClock } from '../../core/clock.js';

/** Longer than any digest takes to build and send; the lease of an instance that died lapses after it. */
const DIGEST_NOW_LEASE_MS = 5 * 60_000;
/**
 * How long a /digest waits for one under way in the same chat before it says so. A digest's last message
 * reaches the person a moment before its job records it and lets go: a /digest sent right after it then
 * gets its own answer ("nothing new"), not "on its way" about a digest already there.
 */
const DIGEST_NOW_WAIT_MS = 1_000;
const DIGEST_NOW_RETRY_MS = 50;

/**
 * /digest: a digest now, with only what is new since the last one. It is built in the background, so
 * the other updates of a polling batch are not held up while stories are summarized; and at most one
 * is under way per chat, so a double tap does not send the same digest twice.
 */
export function createDigestFeature({ messenger, digests, logger, jobs, stats, coordination }: BotDependencies): Composer<Context> {
  const feature = new Composer<Context>();

  /** The chat's /digest lease, waiting a little for one that is finishing; undefined while another is under way. */
  async function takeDigestLease(chatId: number) {
    // A lease, not a flag in memory: with several instances the second /digest may reach another one.
    for (let waited = 0; ; waited += DIGEST_NOW_RETRY_MS) {
      const lease = await coordination.tryLease(`digest-now:${chatId}`, DIGEST_NOW_LEASE_MS);
      if (lease || waited >= DIGEST_NOW_WAIT_MS) return lease;
      // Real time, not the bot's clock: the job it waits for runs in real time whatever the wall clock says.
      await systemClock.sleep(DIGEST_NOW_RETRY_MS);
    }
  }

  feature.command('digest', async (ctx) => {
    const texts = textsOf(ctx);
    const chatId = ctx.chat.id;
    void messenger.showTyping(chatId);
    jobs.run('digest-now', async () => {
      try {
        const lease = await takeDigestLease(chatId);
        if (!lease) {
          await messenger.send(chatId, { html: texts.html('digest.underWay') });
          return;
        }
        try {
          await sendDigestNow(texts, chatId);
        } finally {
          // A lease that cannot be let go lapses on its own; the digest itself went out or failed above.
          await lease.release().catch((error: unknown) => logger.warn({ err: error, chatId }, 'could not release the /digest lease; it lapses on its own'));
        }
      } catch (error) {
        logger.error({ err: error, chatId }, '/digest failed');
        stats.increment(`errors.${failureKind(error) === 'internal' ? 'digest' : failureKind(error)}`);
        await messenger.send(chatId, { html: isStoreError(error) ? texts.html('general.storeUnavailable') : texts.html('digest.failed') });
      }
    });
  });

  async function sendDigestNow(texts: Texts, chatId: number): Promise<void> {
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
  }

  return feature;
}
