import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { listPromptFiles } from './prompt-library.js';

export const LOCK_FILE_NAME = 'prompts.lock.json';

/** `<id>@v<N>` → sha256 (hex) of the released file. */
export type PromptLock = Record<string, string>;

const lockSchema = z.record(z.string().regex(/^[a-z0-9-]+@v[1-9][0-9]*$/), z.string().regex(/^[0-9a-f]{64}$/));

export interface LockCheck {
  /** Files whose hash differs from the lock: a released prompt was edited. */
  changed: string[];
  /** Files with no lock entry yet. */
  missing: string[];
  /** Lock entries whose file is gone: a released prompt was deleted. */
  removed: string[];
}

/**
 * sha256 of a prompt file. CRLF is read as LF so a Windows checkout with
 * autocrlf does not look like an edit; every other byte counts.
 */
export function hashPromptSource(source: string): string {
  return createHash('sha256').update(source.replace(/\r\n/g, '\n')).digest('hex');
}

export async function readPromptLock(dir: string): Promise<PromptLock> {
  const lockPath = path.join(dir, LOCK_FILE_NAME);
  let text: string;
  try {
    text = await readFile(lockPath, 'utf8');
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return {};
    throw error;
  }
  try {
    return lockSchema.parse(JSON.parse(text));
  } catch (error) {
    throw new Error(`${lockPath}: not a valid prompt lock`, { cause: error });
  }
}

/** Hashes every `<id>/v<N>.md` under `dir`, keyed like the lock. */
export async function hashPromptFiles(dir: string): Promise<PromptLock> {
  const hashes: PromptLock = {};
  for (const file of await listPromptFiles(dir)) {
    hashes[`${file.id}@v${file.version}`] = hashPromptSource(await readFile(path.join(dir, file.relativePath), 'utf8'));
  }
  return hashes;
}

export function compareWithLock(lock: PromptLock, current: PromptLock): LockCheck {
  const entries = Object.entries(current);
  return {
    changed: entries.filter(([key, hash]) => lock[key] !== undefined && lock[key] !== hash).map(([key]) => key),
    missing: entries.filter(([key]) => lock[key] === undefined).map(([key]) => key),
    removed: Object.keys(lock).filter((key) => current[key] === undefined),
  };
}

export async function checkPromptLock(dir: string): Promise<LockCheck> {
  return compareWithLock(await readPromptLock(dir), await hashPromptFiles(dir));
}

/**
 * Adds lock entries for prompt files that have none and writes the lock.
 * Existing entries are never overwritten: a changed released prompt is left
 * for `checkPromptLock` to report, because the fix is a new version file.
 */
export async function addNewPromptsToLock(dir: string): Promise<{ added: string[]; check: LockCheck }> {
  const lock = await readPromptLock(dir);
  const current = await hashPromptFiles(dir);
  const check = compareWithLock(lock, current);
  const next: PromptLock = { ...lock };
  for (const key of check.missing) {
    const hash = current[key];
    if (hash !== undefined) next[key] = hash;
  }
  const sorted = Object.fromEntries(Object.entries(next).sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true })));
  await writeFile(path.join(dir, LOCK_FILE_NAME), `${JSON.stringify(sorted, null, 2)}\n`);
  return { added: check.missing, check };
}

/** The message a developer sees when released prompts no longer match the lock. */
export function describeLockProblems(check: LockCheck): string | undefined {
  const problems: string[] = [];
  if (check.changed.length > 0) {
    problems.push(
      `Released prompt(s) changed: ${check.changed.join(', ')}. A released prompt is never edited: ` +
        'restore the file (git checkout -- prompts/) and put your change in a new version file (v<N+1>.md), then run `npx tsx src/summarize/lock-prompts.ts`.',
    );
  }
  if (check.missing.length > 0) {
    problems.push(`Prompt(s) missing from prompts/${LOCK_FILE_NAME}: ${check.missing.join(', ')}. Run \`npx tsx src/summarize/lock-prompts.ts\` to add them.`);
  }
  if (check.removed.length > 0) {
    problems.push(`Locked prompt(s) deleted: ${check.removed.join(', ')}. Cached summaries and configs may name them; restore the file(s).`);
  }
  return problems.length > 0 ? problems.join('\n') : undefined;
}
