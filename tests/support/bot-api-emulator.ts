import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import path from 'node:path';
import type { Clock } from '../../src/core/clock.js';
import { parseTelegramHtml, type ParsedEntity } from './telegram-html-parser.js';

/**
 * A local Telegram Bot API over HTTP, strict where Telegram is strict, so the
 * real telegraf bot runs against it unchanged (`telegram.apiRoot`). It holds
 * long-polling getUpdates like Telegram (honouring allowed_updates), rejects
 * malformed HTML, empty and over-long texts and captions, takes document
 * uploads (multipart/form-data) and serves files for download, knows channels
 * and the bot's membership in them, and can answer 429/403/400 on demand.
 * Once the bot calls setWebhook it delivers updates by POSTing them to that URL
 * with the secret token instead (getUpdates then answers 409, as Telegram's does),
 * one update per chat at a time, the next only after the bot answered 2xx.
 */

export interface Failure {
  errorCode: number;
  description: string;
  /** Seconds, for 429. */
  retryAfter?: number;
}

export interface ApiCall {
  method: string;
  params: Record<string, unknown>;
  /** Time on the emulator's clock. */
  at: number;
  ok: boolean;
  errorCode?: number;
  description?: string;
}

export interface SentMessage {
  messageId: number;
  chatId: number;
  /** Plain text, as the person sees it; for a document, its caption ('' when none). */
  text: string;
  /** The HTML the bot sent (the caption's, for a document). */
  html: string;
  entities: ParsedEntity[];
  replyMarkup: InlineKeyboardMarkup | undefined;
  replyToMessageId: number | undefined;
  /** Earlier versions of the text, oldest first, when edited. */
  edits: string[];
  deleted: boolean;
  /** The file, when the bot sent a document (sendDocument). */
  document?: SentDocument;
}

export interface SentDocument {
  /** The file_id the emulator gave the file: getFile and a resend by file_id take it. */
  fileId: string;
  fileName: string;
  /** Guessed from the file name's extension, as Telegram does; undefined for an extension the emulator does not know. */
  mimeType?: string;
  content: Buffer;
}

interface InlineKeyboardButton {
  text: string;
  callback_data?: string;
  url?: string;
}
interface InlineKeyboardMarkup {
  inline_keyboard: InlineKeyboardButton[][];
}

export interface UserMessageInput {
  chatId: number;
  fromId?: number;
  firstName?: string;
  /** The person's Telegram app language (`from.language_code`), e.g. "ru"; absent by default. */
  languageCode?: string;
  chatType?: 'private' | 'group' | 'supergroup';
  text?: string;
  caption?: string;
  entities?: Array<{ type: string; offset: number; length: number; url?: string }>;
  forwardOrigin?: Record<string, unknown>;
  replyTo?: Record<string, unknown>;
  photo?: boolean;
  /**
   * A file the person sends (text goes in `caption` then). The emulator stores it
   * and the message carries a Telegram `document`; getFile and the download
   * endpoint serve its bytes. A string is stored as UTF-8. `mimeType` defaults to
   * a guess from the file name's extension, as a Telegram app would send.
   */
  document?: { fileName: string; mimeType?: string; content: Buffer | string };
}

/** A post in a channel the bot is in: Telegram sends it as a `channel_post` update. */
export interface ChannelPostInput {
  /** A channel id: -100 followed by the channel's number, e.g. -1001234567890. */
  chatId: number;
  title: string;
  /** The channel's public @username, without the @. */
  username?: string;
  text: string;
  /** Defaults to the next id in the channel; ids only grow, as in Telegram. */
  messageId?: number;
  /** Defaults to the bot_command and url entities Telegram would find in the text. */
  entities?: Array<{ type: string; offset: number; length: number; url?: string }>;
}

export type BotMemberStatus = 'administrator' | 'member' | 'left' | 'kicked';

/** Someone added, promoted, demoted or removed the bot: Telegram sends a `my_chat_member` update. */
export interface BotMemberStatusInput {
  /** Channels and supergroups: -100…; basic groups: a negative id above -1000000000000. */
  chatId: number;
  title: string;
  username?: string;
  type: 'channel' | 'supergroup' | 'group';
  oldStatus: BotMemberStatus;
  newStatus: BotMemberStatus;
  /** The person who changed the bot's status. */
  fromId: number;
  /**
   * As administrator of a channel: may the bot post? Default true. Without it (or as a
   * plain member), sendMessage to the channel answers "need administrator rights in the channel chat".
   */
  canPostMessages?: boolean;
}

export interface BotApiEmulatorOptions {
  token?: string;
  /**
   * Clock for rate limits; with it, a chat that got a 429 answers 429 again if
   * the bot comes back before retry_after has passed on this clock.
   */
  clock?: Clock;
}

type Update = Record<string, unknown> & { update_id: number };

type ChatType = 'private' | 'group' | 'supergroup' | 'channel';
interface ChatJson {
  id: number;
  type: ChatType;
  title?: string;
  username?: string;
  first_name?: string;
}

interface StoredFile {
  fileId: string;
  fileUniqueId: string;
  fileName: string;
  mimeType: string | undefined;
  content: Buffer;
  /** Relative, as Telegram's: the download URL is /file/bot<token>/<filePath>. */
  filePath: string;
}

/** A file part of a multipart/form-data request, before the emulator stores it. */
class UploadedFile {
  constructor(
    readonly fileName: string,
    readonly content: Buffer,
  ) {}
}

