import { Composer, type Context } from 'telegraf';
import type { BotDependencies } from '../bot-dependencies.js';
import { textsOf } from '../reader-texts.js';

/** Chat member statuses in which the bot can read a channel's posts. */
const ADMIN_STATUSES = new Set(['administrator', 'creator']);

/**
 * The bot's own membership changes. In a private chat: the person blocked or
 * unblocked the bot, so their digests pause or resume. Channels as sources: a channel becomes one when the bot is made an
 * administrator there, and stops being one when it is demoted or removed.
 * Every post in such a channel joins the pool, credited to the channel.
 */
export function createChannelsFeature(deps: BotDependencies): Composer<Context> {
  const { sources, intake, messenger, logger, adminNotices } = deps;
  const feature = new Composer<Context>();

  feature.on('my_chat_member', async (ctx) => {
    const { chat, new_chat_member: member, old_chat_member: before } = ctx.myChatMember;
    if (chat.type === 'private') {
      // A person blocked the bot: pause their digests now rather than learn it from a failed send at 08:00.
      if (member.status === 'kicked') await deps.subscriptions.markUnreachable(chat.id);
      else if (before.status === 'kicked' && (await deps.subscriptions.noteReader(chat.id)) === 'resumed') {
        await messenger.send(chat.id, { html: textsOf(ctx).html('general.welcomeBack') });
      }
      return;
    }
    if (chat.type !== 'channel') return;
    const username = 'username' in chat ? chat.username : undefined;
    if (ADMIN_STATUSES.has(member.status)) {
      const source = await sources.registerChannel({ chatId: chat.id, title: chat.title, ...(username && { username }) });
      logger.info({ chatId: chat.id, title: chat.title }, 'channel registered as a source');
      await adminNotices.tell((texts) => texts.html('sources.channelAdmin', { name: source.title ?? chat.title }));
    } else if (await sources.dropChannel(chat.id)) {
      logger.info({ chatId: chat.id, status: member.status }, 'channel dropped as a source');
      await adminNotices.tell((texts) => texts.html('sources.channelDropped', { name: chat.title }));
    }
  });

  feature.on('channel_post', async (ctx) => {
    const post = ctx.channelPost;
    const source = await sources.channel(post.chat.id);
    if (!source) return; // a channel where the bot is a plain member: not a source
    const text = 'text' in post ? post.text : 'caption' in post ? (post.caption ?? '') : '';
    const username = 'username' in post.chat ? post.chat.username : undefined;
    const url = username ? `https://t.me/${username}/${post.message_id}` : `https://t.me/c/${String(post.chat.id).replace(/^-100/, '')}/${post.message_id}`;
    const result = await intake.admitChannelPost({ name: source.title ?? ('title' in post.chat ? post.chat.title : 'Channel'), topics: source.topics }, { url, text });
    if (result === 'added') await sources.countChannelPost(post.chat.id);
  });

  return feature;
}
