import OpenAI from 'openai';
import { zodResponseFormat } from 'openai/helpers/zod';
import { z } from 'zod';
import type { Article } from '../core/article.js';
import { silentLogger, type Logger } from '../logger.js';
import { checkSummary, describeUnsupported, removeUnsupported } from './faithful-summary.js';
import { indexSource } from './faithfulness/evidence.js';
import { PromptError, renderPrompt, renderRepair, renderRepairUnsupported, type LoadedPrompt } from './prompt-library.js';
import { findPlaceholders } from './prompt-template.js';
import { samplingFieldsFor } from './request-parameters.js';
import type { DigestOverviewer } from './digest-overviewer.js';
import { digestOverviewSchema } from './output-schemas.js';
import { buildSummaryValues, DEFAULT_MAX_ARTICLE_CHARS, sentencesShownOf } from './summary-input.js';
import { describeLengthProblem, summaryLengthOf, UNSTATED_LENGTH, type SummaryLength } from './summary-length.js';
import {
  SummarizeError,
  citedSummaryAnswerSchema,
  citedSummarySchema,
  summarySchema,
  type SummarizeErrorCode,
  type SummarizeOptions,
  type FaithfulnessRecord,
  type Summarizer,
  type Summary,
  type SummaryResult,
  type TokenUsage,
  type UnsupportedClaim,
} from './summary.js';

type ChatMessage = OpenAI.Chat.Completions.ChatCompletionMessageParam;

export interface OpenAiSummarizerOptions {
  /**
   * Built once in main.ts. Its `maxRetries` and `timeout` govern retries with
   * back-off on 429, 5xx and time-outs; this adapter adds no retry loop of its own.
   */
  client: OpenAI;
  /** Model name sent with each request and used in the cache key. */
  model: string;
  /** A `summary` prompt with a repair part, e.g. `library.get('summary')`. */
  prompt: LoadedPrompt;
  /** Default: silent. Article text is never logged. */
  logger?: Logger;
  /** Article characters sent at most; default 24 000 (see DEFAULT_MAX_ARTICLE_CHARS for why). */
  maxArticleChars?: number;
}

/** One completion's outcome, before validation. */
interface Attempt {
  content: string | null;
  refusal: string | null;
  finishReason: string | undefined;
  usage: TokenUsage;
}

type Validation = { ok: true; summary: Summary } | { ok: false; problem: string };

/** A schema-valid summary, what it cost so far, and the conversation that produced it (its answer last). */
interface Drafted {
  summary: Summary;
  usage: TokenUsage;
  llmCalls: number;
  messages: ChatMessage[];
}

function addUsage(a: TokenUsage, b: TokenUsage): TokenUsage {
  return { promptTokens: a.promptTokens + b.promptTokens, completionTokens: a.completionTokens + b.completionTokens };
}

/** Some OpenAI-compatible servers ignore `response_format` and fence the JSON; unwrapping it saves a repair call. */
function unwrapCodeFence(content: string): string {
  const fenced = /^\s*```(?:json)?\s*\n([\s\S]*?)\n\s*```\s*$/.exec(content);
  return fenced?.[1] ?? content;
}

/**
 * The one place the model's output enters: JSON, then summarySchema, then the
 * length this article allows. An answer over the budget goes back in the one
 * repair request like any other invalid answer, told its words and the limit,
 * rather than being cut here: dropping bullets from the end cannot shorten a
 * long gist or long bullets, and would throw away facts the model could have
 * said in fewer words. It costs a call only when the model ignored the length
 * the prompt gave it.
 */
function validateSummary(attempt: Attempt, length: SummaryLength, schema: typeof summarySchema | typeof citedSummaryAnswerSchema): Validation {
  if (attempt.content === null || attempt.content.trim() === '') return { ok: false, problem: 'The answer was empty.' };
  let json: unknown;
  try {
    json = JSON.parse(unwrapCodeFence(attempt.content));
  } catch (error) {
    const cutOff = attempt.finishReason === 'length' ? ' The answer was cut off at the token limit; answer more briefly.' : '';
    return { ok: false, problem: `The answer is not valid JSON (${error instanceof Error ? error.message : String(error)}).${cutOff}` };
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) return { ok: false, problem: z.prettifyError(parsed.error) };
  const lengthProblem = describeLengthProblem(parsed.data, length);
  return lengthProblem === undefined ? { ok: true, summary: parsed.data } : { ok: false, problem: lengthProblem };
}

