import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.js';
import { ALLOWED_UPDATES } from '../../src/bot/create-bot.js';
import { createConfig } from '../../src/config.js';
import { shownText } from '../support/catalogue-texts.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const SECRET = 'test-webhook-secret-0123456789';

describe('webhook mode', () => {
  let bot: TestApp;

  afterEach(async () => {
    await (bot as TestApp | undefined)?.close();
  });

  /** The bot in webhook mode on a free port; `url`: where Telegram is told to send updates. */
  async function startInWebhookMode(): Promise<{ url: string; cli: (...args: string[]) => Promise<{ code: number; out: string; err: string }> }> {
    // The instance listens on the path of WEBHOOK_URL; the port it got is known only once it listens.
    bot = await startTestApp({ env: { WEBHOOK_URL: 'http://127.0.0.1:1/telegram/updates', WEBHOOK_SECRET: SECRET, PORT: '0', WEBHOOK_MAX_CONNECTIONS: '8' } });
    const url = `http://127.0.0.1:${bot.app.webhookPort()}/telegram/updates`;
    const config = createConfig({ TELEGRAM_BOT_TOKEN: bot.emulator.token, TELEGRAM_API_ROOT: bot.emulator.apiRoot, WEBHOOK_URL: url, WEBHOOK_SECRET: SECRET, WEBHOOK_MAX_CONNECTIONS: '8' });
    const cli = async (...args: string[]) => {
      let out = '';
      let err = '';
      const code = await runCli(args, config, { write: (text) => void (out += text) }, { write: (text) => void (err += text) });
      return { code, out, err };
    };
    return { url, cli };
  }

  it('takes updates by webhook once `cli webhook set` points Telegram at it, and answers each only after handling it', async () => {
    const { url, cli } = await startInWebhookMode();
    // An instance never polls and never sets the webhook itself.
    expect(bot.emulator.calls.map((call) => call.method)).not.toContain('getUpdates');
    expect(bot.emulator.calls.map((call) => call.method)).not.toContain('setWebhook');

    expect(await cli('webhook', 'set')).toEqual({ code: 0, err: '', out: `Telegram now sends updates to ${url} (at most 8 connections at once). Start the instances with the same settings.\n` });
    const setWebhook = bot.emulator.calls.find((call) => call.method === 'setWebhook');
    expect(setWebhook?.params).toMatchObject({ url, secret_token: SECRET, allowed_updates: [...ALLOWED_UPDATES], max_connections: 8 });

    bot.emulator.sendUserMessage({ chatId: 1, text: '/help' });
    bot.emulator.sendUserMessage({ chatId: 2, text: '/settings', languageCode: 'ru' });
    const [help] = await bot.emulator.waitForMessages(1, 1);
    const [settings] = await bot.emulator.waitForMessages(2, 1);
    expect(help?.text).toContain('Newsdigest turns news into short, faithful summaries.');
    expect(settings?.text).toContain(shownText('ru', 'settings.title'));
    const deliveries = await bot.emulator.waitFor(() => (bot.emulator.webhookDeliveries().length === 2 ? bot.emulator.webhookDeliveries() : undefined));
    expect(deliveries.map((delivery) => delivery.status)).toEqual([200, 200]);
    // Each answer came after the bot's reply to that update had been sent: the update was handled first.
    for (const chatId of [1, 2]) {
      const replyCall = bot.emulator.calls.findIndex((call) => call.method === 'sendMessage' && Number(call.params.chat_id) === chatId);
      const delivery = deliveries.find((each) => each.updateId === chatId);
      expect(replyCall, `chat ${chatId}`).toBeGreaterThanOrEqual(0);
      expect(delivery?.callsBefore, `chat ${chatId}`).toBeGreaterThan(replyCall);
    }

    const info = await cli('webhook', 'info');
    expect(info.code).toBe(0);
    expect(info.out).toBe(
      [`url: ${url}`, 'pending updates: 0', 'max connections: 8', `allowed updates: ${ALLOWED_UPDATES.join(', ')}`, 'last error: none', ''].join('\n'),
    );
    expect(await cli('webhook', 'delete')).toMatchObject({ code: 0, err: '' });
    expect((await cli('webhook', 'info')).out).toContain('url: (none: the bot polls)');
  });

  it('refuses a request without the right secret token, and handles nothing of it', async () => {
    const { url } = await startInWebhookMode();
    // A message the emulator knows (so the bot can answer in its chat); no webhook is set, so it is delivered only below.
    const update = { update_id: 999, message: bot.emulator.sendUserMessage({ chatId: 5, text: '/help' }) };
    const post = (headers: Record<string, string>) =>
      fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(update) });
    expect((await post({})).status).toBe(401);
    expect((await post({ 'x-telegram-bot-api-secret-token': 'not-the-secret-000000000' })).status).toBe(401);
    expect((await post({ 'x-telegram-bot-api-secret-token': `${SECRET}x` })).status).toBe(401);
    expect((await fetch(url.replace('/telegram/updates', '/elsewhere'), { method: 'POST', body: '{}' })).status).toBe(404);
    expect(bot.emulator.messages(5)).toEqual([]);
    // The right secret: handled, and answered once the reply is out.
    expect((await post({ 'x-telegram-bot-api-secret-token': SECRET })).status).toBe(200);
    expect(bot.emulator.messages(5)).toHaveLength(1);
  });

  it('answers GET /healthz with 200 and what it checked while it can reach its store and Telegram', async () => {
    const { url } = await startInWebhookMode();
    const response = await fetch(new URL('/healthz', url));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      ok: true,
      stopping: false,
      checks: [
        { name: 'store', ok: true },
        { name: 'telegram', ok: true },
      ],
    });
  });
});
