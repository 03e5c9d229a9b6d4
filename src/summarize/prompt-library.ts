import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { isOutputSchemaName, OUTPUT_SCHEMAS, REPAIR_PLACEHOLDERS, REPAIR_UNSUPPORTED_PLACEHOLDERS, type OutputSchemaName } from './output-schemas.js';
import { findPlaceholders, renderTemplate, type TemplateValues } from './prompt-template.js';

/** Section markers in a prompt body; see prompts/README.md. */
const USER_MARKER = '---user---';
const REPAIR_MARKER = '---repair---';
const REPAIR_UNSUPPORTED_MARKER = '---repair-unsupported---';
/** The optional parts after the user part, in the order they must come. */
const OPTIONAL_PARTS = [
  { marker: REPAIR_MARKER, name: 'repair' },
  { marker: REPAIR_UNSUPPORTED_MARKER, name: 'repairUnsupported' },
] as const;
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
  /**
   * Template of the follow-up that names what the answer stated and the
   * article does not (`{{unsupported}}`) and asks once for a corrected answer;
   * absent when the prompt has none.
   */
  repairUnsupported?: string;
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

type Sections = { system: string; user: string; repair?: string; repairUnsupported?: string };

function splitSections(body: string, sourcePath: string): Sections {
  const lines = body.split('\n');
  const userAt = lines.indexOf(USER_MARKER);
  if (userAt === -1) throw new PromptError(`${sourcePath}: body needs a '${USER_MARKER}' line between the system and user parts`);
  const markers = [USER_MARKER, ...OPTIONAL_PARTS.map((part) => part.marker)];
  const found = lines.flatMap((line, at) => (markers.includes(line) ? [{ line, at }] : []));
  // Each marker at most once, and in the documented order: user, repair, repair-unsupported.
  const inOrder = found.every((marker, index) => index === 0 || markers.indexOf(marker.line) > markers.indexOf(found[index - 1]?.line ?? ''));
  if (found[0]?.line !== USER_MARKER || !inOrder) {
    throw new PromptError(`${sourcePath}: expected one '${USER_MARKER}' line, then at most one each of ${OPTIONAL_PARTS.map((part) => `'${part.marker}'`).join(' and ')}, in that order`);
  }
  const partText = (index: number) => lines.slice((found[index]?.at ?? 0) + 1, found[index + 1]?.at ?? lines.length).join('\n').trim();
  const sections: Sections = { system: lines.slice(0, userAt).join('\n').trim(), user: partText(0) };
  found.slice(1).forEach((marker, index) => {
    const part = OPTIONAL_PARTS.find((candidate) => candidate.marker === marker.line);
    if (part) sections[part.name] = partText(index + 1);
  });
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
  if (sections.repairUnsupported !== undefined) checkPlaceholders(sections.repairUnsupported, REPAIR_UNSUPPORTED_PLACEHOLDERS, 'repair-unsupported', sourcePath);

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

/**
 * Renders the follow-up that names what the last answer stated and the article
 * does not; throws PromptError when the prompt has no such part.
 */
export function renderRepairUnsupported(prompt: LoadedPrompt, unsupported: string): string {
  if (prompt.repairUnsupported === undefined) throw new PromptError(`${prompt.sourcePath}: no '${REPAIR_UNSUPPORTED_MARKER}' part`);
  return renderTemplate(prompt.repairUnsupported, { unsupported });
}
