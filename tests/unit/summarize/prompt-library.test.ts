import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { loadPromptLibrary, parsePromptFile, PromptError, renderPrompt, renderRepair, renderRepairUnsupported } from '../../../src/summarize/prompt-library.js';
import { findPlaceholders, renderTemplate, TemplateError } from '../../../src/summarize/prompt-template.js';
import { buildSummaryValues } from '../../../src/summarize/summary-input.js';
import { summaryLengthOf } from '../../../src/summarize/summary-length.js';

const PROMPTS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../prompts');

function promptSource(overrides: { frontMatter?: string; body?: string } = {}): string {
  const frontMatter =
    overrides.frontMatter ??
    ['id: demo', 'version: 2', 'description: A demo prompt.', 'model_parameters:', '  temperature: 0.1', '  max_tokens: 50', 'output_schema: summary'].join('\n');
  const body = overrides.body ?? 'System about {{topics}}.\n---user---\nIn {{language}}: {{article.text}}\n---repair---\nFix: {{validation_error}}';
  return `---\n${frontMatter}\n---\n${body}\n`;
}

const demoPath = '/prompts/demo/v2.md';
const demoLocation = { id: 'demo', version: 2 };

describe('renderTemplate', () => {
  it('substitutes in one pass: values that look like placeholders or replacement patterns stay literal', () => {
    const values = { 'article.text': 'Ignore this: {{language}} {{article.text}} $& $1 $$', language: 'English (en)' };
    expect(renderTemplate('[{{language}}] {{ article.text }}', values)).toBe('[English (en)] Ignore this: {{language}} {{article.text}} $& $1 $$');
  });

  it('throws on a placeholder that has no value instead of sending it to the model', () => {
    expect(() => renderTemplate('Hello {{name}}', {})).toThrow(new TemplateError('No value for placeholder {{name}}'));
  });

  it('does not take inherited properties as values', () => {
    expect(() => renderTemplate('{{toString}}', {})).toThrow(TemplateError);
  });

  it('lists placeholders once each, in order, and ignores braces that are not placeholders', () => {
    expect(findPlaceholders('{{b}} {{ a.b }} {{b}} {{…}} {{ 1x }} {x}')).toEqual(['b', 'a.b']);
  });
});

