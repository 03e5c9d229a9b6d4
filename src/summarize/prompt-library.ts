import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { isOutputSchemaName, OUTPUT_SCHEMAS, REPAIR_PLACEHOLDERS, type OutputSchemaName } from './output-schemas.js';
import { findPlaceholders, renderTemplate, type TemplateValues } from './prompt-template.js';

/** Section markers in a prompt body; see prompts/README.md. */
const USER_MARKER = '---user---';
const REPAIR_MARKER = '---repair---';
const VERSION_FILE = /^v([1-9][0-9]*)\.md$/;

const frontMatterSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'kebab-case'),
  version: z.number().int().positive(),
  description: z.string().min(1),
  model_parameters: z
    .strictObject({
      temperature: z.number().min(0).max(2).optional(),
      max_tokens: z.number().int().positive().optional(),
      top_p: z.number().min(0).max(1).optional(),
    })
    .default({}),
  output_schema: z.string().refine(isOutputSchemaName, {
    error: `unknown output_schema; known: ${Object.keys(OUTPUT_SCHEMAS).join(', ')}`,
  }),
});

/** Sampling settings from a prompt's front matter; absent ones are left to the server's defaults. */
export interface ModelParameters {
  temperature?: number;
  maxTokens?: number;
  topP?: number;
}

/** One released prompt file, parsed and checked. */
export interface LoadedPrompt {
  id: string;
  version: number;
  description: string;
  modelParameters: ModelParameters;
  outputSchema: OutputSchemaName;
  /** Template of the system message. */
  system: string;
  /** Template of the user message, where the untrusted input goes. */
  user: string;
  /** Template of the follow-up that asks for corrected output; absent when the prompt has none. */
  repair?: string;
  /** Where the prompt was read from, for error messages. */
  sourcePath: string;
}

export interface RenderedPrompt {
  system: string;
  user: string;
}

export interface PromptLibrary {
  /** The prompt with this id; the highest version unless `version` is given. Throws PromptError when missing. */
  get(id: string, version?: number): LoadedPrompt;
  /** Every loaded prompt, by id then version. */
  list(): readonly LoadedPrompt[];
}

/** A prompt file that cannot be used, or a prompt that is not there. */
export class PromptError extends Error {
  override readonly name = 'PromptError';
}

function splitFrontMatter(source: string, sourcePath: string): { frontMatter: string; body: string } {
  const lines = source.replace(/\r\n/g, '\n').split('\n');
  if (lines[0] !== '---') throw new PromptError(`${sourcePath}: must start with a '---' line opening the YAML front matter`);
  const end = lines.indexOf('---', 1);
  if (end === -1) throw new PromptError(`${sourcePath}: front matter is not closed by a '---' line`);
  return { frontMatter: lines.slice(1, end).join('\n'), body: lines.slice(end + 1).join('\n') };
}

function splitSections(body: string, sourcePath: string): { system: string; user: string; repair?: string } {
  const lines = body.split('\n');
  const userAt = lines.indexOf(USER_MARKER);
  const repairAt = lines.indexOf(REPAIR_MARKER);
  const markerCount = lines.filter((line) => line === USER_MARKER || line === REPAIR_MARKER).length;
  if (userAt === -1) throw new PromptError(`${sourcePath}: body needs a '${USER_MARKER}' line between the system and user parts`);
  if (markerCount > (repairAt === -1 ? 1 : 2) || (repairAt !== -1 && repairAt < userAt)) {
    throw new PromptError(`${sourcePath}: expected one '${USER_MARKER}' line, then at most one '${REPAIR_MARKER}' line`);
  }
  const userEnd = repairAt === -1 ? lines.length : repairAt;
  const sections = {
    system: lines.slice(0, userAt).join('\n').trim(),
    user: lines.slice(userAt + 1, userEnd).join('\n').trim(),
    ...(repairAt !== -1 && { repair: lines.slice(repairAt + 1).join('\n').trim() }),
  };
  for (const [name, text] of Object.entries(sections)) {
    if (!text) throw new PromptError(`${sourcePath}: the ${name} part is empty`);
  }
  return sections;
}

function checkPlaceholders(template: string, allowed: readonly string[], part: string, sourcePath: string): void {
  const unknown = findPlaceholders(template).filter((name) => !allowed.includes(name));
  if (unknown.length > 0) {
    throw new PromptError(
      `${sourcePath}: unknown placeholder(s) in the ${part} part: ${unknown.map((name) => `{{${name}}}`).join(', ')}; allowed: ${allowed.join(', ')}`,
    );
  }
}

/**
 * Parses one prompt file. `expected` is what the file's location says (directory
 * name and `v<N>.md`); the front matter must agree, so a copied file that kept
 * its old version number cannot shadow another.
 */
