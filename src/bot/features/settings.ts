import { Composer, type Context } from 'telegraf';
import { languageName, parseLanguage, primaryLanguage } from '../../core/languages.js';
import { formatLocalTime, parseClockTime, parseTimeZone } from '../../digest/local-time.js';
import { readingLanguage } from '../../digest/subscriptions.js';
import type { Subscriber } from '../../store/subscriber-store.js';
import type { BotDependencies } from '../bot-dependencies.js';
import { escapeHtml } from '../../format/telegram-html.js';
import { commandArguments } from './command-arguments.js';
import { formatTopicList } from './topics.js';

export const TIME_USAGE = 'Send the time as HH:MM on a 24-hour clock, for example <code>/time 07:30</code>.';
export const LANGUAGE_USAGE =
  'Send a language like <code>/language ru</code> or <code>/language German</code>, or <code>/language original</code> to read each article in its own language.';
export const TIMEZONE_USAGE =
  'Send a time zone name like <code>/timezone Europe/Berlin</code> or an offset like <code>/timezone UTC+3</code>.';

/** /time, /timezone, /settings and /forget. */
export function createSettingsFeature({ messenger, subscriptions, settings }: BotDependencies): Composer<Context> {
  const feature = new Composer<Context>();

  feature.command('time', async (ctx) => {
    const [input] = commandArguments(ctx.message.text);
    const time = input ? parseClockTime(input) : undefined;
    if (!time) {
      await messenger.send(ctx.chat.id, { html: input ? `“${escapeHtml(input)}” is not a time of day. ${TIME_USAGE}` : TIME_USAGE });
      return;
    }
    const subscriber = await subscriptions.setDeliveryTime(ctx.chat.id, time);
    await messenger.send(ctx.chat.id, { html: `⏰ Your digest comes at <b>${time}</b> (${escapeHtml(subscriber.timeZone)}).${nextLine(subscriber)}` });
  });

  feature.command('timezone', async (ctx) => {
    const input = commandArguments(ctx.message.text).join(' ');
    const zone = input ? parseTimeZone(input) : undefined;
    if (!zone) {
      await messenger.send(ctx.chat.id, {
        html: input ? `I don't know the time zone “${escapeHtml(input)}”. ${TIMEZONE_USAGE}` : TIMEZONE_USAGE,
      });
      return;
    }
    const subscriber = await subscriptions.setTimeZone(ctx.chat.id, zone);
    await messenger.send(ctx.chat.id, {
      html: `🌐 Your time zone is <b>${escapeHtml(zone)}</b>; your digest comes at ${subscriber.deliveryTime} there.${nextLine(subscriber)}`,
    });
  });

  feature.command('language', async (ctx) => {
    const input = commandArguments(ctx.message.text).join(' ');
    if (!input) return void (await messenger.send(ctx.chat.id, { html: LANGUAGE_USAGE }));
    const language = input.toLowerCase() === 'original' ? 'original' : parseLanguage(input);
    if (!language) {
      await messenger.send(ctx.chat.id, { html: `I don't know the language “${escapeHtml(input)}”. ${LANGUAGE_USAGE}` });
      return;
    }
    await subscriptions.setLanguage(ctx.chat.id, language);
    const html =
      language === 'original'
        ? '🗣 Summaries and digests keep each article’s own language now.'
        : settings.summarizerKind === 'extractive'
          ? // Key sentences picked from the article cannot be translated: say so rather than promise it.
            `🗣 Saved: <b>${escapeHtml(languageName(language))}</b>. This bot runs without an AI model, so summaries stay in each article’s own language until one is set up.`
          : `🗣 Summaries and digests come in <b>${escapeHtml(languageName(language))}</b> now, whatever the article’s language.`;
    await messenger.send(ctx.chat.id, { html });
  });

  feature.command('settings', async (ctx) => {
    const subscriber = await subscriptions.get(ctx.chat.id);
    const time = subscriber?.deliveryTime ?? settings.defaultDeliveryTime;
    const zone = subscriber?.timeZone ?? settings.defaultTimeZone;
    const lines = [
      '⚙️ <b>Your settings</b>',
      '',
      `Topics: ${subscriber && subscriber.topics.length > 0 ? formatTopicList(subscriber.topics) : 'none yet (/topics)'}`,
      `Delivery: <b>${time}</b> (${escapeHtml(zone)}) — change with /time and /timezone`,
      `Language: ${describeReadingLanguage(subscriber, primaryLanguage(ctx.from.language_code))} — change with /language`,
    ];
    const next = subscriber ? nextLine(subscriber) : '';
    await messenger.send(ctx.chat.id, { html: lines.join('\n') + next });
  });

  feature.command('forget', async (ctx) => {
    await messenger.send(ctx.chat.id, {
      html: 'Delete your topics, settings and digest history? This cannot be undone.',
      keyboard: [[{ text: '🗑 Yes, delete everything', callback_data: 'forget:yes' }, { text: 'Cancel', callback_data: 'forget:no' }]],
    });
  });

  feature.action(/^forget:(yes|no)$/, async (ctx) => {
    const chatId = ctx.chat?.id;
    const messageId = ctx.callbackQuery.message?.message_id;
    if (chatId === undefined || messageId === undefined) return messenger.answerCallback(ctx.callbackQuery.id);
    if (ctx.match[1] === 'yes') {
      await subscriptions.forget(chatId);
      await messenger.answerCallback(ctx.callbackQuery.id, 'Deleted');
      await messenger.edit(chatId, messageId, { html: '🗑 Done: I deleted your topics, settings and digest history.' });
    } else {
      await messenger.answerCallback(ctx.callbackQuery.id, 'Nothing deleted');
      await messenger.edit(chatId, messageId, { html: 'Nothing was deleted.' });
    }
  });

  return feature;
}

/** The reading language as /settings says it: chosen, or taken from their app. */
function describeReadingLanguage(subscriber: Subscriber | undefined, clientLanguage: string | undefined): string {
  if (subscriber?.language === 'original') return "<b>each article's own</b>";
  const language = readingLanguage(subscriber, clientLanguage);
  if (!language) return "<b>each article's own</b>";
  return `<b>${escapeHtml(languageName(language))}</b>${subscriber?.language ? '' : ' (your Telegram app’s)'}`;
}

function nextLine(subscriber: Subscriber): string {
  if (subscriber.nextDigestAt === undefined) return subscriber.topics.length === 0 ? '\nFollow a topic in /topics to get it.' : '';
  const when = formatLocalTime(subscriber.nextDigestAt, subscriber.timeZone);
  return `\nNext digest: ${escapeHtml(when)}.`;
}