describe('parsePromptFile', () => {
  it('reads front matter and splits the body into system, user and repair parts', () => {
    expect(parsePromptFile(promptSource(), demoPath, demoLocation)).toEqual({
      id: 'demo',
      version: 2,
      description: 'A demo prompt.',
      modelParameters: { temperature: 0.1, maxTokens: 50 },
      outputSchema: 'summary',
      system: 'System about {{topics}}.',
      user: 'In {{language}}: {{article.text}}',
      repair: 'Fix: {{validation_error}}',
      sourcePath: demoPath,
    });
  });

  it('reads a repair-unsupported part after the repair part, or on its own, with its one placeholder', () => {
    const withBoth = parsePromptFile(promptSource({ body: 'S\n---user---\nU\n---repair---\nR {{validation_error}}\n---repair-unsupported---\nNot in the article:\n{{unsupported}}' }), demoPath, demoLocation);
    const withOnlyIt = parsePromptFile(promptSource({ body: 'S\n---user---\nU\n---repair-unsupported---\n{{ unsupported }}' }), demoPath, demoLocation);
    expect([withBoth, withOnlyIt].map(({ system, user, repair, repairUnsupported }) => ({ system, user, repair, repairUnsupported }))).toEqual([
      { system: 'S', user: 'U', repair: 'R {{validation_error}}', repairUnsupported: 'Not in the article:\n{{unsupported}}' },
      { system: 'S', user: 'U', repair: undefined, repairUnsupported: '{{ unsupported }}' },
    ]);
    expect(renderRepairUnsupported(withBoth, '- name "X" (the title)')).toBe('Not in the article:\n- name "X" (the title)');
    expect(() => renderRepairUnsupported(parsePromptFile(promptSource(), demoPath, demoLocation), 'x')).toThrow(new PromptError(`${demoPath}: no '---repair-unsupported---' part`));
  });

  it('accepts CRLF files and a prompt without a repair part', () => {
    const source = promptSource({ body: 'System.\n---user---\nUser {{article.text}}' }).replace(/\n/g, '\r\n');
    const prompt = parsePromptFile(source, demoPath, demoLocation);
    expect({ system: prompt.system, user: prompt.user, repair: prompt.repair }).toEqual({ system: 'System.', user: 'User {{article.text}}', repair: undefined });
  });

  it.each([
    ['an unknown placeholder', promptSource({ body: 'S {{langauge}}\n---user---\nU' }), 'unknown placeholder(s) in the system part: {{langauge}}'],
    ['a summary placeholder in the repair part', promptSource({ body: 'S\n---user---\nU\n---repair---\n{{article.text}}' }), 'unknown placeholder(s) in the repair part: {{article.text}}'],
    ['no user marker', promptSource({ body: 'Only a system part' }), "body needs a '---user---' line"],
    ['two user markers', promptSource({ body: 'S\n---user---\nU\n---user---\nU2' }), "expected one '---user---' line"],
    ['repair before user', promptSource({ body: 'S\n---repair---\nR\n---user---\nU' }), "expected one '---user---' line"],
    ['an empty user part', promptSource({ body: 'S\n---user---\n\n' }), 'the user part is empty'],
    ['repair-unsupported before repair', promptSource({ body: 'S\n---user---\nU\n---repair-unsupported---\nX {{unsupported}}\n---repair---\nR' }), "then at most one each of '---repair---' and '---repair-unsupported---', in that order"],
    ['a validation error in the repair-unsupported part', promptSource({ body: 'S\n---user---\nU\n---repair-unsupported---\n{{validation_error}}' }), 'unknown placeholder(s) in the repair-unsupported part: {{validation_error}}'],
    ['the unsupported list in the repair part', promptSource({ body: 'S\n---user---\nU\n---repair---\n{{unsupported}}' }), 'unknown placeholder(s) in the repair part: {{unsupported}}'],
    ['no front matter', 'Just text\n---user---\nU', "must start with a '---' line"],
    ['a version that disagrees with the file name', promptSource({ frontMatter: 'id: demo\nversion: 3\ndescription: d\noutput_schema: summary' }), 'front matter says demo@v3'],
    ['an unknown output schema', promptSource({ frontMatter: 'id: demo\nversion: 2\ndescription: d\noutput_schema: poem' }), 'unknown output_schema'],
    ['an unknown front matter key', promptSource({ frontMatter: 'id: demo\nversion: 2\ndescription: d\noutput_schema: summary\nmodel: gpt' }), 'invalid front matter'],
    ['a mistyped model parameter', promptSource({ frontMatter: 'id: demo\nversion: 2\ndescription: d\noutput_schema: summary\nmodel_parameters:\n  temprature: 1' }), 'invalid front matter'],
  ])('rejects %s', (_case, source, message) => {
    expect(() => parsePromptFile(source, demoPath, demoLocation)).toThrow(PromptError);
    expect(() => parsePromptFile(source, demoPath, demoLocation)).toThrow(message);
  });
});

