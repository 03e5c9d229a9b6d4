import { describe, expect, it } from 'vitest';
import { parseClockTime, parseTimeZone } from '../../../src/digest/local-time.js';
import { ADMIN_HELP, helpText } from '../../../src/bot/features/help.js';
import { findTopic } from '../../../src/core/topics.js';

describe('help text', () => {
  const text = helpText('llm');

  it('gives examples a person can copy and that work', () => {
    const subscribe = /\/subscribe ([\w ]+?)[,)]/.exec(text)?.[1]?.split(' ') ?? [];
    expect(subscribe.length).toBeGreaterThan(0);
    for (const topic of subscribe) expect(findTopic(topic), topic).toBeDefined();
    const time = /\/time (\S+)/.exec(text)?.[1] ?? '';
    expect(parseClockTime(time)).toBeDefined();
    const zone = /\/timezone (\S+)/.exec(text)?.[1] ?? '';
    expect(parseTimeZone(zone)).toBeDefined();
  });

  it('names every admin command the bot has, with examples an admin can follow', () => {
    for (const command of ['/sources', '/addsource', '/removesource', '/sources export', '/stats']) expect(ADMIN_HELP).toContain(command);
    expect(ADMIN_HELP).toContain('.opml');
  });

  it('says when summaries come without an AI model', () => {
    expect(text).not.toContain('without an AI model');
    expect(helpText('extractive')).toContain('without an AI model');
  });
});
