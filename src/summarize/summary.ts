import { z } from 'zod';
import type { Article } from '../core/article.js';
import { TOPIC_SLUGS, type Topic } from '../core/topics.js';
import type { Claim } from './faithfulness/check.js';

/**
 * The structured summary the LLM must return; validated once, where it enters.
 * One bullet is a summary of a short article: how many one article gets is
 * summary-length.ts's to say, and the OpenAI adapter checks it with the schema.
 */
export const summarySchema = z.object({
  title: z.string().min(1).max(300),
  bullets: z.array(z.string().min(1).max(600)).min(1).max(5),
  gist: z.string().min(1).max(400),
  topics: z
    .array(z.enum(TOPIC_SLUGS as [Topic, ...Topic[]]))
    .min(1)
    .max(3),
  language: z.string().min(2).max(12),
});

/** Sentence numbers of the article as the prompt lists them (see numberArticleSentences in cited-sentences.ts). */
const citedSentencesSchema = z.array(z.number().int().min(0)).max(12);

/**
 * What each part of a summary was written from, by the numbers of the article's
 * sentences: the numbers a part states are checked against the sentences it
 * cites (see checkSummary). Summary prompt v4 on asks for it.
 */
export const summarySourcesSchema = z.object({
  title: citedSentencesSchema,
  bullets: z.array(citedSentencesSchema).max(5),
  gist: citedSentencesSchema,
});

export type SummarySources = z.infer<typeof summarySourcesSchema>;

/** A summary with what each of its parts was written from: output_schema `summary_cited`, as the model is asked for it. */
export const citedSummarySchema = summarySchema.extend({ sources: summarySourcesSchema });

/**
 * What a `summary_cited` answer must be to be used: a model that leaves `sources` out (a small local one that ignores the
 * response format) still gives a summary, checked against the whole article as before v4.
 */
export const citedSummaryAnswerSchema = summarySchema.extend({ sources: summarySourcesSchema.optional() });

/** A summary; `sources` when its prompt asked the model to cite the article's sentences. */
export type Summary = z.infer<typeof summarySchema> & { sources?: SummarySources };

/** How a summary was made: by the LLM, or the labelled extractive fallback. */
export type SummaryKind = 'llm' | 'extractive';

export interface TokenUsage {
  promptTokens: number;
  completionTokens: number;
}

/** A number, quotation or name a summary states that its article does not, or a negation it turns round, and where. */
export interface UnsupportedClaim extends Claim {
  part: 'title' | 'bullet' | 'gist';
  /** Which bullet (0-based), for `part: 'bullet'`. */
  bullet?: number;
  /**
   * A number the article states elsewhere, but not in these sentences, which the
   * part cites as what it was written from (Summary.sources): said of something else.
   */
  cited?: readonly number[];
}

/**
 * What the faithfulness check did to an LLM summary before anyone saw it:
 * - `faithful`: the first answer stated nothing the article does not;
 * - `repaired`: it did, and the one repair request made every claim supported;
 * - `trimmed`: what was still unsupported after the repair was removed: bullets
 *   dropped, the title or gist replaced by the article's own title or lead.
 */
export interface FaithfulnessRecord {
  outcome: 'faithful' | 'repaired' | 'trimmed';
  /** What the first answer stated that the article does not; empty when `faithful`. */
  found: UnsupportedClaim[];
  /** A repair request naming `found` was sent (false without a repair part in the prompt). */
  repairRequested: boolean;
  /** What was still unsupported after the repair, and was removed. */
  removed: UnsupportedClaim[];
  droppedBullets: number;
  /** Parts replaced from the article: the title by its title, the gist by its lead. */
  replaced: Array<'title' | 'gist'>;
}

export interface SummaryResult {
  summary: Summary;
  kind: SummaryKind;
  /** Model name for `llm` results; `extractive` otherwise. */
  model: string;
  promptId: string;
  promptVersion: number;
  /** Tokens spent, over every attempt (repairs included); absent for extractive. */
  usage?: TokenUsage;
  /** How many HTTP completions were requested (1, 2 with a repair, 3 with both repairs). */
  llmCalls: number;
  /** Set on LLM summaries: what the faithfulness check found and did. Absent on extractive ones, which quote the article. */
  faithfulness?: FaithfulnessRecord;
}

/** Options that change the output, and so belong in the cache key. */
export interface SummarizeOptions {
  /** Language to write the summary in; default: the article's own. */
  language?: string;
  /** Summary length; only 'short' exists today. */
  length?: 'short';
}

/** Turns an article into a structured summary. Implementations: OpenAI adapter, extractive. */
export interface Summarizer {
  /** Model name that goes into the cache key. */
  readonly model: string;
  readonly promptId: string;
  readonly promptVersion: number;
  summarize(article: Article, options?: SummarizeOptions): Promise<SummaryResult>;
}

export type SummarizeErrorCode =
  | 'rate_limited'
  | 'unavailable'
  | 'timeout'
  | 'auth'
  | 'bad_request'
  | 'invalid_output'
  /** LLM_DAILY_TOKEN_BUDGET is spent for today: no request was made. */
  | 'budget_spent'
  /** After the repair, fewer bullets were supported by the article than it needs (SummaryLength.minBullets). */
  | 'unfaithful'
  | 'unknown';

/** Anything that went wrong making an LLM summary; the SDK error stays in `cause`. */
export class SummarizeError extends Error {
  override readonly name = 'SummarizeError';
  constructor(
    readonly code: SummarizeErrorCode,
    message: string,
    options?: { cause?: unknown; rawOutput?: string; finishReason?: string; usage?: TokenUsage },
  ) {
    super(message, { cause: options?.cause });
    this.rawOutput = options?.rawOutput;
    this.finishReason = options?.finishReason;
    this.usage = options?.usage;
  }
  readonly rawOutput: string | undefined;
  readonly finishReason: string | undefined;
  readonly usage: TokenUsage | undefined;
}