function codeFor(error: unknown): SummarizeErrorCode {
  // Subclasses before their parents: a time-out is also a connection error.
  if (error instanceof OpenAI.APIConnectionTimeoutError) return 'timeout';
  if (error instanceof OpenAI.APIConnectionError) return 'unavailable';
  if (error instanceof OpenAI.RateLimitError) return 'rate_limited';
  if (error instanceof OpenAI.InternalServerError) return 'unavailable';
  if (error instanceof OpenAI.AuthenticationError || error instanceof OpenAI.PermissionDeniedError) return 'auth';
  // 404 is an unknown model or a wrong base URL: the request, not the service, is at fault.
  if (error instanceof OpenAI.BadRequestError || error instanceof OpenAI.NotFoundError || error instanceof OpenAI.UnprocessableEntityError) {
    return 'bad_request';
  }
  return 'unknown';
}

/** SDK errors stop here: the rest of the product sees SummarizeError, with the SDK error as `cause`. */
function translateError(error: unknown, usage: TokenUsage | undefined): SummarizeError {
  const code = codeFor(error);
  const status = error instanceof OpenAI.APIError && error.status !== undefined ? ` (HTTP ${error.status})` : '';
  const detail = error instanceof Error ? error.message : String(error);
  return new SummarizeError(code, `LLM request failed: ${code}${status}: ${detail}`, { cause: error, ...(usage && { usage }) });
}

/** The one OpenAI SDK client; its own retries with back-off and time-out serve every LLM call. */
export function createOpenAiClient(settings: { apiKey: string; baseUrl?: string; maxRetries: number; timeoutMs: number }): OpenAI {
  return new OpenAI({ apiKey: settings.apiKey, baseURL: settings.baseUrl, maxRetries: settings.maxRetries, timeout: settings.timeoutMs });
}

/**
 * A Summarizer backed by an OpenAI-compatible chat completions API with
 * structured output. Invalid output gets exactly one repair request; after
 * that it is a SummarizeError('invalid_output') carrying the raw text.
 *
 * Every valid summary is then checked against the article (numbers, quotations,
 * names, negations turned round). Anything unsupported gets one repair request naming it, when the
 * prompt has a repair-unsupported part; what is still unsupported after that is
 * removed (see removeUnsupported), or, with fewer bullets left than the
 * article needs, the summary fails as SummarizeError('unfaithful'). Nothing
 * unsupported is returned.
 *
 * With a prompt that states the article's length (`{{length.max_words}}` or
 * `{{length.bullets}}`: summary v3 on), every answer is held to
 * summaryLengthOf(article); with one that does not (v1, v2), to the 3–5
 * bullets those asked for.
 */
