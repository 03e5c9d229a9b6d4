import { Composer, type Context, type Telegram } from 'telegraf';
import type { BotCommand } from 'telegraf/types';
import { CATALOGUE_LANGUAGES, type Catalogue, type Texts } from '../../messages/catalogue.js';
import type { BotDependencies } from '../bot-dependencies.js';
import { textsOf } from '../reader-texts.js';

/** The commands in Telegram's menu, in this order; their descriptions come from the catalogue. */
const MENU_COMMANDS = ['summarize', 'topics', 'digest', 'settings', 'time', 'timezone', 'language', 'help'] as const;

/** The command menu in one language; registered at start-up for each catalogue language. */
export function botCommands(texts: Texts): BotCommand[] {
  return MENU_COMMANDS.map((command) => ({ command, description: texts.plain(`plain.command.${command}`) }));
}

/**
 * Registers the command menu in every catalogue language: English for everyone, and each other
 * language for the Telegram apps set to it (Telegram picks by the app's language_code).
 */
export async function registerCommandMenus(telegram: Pick<Telegram, 'setMyCommands'>, catalogue: Catalogue): Promise<void> {
  await telegram.setMyCommands(botCommands(catalogue.texts('en')));
  for (const language of CATALOGUE_LANGUAGES) {
    if (language !== 'en') await telegram.setMyCommands(botCommands(catalogue.texts(language)), { language_code: language });
  }
}

/** /help and /start: what the bot does; admins also read what only they can do. */
export function helpText(texts: Texts, summarizerKind: 'llm' | 'extractive', forAdmin: boolean): string {
  const parts = [texts.html('help.intro')];
  if (summarizerKind === 'extractive') parts.push(texts.html('help.extractiveNote'));
  if (forAdmin) parts.push(texts.html('help.admin'));
  return parts.join('\n\n');
}

export function createHelpFeature({ messenger, settings }: BotDependencies): Composer<Context> {
  const feature = new Composer<Context>();
  feature.command(['start', 'help'], async (ctx) => {
    const forAdmin = settings.adminIds.includes(ctx.from.id);
    await messenger.send(ctx.chat.id, { html: helpText(textsOf(ctx), settings.summarizerKind, forAdmin) });
  });
  return feature;
}
