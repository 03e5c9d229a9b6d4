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
export const OUTPUT_SCHEMAS = {
  summary: {
    schema: summarySchema,
    placeholders: [
      'article.title',
      'article.text',
      'article.site_name',
      'article.published_at',
      'article.url',
      'language',
      'topics',
      // This article's length (summary-length.ts): its words, "1 to 2 bullets", the words the bullets and gist may have.
      'article.words',
      'length.bullets',
      'length.max_words',
    ],
  },
  // The summary with what each part was written from (summary.ts's `sources`), by the numbers of the article's sentences,
  // which `article.sentences` lists: `[1] …`, one a line (cited-sentences.ts); 0 is the headline.
  summary_cited: {
    schema: citedSummarySchema,
    placeholders: [
      'article.title',
      'article.sentences',
      'article.site_name',
      'article.published_at',
      'article.url',
      'language',
      'topics',
      'article.words',
      'length.bullets',
      'length.max_words',
    ],
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