const MESSAGE_LIMIT = 4096;
const CAPTION_LIMIT = 1024;
/** Bots upload up to 50 MB and download (getFile) up to 20 MB. */
const UPLOAD_LIMIT = 50 * 1024 * 1024;
const DOWNLOAD_LIMIT = 20 * 1024 * 1024;
/** "In sendDocument, sending by URL will currently only work for GIF, PDF and ZIP files." */
const URL_DOCUMENT_TYPES = new Set(['image/gif', 'application/pdf', 'application/zip']);
/** What getUpdates delivers when allowed_updates was never given or given as []. */
const NOT_DELIVERED_BY_DEFAULT = new Set(['chat_member', 'message_reaction', 'message_reaction_count']);
/** How long the emulator waits before delivering an update the webhook refused again. */
const WEBHOOK_RETRY_MS = 100;
/** Channel and supergroup ids are -100 followed by the chat's number; basic groups are above this. */
const LOWEST_GROUP_ID = -1_000_000_000_000;

const MIME_TYPES: Record<string, string> = {
  '.txt': 'text/plain',
  '.csv': 'text/csv',
  '.md': 'text/markdown',
  '.html': 'text/html',
  '.htm': 'text/html',
  '.xml': 'application/xml',
  '.opml': 'text/x-opml',
  '.rss': 'application/rss+xml',
  '.atom': 'application/atom+xml',
  '.json': 'application/json',
  '.pdf': 'application/pdf',
  '.zip': 'application/zip',
  '.gif': 'image/gif',
};

const guessMimeType = (fileName: string): string | undefined => MIME_TYPES[path.extname(fileName).toLowerCase()];
const updateTypeOf = (update: Record<string, unknown>): string => Object.keys(update).find((key) => key !== 'update_id') ?? 'unknown';

export interface BotApiEmulator {
  apiRoot: string;
  token: string;
  botUser: { id: number; is_bot: true; first_name: string; username: string };
  calls: ApiCall[];
  sendUserMessage(input: UserMessageInput): Record<string, unknown>;
  sendCallbackQuery(input: { chatId: number; messageId: number; data: string; fromId?: number }): string;
  /**
   * Posts in a channel and returns the post (a Telegram Message). The bot gets it as a
   * `channel_post` update unless setBotMemberStatus last said it left or was kicked.
   */
  sendChannelPost(input: ChannelPostInput): Record<string, unknown>;
  /**
   * Pushes a `my_chat_member` update for the bot and returns the ChatMemberUpdated.
   * From then on the emulator knows the chat: its type shows in the messages it
   * returns, and a bot that left or was kicked gets 403 when it sends there.
   */
  setBotMemberStatus(input: BotMemberStatusInput): Record<string, unknown>;
  /**
   * Queues an update (or drops it, as Telegram never creates it, when its type is
   * not in the bot's allowed_updates) and returns its update_id.
   */
  pushUpdate(update: Record<string, unknown>): number;
  /** The allowed_updates the bot last passed to getUpdates; undefined if it never passed any. */
  allowedUpdates(): string[] | undefined;
  failNext(method: string, failure: Failure & { chatId?: number }, times?: number): void;
  failChat(chatId: number, failure: Failure): void;
  /** The person unblocked the bot: sends to the chat work again. */
  unfailChat(chatId: number): void;
  /** 429 for the first send to each of these chats, then normal. */
  rateLimitOnce(chatIds: Iterable<number>, retryAfter: number): void;
  messages(chatId?: number): SentMessage[];
  chatActions(chatId: number): string[];
  callbackAnswers(): Array<{ id: string; text?: string }>;
  /**
   * Every webhook request the emulator made, in order of their answers: which update, how the bot
   * answered (0: no answer), and how many API calls the bot had made by then (see `calls`).
   */
  webhookDeliveries(): Array<{ updateId: number; status: number; callsBefore: number }>;
  waitFor<T>(check: () => T | undefined | false, options?: { timeoutMs?: number; what?: string }): Promise<T>;
  waitForMessages(chatId: number, count: number, options?: { timeoutMs?: number }): Promise<SentMessage[]>;
  close(): Promise<void>;
}

