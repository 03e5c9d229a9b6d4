import { Telegraf, TelegramError } from 'telegraf';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startBotApiEmulator, type BotApiEmulator } from '../../support/bot-api-emulator.js';

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
});
