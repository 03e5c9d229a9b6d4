import { readFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('smoke', () => {
  let bot: TestApp | undefined;
  afterEach(async () => {
    await bot?.close();
    bot = undefined;
  });

  it('answers /start and summarizes a pasted page without an LLM', async () => {
    bot = await startTestApp();
    bot.emulator.sendUserMessage({ chatId: 1, text: '/start' });
    const [help] = await bot.emulator.waitForMessages(1, 1);
    expect(help?.text).toContain('Newsdigest turns news into short, faithful summaries.');
    const dump = await readFile(new URL('../fixtures/pasted/moscow-times-2022-10-21.txt', import.meta.url), 'utf8');
    bot.emulator.sendUserMessage({ chatId: 1, text: dump });
    const messages = await bot.emulator.waitFor(() => {
      const last = bot?.emulator.messages(1).at(-1);
      return last && !last.text.startsWith('⏳') && bot?.emulator.messages(1).length === 2 ? last : undefined;
    });
    console.log(messages.text);
  });
});