export async function startBotApiEmulator(options: BotApiEmulatorOptions = {}): Promise<BotApiEmulator> {
  const token = options.token ?? '123456:TEST-token';
  const clock = options.clock;
  const now = () => clock?.now() ?? Date.now();
  const botUser = { id: 123456, is_bot: true as const, first_name: 'Newsdigest', username: 'newsdigest_test_bot' };
  const calls: ApiCall[] = [];
  const updates: Update[] = [];
  let nextUpdateId = 1;
  const pollers = new Set<() => void>();
  const changeListeners = new Set<() => void>();
  const messagesByChat = new Map<number, SentMessage[]>();
  const userMessageIds = new Map<number, number>();
  const actions = new Map<number, string[]>();
  const callbackQueries = new Map<string, { answered: boolean }>();
  const answers: Array<{ id: string; text?: string }> = [];
  const oneShotFailures: Array<{ method: string; failure: Failure; chatId?: number; remaining: number }> = [];
  const chatFailures = new Map<number, Failure>();
  const rateLimitPending = new Map<number, number>();
  const blockedUntil = new Map<number, number>();
  /** Chats the emulator has seen, and the bot's standing in groups and channels it was added to. */
  const chats = new Map<number, { chat: ChatJson; bot?: { status: BotMemberStatus; canPostMessages: boolean } }>();
  const files = new Map<string, StoredFile>();
  const filesByPath = new Map<string, StoredFile>();
  /** undefined: Telegram's default (every type but NOT_DELIVERED_BY_DEFAULT). */
  let allowedUpdateTypes: Set<string> | undefined;
  let lastAllowedUpdates: string[] | undefined;
  /** Updates Telegram would not have given the bot, for the message of a wait that times out. */
  const undelivered: string[] = [];
  let closed = false;
  /** Set by setWebhook: updates are POSTed there instead of waiting for getUpdates. */
  let webhook: { url: string; secret: string | undefined; maxConnections: number } | undefined;
  let webhookError: { at: number; message: string } | undefined;
  const deliveries: Array<{ updateId: number; status: number; callsBefore: number }> = [];
  /** Chats with an update on its way to the webhook, and how many are in flight in all. */
  const deliveringChats = new Set<string>();
  let inFlight = 0;

  const notify = () => {
    for (const listener of [...changeListeners]) listener();
  };

  function nextMessageId(chatId: number): number {
    const id = (userMessageIds.get(chatId) ?? 0) + 1;
    userMessageIds.set(chatId, id);
    return id;
  }

  const isAllowed = (update: Record<string, unknown>) => {
    const type = updateTypeOf(update);
    return allowedUpdateTypes ? allowedUpdateTypes.has(type) : !NOT_DELIVERED_BY_DEFAULT.has(type);
  };

  function pushUpdate(update: Record<string, unknown>): number {
    const updateId = nextUpdateId++;
    if (!isAllowed(update)) {
      undelivered.push(`${updateTypeOf(update)} (not in allowed_updates ${JSON.stringify(lastAllowedUpdates)})`);
      return updateId;
    }
    updates.push({ ...update, update_id: updateId });
    for (const wake of [...pollers]) wake();
    deliverToWebhook();
    return updateId;
  }

  /** The chat an update belongs to, for keeping each chat's updates in order; its own id when it has none. */
  function orderKeyOf(update: Update): string {
    const body = Object.values(update).find((value): value is Record<string, unknown> => typeof value === 'object' && value !== null) ?? {};
    const message = (body.message ?? body) as Record<string, unknown>;
    const chat = message.chat as { id?: number } | undefined;
    return chat?.id === undefined ? `update:${update.update_id}` : `chat:${chat.id}`;
  }

  /**
   * Sends queued updates to the webhook: at most max_connections at once and one per chat, the next
   * update of a chat only once the bot answered the last one. A failed delivery is retried shortly,
   * as Telegram does (it backs off longer), and recorded for getWebhookInfo.
   */
  function deliverToWebhook(): void {
    if (!webhook || closed) return;
    const target = webhook;
    for (const update of [...updates]) {
      if (inFlight >= target.maxConnections) return;
      const key = orderKeyOf(update);
      if (deliveringChats.has(key)) continue;
      deliveringChats.add(key);
      inFlight++;
      void (async () => {
        let status = 0;
        try {
          const response = await fetch(target.url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...(target.secret && { 'x-telegram-bot-api-secret-token': target.secret }) },
            body: JSON.stringify(update),
            signal: AbortSignal.timeout(60_000),
          });
          status = response.status;
          await response.arrayBuffer();
        } catch (error) {
          webhookError = { at: now(), message: `Connection failed: ${String(error)}` };
        }
        deliveries.push({ updateId: update.update_id, status, callsBefore: calls.length });
        if (status >= 200 && status < 300) {
          const index = updates.indexOf(update);
          if (index >= 0) updates.splice(index, 1);
        } else if (status !== 0) {
          webhookError = { at: now(), message: `Wrong response from the webhook: ${status}` };
        }
        inFlight--;
        deliveringChats.delete(key);
        notify();
        // A failure waits a little before the retry, so a refusing server is not hammered.
        if (status >= 200 && status < 300) deliverToWebhook();
        else setTimeout(deliverToWebhook, WEBHOOK_RETRY_MS).unref();
      })();
    }
  }

  /**
   * The list given on a getUpdates call applies from then on, to queued updates too.
   * (Telegram may still hand out updates created before the call; the emulator does
   * not, so a test that pushes an unwanted update right away gets the same answer every run.)
   */
  function applyAllowedUpdates(value: unknown) {
    if (value === undefined || value === null) return;
    let list: unknown = value;
    if (typeof value === 'string') {
      try {
        list = JSON.parse(value);
      } catch {
        list = undefined;
      }
    }
    if (!Array.isArray(list) || !list.every((type): type is string => typeof type === 'string')) {
      throw badRequest('allowed_updates must be a JSON-serialized array of update types in this emulator');
    }
    lastAllowedUpdates = [...list];
    allowedUpdateTypes = list.length > 0 ? new Set(list) : undefined;
    for (let index = updates.length - 1; index >= 0; index--) {
      const update = updates[index];
      if (update && !isAllowed(update)) {
        undelivered.push(`${updateTypeOf(update)} (not in allowed_updates ${JSON.stringify(lastAllowedUpdates)})`);
        updates.splice(index, 1);
      }
    }
  }

  function rememberChat(chat: ChatJson) {
    const known = chats.get(chat.id);
    if (known && known.chat.type !== chat.type) {
      throw new Error(`chat ${chat.id} is a ${known.chat.type} in this emulator, not a ${chat.type}`);
    }
    chats.set(chat.id, { ...known, chat: { ...known?.chat, ...chat } });
  }

  const chatJson = (chatId: number): ChatJson =>
    chats.get(chatId)?.chat ?? (chatId > 0 ? { id: chatId, type: 'private', first_name: 'Reader' } : { id: chatId, type: 'group', title: 'Test group' });

  function checkChatIdShape(chatId: number, type: BotMemberStatusInput['type']) {
    const looksLikeGroup = chatId < 0 && chatId > LOWEST_GROUP_ID;
    if (type === 'group' ? !looksLikeGroup : chatId >= LOWEST_GROUP_ID) {
      throw new Error(`${chatId} is not a ${type} id: channels and supergroups are -100…, e.g. -1001234567890; basic groups are negative above that`);
    }
  }

  function storeFile(fileName: string, content: Buffer, mimeType: string | undefined): StoredFile {
    const number = files.size + 1;
    const file: StoredFile = {
      // Opaque like Telegram's, so nothing in the bot is tempted to parse them.
      fileId: `BQACAgIAAx${number}${randomBytes(12).toString('base64url')}`,
      fileUniqueId: `AgAD${number}${randomBytes(3).toString('base64url')}`,
      fileName,
      mimeType,
      content,
      filePath: `documents/file_${number}${path.extname(fileName).toLowerCase()}`,
    };
    files.set(file.fileId, file);
    filesByPath.set(file.filePath, file);
    return file;
  }

  const documentJson = (file: StoredFile) => ({
    file_name: file.fileName,
    ...(file.mimeType !== undefined && { mime_type: file.mimeType }),
    file_id: file.fileId,
    file_unique_id: file.fileUniqueId,
    file_size: file.content.length,
  });

  function botMemberJson(status: BotMemberStatus, type: BotMemberStatusInput['type'], canPostMessages: boolean) {
    switch (status) {
      case 'administrator':
        return {
          status,
          user: botUser,
          can_be_edited: false,
          is_anonymous: false,
          can_manage_chat: true,
          can_delete_messages: true,
          can_manage_video_chats: true,
          can_restrict_members: true,
          can_promote_members: false,
          can_change_info: true,
          can_invite_users: true,
          ...(type === 'channel'
            ? { can_post_messages: canPostMessages, can_edit_messages: true }
            : { can_pin_messages: true }),
          ...(type !== 'group' && { can_post_stories: false, can_edit_stories: false, can_delete_stories: false }),
        };
      case 'kicked':
        return { status, user: botUser, until_date: 0 };
      default:
        return { status, user: botUser };
    }
  }

  /** A group or channel the emulator knows the bot is no longer in refuses its messages, as Telegram does. */
  function checkCanSend(chatId: number) {
    const known = chats.get(chatId);
    if (!known?.bot) return;
    const kind = `${known.chat.type} chat`;
    if (known.bot.status === 'left') throw new ApiError(403, `Forbidden: bot is not a member of the ${kind}`);
    if (known.bot.status === 'kicked') throw new ApiError(403, `Forbidden: bot was kicked from the ${kind}`);
    if (known.chat.type === 'channel' && !(known.bot.status === 'administrator' && known.bot.canPostMessages)) {
      throw badRequest('need administrator rights in the channel chat');
    }
  }

  function autoEntities(text: string) {
    const entities: Array<{ type: string; offset: number; length: number }> = [];
    const command = /^\/[a-z_]+(@\w+)?/i.exec(text);
    if (command) entities.push({ type: 'bot_command', offset: 0, length: command[0].length });
    for (const match of text.matchAll(/\bhttps?:\/\/[^\s<>"]+/gi)) {
      entities.push({ type: 'url', offset: match.index ?? 0, length: match[0].replace(/[.,;:!?)]+$/, '').length });
    }
    return entities;
  }

  function chatOf(input: UserMessageInput): ChatJson {
    const type = input.chatType ?? 'private';
    return type === 'private'
      ? { id: input.chatId, type, first_name: input.firstName ?? 'Reader' }
      : { id: input.chatId, type, title: 'Test group' };
  }

  function buildUserMessage(input: UserMessageInput): Record<string, unknown> {
    if (input.document && input.text !== undefined) {
      throw new Error('a Telegram message has text or a document, not both: give the words as the caption');
    }
    // A group the test introduced through setBotMemberStatus keeps its title.
    const known = chats.get(input.chatId)?.chat;
    const chat = known && known.type !== 'private' && known.type === input.chatType ? known : chatOf(input);
    rememberChat(chat);
    const from = {
      id: input.fromId ?? input.chatId,
      is_bot: false,
      first_name: input.firstName ?? 'Reader',
      ...(input.languageCode !== undefined && { language_code: input.languageCode }),
    };
    const message: Record<string, unknown> = {
      message_id: nextMessageId(input.chatId),
      from,
      chat,
      date: Math.floor(now() / 1000),
    };
    if (input.document) {
      const { fileName, mimeType, content } = input.document;
      const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
      message.document = documentJson(storeFile(fileName, bytes, mimeType ?? guessMimeType(fileName)));
    }
    if (input.text !== undefined) {
      message.text = input.text;
      const entities = input.entities ?? autoEntities(input.text);
      if (entities.length > 0) message.entities = entities;
    }
    if (input.photo) message.photo = [{ file_id: 'photo-1', file_unique_id: 'p1', width: 800, height: 600 }];
    if (input.caption !== undefined) {
      message.caption = input.caption;
      const entities = input.entities ?? autoEntities(input.caption);
      if (entities.length > 0) message.caption_entities = entities;
    }
    if (input.forwardOrigin) message.forward_origin = input.forwardOrigin;
    if (input.replyTo) message.reply_to_message = input.replyTo;
    return message;
  }

  function takeFailure(method: string, chatId: number | undefined): Failure | undefined {
    if (chatId !== undefined && ['sendMessage', 'sendDocument', 'editMessageText'].includes(method)) {
      const permanent = chatFailures.get(chatId);
      if (permanent) return permanent;
      const until = blockedUntil.get(chatId);
      if (until !== undefined && now() < until) {
        const retryAfter = Math.max(1, Math.ceil((until - now()) / 1000));
        return { errorCode: 429, description: `Too Many Requests: retry after ${retryAfter}`, retryAfter };
      }
      const pending = rateLimitPending.get(chatId);
      if (pending !== undefined && method !== 'editMessageText') {
        rateLimitPending.delete(chatId);
        return { errorCode: 429, description: `Too Many Requests: retry after ${pending}`, retryAfter: pending };
      }
    }
    const index = oneShotFailures.findIndex((entry) => entry.method === method && (entry.chatId === undefined || entry.chatId === chatId));
    const entry = oneShotFailures[index];
    if (!entry) return undefined;
    entry.remaining--;
    if (entry.remaining <= 0) oneShotFailures.splice(index, 1);
    return entry.failure;
  }

  class ApiError extends Error {
    constructor(
      readonly errorCode: number,
      readonly description: string,
      readonly retryAfter?: number,
    ) {
      super(description);
    }
  }

  const badRequest = (description: string) => new ApiError(400, `Bad Request: ${description}`);

  type FormattedText = { text: string; html: string; entities: ParsedEntity[] };

  function parseFormatted(raw: string, parseMode: unknown): FormattedText {
    if (parseMode === undefined) return { text: raw, html: raw, entities: [] };
    if (parseMode !== 'HTML') throw badRequest(`unsupported parse_mode ${String(parseMode)} in this emulator`);
    const parsed = parseTelegramHtml(raw);
    if (!parsed.ok) throw badRequest(parsed.error.replace(/^C/, 'c'));
    return { text: parsed.text, html: raw, entities: parsed.entities };
  }

  function parseText(params: Record<string, unknown>): FormattedText {
    const raw = params.text;
    if (typeof raw !== 'string' || raw.trim() === '') throw badRequest('message text is empty');
    const formatted = parseFormatted(raw, params.parse_mode);
    if (formatted.text.trim() === '') throw badRequest('message text is empty');
    if (formatted.text.length > MESSAGE_LIMIT) throw badRequest('message is too long');
    return formatted;
  }

  /** A caption is optional: none, or one that is empty after parsing, leaves text '' and no entities. */
  function parseCaption(params: Record<string, unknown>): FormattedText {
    const raw = params.caption;
    if (raw === undefined || raw === '') return { text: '', html: '', entities: [] };
    if (typeof raw !== 'string') throw badRequest('caption must be a string in this emulator');
    const formatted = parseFormatted(raw, params.parse_mode);
    if (formatted.text.length > CAPTION_LIMIT) throw badRequest('message caption is too long');
    return formatted.text.trim() === '' ? { text: '', html: '', entities: [] } : formatted;
  }

  function replyTarget(chatId: number, params: Record<string, unknown>): number | undefined {
    // JSON in a JSON body; a JSON-serialized string in a form body.
    const raw = typeof params.reply_parameters === 'string' ? (JSON.parse(params.reply_parameters) as unknown) : params.reply_parameters;
    const reply = raw as { message_id?: number; allow_sending_without_reply?: boolean } | undefined;
    const replyToMessageId = reply?.message_id;
    if (replyToMessageId !== undefined && !reply?.allow_sending_without_reply && replyToMessageId > (userMessageIds.get(chatId) ?? 0)) {
      throw badRequest('message to be replied not found');
    }
    return replyToMessageId;
  }

  /** sendDocument's `document`: an upload, a file_id the emulator issued, or an HTTP URL for "Telegram" to fetch. */
  async function documentOf(value: unknown): Promise<StoredFile> {
    if (value instanceof UploadedFile) {
      if (value.content.length === 0) throw badRequest('file must be non-empty');
      if (value.content.length > UPLOAD_LIMIT) throw new ApiError(413, 'Request Entity Too Large');
      return storeFile(value.fileName, value.content, guessMimeType(value.fileName));
    }
    if (typeof value !== 'string' || value === '') throw badRequest('there is no document in the request');
    const known = files.get(value);
    if (known) return known;
    if (!/^https?:\/\//i.test(value)) throw badRequest('wrong file identifier/HTTP URL specified');
    const response = await fetch(value).catch(() => undefined);
    if (!response?.ok) throw badRequest('failed to get HTTP URL content');
    const mimeType = (response.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
    if (!URL_DOCUMENT_TYPES.has(mimeType)) throw badRequest('wrong type of the web page content');
    const content = Buffer.from(await response.arrayBuffer());
    const fileName = decodeURIComponent(new URL(value).pathname.split('/').pop() ?? '') || 'file';
    return storeFile(fileName, content, mimeType);
  }

  function parseMarkup(value: unknown): InlineKeyboardMarkup | undefined {
    if (value === undefined) return undefined;
    const markup = (typeof value === 'string' ? JSON.parse(value) : value) as InlineKeyboardMarkup;
    if (!Array.isArray(markup.inline_keyboard)) throw badRequest('unsupported reply_markup in this emulator');
    for (const row of markup.inline_keyboard) {
      if (!Array.isArray(row)) throw badRequest('field "inline_keyboard" of the InlineKeyboardMarkup should be an Array of Arrays');
      for (const button of row) {
        if (typeof button.text !== 'string' || button.text === '') throw badRequest('text buttons are unallowed in the inline keyboard');
        if (button.callback_data !== undefined) {
          const bytes = Buffer.byteLength(button.callback_data);
          if (bytes < 1 || bytes > 64) throw badRequest('BUTTON_DATA_INVALID');
        } else if (button.url !== undefined) {
          if (!/^(https?|tg):\/\//i.test(button.url)) throw badRequest(`inline keyboard button URL '${button.url}' is invalid: Wrong HTTP URL`);
        } else throw badRequest("can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard");
      }
    }
    return markup;
  }

  function chatIdOf(params: Record<string, unknown>): number {
    const chatId = Number(params.chat_id);
    if (!Number.isInteger(chatId) || chatId === 0) throw badRequest('chat not found');
    return chatId;
  }

  function findMessage(chatId: number, messageId: unknown, notFound: string): SentMessage {
    const message = messagesByChat.get(chatId)?.find((each) => each.messageId === Number(messageId) && !each.deleted);
    if (!message) throw badRequest(notFound);
    return message;
  }

  function messageJson(message: SentMessage) {
    const chat = chatJson(message.chatId);
    const file = message.document && files.get(message.document.fileId);
    const hasEntities = message.entities.length > 0;
    return {
      message_id: message.messageId,
      // A post in a channel is signed by the channel, not by the bot.
      ...(chat.type === 'channel' ? { sender_chat: chat } : { from: botUser }),
      chat,
      date: Math.floor(now() / 1000),
      ...(file
        ? {
            document: documentJson(file),
            ...(message.text !== '' && { caption: message.text }),
            ...(hasEntities && { caption_entities: message.entities }),
          }
        : { text: message.text, ...(hasEntities && { entities: message.entities }) }),
      ...(message.replyMarkup && { reply_markup: message.replyMarkup }),
    };
  }

  /** A message the bot sends to `chatId`: its text (or caption), keyboard and reply target from the request. */
  function newMessage(chatId: number, params: Record<string, unknown>, content: { text: string; html: string; entities: ParsedEntity[] }): SentMessage {
    return {
      messageId: nextMessageId(chatId),
      chatId,
      ...content,
      replyMarkup: parseMarkup(params.reply_markup),
      replyToMessageId: replyTarget(chatId, params),
      edits: [],
      deleted: false,
    };
  }

  function recordSent(message: SentMessage) {
    messagesByChat.set(message.chatId, [...(messagesByChat.get(message.chatId) ?? []), message]);
    return messageJson(message);
  }

  async function handle(method: string, params: Record<string, unknown>): Promise<unknown> {
    switch (method) {
      case 'getMe':
        return botUser;
      case 'setWebhook': {
        const url = String(params.url ?? '');
        if (!url) {
          webhook = undefined;
          return true;
        }
        if (!/^https?:\/\//.test(url)) throw new ApiError(400, 'Bad Request: bad webhook: An HTTPS URL must be provided for webhook');
        const secret = params.secret_token === undefined ? undefined : String(params.secret_token);
        if (secret !== undefined && !/^[A-Za-z0-9_-]{1,256}$/.test(secret)) throw new ApiError(400, 'Bad Request: secret token contains unallowed characters');
        applyAllowedUpdates(params.allowed_updates);
        webhook = { url, secret, maxConnections: Number(params.max_connections ?? 40) };
        setTimeout(deliverToWebhook, 0);
        return true;
      }
      case 'deleteWebhook':
        webhook = undefined;
        if (params.drop_pending_updates === true || params.drop_pending_updates === 'true') updates.length = 0;
        return true;
      case 'getWebhookInfo':
        return {
          url: webhook?.url ?? '',
          has_custom_certificate: false,
          pending_update_count: updates.length,
          ...(webhook && { max_connections: webhook.maxConnections }),
          ...(lastAllowedUpdates && { allowed_updates: lastAllowedUpdates }),
          ...(webhookError && { last_error_date: Math.floor(webhookError.at / 1000), last_error_message: webhookError.message }),
        };
      case 'setMyCommands':
      case 'setChatMenuButton':
        return true;
      case 'getMyCommands':
        return [];
      case 'sendChatAction': {
        const chatId = chatIdOf(params);
        actions.set(chatId, [...(actions.get(chatId) ?? []), String(params.action)]);
        return true;
      }
      case 'sendMessage': {
        const chatId = chatIdOf(params);
        checkCanSend(chatId);
        return recordSent(newMessage(chatId, params, parseText(params)));
      }
      case 'sendDocument': {
        const chatId = chatIdOf(params);
        checkCanSend(chatId);
        const caption = parseCaption(params);
        // Read before the message takes an id, so a refused document leaves no gap in the chat's ids.
        const file = await documentOf(params.document);
        return recordSent({
          ...newMessage(chatId, params, caption),
          document: {
            fileId: file.fileId,
            fileName: file.fileName,
            ...(file.mimeType !== undefined && { mimeType: file.mimeType }),
            content: file.content,
          },
        });
      }
      case 'getFile': {
        const file = files.get(String(params.file_id ?? ''));
        if (!file) throw badRequest('invalid file_id');
        if (file.content.length > DOWNLOAD_LIMIT) throw badRequest('file is too big');
        return { file_id: file.fileId, file_unique_id: file.fileUniqueId, file_size: file.content.length, file_path: file.filePath };
      }
      case 'editMessageText': {
        const chatId = chatIdOf(params);
        const message = findMessage(chatId, params.message_id, 'message to edit not found');
        if (message.document) throw badRequest('there is no text in the message to edit');
        const { text, html, entities } = parseText(params);
        const replyMarkup = parseMarkup(params.reply_markup);
        if (html === message.html && JSON.stringify(replyMarkup) === JSON.stringify(message.replyMarkup)) {
          throw badRequest(
            'message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message',
          );
        }
        message.edits.push(message.text);
        Object.assign(message, { text, html, entities, replyMarkup });
        return messageJson(message);
      }
      case 'editMessageReplyMarkup': {
        const chatId = chatIdOf(params);
        const message = findMessage(chatId, params.message_id, 'message to edit not found');
        message.replyMarkup = parseMarkup(params.reply_markup);
        return messageJson(message);
      }
      case 'deleteMessage': {
        const chatId = chatIdOf(params);
        findMessage(chatId, params.message_id, 'message to delete not found').deleted = true;
        return true;
      }
      case 'answerCallbackQuery': {
        const id = String(params.callback_query_id);
        const query = callbackQueries.get(id);
        if (!query || query.answered) throw badRequest('query is too old and response timeout expired or query ID is invalid');
        query.answered = true;
        answers.push({ id, ...(typeof params.text === 'string' && { text: params.text }) });
        return true;
      }
      default:
        throw new ApiError(404, 'Not Found');
    }
  }

  function getUpdates(params: Record<string, unknown>, request: http.IncomingMessage): Promise<Update[]> {
    applyAllowedUpdates(params.allowed_updates);
    const offset = Number(params.offset ?? 0);
    if (offset > 0) while (updates.length > 0 && (updates[0]?.update_id ?? 0) < offset) updates.shift();
    const limit = Number(params.limit ?? 100);
    if (updates.length > 0 || closed) return Promise.resolve(updates.slice(0, limit));
    const timeoutMs = Math.min(Number(params.timeout ?? 0), 50) * 1000;
    return new Promise((resolve) => {
      const finish = () => {
        pollers.delete(finish);
        clearTimeout(timer);
        resolve(updates.slice(0, limit));
      };
      const timer = setTimeout(finish, timeoutMs);
      pollers.add(finish);
      request.on('close', () => {
        pollers.delete(finish);
        clearTimeout(timer);
      });
    });
  }

  async function readParams(request: http.IncomingMessage, url: URL): Promise<Record<string, unknown>> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const bytes = Buffer.concat(chunks);
    const body = bytes.toString('utf8');
    const params: Record<string, unknown> = Object.fromEntries(url.searchParams);
    const type = request.headers['content-type'] ?? '';
    if (body && type.includes('application/json')) Object.assign(params, JSON.parse(body));
    else if (body && type.includes('application/x-www-form-urlencoded')) Object.assign(params, Object.fromEntries(new URLSearchParams(body)));
    else if (body && type.includes('multipart/form-data')) {
      // What telegraf sends when a payload holds a file ({ source, filename }); fields are strings, JSON ones (reply_markup) serialized.
      const form = await new Response(bytes, { headers: { 'content-type': type } }).formData();
      for (const [name, value] of form) {
        params[name] = typeof value === 'string' ? value : new UploadedFile(value.name, Buffer.from(await value.arrayBuffer()));
      }
    } else if (body) throw new ApiError(400, 'Bad Request: this emulator reads JSON, urlencoded and multipart/form-data bodies only');
    return params;
  }

  /** GET /file/bot<token>/<file_path>: the bytes of a file getFile pointed to. */
  function serveFile(filePath: string, response: http.ServerResponse) {
    const file = filesByPath.get(filePath);
    if (!file) {
      response.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: false, error_code: 404, description: 'Not Found' }));
      return;
    }
    response
      .writeHead(200, { 'content-type': file.mimeType ?? 'application/octet-stream', 'content-length': file.content.length })
      .end(file.content);
  }

  const sockets = new Set<Socket>();
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://emulator');
    const reply = (status: number, body: unknown) => {
      if (!response.writableEnded) response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    };
    const download = /^\/file\/bot([^/]+)\/(.+)$/.exec(url.pathname);
    if (download && (request.method === 'GET' || request.method === 'HEAD')) {
      if (download[1] === token) serveFile(decodeURIComponent(download[2] ?? ''), response);
      else reply(401, { ok: false, error_code: 401, description: 'Unauthorized' });
      return;
    }
    const match = /^\/bot([^/]+)\/(\w+)$/.exec(url.pathname);
    if (!match || match[1] !== token) {
      reply(match ? 401 : 404, { ok: false, error_code: match ? 401 : 404, description: match ? 'Unauthorized' : 'Not Found' });
      return;
    }
    const method = match[2] as string;
    void (async () => {
      let params: Record<string, unknown> = {};
      try {
        params = await readParams(request, url);
        if (method === 'getUpdates') {
          if (webhook) throw new ApiError(409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first");
          reply(200, { ok: true, result: await getUpdates(params, request) });
          return;
        }
        const chatId = params.chat_id === undefined ? undefined : Number(params.chat_id);
        const failure = takeFailure(method, chatId);
        if (failure) {
          if (failure.errorCode === 429 && chatId !== undefined && failure.retryAfter !== undefined && !blockedUntil.has(chatId)) {
            blockedUntil.set(chatId, now() + failure.retryAfter * 1000);
          }
          throw new ApiError(failure.errorCode, failure.description, failure.retryAfter);
        }
        if (chatId !== undefined && blockedUntil.has(chatId) && now() >= (blockedUntil.get(chatId) ?? 0)) blockedUntil.delete(chatId);
        const result = await handle(method, params);
        calls.push({ method, params, at: now(), ok: true });
        reply(200, { ok: true, result });
      } catch (error) {
        const apiError = error instanceof ApiError ? error : new ApiError(500, `Internal Server Error: ${String(error)}`);
        calls.push({ method, params, at: now(), ok: false, errorCode: apiError.errorCode, description: apiError.description });
        reply(apiError.errorCode, {
          ok: false,
          error_code: apiError.errorCode,
          description: apiError.description,
          ...(apiError.retryAfter !== undefined && { parameters: { retry_after: apiError.retryAfter } }),
        });
      } finally {
        notify();
      }
    })();
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  const allMessages = (chatId?: number) =>
    chatId === undefined ? [...messagesByChat.values()].flat() : [...(messagesByChat.get(chatId) ?? [])];

  const emulator: BotApiEmulator = {
    apiRoot: `http://127.0.0.1:${port}`,
    token,
    botUser,
    calls,
    sendUserMessage(input) {
      const message = buildUserMessage(input);
      pushUpdate({ message });
      return message;
    },
    sendCallbackQuery({ chatId, messageId, data, fromId }) {
      const message = allMessages(chatId).find((each) => each.messageId === messageId);
      if (!message) throw new Error(`no bot message ${messageId} in chat ${chatId} to press a button on`);
      const id = `cq-${nextUpdateId}`;
      callbackQueries.set(id, { answered: false });
      pushUpdate({
        callback_query: {
          id,
          from: { id: fromId ?? chatId, is_bot: false, first_name: 'Reader' },
          chat_instance: `ci-${chatId}`,
          data,
          message: messageJson(message),
        },
      });
      return id;
    },
    sendChannelPost({ chatId, title, username, text, messageId, entities }) {
      checkChatIdShape(chatId, 'channel');
      if (text.trim() === '') throw new Error('a channel post needs text');
      const chat: ChatJson = { id: chatId, type: 'channel', title, ...(username !== undefined && { username }) };
      rememberChat(chat);
      const lastId = userMessageIds.get(chatId) ?? 0;
      if (messageId !== undefined && messageId <= lastId) throw new Error(`message ids in channel ${chatId} only grow: ${messageId} after ${lastId}`);
      if (messageId !== undefined) userMessageIds.set(chatId, messageId);
      const postEntities = entities ?? autoEntities(text);
      const post = {
        message_id: messageId ?? nextMessageId(chatId),
        sender_chat: chat,
        chat,
        date: Math.floor(now() / 1000),
        text,
        ...(postEntities.length > 0 && { entities: postEntities }),
      };
      // The post is made either way; Telegram tells a bot about posts only in channels it is in (as administrator or member).
      const bot = chats.get(chatId)?.bot;
      if (bot && (bot.status === 'left' || bot.status === 'kicked')) undelivered.push(`channel_post ${post.message_id} in ${chatId} (the bot is ${bot.status})`);
      else pushUpdate({ channel_post: post });
      return post;
    },
    setBotMemberStatus({ chatId, title, username, type, oldStatus, newStatus, fromId, canPostMessages = true }) {
      checkChatIdShape(chatId, type);
      const chat: ChatJson = { id: chatId, type, title, ...(username !== undefined && { username }) };
      rememberChat(chat);
      const known = chats.get(chatId);
      if (known) known.bot = { status: newStatus, canPostMessages };
      const change = {
        chat,
        from: { id: fromId, is_bot: false, first_name: 'Admin' },
        date: Math.floor(now() / 1000),
        old_chat_member: botMemberJson(oldStatus, type, true),
        new_chat_member: botMemberJson(newStatus, type, canPostMessages),
      };
      pushUpdate({ my_chat_member: change });
      return change;
    },
    pushUpdate,
    allowedUpdates: () => (lastAllowedUpdates ? [...lastAllowedUpdates] : undefined),
    failNext(method, failure, times = 1) {
      oneShotFailures.push({ method, failure, remaining: times, ...(failure.chatId !== undefined && { chatId: failure.chatId }) });
    },
    failChat(chatId, failure) {
      chatFailures.set(chatId, failure);
    },
    unfailChat(chatId) {
      chatFailures.delete(chatId);
    },
    rateLimitOnce(chatIds, retryAfter) {
      for (const chatId of chatIds) rateLimitPending.set(chatId, retryAfter);
    },
    messages: (chatId) => allMessages(chatId).filter((message) => !message.deleted),
    chatActions: (chatId) => [...(actions.get(chatId) ?? [])],
    webhookDeliveries: () => [...deliveries],
    callbackAnswers: () => [...answers],
    waitFor(check, { timeoutMs = 5_000, what = 'condition' } = {}) {
      return new Promise((resolve, reject) => {
        const attempt = () => {
          const result = check();
          if (result === undefined || result === false) return false;
          changeListeners.delete(attempt);
          clearTimeout(timer);
          clearInterval(recheck);
          resolve(result);
          return true;
        };
        // Checked on every API call, and now and then for conditions on other servers (the fake LLM, the page server).
        const recheck = setInterval(attempt, 10);
        const timer = setTimeout(() => {
          changeListeners.delete(attempt);
          clearInterval(recheck);
          const seen = allMessages()
            .map((message) => `  [${message.chatId}#${message.messageId}] ${message.text.slice(0, 120)}`)
            .join('\n');
          const dropped = undelivered.length > 0 ? `\nupdates the bot was not given, as Telegram would not give them:\n  ${undelivered.join('\n  ')}` : '';
          reject(new Error(`timed out waiting for ${what}; messages so far:\n${seen || '  (none)'}${dropped}`));
        }, timeoutMs);
        if (!attempt()) changeListeners.add(attempt);
      });
    },
    waitForMessages(chatId, count, { timeoutMs } = {}) {
      return emulator.waitFor(
        () => {
          const messages = emulator.messages(chatId);
          return messages.length >= count ? messages : undefined;
        },
        { what: `${count} message(s) in chat ${chatId}`, ...(timeoutMs !== undefined && { timeoutMs }) },
      );
    },
    async close() {
      closed = true;
      for (const wake of [...pollers]) wake();
      await new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      });
    },
  };
  return emulator;
}
