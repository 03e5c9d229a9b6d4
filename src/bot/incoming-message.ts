import type {
  Message,
  MessageOriginChannel,
  MessageOriginChat,
  MessageOriginHiddenUser,
  MessageOriginUser,
} from 'telegraf/types';
import type { ForwardOrigin, IncomingMessage, MessageEntity } from '../ingest/summary-request.js';

/** Translates a Telegram message into the plain data ingest/ works on. */
export function toIncomingMessage(message: Message): IncomingMessage {
  const text = 'text' in message ? message.text : 'caption' in message ? (message.caption ?? '') : '';
  const entities: MessageEntity[] =
    'text' in message ? (message.entities ?? []) : 'caption_entities' in message ? (message.caption_entities ?? []) : [];
  const hasMedia = ['photo', 'video', 'document', 'sticker', 'animation', 'audio', 'voice', 'video_note'].some(
    (kind) => kind in message,
  );
  const forwardOrigin = 'forward_origin' in message && message.forward_origin ? toForwardOrigin(message.forward_origin) : undefined;
  return { text, entities, hasMedia, ...(forwardOrigin && { forwardOrigin }) };
}

type MessageOrigin = MessageOriginUser | MessageOriginHiddenUser | MessageOriginChat | MessageOriginChannel;

function toForwardOrigin(origin: MessageOrigin): ForwardOrigin {
  switch (origin.type) {
    case 'channel': {
      const chat = origin.chat;
      const username = 'username' in chat ? chat.username : undefined;
      return {
        type: 'channel',
        name: 'title' in chat ? chat.title : 'a channel',
        ...(username && { username, postUrl: `https://t.me/${username}/${origin.message_id}` }),
      };
    }
    case 'chat': {
      const chat = origin.sender_chat;
      const username = 'username' in chat ? chat.username : undefined;
      return { type: 'chat', name: 'title' in chat ? chat.title : 'a chat', ...(username && { username }) };
    }
    case 'user': {
      const { first_name, last_name, username } = origin.sender_user;
      return { type: 'user', name: [first_name, last_name].filter(Boolean).join(' '), ...(username && { username }) };
    }
    case 'hidden_user':
      return { type: 'hidden_user', name: origin.sender_user_name };
  }
}

/**
 * The text after a command, with entity offsets moved to match, so
 * `/summarize https://…` and `/summarize <pasted text>` read like a plain message.
 */
export function dropCommand(incoming: IncomingMessage): IncomingMessage {
  const command = incoming.entities.find((entity) => entity.type === 'bot_command' && entity.offset === 0);
  if (!command) return incoming;
  const rest = incoming.text.slice(command.length);
  const shift = command.length + (rest.length - rest.trimStart().length);
  return {
    ...incoming,
    text: rest.trim(),
    entities: incoming.entities
      .filter((entity) => entity !== command && entity.offset >= shift)
      .map((entity) => ({ ...entity, offset: entity.offset - shift })),
  };
}
