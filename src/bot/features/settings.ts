import { Composer, type Context } from 'telegraf';
import { languageName, parseLanguage, primaryLanguage } from '../../core/languages.js';
import { formatLocalTime, parseClockTime, parseTimeZone } from '../../digest/local-time.js';
import { readingLanguage, textsLanguage } from '../../digest/subscriptions.js';
import type { Texts } from '../../messages/catalogue.js';
import type { Subscriber } from '../../store/subscriber-store.js';
import type { BotDependencies } from '../bot-dependencies.js';
import { textsOf } from '../reader-texts.js';
import { commandArguments } from './command-arguments.js';
import { formatTopicList } from './topics.js';

/** /time, /timezone, /language, /settings and /forget. */
export function createSettingsFeature({ messenger, subscriptions, settings, catalogue }: BotDependencies): Composer<Context> {
  const feature = new Composer<Context>();

  feature.command('time', async (ctx) => {
    const texts = textsOf(ctx);
    const [input] = commandArguments(ctx.message.text);
    const time = input ? parseClockTime(input) : undefined;
    if (!time) {
      const usage = texts.html('settings.timeUsage');
      await messenger.send(ctx.chat.id, { html: input ? texts.html('settings.notATime', { input, usage }) : usage });
      return;
    }
    const subscriber = await subscriptions.setDeliveryTime(ctx.chat.id, time);
    await messenger.send(ctx.chat.id, { html: withNextLine(texts, subscriber, texts.html('settings.timeSet', { time, zone: subscriber.timeZone })) });
  });

  feature.command('timezone', async (ctx) => {
    const texts = textsOf(ctx);
    const input = commandArguments(ctx.message.text).join(' ');
    const zone = input ? parseTimeZone(input) : undefined;
    if (!zone) {
      const usage = texts.html('settings.timezoneUsage');
      await messenger.send(ctx.chat.id, { html: input ? texts.html('settings.unknownZone', { input, usage }) : usage });
      return;
    }
    const subscriber = await subscriptions.setTimeZone(ctx.chat.id, zone);
    await messenger.send(ctx.chat.id, { html: withNextLine(texts, subscriber, texts.html('settings.zoneSet', { zone, time: subscriber.deliveryTime })) });
  });

  feature.command('language', async (ctx) => {
    const asked = textsOf(ctx);
    const input = commandArguments(ctx.message.text).join(' ');
    const usage = asked.html('settings.languageUsage');
    if (!input) return void (await messenger.send(ctx.chat.id, { html: usage }));
    const language = input.toLowerCase() === 'original' ? 'original' : parseLanguage(input);
    if (!language) {
      await messenger.send(ctx.chat.id, { html: asked.html('settings.unknownLanguage', { input, usage }) });
      return;
    }
    const subscriber = await subscriptions.setLanguage(ctx.chat.id, language);
    // The answer already speaks the new language when the catalogue has it.
    const texts = catalogue.texts(textsLanguage(subscriber, primaryLanguage(ctx.from.language_code)));
    const name = language === 'original' ? '' : languageName(language, texts.locale);
    const html =
      language === 'original'
        ? texts.html('settings.languageOriginal')
        : settings.summarizerKind === 'extractive'
          ? // Key sentences picked from the article cannot be translated: say so rather than promise it.
            texts.html('settings.languageSavedNoModel', { language: name })
          : texts.html('settings.languageSet', { language: name });
    await messenger.send(ctx.chat.id, { html });
  });

  feature.command('settings', async (ctx) => {
    const texts = textsOf(ctx);
    const subscriber = await subscriptions.get(ctx.chat.id);
    const time = subscriber?.deliveryTime ?? settings.defaultDeliveryTime;
    const zone = subscriber?.timeZone ?? settings.defaultTimeZone;
    const lines = [
      texts.html('settings.title'),
      '',
      subscriber && subscriber.topics.length > 0 ? texts.html('settings.topics', { topics: formatTopicList(texts, subscriber.topics) }) : texts.html('settings.topicsNone'),
      texts.html('settings.delivery', { time, zone }),
      describeReadingLanguage(texts, subscriber, primaryLanguage(ctx.from.language_code)),
    ];
    await messenger.send(ctx.chat.id, { html: subscriber ? withNextLine(texts, subscriber, lines.join('\n')) : lines.join('\n') });
  });

  feature.command('forget', async (ctx) => {
    const texts = textsOf(ctx);
    await messenger.send(ctx.chat.id, {
      html: texts.html('settings.forgetConfirm'),
      keyboard: [
        [
          { text: texts.plain('plain.forgetYes'), callback_data: 'forget:yes' },
          { text: texts.plain('plain.forgetCancel'), callback_data: 'forget:no' },
        ],
      ],
    });
  });

  feature.action(/^forget:(yes|no)$/, async (ctx) => {
    const texts = textsOf(ctx);
    const chatId = ctx.chat?.id;
    const messageId = ctx.callbackQuery.message?.message_id;
    if (chatId === undefined || messageId === undefined) return messenger.answerCallback(ctx.callbackQuery.id);
    if (ctx.match[1] === 'yes') {
      await subscriptions.forget(chatId);
      await messenger.answerCallback(ctx.callbackQuery.id, texts.plain('plain.deleted'));
      await messenger.edit(chatId, messageId, { html: texts.html('settings.forgetDone') });
    } else {
      await messenger.answerCallback(ctx.callbackQuery.id, texts.plain('plain.nothingDeleted'));
      await messenger.edit(chatId, messageId, { html: texts.html('settings.forgetKept') });
    }
  });

  return feature;
}

/** The reading language as /settings says it: chosen, taken from their app, or each article's own. */
function describeReadingLanguage(texts: Texts, subscriber: Subscriber | undefined, clientLanguage: string | undefined): string {
  const language = subscriber?.language === 'original' ? undefined : readingLanguage(subscriber, clientLanguage);
  if (!language) return texts.html('settings.languageOwn');
  const name = languageName(language, texts.locale);
  return texts.html(subscriber?.language ? 'settings.languageChosen' : 'settings.languageFromApp', { language: name });
}

/** The message, then when the next digest comes (or how to get one). */
function withNextLine(texts: Texts, subscriber: Subscriber, html: string): string {
  if (subscriber.nextDigestAt === undefined) return subscriber.topics.length === 0 ? `${html}\n${texts.html('settings.followToGet')}` : html;
  const when = formatLocalTime(subscriber.nextDigestAt, subscriber.timeZone, texts.locale);
  return `${html}\n${texts.html('settings.nextDigest', { when })}`;
}
