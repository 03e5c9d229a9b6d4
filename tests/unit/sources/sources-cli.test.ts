import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli.js';
import { createConfig } from '../../../src/config.js';
import { systemClock } from '../../../src/core/clock.js';
import { createKeyedLock } from '../../../src/store/keyed-lock.js';
import { openStore } from '../../../src/store/open-store.js';
import { createSourceStore, feedSourceId } from '../../../src/store/source-store.js';

function createOutput() {
  const chunks: string[] = [];
  return { write: (text: string) => void chunks.push(text), text: () => chunks.join('') };
}

describe('npm run cli -- sources', () => {
  let folder: string;
  beforeEach(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'newsdigest-cli-'));
  });
  afterEach(() => rm(folder, { recursive: true, force: true }));

  it('lists the stored sources with their status, then what SOURCES_FILE names that the bot has not taken in yet', async () => {
    const storeUrl = `sqlite://${path.join(folder, 'bot.sqlite')}`;
    const store = await openStore(storeUrl);
    const sources = createSourceStore({ store, lock: createKeyedLock(), clock: systemClock });
    const url = 'https://feeds.example/science.xml';
    await sources.add(
      { id: feedSourceId(url), kind: 'feed', url, title: 'Science Wire', topics: ['science'], origin: 'file', addedAt: Date.parse('2026-11-25T06:00:00Z') },
      {
        nextCheckAt: Date.parse('2099-01-01T00:00:00Z'),
        lastSuccessAt: Date.parse('2026-11-25T06:00:30Z'),
        consecutiveFailures: 2,
        lastError: 'The server answered 503',
        itemsTaken: 7,
        itemsToday: { day: '2026-11-25', count: 7 },
        checkedOnce: true,
      },
    );
    await store.close();
    const file = path.join(folder, 'sources.opml');
    await writeFile(
      file,
      `<?xml version="1.0"?><opml version="2.0"><head><title>T</title></head><body>` +
        `<outline type="rss" text="Science Wire" category="science" xmlUrl="${url}"/>` +
        `<outline type="rss" text="New Feed" category="world" xmlUrl="https://feeds.example/new.xml"/></body></opml>`,
    );
    const out = createOutput();
    const err = createOutput();
    const code = await runCli(['sources'], createConfig({ STORE_URL: storeUrl, SOURCES_FILE: file, LOG_LEVEL: 'silent' }), out, err);
    expect({ code, err: err.text() }).toEqual({ code: 0, err: '' });
    expect(out.text()).toBe(
      [
        '1. ⚠️ Science Wire 🔬',
        '   last ok 2026-11-25 06:00 UTC · 7 items · next 2099-01-01 00:00 UTC',
        '   2 failures in a row: The server answered 503',
        `   ${url}`,
        '',
        '-  🕒 New Feed',
        `   in ${file}, taken in on the bot's next start`,
        '   https://feeds.example/new.xml',
        '',
      ].join('\n'),
    );
  });

  it('says so when there are no sources at all', async () => {
    const out = createOutput();
    const code = await runCli(['sources'], createConfig({ STORE_URL: `sqlite://${path.join(folder, 'empty.sqlite')}`, LOG_LEVEL: 'silent' }), out, createOutput());
    expect(code).toBe(0);
    expect(out.text()).toBe('No sources: set SOURCES_FILE, or add feeds with /addsource in the bot.\n');
  });
});
