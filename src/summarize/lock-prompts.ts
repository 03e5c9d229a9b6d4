/**
 * Adds NEW prompt files to prompts/prompts.lock.json; never rewrites an existing
 * entry. Run: `npx tsx src/summarize/lock-prompts.ts [prompts-dir]`.
 * Exits 1 when a released prompt was edited or deleted, with what to do instead.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { addNewPromptsToLock, describeLockProblems } from './prompt-lock.js';

const defaultDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'prompts');
const dir = process.argv[2] ? path.resolve(process.argv[2]) : defaultDir;

const { added, check } = await addNewPromptsToLock(dir);
console.log(added.length > 0 ? `Locked: ${added.join(', ')}` : 'No new prompt files to lock.');
const problems = describeLockProblems({ ...check, missing: [] });
if (problems) {
  console.error(problems);
  process.exitCode = 1;
}
