import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { Clock } from '../../src/core/clock.js';
import { parseTelegramHtml, type ParsedEntity } from './telegram-html-parser.js';

/**
 * A local Telegram Bot API over HTTP, strict where Telegram is strict, so the
 * real telegraf bot runs against it unchanged (`telegram.apiRoot`). It holds
 * long-polling getUpdates like Telegram, rejects malformed HTML, empty and
 * over-long texts, and can answer 429/403/400 on demand.
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
  /** Plain text, as the person sees it. */
  text: string;
  /** The HTML the bot sent. */
  html: string;
  entities: ParsedEntity[];
  replyMarkup: InlineKeyboardMarkup | undefined;
  replyToMessageId: number | undefined;
  /** Earlier versions of the text, oldest first, when edited. */
  edits: string[];
  deleted: boolean;
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
  chatType?: 'private' | 'group' | 'supergroup';
  text?: string;
  caption?: string;
  entities?: Array<{ type: string; offset: number; length: number; url?: string }>;
  forwardOrigin?: Record<string, unknown>;
  replyTo?: Record<string, unknown>;
  photo?: boolean;
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

const MESSAGE_LIMIT = 4096;

export interface BotApiEmulator {
  apiRoot: string;
  token: string;
  botUser: { id: number; is_bot: true; first_name: string; username: string };
  calls: ApiCall[];
  sendUserMessage(input: UserMessageInput): Record<string, unknown>;
  sendCallbackQuery(input: { chatId: number; messageId: number; data: string; fromId?: number }): string;
  pushUpdate(update: Record<string, unknown>): number;
  failNext(method: string, failure: Failure & { chatId?: number }, times?: number): void;
  failChat(chatId: number, failure: Failure): void;
  /** The person unblocked the bot: sends to the chat work again. */
  unfailChat(chatId: number): void;
  /** 429 for the first send to each of these chats, then normal. */
  rateLimitOnce(chatIds: Iterable<number>, retryAfter: number): void;
  messages(chatId?: number): SentMessage[];
  chatActions(chatId: number): string[];
  callbackAnswers(): Array<{ id: string; text?: string }>;
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
  let closed = false;

  const notify = () => {
    for (const listener of [...changeListeners]) listener();
  };

  function nextMessageId(chatId: number): number {
    const id = (userMessageIds.get(chatId) ?? 0) + 1;
    userMessageIds.set(chatId, id);
    return id;
  }

  function pushUpdate(update: Record<string, unknown>): number {
    const updateId = nextUpdateId++;
    updates.push({ ...update, update_id: updateId });
    for (const wake of [...pollers]) wake();
    return updateId;
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

  function chatOf(input: UserMessageInput) {
    const type = input.chatType ?? 'private';
    return type === 'private'
      ? { id: input.chatId, type, first_name: input.firstName ?? 'Reader' }
      : { id: input.chatId, type, title: 'Test group' };
  }

  function buildUserMessage(input: UserMessageInput): Record<string, unknown> {
    const from = { id: input.fromId ?? input.chatId, is_bot: false, first_name: input.firstName ?? 'Reader' };
    const message: Record<string, unknown> = {
      message_id: nextMessageId(input.chatId),
      from,
      chat: chatOf(input),
      date: Math.floor(now() / 1000),
    };
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
    if (chatId !== undefined && ['sendMessage', 'editMessageText'].includes(method)) {
      const permanent = chatFailures.get(chatId);
      if (permanent) return permanent;
      const until = blockedUntil.get(chatId);
      if (until !== undefined && now() < until) {
        const retryAfter = Math.max(1, Math.ceil((until - now()) / 1000));
        return { errorCode: 429, description: `Too Many Requests: retry after ${retryAfter}`, retryAfter };
      }
      const pending = rateLimitPending.get(chatId);
      if (pending !== undefined && method === 'sendMessage') {
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

  function parseText(params: Record<string, unknown>): { text: string; html: string; entities: ParsedEntity[] } {
    const raw = params.text;
    if (typeof raw !== 'string' || raw.trim() === '') throw badRequest('message text is empty');
    let text = raw;
    let entities: ParsedEntity[] = [];
    if (params.parse_mode === 'HTML') {
      const parsed = parseTelegramHtml(raw);
      if (!parsed.ok) throw badRequest(parsed.error.replace(/^C/, 'c'));
      text = parsed.text;
      entities = parsed.entities;
    } else if (params.parse_mode !== undefined) {
      throw badRequest(`unsupported parse_mode ${String(params.parse_mode)} in this emulator`);
    }
    if (text.trim() === '') throw badRequest('message text is empty');
    if (text.length > MESSAGE_LIMIT) throw badRequest('message is too long');
    return { text, html: raw, entities };
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
    return {
      message_id: message.messageId,
      from: botUser,
      chat: { id: message.chatId, type: message.chatId > 0 ? 'private' : 'group' },
      date: Math.floor(now() / 1000),
      text: message.text,
      ...(message.entities.length > 0 && { entities: message.entities }),
      ...(message.replyMarkup && { reply_markup: message.replyMarkup }),
    };
  }

  function handle(method: string, params: Record<string, unknown>): unknown {
    switch (method) {
      case 'getMe':
        return botUser;
      case 'deleteWebhook':
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
        const { text, html, entities } = parseText(params);
        const replyMarkup = parseMarkup(params.reply_markup);
        const reply = params.reply_parameters as { message_id?: number; allow_sending_without_reply?: boolean } | undefined;
        const replyToMessageId = reply?.message_id;
        if (replyToMessageId !== undefined && !reply?.allow_sending_without_reply && replyToMessageId > (userMessageIds.get(chatId) ?? 0)) {
          throw badRequest('message to be replied not found');
        }
        const message: SentMessage = {
          messageId: nextMessageId(chatId),
          chatId,
          text,
          html,
          entities,
          replyMarkup,
          replyToMessageId,
          edits: [],
          deleted: false,
        };
        messagesByChat.set(chatId, [...(messagesByChat.get(chatId) ?? []), message]);
        return messageJson(message);
      }
      case 'editMessageText': {
        const chatId = chatIdOf(params);
        const message = findMessage(chatId, params.message_id, 'message to edit not found');
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
    const body = Buffer.concat(chunks).toString('utf8');
    const params: Record<string, unknown> = Object.fromEntries(url.searchParams);
    const type = request.headers['content-type'] ?? '';
    if (body && type.includes('application/json')) Object.assign(params, JSON.parse(body));
    else if (body && type.includes('application/x-www-form-urlencoded')) Object.assign(params, Object.fromEntries(new URLSearchParams(body)));
    else if (body) throw new ApiError(400, 'Bad Request: this emulator reads JSON and urlencoded bodies only');
    return params;
  }

  const sockets = new Set<Socket>();
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://emulator');
    const match = /^\/bot([^/]+)\/(\w+)$/.exec(url.pathname);
    const reply = (status: number, body: unknown) => {
      if (!response.writableEnded) response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    };
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
        const result = handle(method, params);
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
          message: { ...messageJson(message), chat: { id: chatId, type: 'private', first_name: 'Reader' } },
        },
      });
      return id;
    },
    pushUpdate,
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
          reject(new Error(`timed out waiting for ${what}; messages so far:\n${seen || '  (none)'}`));
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