describe('loadPromptLibrary', () => {
  const dirs: string[] = [];
  afterEach(async () => {
    await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
  });

  async function promptsDir(files: Record<string, string>): Promise<string> {
    const dir = await mkdtemp(path.join(tmpdir(), 'prompts-'));
    dirs.push(dir);
    for (const [relativePath, source] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(dir, relativePath)), { recursive: true });
      await writeFile(path.join(dir, relativePath), source);
    }
    return dir;
  }

  const version = (n: number) => promptSource({ frontMatter: `id: demo\nversion: ${n}\ndescription: Version ${n}.\noutput_schema: summary` });

  it('gives the latest version by default (numerically: v10 after v2) and an exact one on request', async () => {
    const library = await loadPromptLibrary(await promptsDir({ 'demo/v1.md': version(1), 'demo/v2.md': version(2), 'demo/v10.md': version(10), 'demo/notes.txt': 'ignored' }));
    expect(library.get('demo').version).toBe(10);
    expect(library.get('demo', 2).description).toBe('Version 2.');
    expect(library.list().map((prompt) => `${prompt.id}@v${prompt.version}`)).toEqual(['demo@v1', 'demo@v2', 'demo@v10']);
  });

  it('names the versions it has when asked for one it has not', async () => {
    const library = await loadPromptLibrary(await promptsDir({ 'demo/v1.md': version(1) }));
    expect(() => library.get('demo', 4)).toThrow(new PromptError('No prompt demo@v4 (versions of demo: v1)'));
    expect(() => library.get('other')).toThrow(new PromptError('No prompt other (versions of other: none)'));
  });

  it('fails the whole load on one broken file', async () => {
    const dir = await promptsDir({ 'demo/v1.md': version(1), 'demo/v2.md': promptSource({ body: 'S {{oops}}\n---user---\nU' }) });
    await expect(loadPromptLibrary(dir)).rejects.toThrow('unknown placeholder(s) in the system part: {{oops}}');
  });

  it('loads the real prompts, and the summary prompt renders with no placeholder left', async () => {
    const library = await loadPromptLibrary(PROMPTS_DIR);
    const summary = library.get('summary', 1);
    expect({ id: summary.id, version: summary.version, outputSchema: summary.outputSchema, modelParameters: summary.modelParameters }).toEqual({
      id: 'summary',
      version: 1,
      outputSchema: 'summary',
      modelParameters: { temperature: 0.2, maxTokens: 1000 },
    });
    const rendered = renderPrompt(summary, {
      'article.title': 'A title',
      'article.text': 'Body with {{article.title}} inside.',
      'article.site_name': 'Example News',
      'article.published_at': '2022-10-21',
      'article.url': 'https://news.example/a',
      language: 'English (en)',
      topics: 'world, politics',
    });
    expect(rendered.user).toContain('Body with {{article.title}} inside.');
    expect(rendered.user.replace('{{article.title}}', '')).not.toMatch(/\{\{/);
    expect(rendered.system).toContain('world, politics');
    expect(renderRepair(summary, 'bullets: too few')).toContain('bullets: too few');
    expect(library.get('digest-overview').outputSchema).toBe('digest_overview');
  });

  it('loads summary v2: v1 plus a repair-unsupported part', async () => {
    const library = await loadPromptLibrary(PROMPTS_DIR);
    const [v1, v2] = [library.get('summary', 1), library.get('summary', 2)];
    expect({ version: v2.version, modelParameters: v2.modelParameters, repair: v2.repair, v1RepairUnsupported: v1.repairUnsupported }).toEqual({
      version: 2,
      modelParameters: v1.modelParameters,
      repair: v1.repair,
      v1RepairUnsupported: undefined,
    });
    expect(v2.user).toBe(v1.user);
    expect(renderRepairUnsupported(v2, '- number "7,300" (bullet 4)')).toMatch(/^Your summary states things that could not be found in the article:\n\n- number "7,300" \(bullet 4\)\n\nEvery number, quotation and name/);
  });

  it("loads summary v3: v2 with this article's length in the user part", async () => {
    const library = await loadPromptLibrary(PROMPTS_DIR);
    const [v2, v3] = [library.get('summary', 2), library.get('summary', 3)];
    expect({ version: v3.version, modelParameters: v3.modelParameters, repairUnsupported: v3.repairUnsupported }).toEqual({
      version: 3,
      modelParameters: v2.modelParameters,
      repairUnsupported: v2.repairUnsupported,
    });
    const article = { text: 'Body with {{length.max_words}} inside.' };
    const rendered = renderPrompt(v3, buildSummaryValues(article, { language: 'en' }, 1_000, summaryLengthOf(article)));
    expect(rendered.user).toBe(
      [
        'Summarize the news article below.',
        '',
        'Requested language: English (en)',
        'Length: 1 bullet, and at most 20 words in the bullets and the gist together (the article has 6 words).',
        '',
        '<article>',
        'Title: (none)',
        'Source: (unknown)',
        'Published: (unknown)',
        '',
        'Body with {{length.max_words}} inside.',
        '</article>',
      ].join('\n'),
    );
    expect(rendered.system).not.toMatch(/\{\{\s*[A-Za-z_]/);
    expect(renderRepair(v3, 'The summary has 3 bullets')).toMatch(/^Your previous answer could not be used because it was not a valid JSON object of the required shape and length:\n\nThe summary has 3 bullets\n\n/);
  });

  it("loads summary v4, the latest by default: v3 with the article's sentences numbered, and each part's sources asked for", async () => {
    const library = await loadPromptLibrary(PROMPTS_DIR);
    const [v3, v4] = [library.get('summary', 3), library.get('summary')];
    expect({ version: v4.version, outputSchema: v4.outputSchema, modelParameters: v4.modelParameters }).toEqual({
      version: 4,
      outputSchema: 'summary_cited',
      modelParameters: v3.modelParameters,
    });
    const article = { title: 'Dam opens', text: 'The dam cost £4m. It opened on Monday.\n\nBody with {{length.max_words}} inside.' };
    const rendered = renderPrompt(v4, buildSummaryValues(article, { language: 'en' }, 1_000, summaryLengthOf(article)));
    expect(rendered.user.split('<article>')[1]).toBe(
      ['', 'Source: (unknown)', 'Published: (unknown)', '', '[0] Dam opens', '[1] The dam cost £4m.', '[2] It opened on Monday.', '[3] Body with {{length.max_words}} inside.', '</article>'].join('\n'),
    );
    expect(rendered.system).toContain('"sources": which sentences of the article each part was written from');
    expect(renderRepairUnsupported(v4, '- number "six" (bullet 2): not in the article\'s sentences it cites ([4])')).toContain('for a number that is not in the sentences its part cites, use the number those sentences give');
  });
});
