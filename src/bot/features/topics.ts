import { Composer, type Context } from 'telegraf';
import type { Subscriber } from '../../store/subscriber-store.js';
import { findTopic, TOPICS, topicEmoji, topicName, type Topic } from '../../core/topics.js';
import type { BotDependencies } from '../bot-dependencies.js';
import type { InlineKeyboard } from '../messenger.js';
import { escapeHtml } from '../../format/telegram-html.js';
import { commandArguments } from './command-arguments.js';

const TOGGLE_PREFIX = 'topic:';

/** /topics with toggle buttons, /subscribe and /unsubscribe. */
export function createTopicsFeature({ messenger, subscriptions }: BotDependencies): Composer<Context> {
  const feature = new Composer<Context>();

  feature.command('topics', async (ctx) => {
    const subscriber = await subscriptions.get(ctx.chat.id);
    await messenger.send(ctx.chat.id, topicsMessage(subscriber));
  });

  feature.action(new RegExp(`^${TOGGLE_PREFIX}(\\w+)$`), async (ctx) => {
    const topic = findTopic(ctx.match[1] ?? '');
    const chatId = ctx.chat?.id;
    const messageId = ctx.callbackQuery.message?.message_id;
    if (!topic || chatId === undefined || messageId === undefined) {
      await messenger.answerCallback(ctx.callbackQuery.id, 'That button has expired; send /topics again.');
      return;
    }
    const subscriber = await subscriptions.toggleTopic(chatId, topic);
    const following = subscriber.topics.includes(topic);
    await messenger.answerCallback(ctx.callbackQuery.id, `${following ? 'Following' : 'Stopped following'} ${topicName(topic)}`);
    await messenger.edit(chatId, messageId, topicsMessage(subscriber));
  });

  feature.command('subscribe', async (ctx) => {
    const words = commandArguments(ctx.message.text);
    if (words.length === 0) {
      await messenger.send(ctx.chat.id, topicsMessage(await subscriptions.get(ctx.chat.id)));
      return;
    }
    const { topics, unknown } = parseTopics(words);
    if (unknown.length > 0) {
      await messenger.send(ctx.chat.id, { html: unknownTopicsReply(unknown) });
      return;
    }
    const subscriber = await subscriptions.subscribe(ctx.chat.id, topics);
    await messenger.send(ctx.chat.id, {
      html: `✅ You follow ${formatTopicList(subscriber.topics)}. Your digest comes daily at <b>${subscriber.deliveryTime}</b> (${escapeHtml(subscriber.timeZone)}); /digest sends one now.`,
    });
  });

  feature.command('unsubscribe', async (ctx) => {
    const words = commandArguments(ctx.message.text);
    if (words.length === 0) {
      await messenger.send(ctx.chat.id, { html: 'Name the topics to drop, like <code>/unsubscribe sports</code>, or <code>/unsubscribe all</code>. Or tap them in /topics.' });
      return;
    }
    const all = words.length === 1 && words[0]?.toLowerCase() === 'all';
    const { topics, unknown } = parseTopics(all ? [] : words);
    if (unknown.length > 0) {
      await messenger.send(ctx.chat.id, { html: unknownTopicsReply(unknown) });
      return;
    }
    const subscriber = await subscriptions.unsubscribe(ctx.chat.id, all ? 'all' : topics);
    await messenger.send(ctx.chat.id, {
      html:
        subscriber.topics.length === 0
          ? 'You follow no topics now, so no more daily digests. /topics to pick some again.'
          : `You still follow ${formatTopicList(subscriber.topics)}.`,
    });
  });

  return feature;
}

export function topicsMessage(subscriber: Subscriber | undefined): { html: string; keyboard: InlineKeyboard } {
  const followed = new Set(subscriber?.topics ?? []);
  const buttons = TOPICS.map((topic) => ({
    text: `${followed.has(topic.slug) ? '✅' : '▫️'} ${topic.emoji} ${topic.name}`,
    callback_data: `${TOGGLE_PREFIX}${topic.slug}`,
  }));
  const keyboard: InlineKeyboard = [];
  for (let index = 0; index < buttons.length; index += 2) keyboard.push(buttons.slice(index, index + 2));
  const status =
    followed.size === 0
      ? 'You follow no topics yet.'
      : `You follow ${formatTopicList([...followed])}: one digest a day at <b>${subscriber?.deliveryTime}</b> (${escapeHtml(subscriber?.timeZone ?? 'UTC')}).`;
  return { html: `🗂 <b>Topics</b>\nTap a topic to follow or drop it.\n\n${status}`, keyboard };
}

function parseTopics(words: string[]): { topics: Topic[]; unknown: string[] } {
  const topics: Topic[] = [];
  const unknown: string[] = [];
  for (const word of words) {
    const topic = findTopic(word);
    if (topic) topics.push(topic);
    else unknown.push(word);
  }
  return { topics, unknown };
}

function unknownTopicsReply(unknown: string[]): string {
  const names = unknown.map((word) => `“${escapeHtml(word)}”`).join(', ');
  return `I don't know ${unknown.length === 1 ? 'the topic' : 'the topics'} ${names}. These are the topics: ${TOPICS.map((topic) => topic.slug).join(', ')}. Or tap them in /topics.`;
}

export function formatTopicList(topics: readonly Topic[]): string {
  return topics.map((topic) => `${topicEmoji(topic)} ${escapeHtml(topicName(topic))}`).join(', ');
}
