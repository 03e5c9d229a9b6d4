import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { addNewPromptsToLock, checkPromptLock, describeLockProblems, hashPromptSource } from '../../../src/summarize/prompt-lock.js';

const PROMPTS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../prompts');

describe('prompts/prompts.lock.json', () => {
  it('matches every released prompt file: edit a prompt by adding a new version, never in place', async () => {
    const check = await checkPromptLock(PROMPTS_DIR);
    // The message is the assertion's failure text, so a developer sees what to do.
    expect(describeLockProblems(check) ?? 'ok').toBe('ok');
  });
});

describe('addNewPromptsToLock', () => {
  const dirs: string[] = [];
  afterEach(async () => {
    await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
  });

  async function promptsDir(files: Record<string, string>): Promise<string> {
    const dir = await mkdtemp(path.join(tmpdir(), 'prompt-lock-'));
    dirs.push(dir);
    for (const [relativePath, text] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(dir, relativePath)), { recursive: true });
      await writeFile(path.join(dir, relativePath), text);
    }
    return dir;
  }

  it('adds new files and never overwrites the entry of an edited one', async () => {
    const dir = await promptsDir({ 'a/v1.md': 'released', 'prompts.lock.json': JSON.stringify({ 'a@v1': hashPromptSource('original'), 'gone@v1': hashPromptSource('x') }) });
    await writeFile(path.join(dir, 'a/v2.md'), 'new');

    const { added, check } = await addNewPromptsToLock(dir);

    expect({ added, check }).toEqual({ added: ['a@v2'], check: { changed: ['a@v1'], missing: ['a@v2'], removed: ['gone@v1'] } });
    expect(JSON.parse(await readFile(path.join(dir, 'prompts.lock.json'), 'utf8'))).toEqual({
      'a@v1': hashPromptSource('original'),
      'a@v2': hashPromptSource('new'),
      'gone@v1': hashPromptSource('x'),
    });
    expect(describeLockProblems(await checkPromptLock(dir))).toBe(
      'Released prompt(s) changed: a@v1. A released prompt is never edited: restore the file (git checkout -- prompts/) and put your change in a new version file (v<N+1>.md), then run `npx tsx src/summarize/lock-prompts.ts`.\n' +
        'Locked prompt(s) deleted: gone@v1. Cached summaries and configs may name them; restore the file(s).',
    );
  });

  it('reads CRLF the same as LF, so a Windows checkout is not an edit', () => {
    expect(hashPromptSource('a\r\nb\r\n')).toBe(hashPromptSource('a\nb\n'));
  });
});