export function createOpenAiSummarizer(options: OpenAiSummarizerOptions): Summarizer {
  const { client, model, prompt } = options;
  const logger = options.logger ?? silentLogger;
  const maxArticleChars = options.maxArticleChars ?? DEFAULT_MAX_ARTICLE_CHARS;
  if (prompt.outputSchema !== 'summary' && prompt.outputSchema !== 'summary_cited') {
    throw new PromptError(`${prompt.sourcePath}: the OpenAI summarizer needs a prompt with output_schema "summary" or "summary_cited", not "${prompt.outputSchema}"`);
  }
  if (prompt.repair === undefined) throw new PromptError(`${prompt.sourcePath}: the OpenAI summarizer needs a '---repair---' part`);
  // A prompt that lists the article's sentences gets, with each part, the sentences it was written from (summary v4 on).
  const cites = prompt.outputSchema === 'summary_cited';
  const schema = cites ? citedSummaryAnswerSchema : summarySchema;
  const responseFormat = zodResponseFormat(cites ? citedSummarySchema : summarySchema, prompt.outputSchema);
  const sampling = samplingFieldsFor(model, prompt.modelParameters);
  // A model can only be held to a length it was told.
  const statesLength = findPlaceholders(prompt.user).some((name) => name === 'length.max_words' || name === 'length.bullets');

  async function complete(messages: ChatMessage[], usageSoFar: TokenUsage | undefined): Promise<Attempt> {
    let completion: OpenAI.Chat.Completions.ChatCompletion;
    try {
      completion = await client.chat.completions.create({ model, messages, response_format: responseFormat, ...sampling });
    } catch (error) {
      throw translateError(error, usageSoFar);
    }
    const choice = completion.choices[0];
    return {
      content: choice?.message.content ?? null,
      refusal: choice?.message.refusal ?? null,
      finishReason: choice?.finish_reason,
      usage: { promptTokens: completion.usage?.prompt_tokens ?? 0, completionTokens: completion.usage?.completion_tokens ?? 0 },
    };
  }

  function refused(attempt: Attempt, usage: TokenUsage): SummarizeError {
    return new SummarizeError('invalid_output', 'The model refused to summarize the article', {
      rawOutput: attempt.refusal ?? '',
      ...(attempt.finishReason !== undefined && { finishReason: attempt.finishReason }),
      usage,
    });
  }

  /** A schema-valid summary, with at most one repair of its shape; the conversation so far comes with it. */
  async function requestValidSummary(messages: ChatMessage[], length: SummaryLength): Promise<Drafted> {
    const first = await complete(messages, undefined);
    // A refusal is a decision, not a formatting slip; asking again would only spend tokens.
    if (first.refusal) throw refused(first, first.usage);
    const firstCheck = validateSummary(first, length, schema);
    const firstTurn: ChatMessage = { role: 'assistant', content: first.content ?? '' };
    if (firstCheck.ok) return { summary: firstCheck.summary, usage: first.usage, llmCalls: 1, messages: [...messages, firstTurn] };

    logger.warn({ model, prompt: `${prompt.id}@v${prompt.version}`, finishReason: first.finishReason, problem: firstCheck.problem }, 'invalid LLM output; asking once for a repair');
    const repairMessages: ChatMessage[] = [...messages, firstTurn, { role: 'user', content: renderRepair(prompt, firstCheck.problem) }];
    const repair = await complete(repairMessages, first.usage);
    const usage = addUsage(first.usage, repair.usage);
    if (repair.refusal) throw refused(repair, usage);
    const repairCheck = validateSummary(repair, length, schema);
    if (repairCheck.ok) return { summary: repairCheck.summary, usage, llmCalls: 2, messages: [...repairMessages, { role: 'assistant', content: repair.content ?? '' }] };

    throw new SummarizeError('invalid_output', `The model's output was invalid twice: ${repairCheck.problem}`, {
      rawOutput: repair.content ?? '',
      ...(repair.finishReason !== undefined && { finishReason: repair.finishReason }),
      usage,
    });
  }

  /**
   * The one repair request for what the summary states and the article does not.
   * Its failure (an HTTP error, a refusal, broken JSON) is no reason to lose a
   * valid summary: undefined, and the first answer is trimmed instead.
   */
  async function requestFaithfulSummary(drafted: Drafted, found: readonly UnsupportedClaim[], length: SummaryLength): Promise<Drafted | undefined> {
    const messages: ChatMessage[] = [...drafted.messages, { role: 'user', content: renderRepairUnsupported(prompt, describeUnsupported(found)) }];
    let attempt: Attempt;
    try {
      attempt = await complete(messages, drafted.usage);
    } catch (error) {
      if (!(error instanceof SummarizeError)) throw error;
      logger.warn({ err: error, model, code: error.code }, 'the faithfulness repair request failed; trimming the first answer');
      return undefined;
    }
    const usage = addUsage(drafted.usage, attempt.usage);
    const check = attempt.refusal ? undefined : validateSummary(attempt, length, schema);
    if (!check?.ok) {
      logger.warn({ model, refusal: attempt.refusal, problem: check?.problem }, 'the faithfulness repair gave no usable summary; trimming the first answer');
      // Its tokens were spent all the same.
      return { ...drafted, usage, llmCalls: drafted.llmCalls + 1 };
    }
    return { summary: check.summary, usage, llmCalls: drafted.llmCalls + 1, messages: [...messages, { role: 'assistant', content: attempt.content ?? '' }] };
  }

  return {
    model,
    promptId: prompt.id,
    promptVersion: prompt.version,
    async summarize(article: Article, summarizeOptions: SummarizeOptions = {}): Promise<SummaryResult> {
      const articleLength = summaryLengthOf(article);
      const length = statesLength ? articleLength : UNSTATED_LENGTH;
      const shown = sentencesShownOf(article, maxArticleChars);
      const rendered = renderPrompt(prompt, buildSummaryValues(article, summarizeOptions, maxArticleChars, articleLength, shown));
      const drafted = await requestValidSummary(
        [
          { role: 'system', content: rendered.system },
          { role: 'user', content: rendered.user },
        ],
        length,
      );
      const result = (done: Drafted, faithfulness: FaithfulnessRecord): SummaryResult => ({
        summary: done.summary,
        kind: 'llm',
        model,
        promptId: prompt.id,
        promptVersion: prompt.version,
        usage: done.usage,
        llmCalls: done.llmCalls,
        faithfulness,
      });

      // Against the whole article, not the part sent: a fact from past the cut is still the article's.
      const evidence = indexSource(article);
      const numbered = cites ? { source: article, sentences: shown } : undefined;
      const found = checkSummary(evidence, drafted.summary, numbered);
      const unchanged = { droppedBullets: 0, replaced: [], removed: [] };
      if (found.length === 0) return result(drafted, { outcome: 'faithful', found, repairRequested: false, ...unchanged });

      const repairRequested = prompt.repairUnsupported !== undefined;
      logger.warn({ model, prompt: `${prompt.id}@v${prompt.version}`, unsupported: found, repairRequested }, 'the summary states what the article does not');
      const repaired = repairRequested ? await requestFaithfulSummary(drafted, found, length) : undefined;
      const latest = repaired ?? drafted;
      const remaining = latest === drafted ? found : checkSummary(evidence, latest.summary, numbered);
      if (remaining.length === 0) return result(latest, { outcome: 'repaired', found, repairRequested, ...unchanged });

      const trimmed = removeUnsupported(latest.summary, remaining, article, length);
      if (!trimmed.ok) {
        const supported = `Only ${trimmed.bulletsLeft} bullet(s) are supported by the article${repairRequested ? ' after the repair' : ''}, fewer than the ${length.minBullets} it needs`;
        throw new SummarizeError('unfaithful', `${supported}; unsupported:\n${describeUnsupported(remaining)}`, {
          rawOutput: JSON.stringify(latest.summary),
          usage: latest.usage,
        });
      }
      return result(
        { ...latest, summary: trimmed.summary },
        { outcome: 'trimmed', found, repairRequested, removed: remaining, droppedBullets: trimmed.droppedBullets, replaced: trimmed.replaced },
      );
    },
  };
}