export function parsePromptFile(source: string, sourcePath: string, expected: { id: string; version: number }): LoadedPrompt {
  const { frontMatter, body } = splitFrontMatter(source, sourcePath);
  let rawFrontMatter: unknown;
  try {
    rawFrontMatter = parseYaml(frontMatter);
  } catch (error) {
    throw new PromptError(`${sourcePath}: front matter is not valid YAML`, { cause: error });
  }
  const parsed = frontMatterSchema.safeParse(rawFrontMatter);
  if (!parsed.success) {
    throw new PromptError(`${sourcePath}: invalid front matter:\n${z.prettifyError(parsed.error)}`, { cause: parsed.error });
  }
  const meta = parsed.data;
  if (meta.id !== expected.id || meta.version !== expected.version) {
    throw new PromptError(
      `${sourcePath}: front matter says ${meta.id}@v${meta.version} but the file's location says ${expected.id}@v${expected.version}`,
    );
  }
  // The refine above proved the name; this narrows it for the type checker without a cast.
  const outputSchema = meta.output_schema;
  if (!isOutputSchemaName(outputSchema)) throw new PromptError(`${sourcePath}: unknown output_schema ${outputSchema}`);
  const sections = splitSections(body, sourcePath);
  const allowed = OUTPUT_SCHEMAS[outputSchema].placeholders;
  checkPlaceholders(sections.system, allowed, 'system', sourcePath);
  checkPlaceholders(sections.user, allowed, 'user', sourcePath);
  if (sections.repair !== undefined) checkPlaceholders(sections.repair, REPAIR_PLACEHOLDERS, 'repair', sourcePath);

  const { temperature, max_tokens: maxTokens, top_p: topP } = meta.model_parameters;
  return {
    id: meta.id,
    version: meta.version,
    description: meta.description,
    modelParameters: {
      ...(temperature !== undefined && { temperature }),
      ...(maxTokens !== undefined && { maxTokens }),
      ...(topP !== undefined && { topP }),
    },
    outputSchema,
    ...sections,
    sourcePath,
  };
}

/** Every `<id>/v<N>.md` under `dir`, as paths relative to it plus what the path says. */
export async function listPromptFiles(dir: string): Promise<Array<{ id: string; version: number; relativePath: string }>> {
  const entries = await readdir(dir, { withFileTypes: true });
  const files: Array<{ id: string; version: number; relativePath: string }> = [];
  for (const entry of entries.filter((candidate) => candidate.isDirectory())) {
    for (const name of await readdir(path.join(dir, entry.name))) {
      const match = VERSION_FILE.exec(name);
      if (match?.[1] === undefined) continue;
      files.push({ id: entry.name, version: Number(match[1]), relativePath: `${entry.name}/${name}` });
    }
  }
  return files.sort((a, b) => a.id.localeCompare(b.id) || a.version - b.version);
}

/** Reads and checks every prompt under `dir`; any broken file fails the whole load, at startup. */
export async function loadPromptLibrary(dir: string): Promise<PromptLibrary> {
  const files = await listPromptFiles(dir);
  const prompts = await Promise.all(
    files.map(async (file) => {
      const sourcePath = path.join(dir, file.relativePath);
      return parsePromptFile(await readFile(sourcePath, 'utf8'), sourcePath, file);
    }),
  );
  return createPromptLibrary(prompts);
}

export function createPromptLibrary(prompts: readonly LoadedPrompt[]): PromptLibrary {
  const sorted = [...prompts].sort((a, b) => a.id.localeCompare(b.id) || a.version - b.version);
  return {
    get(id, version) {
      const versions = sorted.filter((prompt) => prompt.id === id);
      const found = version === undefined ? versions.at(-1) : versions.find((prompt) => prompt.version === version);
      if (!found) {
        const known = versions.map((prompt) => `v${prompt.version}`).join(', ') || 'none';
        throw new PromptError(`No prompt ${id}${version === undefined ? '' : `@v${version}`} (versions of ${id}: ${known})`);
      }
      return found;
    },
    list: () => sorted,
  };
}

/** Renders the system and user messages; see renderTemplate for how values are inserted. */
export function renderPrompt(prompt: LoadedPrompt, values: TemplateValues): RenderedPrompt {
  return { system: renderTemplate(prompt.system, values), user: renderTemplate(prompt.user, values) };
}

/** Renders the repair follow-up; throws PromptError when the prompt has no repair part. */
export function renderRepair(prompt: LoadedPrompt, validationError: string): string {
  if (prompt.repair === undefined) throw new PromptError(`${prompt.sourcePath}: no '${REPAIR_MARKER}' part`);
  return renderTemplate(prompt.repair, { validation_error: validationError });
}
