import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore, StoreError } from '../../../src/store/open-store.js';
import { createStats } from '../../../src/store/stats-store.js';

describe('openStore', () => {
  const folders: string[] = [];
  afterEach(async () => {
    await Promise.all(folders.splice(0).map((folder) => rm(folder, { recursive: true, force: true })));
  });

  it('keeps values across a restart with SQLite, creating the folder', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'newsdigest-store-'));
    folders.push(folder);
    const url = `sqlite://${path.join(folder, 'nested', 'bot.sqlite')}`;
    const first = await openStore(url);
    await first.set('summary:x', { title: 'Kept', bullets: ['a'] });
    const stats = await createStats({ store: first, now: () => new Date() });
    stats.increment('llmCalls', 2);
    await stats.flush();
    await first.close();

    const second = await openStore(url);
    expect(await second.get('summary:x')).toEqual({ title: 'Kept', bullets: ['a'] });
    const restarted = await createStats({ store: second, now: () => new Date() });
    expect(restarted.snapshot().total).toEqual({ llmCalls: 2 });
    expect(restarted.snapshot().sinceStart).toEqual({});
    await second.close();
  });

  it('expires values after their time to live', async () => {
    const store = await openStore('memory://');
    await store.set('short', 1, 1);
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(await store.get('short')).toBeUndefined();
  });

  it('names the unsupported scheme', async () => {
    await expect(openStore('mysql://db')).rejects.toThrow(new StoreError('unsupported STORE_URL scheme "mysql": use sqlite://, redis:// or memory://', { code: 'unsupported', operation: 'open' }));
  });

  it('no longer offers postgres://, and says so', async () => {
    const failure = await openStore('postgres://bot@db:5432/newsdigest').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(StoreError);
    expect(failure).toMatchObject({ code: 'unsupported', operation: 'open', message: expect.stringMatching(/^STORE_URL: postgres:\/\/ is not supported/) });
  });
});