/**
 * The overview is optional decoration: invalid output is an error for the
 * caller to drop (the digest goes out without it), with no repair round trip.
 */
export function createOpenAiDigestOverviewer(options: { client: OpenAI; model: string; prompt: LoadedPrompt }): DigestOverviewer {
  const { client, model, prompt } = options;
  if (prompt.outputSchema !== 'digest_overview') {
    throw new PromptError(`${prompt.sourcePath}: the digest overviewer needs output_schema "digest_overview", not "${prompt.outputSchema}"`);
  }
  const responseFormat = zodResponseFormat(digestOverviewSchema, 'digest_overview');
  const sampling = samplingFieldsFor(model, prompt.modelParameters);
  return {
    model,
    promptId: prompt.id,
    promptVersion: prompt.version,
    async write(request) {
      const rendered = renderPrompt(prompt, {
        items: request.gists.map((gist) => `- ${gist}`).join('\n'),
        topics: request.topics.join(', '),
        language: request.language ?? 'English (en)',
      });
      let completion: OpenAI.Chat.Completions.ChatCompletion;
      try {
        completion = await client.chat.completions.create({
          model,
          messages: [
            { role: 'system', content: rendered.system },
            { role: 'user', content: rendered.user },
          ],
          response_format: responseFormat,
          ...sampling,
        });
      } catch (error) {
        throw translateError(error, undefined);
      }
      const choice = completion.choices[0];
      const usage = { promptTokens: completion.usage?.prompt_tokens ?? 0, completionTokens: completion.usage?.completion_tokens ?? 0 };
      const raw = choice?.message.content ?? '';
      let parsed: ReturnType<typeof digestOverviewSchema.safeParse>;
      try {
        parsed = digestOverviewSchema.safeParse(JSON.parse(unwrapCodeFence(raw)));
      } catch (error) {
        throw new SummarizeError('invalid_output', 'The digest overview is not valid JSON', { cause: error, rawOutput: raw, usage });
      }
      if (!parsed.success) {
        throw new SummarizeError('invalid_output', `Invalid digest overview: ${z.prettifyError(parsed.error)}`, { rawOutput: raw, usage });
      }
      return { overview: parsed.data.overview, usage };
    },
  };
}
