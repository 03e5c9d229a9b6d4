import { Composer, type Context } from 'telegraf';
import type { BotDependencies } from '../bot-dependencies.js';

/** The commands shown in Telegram's menu; registered at start-up. */
export const BOT_COMMANDS = [
  { command: 'summarize', description: 'Summarize a link or text (or reply with it to a message)' },
  { command: 'help', description: 'What I can do' },
];

export function helpText(summarizerKind: 'llm' | 'extractive'): string {
  const note =
    summarizerKind === 'extractive'
      ? '\n\n<i>This bot runs without an AI model, so summaries are key sentences picked from the article.</i>'
      : '';
  return [
    '👋 <b>Newsdigest</b> turns news into short, faithful summaries.',
    '',
    'Send me:',
    '• a <b>link</b> to an article',
    '• the <b>text</b> of an article — a whole copied page is fine, I find the article in it',
    '• a <b>post forwarded</b> from a news channel',
    '',
    "You get the title, the key points and the topics. Ask again about the same article and the answer is instant.",
    '',
    '/summarize — summarize a link or text; reply with it to any message, also in groups',
    '/help — this message',
  ].join('\n') + note;
}

export function createHelpFeature({ messenger, settings }: BotDependencies): Composer<Context> {
  const feature = new Composer<Context>();
  feature.command(['start', 'help'], async (ctx) => {
    await messenger.send(ctx.chat.id, { html: helpText(settings.summarizerKind) });
  });
  return feature;
}
