import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startBotApiEmulator, type BotApiEmulator } from '../support/bot-api-emulator.js';
import { startBotProcess } from '../support/bot-process.js';

const startBot = startBotProcess;

describe('the bot process', () => {
  let emulator: BotApiEmulator | undefined;
  let folder: string;
  beforeEach(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'newsdigest-process-'));
  });
  afterEach(async () => {
    await emulator?.close();
    await rm(folder, { recursive: true, force: true });
  });

  it('stops with one clear line when the token is missing', async () => {
    const bot = startBot({}, folder);
    expect(await bot.exited).toBe(1);
    expect(bot.output().trim()).toBe(
      'Configuration error: TELEGRAM_BOT_TOKEN: required: the token @BotFather gave you, like 123456:ABC-DEF… (copy .env.example to .env and set it)',
    );
  });

  it('names a malformed setting', async () => {
    const bot = startBot({ TELEGRAM_BOT_TOKEN: '1:abc', ALLOW_PRIVATE_URLS: 'perhaps' }, folder);
    expect(await bot.exited).toBe(1);
    expect(bot.output().trim()).toBe('Configuration error: ALLOW_PRIVATE_URLS: expected true or false (got "perhaps")');
  });

  it('names SOURCES_FILE when the file it names cannot be read', async () => {
    emulator = await startBotApiEmulator();
    const bot = startBot({ TELEGRAM_BOT_TOKEN: emulator.token, TELEGRAM_API_ROOT: emulator.apiRoot, LOG_LEVEL: 'warn', SOURCES_FILE: 'sources/missing.opml' }, folder);
    expect(await bot.exited).toBe(1);
    expect(bot.output().trim()).toBe('Configuration error: SOURCES_FILE: cannot read sources/missing.opml (expected an OPML file such as sources/starter.opml)');
  });

  it('polls, answers, and exits cleanly within a few seconds of SIGTERM', async () => {
    emulator = await startBotApiEmulator();
    // The default store: sqlite://data/newsdigest.sqlite, created in the working folder.
    const bot = startBot({ TELEGRAM_BOT_TOKEN: emulator.token, TELEGRAM_API_ROOT: emulator.apiRoot, LOG_LEVEL: 'warn' }, folder);
    emulator.sendUserMessage({ chatId: 1, text: '/help' });
    const [help] = await emulator.waitForMessages(1, 1, { timeoutMs: 15_000 });
    expect(help?.text).toContain('Newsdigest turns news into short, faithful summaries.');
    expect(help?.text).toContain('This bot runs without an AI model');
    const stoppedAt = Date.now();
    bot.child.kill('SIGTERM');
    expect(await bot.exited).toBe(0);
    expect(Date.now() - stoppedAt).toBeLessThan(5_000);
    // The command menu once for everyone, once more for Telegram apps in Russian.
    const menus = emulator.calls.filter((call) => call.method === 'setMyCommands');
    expect(menus.map((call) => call.params.language_code)).toEqual([undefined, 'ru']);
    await expect(stat(path.join(folder, 'data', 'newsdigest.sqlite'))).resolves.toMatchObject({ size: expect.any(Number) });
  });
});
