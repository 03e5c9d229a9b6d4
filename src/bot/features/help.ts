import { Composer, type Context } from 'telegraf';
import type { BotDependencies } from '../bot-dependencies.js';

/** The commands shown in Telegram's menu; registered at start-up. */
export const BOT_COMMANDS = [
  { command: 'summarize', description: 'Summarize a link or text (or reply with it to a message)' },
  { command: 'topics', description: 'Pick the topics of your daily digest' },
  { command: 'digest', description: 'Your digest now: what is new since the last one' },
  { command: 'settings', description: 'Your topics, delivery time and time zone' },
  { command: 'time', description: 'Set the delivery time, e.g. /time 07:30' },
  { command: 'timezone', description: 'Set your time zone, e.g. /timezone Europe/Berlin' },
  { command: 'language', description: 'The language of your summaries, e.g. /language ru' },
  { command: 'help', description: 'What I can do' },
];

/** What only the bot's admins can do; shown to them under the help. */
export const ADMIN_HELP = [
  '',
  '🛠 <b>For admins</b>',
  '/sources — the feeds and channels digests are made from, with their health',
  '/addsource <i>URL</i> [topics] — add a feed (or a site page that links to its feed)',
  '/removesource <i>number or URL</i> — drop one',
  '/sources export — the feed list as an OPML file; send me an .opml file to import one',
  'Make me an administrator of a channel and its posts go into digests too.',
  '/stats — usage, today’s LLM tokens, sources’ health',
].join('\n');

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
    '',
    '📰 <b>Daily digest</b>: follow topics and get one message a day at your hour, with only what is new, the same story from several sources merged.',
    '/topics — pick topics (or /subscribe world science, /unsubscribe all)',
    '/digest — your digest now',
    '/time 07:30 · /timezone Europe/Berlin · /language ru · /settings',
    '/forget — delete everything I keep about you',
    '/help — this message',
  ].join('\n') + note;
}

export function createHelpFeature({ messenger, settings }: BotDependencies): Composer<Context> {
  const feature = new Composer<Context>();
  feature.command(['start', 'help'], async (ctx) => {
    const forAdmin = settings.adminIds.includes(ctx.from.id) ? `\n${ADMIN_HELP}` : '';
    await messenger.send(ctx.chat.id, { html: helpText(settings.summarizerKind) + forAdmin });
  });
  return feature;
}
