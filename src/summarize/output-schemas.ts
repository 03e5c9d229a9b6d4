import { z } from 'zod';
import { citedSummarySchema, summarySchema } from './summary.js';

/** What a digest overview prompt must return. */
export const digestOverviewSchema = z.object({
  overview: z.string().min(1).max(800),
});

export type DigestOverview = z.infer<typeof digestOverviewSchema>;

/**
 * The outputs a prompt file may name in `output_schema`, each with the
 * placeholders its templates may use. A placeholder outside this list is a typo
 * that would otherwise reach the model as `{{…}}`, so loading fails on it.
 */
/** What every summary prompt may show of the article and ask for, whatever form the article's text takes. */
const SUMMARY_PLACEHOLDERS = [
  'article.title',
  'article.site_name',
  'article.published_at',
  'article.url',
  'language',
  'topics',
  // This article's length (summary-length.ts): its words, "1 to 2 bullets", the words the bullets and gist may have.
  'article.words',
  'length.bullets',
  'length.max_words',
] as const;

export const OUTPUT_SCHEMAS = {
  summary: {
    schema: summarySchema,
    placeholders: [...SUMMARY_PLACEHOLDERS, 'article.text'],
  },
  // The summary with what each part was written from (summary.ts's `sources`), by the numbers of the article's sentences,
  // which `article.sentences` lists instead of its text: `[1] …`, one a line (cited-sentences.ts); 0 is the headline.
  summary_cited: {
    schema: citedSummarySchema,
    placeholders: [...SUMMARY_PLACEHOLDERS, 'article.sentences'],
  },
  digest_overview: {
    schema: digestOverviewSchema,
    placeholders: ['items', 'language', 'topics'],
  },
} as const;

export type OutputSchemaName = keyof typeof OUTPUT_SCHEMAS;

/** The one placeholder a repair section may use: what was wrong with the last answer. */
export const REPAIR_PLACEHOLDERS: readonly string[] = ['validation_error'];

/** The one placeholder a repair-unsupported section may use: what the last answer stated that the article does not. */
export const REPAIR_UNSUPPORTED_PLACEHOLDERS: readonly string[] = ['unsupported'];

export function isOutputSchemaName(name: string): name is OutputSchemaName {
  return Object.hasOwn(OUTPUT_SCHEMAS, name);
}
