import type { Context, MiddlewareFn } from 'telegraf';
import { primaryLanguage } from '../core/languages.js';
import { textsLanguage, type Subscriptions } from '../digest/subscriptions.js';
import type { Catalogue, Texts } from '../messages/catalogue.js';

/** The texts of each update being handled, set once by the middleware below. */
const textsByUpdate = new WeakMap<Context, Texts>();

/**
 * Picks the language of the bot's own texts once per update: the chat's /language choice, else the
 * sender's Telegram app language, when the catalogue has it; English otherwise.
 */
export function createReaderTextsMiddleware({ catalogue, subscriptions }: { catalogue: Catalogue; subscriptions: Subscriptions }): MiddlewareFn<Context> {
  return async (ctx, next) => {
    const clientLanguage = primaryLanguage(ctx.from?.language_code);
    const subscriber = ctx.chat && ctx.chat.type !== 'channel' ? await subscriptions.get(ctx.chat.id) : undefined;
    textsByUpdate.set(ctx, catalogue.texts(textsLanguage(subscriber, clientLanguage)));
    await next();
  };
}

/**
 * The texts of an update that failed: those the middleware picked, or, when it failed itself
 * (the store could not be read), the sender's app language.
 */
export function textsForFailure(ctx: Context, catalogue: Catalogue): Texts {
  return textsByUpdate.get(ctx) ?? catalogue.texts(primaryLanguage(ctx.from?.language_code));
}

/** The texts for the update `ctx` is handling. */
export function textsOf(ctx: Context): Texts {
  const texts = textsByUpdate.get(ctx);
  // Every feature is registered after the middleware; reaching here without it is a wiring mistake.
  if (!texts) throw new Error('textsOf: the reader-texts middleware did not run for this update');
  return texts;
}
