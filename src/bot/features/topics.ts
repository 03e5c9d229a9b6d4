import { Composer, type Context } from 'telegraf';
import type { Subscriber } from '../../store/subscriber-store.js';
import { findTopic, TOPICS, topicEmoji, type Topic } from '../../core/topics.js';
import type { Texts } from '../../messages/catalogue.js';
import type { BotDependencies } from '../bot-dependencies.js';
import type { InlineKeyboard } from '../messenger.js';
import { textsOf } from '../reader-texts.js';
import { commandArguments } from './command-arguments.js';

const TOGGLE_PREFIX = 'topic:';

/** /topics with toggle buttons, /subscribe and /unsubscribe. */
export function createTopicsFeature({ messenger, subscriptions }: BotDependencies): Composer<Context> {
  const feature = new Composer<Context>();

  feature.command('topics', async (ctx) => {
    const subscriber = await subscriptions.get(ctx.chat.id);
    await messenger.send(ctx.chat.id, topicsMessage(textsOf(ctx), subscriber));
  });

  feature.action(new RegExp(`^${TOGGLE_PREFIX}(\\w+)$`), async (ctx) => {
    const texts = textsOf(ctx);
    const topic = findTopic(ctx.match[1] ?? '');
    const chatId = ctx.chat?.id;
    const messageId = ctx.callbackQuery.message?.message_id;
    if (!topic || chatId === undefined || messageId === undefined) {
      await messenger.answerCallback(ctx.callbackQuery.id, texts.plain('plain.topicButtonExpired'));
      return;
    }
    const subscriber = await subscriptions.toggleTopic(chatId, topic);
    const following = subscriber.topics.includes(topic);
    const name = texts.plain(`plain.topic.${topic}`);
    await messenger.answerCallback(ctx.callbackQuery.id, texts.plain(following ? 'plain.following' : 'plain.stoppedFollowing', { topic: name }));
    await messenger.edit(chatId, messageId, topicsMessage(texts, subscriber));
  });

  feature.command('subscribe', async (ctx) => {
    const texts = textsOf(ctx);
    const words = commandArguments(ctx.message.text);
    if (words.length === 0) {
      await messenger.send(ctx.chat.id, topicsMessage(texts, await subscriptions.get(ctx.chat.id)));
      return;
    }
    const { topics, unknown } = parseTopics(texts, words);
    if (unknown.length > 0) {
      await messenger.send(ctx.chat.id, { html: unknownTopicsReply(texts, unknown) });
      return;
    }
    const subscriber = await subscriptions.subscribe(ctx.chat.id, topics);
    await messenger.send(ctx.chat.id, {
      html: texts.html('topics.subscribed', { topics: formatTopicList(texts, subscriber.topics), time: subscriber.deliveryTime, zone: subscriber.timeZone }),
    });
  });

  feature.command('unsubscribe', async (ctx) => {
    const texts = textsOf(ctx);
    const words = commandArguments(ctx.message.text);
    if (words.length === 0) {
      await messenger.send(ctx.chat.id, { html: texts.html('topics.unsubscribeUsage') });
      return;
    }
    const all = words.length === 1 && words[0]?.toLowerCase() === 'all';
    const { topics, unknown } = parseTopics(texts, all ? [] : words);
    if (unknown.length > 0) {
      await messenger.send(ctx.chat.id, { html: unknownTopicsReply(texts, unknown) });
      return;
    }
    const subscriber = await subscriptions.unsubscribe(ctx.chat.id, all ? 'all' : topics);
    await messenger.send(ctx.chat.id, {
      html:
        subscriber.topics.length === 0
          ? texts.html('topics.noneLeft')
          : texts.html('topics.stillFollow', { topics: formatTopicList(texts, subscriber.topics) }),
    });
  });

  return feature;
}

export function topicsMessage(texts: Texts, subscriber: Subscriber | undefined): { html: string; keyboard: InlineKeyboard } {
  const followed = new Set(subscriber?.topics ?? []);
  const buttons = TOPICS.map((topic) => ({
    text: texts.plain('plain.topicButton', { mark: followed.has(topic.slug) ? '✅' : '▫️', emoji: topic.emoji, name: texts.plain(`plain.topic.${topic.slug}`) }),
    callback_data: `${TOGGLE_PREFIX}${topic.slug}`,
  }));
  const keyboard: InlineKeyboard = [];
  for (let index = 0; index < buttons.length; index += 2) keyboard.push(buttons.slice(index, index + 2));
  const status =
    followed.size === 0 || !subscriber
      ? texts.html('topics.noneYet')
      : texts.html('topics.status', { topics: formatTopicList(texts, [...followed]), time: subscriber.deliveryTime, zone: subscriber.timeZone });
  return { html: texts.html('topics.menu', { status }), keyboard };
}

/** A topic by slug, English name or its name in the reader's texts; undefined when none. */
export function findTopicNamed(texts: Texts, word: string): Topic | undefined {
  const wanted = word.trim().toLocaleLowerCase(texts.locale);
  return findTopic(word) ?? TOPICS.find((topic) => texts.plain(`plain.topic.${topic.slug}`).toLocaleLowerCase(texts.locale) === wanted)?.slug;
}

/**
 * Topics named by slug, English name or a name from the catalogue ("наука"), in any case.
 * The catalogue's names are the ones the reader sees on the buttons, so they are the ones they type.
 */
function parseTopics(texts: Texts, words: string[]): { topics: Topic[]; unknown: string[] } {
  const topics: Topic[] = [];
  const unknown: string[] = [];
  for (const word of words) {
    const topic = findTopicNamed(texts, word);
    if (topic) topics.push(topic);
    else unknown.push(word);
  }
  return { topics, unknown };
}

function unknownTopicsReply(texts: Texts, unknown: string[]): string {
  const names = unknown.map((word) => texts.html('general.quoted', { text: word })).join(', ');
  return texts.html('topics.unknown', { names, count: unknown.length, slugs: TOPICS.map((topic) => topic.slug).join(', ') });
}

/** "🌍 World, 🔬 Science" in the reader's texts, as HTML. */
export function formatTopicList(texts: Texts, topics: readonly Topic[]): string {
  return topics.map((topic) => texts.html('topics.listItem', { emoji: topicEmoji(topic), name: texts.plain(`plain.topic.${topic}`) })).join(', ');
}
