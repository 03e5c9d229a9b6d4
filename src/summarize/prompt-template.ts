/**
 * `{{name}}` placeholders: letters, digits, `_` and `.` (for `article.title`), with
 * optional spaces inside the braces. Anything else between braces is left as text.
 */
const PLACEHOLDER = /\{\{\s*([A-Za-z_][A-Za-z0-9_.]*)\s*\}\}/g;

/** Values for a template's placeholders, by placeholder name. */
export type TemplateValues = Readonly<Record<string, string>>;

/** The distinct placeholder names a template uses, in order of first use. */
export function findPlaceholders(template: string): string[] {
  const names = new Set<string>();
  for (const match of template.matchAll(PLACEHOLDER)) {
    if (match[1] !== undefined) names.add(match[1]);
  }
  return [...names];
}

export class TemplateError extends Error {
  override readonly name = 'TemplateError';
}

/**
 * Substitutes placeholders in ONE pass over the template. Values are inserted
 * literally and never scanned again, so an article that contains `{{language}}`
 * or `$&` stays exactly as written: untrusted text is data, never a template.
 * A placeholder without a value throws rather than sending `{{…}}` to the model.
 */
export function renderTemplate(template: string, values: TemplateValues): string {
  // A function replacement: String.replace gives `$` no special meaning in its result.
  return template.replace(PLACEHOLDER, (_match, name: string) => {
    if (!Object.hasOwn(values, name)) throw new TemplateError(`No value for placeholder {{${name}}}`);
    return values[name] ?? '';
  });
}
