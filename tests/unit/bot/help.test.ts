import { describe, expect, it } from 'vitest';
import { parseClockTime, parseTimeZone } from '../../../src/digest/local-time.js';
import { botCommands, helpText } from '../../../src/bot/features/help.js';
import { findTopic } from '../../../src/core/topics.js';
import { CATALOGUE_LANGUAGES, createCatalogue } from '../../../src/messages/catalogue.js';

const catalogue = createCatalogue();

describe.each(CATALOGUE_LANGUAGES)('help text in %s', (language) => {
  const texts = catalogue.texts(language);
  const text = helpText(texts, 'llm', false);

  it('gives examples a person can copy and that work', () => {
    const subscribe = /\/subscribe ([\w ]+?)[,)]/.exec(text)?.[1]?.split(' ') ?? [];
    expect(subscribe.length).toBeGreaterThan(0);
    for (const topic of subscribe) expect(findTopic(topic), topic).toBeDefined();
    const time = /\/time (\S+)/.exec(text)?.[1] ?? '';
    expect(parseClockTime(time)).toBeDefined();
    const zone = /\/timezone (\S+)/.exec(text)?.[1] ?? '';
    expect(parseTimeZone(zone)).toBeDefined();
  });

  it('shows admins every admin command the bot has, and nobody else', () => {
    const admin = helpText(texts, 'llm', true);
    for (const command of ['/sources', '/addsource', '/removesource', '/sources export', '/stats']) {
      expect(admin).toContain(command);
      expect(text).not.toContain(command);
    }
    expect(admin).toContain('.opml');
  });

  it('says when summaries come without an AI model', () => {
    const note = texts.html('help.extractiveNote');
    expect(text).not.toContain(note);
    expect(helpText(texts, 'extractive', false)).toContain(note);
  });

  it('describes every command of the menu, each under Telegram’s 256 characters', () => {
    const commands = botCommands(texts);
    expect(commands.map((entry) => entry.command)).toEqual(['summarize', 'topics', 'digest', 'settings', 'time', 'timezone', 'language', 'help']);
    for (const { command, description } of commands) {
      expect(description.length, command).toBeGreaterThan(0);
      expect(description.length, command).toBeLessThanOrEqual(256);
      expect(text, command).toContain(`/${command}`);
    }
  });
});
