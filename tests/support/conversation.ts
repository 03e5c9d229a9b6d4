import { CATALOGUE_LANGUAGES } from '../../src/messages/catalogue.js';
import { shownText } from './catalogue-texts.js';
import type { SentMessage } from './bot-api-emulator.js';
import { htmlPage, type PageRoute } from './page-server.js';
import type { TestApp } from './test-app.js';

/** What end-to-end tests do in a chat with the bot, the way a person would. */

/** Sends a message and waits for the bot's next message in that chat. */
export async function ask(bot: TestApp, chatId: number, text: string): Promise<SentMessage> {
  const before = bot.emulator.messages(chatId).length;
  bot.emulator.sendUserMessage({ chatId, text });
  const messages = await bot.emulator.waitForMessages(chatId, before + 1);
  return messages[before] as SentMessage;
}

const isSummary = (message: SentMessage) => message.text.startsWith('Summary');

/** Sends links for the bot to summarize, one after the other (so they join the pool), and waits for every summary. */
export async function summarizeLinks(bot: TestApp, chatId: number, urls: string[]): Promise<void> {
  for (const url of urls) {
    const before = bot.emulator.messages(chatId).filter(isSummary).length;
    bot.emulator.sendUserMessage({ chatId, text: url });
    await bot.emulator.waitFor(() => bot.emulator.messages(chatId).filter(isSummary).length > before, { what: `the summary of ${url}` });
  }
}

/** The first message of a digest, in any language of the catalogue. */
const DIGEST_TITLES = CATALOGUE_LANGUAGES.map((language) => shownText(language, 'digest.title'));
export const isDigest = (message: SentMessage) => DIGEST_TITLES.some((title) => message.text.startsWith(title));

/** The digests a chat received (their first message each). */
export const digestsIn = (bot: TestApp, chatId: number) => bot.emulator.messages(chatId).filter(isDigest);

/** A news page as an outlet publishes it: its own site name, headline and paragraphs. */
export function newsPage(site: string, title: string, paragraphs: readonly string[]): PageRoute {
  return htmlPage(
    `<!doctype html><html lang="en"><head><title>${title}</title><meta property="og:site_name" content="${site}"></head>` +
      `<body><article><h1>${title}</h1>${paragraphs.map((paragraph) => `<p>${paragraph}</p>`).join('')}</article></body></html>`,
  );
}
