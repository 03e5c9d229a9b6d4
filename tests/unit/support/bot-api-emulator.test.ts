import { Telegraf, TelegramError } from 'telegraf';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startBotApiEmulator, type BotApiEmulator } from '../../support/bot-api-emulator.js';
import { startPageServer } from '../../support/page-server.js';

/** The emulator must refuse what Telegram refuses, or the bot's tests prove nothing. */
describe('Bot API emulator', () => {
  let emulator: BotApiEmulator;
  let bot: Telegraf;

  beforeEach(async () => {
    emulator = await startBotApiEmulator();
    bot = new Telegraf(emulator.token, { telegram: { apiRoot: emulator.apiRoot } });
  });
  afterEach(async () => {
    await emulator.close();
  });

  async function refusal(call: Promise<unknown>) {
    const error = await call.then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(TelegramError);
    const { code, description } = error as TelegramError;
    return { code, description };
  }

  it.each([
    ['<b>unclosed', "Bad Request: can't parse entities: can't find end tag corresponding to start tag \"b\""],
    ['<b>mis<i>nested</b></i>', 'Bad Request: can\'t parse entities: unmatched end tag at byte offset 15, expected "</i>", found "</b>"'],
    ['<div>block</div>', 'Bad Request: can\'t parse entities: unsupported start tag "div" at byte offset 0'],
    ['Q&A', 'Bad Request: can\'t parse entities: character "&" at byte offset 1 must be escaped as "&amp;"'],
    ['a < b', 'Bad Request: can\'t parse entities: unclosed start tag at byte offset 2'],
    ['&nbsp;', 'Bad Request: can\'t parse entities: unsupported HTML entity "&nbsp;" at byte offset 0'],
  ])('refuses malformed HTML %j', async (html, description) => {
    expect(await refusal(bot.telegram.sendMessage(1, html, { parse_mode: 'HTML' }))).toEqual({ code: 400, description });
  });

  it('refuses empty text and text over 4096 characters after entity parsing', async () => {
    expect(await refusal(bot.telegram.sendMessage(1, '   '))).toEqual({ code: 400, description: 'Bad Request: message text is empty' });
    expect(await refusal(bot.telegram.sendMessage(1, '<b></b>', { parse_mode: 'HTML' }))).toEqual({
      code: 400,
      description: 'Bad Request: message text is empty',
    });
    expect(await refusal(bot.telegram.sendMessage(1, 'x'.repeat(4097)))).toEqual({ code: 400, description: 'Bad Request: message is too long' });
    // 4096 visible characters written with markup and entities is fine.
    const sent = await bot.telegram.sendMessage(1, `<b>${'&amp;'.repeat(4096)}</b>`, { parse_mode: 'HTML' });
    expect(sent.text).toBe('&'.repeat(4096));
  });

  it('refuses bad inline keyboards and no-op edits', async () => {
    expect(
      await refusal(bot.telegram.sendMessage(1, 'pick', { reply_markup: { inline_keyboard: [[{ text: 'x', callback_data: 'y'.repeat(65) }]] } })),
    ).toEqual({ code: 400, description: 'Bad Request: BUTTON_DATA_INVALID' });
    const sent = await bot.telegram.sendMessage(1, 'same');
    expect(await refusal(bot.telegram.editMessageText(1, sent.message_id, undefined, 'same'))).toMatchObject({
      code: 400,
      description: expect.stringMatching(/^Bad Request: message is not modified/),
    });
  });

  it('answers 429 with retry_after, and again if the bot comes back too early', async () => {
    emulator.failNext('sendMessage', { errorCode: 429, description: 'Too Many Requests: retry after 30', retryAfter: 30 });
    const error = await bot.telegram.sendMessage(5, 'hi').catch((thrown: TelegramError) => thrown);
    expect(error).toBeInstanceOf(TelegramError);
    expect((error as TelegramError).parameters).toEqual({ retry_after: 30 });
    expect(await refusal(bot.telegram.sendMessage(5, 'hi again'))).toMatchObject({ code: 429 });
  });

  it('delivers updates to a polling telegraf bot and records its replies', async () => {
    bot.on('text', (ctx) => ctx.reply(`echo: ${ctx.message.text}`));
    const polling = bot.launch();
    emulator.sendUserMessage({ chatId: 9, text: 'hello' });
    const [reply] = await emulator.waitForMessages(9, 1);
    expect(reply).toMatchObject({ chatId: 9, text: 'echo: hello', edits: [], deleted: false });
    bot.stop('test');
    await polling;
  });

  /** A plain HTTP call to the emulator, the way any client would make it; returns the whole answer. */
  async function callApi(method: string, params: Record<string, unknown> = {}) {
    const response = await fetch(`${emulator.apiRoot}/bot${emulator.token}/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(params),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  }

  describe('documents from the bot', () => {
    const opml = '<?xml version="1.0"?>\n<opml version="2.0"><body><outline text="Café" xmlUrl="https://example.org/rss"/></body></opml>\n';

    it('takes a telegraf upload ({ source: Buffer, filename }) as multipart and keeps its bytes, name and caption', async () => {
      const sent = await bot.telegram.sendDocument(
        7,
        { source: Buffer.from(opml, 'utf8'), filename: 'feeds.opml' },
        { caption: 'Your <b>feeds</b>', parse_mode: 'HTML', reply_markup: { inline_keyboard: [[{ text: 'Done', callback_data: 'done' }]] } },
      );
      expect(sent).toEqual({
        message_id: 1,
        from: emulator.botUser,
        chat: { id: 7, type: 'private', first_name: 'Reader' },
        date: expect.any(Number),
        document: {
          file_name: 'feeds.opml',
          mime_type: 'text/x-opml',
          file_id: expect.any(String),
          file_unique_id: expect.any(String),
          file_size: Buffer.byteLength(opml),
        },
        caption: 'Your feeds',
        caption_entities: [{ type: 'bold', offset: 5, length: 5 }],
        reply_markup: { inline_keyboard: [[{ text: 'Done', callback_data: 'done' }]] },
      });
      expect(emulator.messages(7)).toEqual([
        {
          messageId: 1,
          chatId: 7,
          text: 'Your feeds',
          html: 'Your <b>feeds</b>',
          entities: [{ type: 'bold', offset: 5, length: 5 }],
          replyMarkup: { inline_keyboard: [[{ text: 'Done', callback_data: 'done' }]] },
          replyToMessageId: undefined,
          edits: [],
          deleted: false,
          document: { fileId: sent.document.file_id, fileName: 'feeds.opml', mimeType: 'text/x-opml', content: Buffer.from(opml, 'utf8') },
        },
      ]);
    });

    it("has text '' without a caption, and resends a file by its file_id", async () => {
      const first = await bot.telegram.sendDocument(7, { source: Buffer.from('a,b\n1,2\n'), filename: 'table.csv' });
      const again = await bot.telegram.sendDocument(8, first.document.file_id);
      expect(again.document).toEqual(first.document);
      expect(emulator.messages(8)).toMatchObject([{ text: '', html: '', entities: [], document: { fileName: 'table.csv', content: Buffer.from('a,b\n1,2\n') } }]);
      expect(again).not.toHaveProperty('caption');
    });

    it('refuses what Telegram refuses: no document, an unknown file_id, an empty file, a caption over 1024 characters, bad HTML', async () => {
      expect(await callApi('sendDocument', { chat_id: 7 })).toEqual({
        status: 400,
        body: { ok: false, error_code: 400, description: 'Bad Request: there is no document in the request' },
      });
      expect(await refusal(bot.telegram.sendDocument(7, 'no-such-file'))).toEqual({
        code: 400,
        description: 'Bad Request: wrong file identifier/HTTP URL specified',
      });
      expect(await refusal(bot.telegram.sendDocument(7, { source: Buffer.alloc(0), filename: 'empty.txt' }))).toEqual({
        code: 400,
        description: 'Bad Request: file must be non-empty',
      });
      const file = { source: Buffer.from('x'), filename: 'x.txt' };
      expect(await refusal(bot.telegram.sendDocument(7, file, { caption: 'c'.repeat(1025) }))).toEqual({
        code: 400,
        description: 'Bad Request: message caption is too long',
      });
      expect(await refusal(bot.telegram.sendDocument(7, file, { caption: 'a <b>b', parse_mode: 'HTML' }))).toMatchObject({
        code: 400,
        description: expect.stringMatching(/^Bad Request: can't parse entities/),
      });
      // 1024 visible characters is fine, however long the HTML.
      const longest = await bot.telegram.sendDocument(7, file, { caption: `<i>${'&lt;'.repeat(1024)}</i>`, parse_mode: 'HTML' });
      expect(longest.caption).toBe('<'.repeat(1024));
      expect(emulator.messages(7)).toHaveLength(1);
      expect(await refusal(bot.telegram.editMessageText(7, longest.message_id, undefined, 'text'))).toEqual({
        code: 400,
        description: 'Bad Request: there is no text in the message to edit',
      });
    });

    it('fetches a document given as a URL, and only a GIF, PDF or ZIP, as Telegram does', async () => {
      const pages = await startPageServer({
        '/report.pdf': (_request, response) => response.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.4 report'),
        '/page.html': (_request, response) => response.writeHead(200, { 'content-type': 'text/html' }).end('<p>hi</p>'),
      });
      try {
        const sent = await bot.telegram.sendDocument(7, `${pages.origin}/report.pdf`, { caption: 'The report' });
        expect(sent.document).toMatchObject({ file_name: 'report.pdf', mime_type: 'application/pdf', file_size: 15 });
        expect(emulator.messages(7)[0]?.document).toMatchObject({ fileName: 'report.pdf', content: Buffer.from('%PDF-1.4 report') });
        expect(await refusal(bot.telegram.sendDocument(7, `${pages.origin}/page.html`))).toEqual({
          code: 400,
          description: 'Bad Request: wrong type of the web page content',
        });
        expect(await refusal(bot.telegram.sendDocument(7, `${pages.origin}/missing.pdf`))).toEqual({
          code: 400,
          description: 'Bad Request: failed to get HTTP URL content',
        });
      } finally {
        await pages.close();
      }
    });

    it('refuses a document to a blocked chat like a message', async () => {
      emulator.failChat(3, { errorCode: 403, description: 'Forbidden: bot was blocked by the user' });
      expect(await refusal(bot.telegram.sendDocument(3, { source: Buffer.from('x'), filename: 'x.txt' }))).toEqual({
        code: 403,
        description: 'Forbidden: bot was blocked by the user',
      });
    });
  });

  describe('documents from people, getFile and downloads', () => {
    it('gives a sent file a Telegram document that a telegraf bot downloads with getFileLink', async () => {
      const content = '<opml version="2.0"><body/></opml>';
      const downloaded: string[] = [];
      bot.on('document', async (ctx) => {
        const link = await ctx.telegram.getFileLink(ctx.message.document.file_id);
        const response = await fetch(link);
        downloaded.push(await response.text());
        await ctx.reply(`got ${ctx.message.document.file_name} (${ctx.message.document.mime_type}, ${ctx.message.document.file_size} bytes): ${ctx.message.caption}`);
      });
      const polling = bot.launch();
      const message = emulator.sendUserMessage({ chatId: 9, caption: 'my feeds', document: { fileName: 'subscriptions.opml', content } });
      expect(message.document).toEqual({
        file_name: 'subscriptions.opml',
        mime_type: 'text/x-opml',
        file_id: expect.any(String),
        file_unique_id: expect.any(String),
        file_size: content.length,
      });
      const [reply] = await emulator.waitForMessages(9, 1);
      expect(reply?.text).toBe(`got subscriptions.opml (text/x-opml, ${content.length} bytes): my feeds`);
      expect(downloaded).toEqual([content]);
      bot.stop('test');
      await polling;
    });

    it('serves getFile and GET /file/bot<token>/<file_path> over plain HTTP, and refuses unknown ids, paths and tokens', async () => {
      const bytes = Buffer.from([0, 1, 2, 250, 251, 252]);
      const message = emulator.sendUserMessage({ chatId: 9, document: { fileName: 'blob.bin', mimeType: 'application/x-test', content: bytes } });
      const fileId = (message.document as { file_id: string }).file_id;
      const { status, body } = await callApi('getFile', { file_id: fileId });
      expect(status).toBe(200);
      expect(body).toEqual({
        ok: true,
        result: { file_id: fileId, file_unique_id: expect.any(String), file_size: 6, file_path: expect.stringMatching(/^documents\/file_\d+\.bin$/) },
      });
      const filePath = (body.result as { file_path: string }).file_path;
      const download = await fetch(`${emulator.apiRoot}/file/bot${emulator.token}/${filePath}`);
      expect(download.status).toBe(200);
      expect(download.headers.get('content-type')).toBe('application/x-test');
      expect(Buffer.from(await download.arrayBuffer())).toEqual(bytes);

      expect(await callApi('getFile', { file_id: 'unknown' })).toEqual({
        status: 400,
        body: { ok: false, error_code: 400, description: 'Bad Request: invalid file_id' },
      });
      expect((await fetch(`${emulator.apiRoot}/file/bot${emulator.token}/documents/file_999.txt`)).status).toBe(404);
      expect((await fetch(`${emulator.apiRoot}/file/bot999:wrong/${filePath}`)).status).toBe(401);
    });

    it('refuses a message with both text and a document: the words go in the caption', () => {
      expect(() => emulator.sendUserMessage({ chatId: 9, text: 'hi', document: { fileName: 'a.txt', content: 'a' } })).toThrow(/caption/);
    });
  });

  describe('allowed_updates', () => {
    const channel = { chatId: -1001234567890, title: 'Wire', username: 'wire_news' };

    async function poll(allowedUpdates?: string[]) {
      const { body } = await callApi('getUpdates', { timeout: 0, ...(allowedUpdates && { allowed_updates: allowedUpdates }) });
      const result = body.result as Array<Record<string, unknown>>;
      const last = result.at(-1);
      // Confirm what was read, as a poller does with its next offset.
      if (last) await callApi('getUpdates', { timeout: 0, offset: Number(last.update_id) + 1 });
      return result.map((update) => Object.keys(update).find((key) => key !== 'update_id'));
    }

    it('delivers every type but chat_member and reactions by default, and only the listed types once a list is given, from then on', async () => {
      expect(emulator.allowedUpdates()).toBeUndefined();
      emulator.sendUserMessage({ chatId: 1, text: 'hi' });
      emulator.sendChannelPost({ ...channel, text: 'First post' });
      emulator.pushUpdate({ chat_member: { chat: { id: -5, type: 'group', title: 'g' } } });
      expect(await poll()).toEqual(['message', 'channel_post']);

      emulator.sendUserMessage({ chatId: 1, text: 'hi again' });
      emulator.sendChannelPost({ ...channel, text: 'Second post' });
      expect(await poll(['message'])).toEqual(['message']);
      expect(emulator.allowedUpdates()).toEqual(['message']);
      // A poll without the parameter keeps the last list.
      emulator.sendChannelPost({ ...channel, text: 'Third post' });
      emulator.sendUserMessage({ chatId: 1, text: 'and again' });
      expect(await poll()).toEqual(['message']);
      // [] is back to the default; a post made while channel posts were not wanted is gone for good, as in Telegram.
      emulator.sendChannelPost({ ...channel, text: 'Fourth post' });
      expect(await poll([])).toEqual([]);
      expect(emulator.allowedUpdates()).toEqual([]);
      emulator.sendChannelPost({ ...channel, text: 'Fifth post' });
      expect(await poll()).toEqual(['channel_post']);
    });

    it('names the updates it held back when a wait times out', async () => {
      await poll(['message']);
      emulator.sendChannelPost({ ...channel, text: 'Unseen' });
      await expect(emulator.waitForMessages(channel.chatId, 1, { timeoutMs: 50 })).rejects.toThrow(
        /updates the bot was not given, as Telegram would not give them:\n {2}channel_post \(not in allowed_updates \["message"\]\)/,
      );
    });

    it("records the list a telegraf bot launches with, and a channel post reaches the bot's handler", async () => {
      bot.on('channel_post', (ctx) => ctx.telegram.sendMessage(ctx.chat.id, `seen in ${ctx.chat.title}`));
      const polling = bot.launch({ allowedUpdates: ['message', 'callback_query', 'channel_post', 'my_chat_member'] });
      const post = emulator.sendChannelPost({ ...channel, text: 'Breaking: https://example.org/story' });
      expect(post).toEqual({
        message_id: 1,
        sender_chat: { id: channel.chatId, type: 'channel', title: 'Wire', username: 'wire_news' },
        chat: { id: channel.chatId, type: 'channel', title: 'Wire', username: 'wire_news' },
        date: expect.any(Number),
        text: 'Breaking: https://example.org/story',
        entities: [{ type: 'url', offset: 10, length: 25 }],
      });
      const [reply] = await emulator.waitForMessages(channel.chatId, 1);
      expect(reply).toMatchObject({ messageId: 2, text: 'seen in Wire' });
      expect(emulator.allowedUpdates()).toEqual(['message', 'callback_query', 'channel_post', 'my_chat_member']);
      bot.stop('test');
      await polling;
    });
  });

  describe('channels and the bot membership', () => {
    const channel = { chatId: -1001234567890, title: 'Wire', username: 'wire_news', type: 'channel' as const, fromId: 42 };

    it('sends my_chat_member with the administrator rights Telegram includes for a channel', async () => {
      const change = emulator.setBotMemberStatus({ ...channel, oldStatus: 'left', newStatus: 'administrator' });
      const { body } = await callApi('getUpdates', { timeout: 0 });
      expect(body.result).toEqual([{ update_id: expect.any(Number), my_chat_member: change }]);
      expect(change).toEqual({
        chat: { id: channel.chatId, type: 'channel', title: 'Wire', username: 'wire_news' },
        from: { id: 42, is_bot: false, first_name: 'Admin' },
        date: expect.any(Number),
        old_chat_member: { status: 'left', user: emulator.botUser },
        new_chat_member: {
          status: 'administrator',
          user: emulator.botUser,
          can_be_edited: false,
          is_anonymous: false,
          can_manage_chat: true,
          can_delete_messages: true,
          can_manage_video_chats: true,
          can_restrict_members: true,
          can_promote_members: false,
          can_change_info: true,
          can_invite_users: true,
          can_post_messages: true,
          can_edit_messages: true,
          can_post_stories: false,
          can_edit_stories: false,
          can_delete_stories: false,
        },
      });
    });

    it('lets an administrator bot post to the channel, signed by the channel, and refuses it once removed', async () => {
      emulator.setBotMemberStatus({ ...channel, oldStatus: 'left', newStatus: 'administrator' });
      const sent = await bot.telegram.sendMessage(channel.chatId, 'Morning digest');
      expect(sent).toEqual({
        message_id: 1,
        sender_chat: { id: channel.chatId, type: 'channel', title: 'Wire', username: 'wire_news' },
        chat: { id: channel.chatId, type: 'channel', title: 'Wire', username: 'wire_news' },
        date: expect.any(Number),
        text: 'Morning digest',
      });
      expect(emulator.messages(channel.chatId).map((message) => message.text)).toEqual(['Morning digest']);

      emulator.setBotMemberStatus({ ...channel, oldStatus: 'administrator', newStatus: 'administrator', canPostMessages: false });
      expect(await refusal(bot.telegram.sendMessage(channel.chatId, 'x'))).toEqual({
        code: 400,
        description: 'Bad Request: need administrator rights in the channel chat',
      });
      emulator.setBotMemberStatus({ ...channel, oldStatus: 'administrator', newStatus: 'kicked' });
      expect(await refusal(bot.telegram.sendMessage(channel.chatId, 'x'))).toEqual({
        code: 403,
        description: 'Forbidden: bot was kicked from the channel chat',
      });
      emulator.setBotMemberStatus({ ...channel, oldStatus: 'kicked', newStatus: 'left' });
      expect(await refusal(bot.telegram.sendDocument(channel.chatId, { source: Buffer.from('x'), filename: 'x.txt' }))).toEqual({
        code: 403,
        description: 'Forbidden: bot is not a member of the channel chat',
      });
      // The channel goes on posting; Telegram no longer tells the bot.
      const before = ((await callApi('getUpdates', { timeout: 0 })).body.result as unknown[]).length;
      emulator.sendChannelPost({ ...channel, text: 'not for the bot' });
      expect((await callApi('getUpdates', { timeout: 0 })).body.result).toHaveLength(before);
      await expect(emulator.waitFor(() => false, { timeoutMs: 20, what: 'nothing' })).rejects.toThrow(/channel_post 2 in -1001234567890 \(the bot is left\)/);
    });

    it('lets a bot demoted to member of a channel read its posts but not post', async () => {
      emulator.setBotMemberStatus({ ...channel, oldStatus: 'left', newStatus: 'administrator' });
      const demoted = emulator.setBotMemberStatus({ ...channel, oldStatus: 'administrator', newStatus: 'member' });
      expect(demoted.new_chat_member).toEqual({ status: 'member', user: emulator.botUser });
      emulator.sendChannelPost({ ...channel, text: 'Still here' });
      const { body } = await callApi('getUpdates', { timeout: 0 });
      expect((body.result as Array<Record<string, unknown>>).map((update) => Object.keys(update).find((key) => key !== 'update_id'))).toEqual([
        'my_chat_member',
        'my_chat_member',
        'channel_post',
      ]);
      expect(await refusal(bot.telegram.sendMessage(channel.chatId, 'x'))).toEqual({
        code: 400,
        description: 'Bad Request: need administrator rights in the channel chat',
      });
    });

    it('tells groups from supergroups, and a member bot from a kicked one', async () => {
      const change = emulator.setBotMemberStatus({ chatId: -4001, title: 'Club', type: 'group', oldStatus: 'left', newStatus: 'member', fromId: 42 });
      expect(change).toMatchObject({ chat: { id: -4001, type: 'group', title: 'Club' }, new_chat_member: { status: 'member', user: emulator.botUser } });
      expect((await bot.telegram.sendMessage(-4001, 'hello club')).chat).toEqual({ id: -4001, type: 'group', title: 'Club' });
      const promoted = emulator.setBotMemberStatus({ chatId: -1009876543210, title: 'Big', type: 'supergroup', oldStatus: 'member', newStatus: 'administrator', fromId: 42 });
      expect(promoted.new_chat_member).toMatchObject({ status: 'administrator', can_pin_messages: true });
      expect(promoted.new_chat_member).not.toHaveProperty('can_post_messages');
      emulator.setBotMemberStatus({ chatId: -1009876543210, title: 'Big', type: 'supergroup', oldStatus: 'administrator', newStatus: 'kicked', fromId: 42 });
      expect(await refusal(bot.telegram.sendMessage(-1009876543210, 'x'))).toEqual({
        code: 403,
        description: 'Forbidden: bot was kicked from the supergroup chat',
      });
    });

    it('refuses helper calls Telegram could never produce', () => {
      expect(() => emulator.sendChannelPost({ chatId: -5, title: 'x', text: 'y' })).toThrow(/not a channel id/);
      expect(() => emulator.setBotMemberStatus({ chatId: -1001, title: 'x', type: 'group', oldStatus: 'left', newStatus: 'member', fromId: 1 })).not.toThrow();
      expect(() => emulator.setBotMemberStatus({ chatId: -1001234, title: 'x', type: 'supergroup', oldStatus: 'left', newStatus: 'member', fromId: 1 })).toThrow(/not a supergroup id/);
    });
  });
});
