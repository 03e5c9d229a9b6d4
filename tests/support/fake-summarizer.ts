import type { Article } from '../../src/core/article.js';
import type { SummarizeOptions, Summarizer, SummaryResult } from '../../src/summarize/summary.js';

type Answer = (article: Article) => Promise<SummaryResult> | SummaryResult;

/**
 * A Summarizer that records its calls and answers only what the test set up;
 * a call nobody set up throws, so a test never passes on an accidental answer.
 */
export interface FakeSummarizer extends Summarizer {
  calls: Array<{ article: Article; options: SummarizeOptions | undefined }>;
  answerWith(answer: Answer): void;
}

export function createFakeSummarizer(identity: { model?: string; promptId?: string; promptVersion?: number } = {}): FakeSummarizer {
  let answer: Answer | undefined;
  const calls: FakeSummarizer['calls'] = [];
  return {
    model: identity.model ?? 'fake-model',
    promptId: identity.promptId ?? 'summary',
    promptVersion: identity.promptVersion ?? 1,
    calls,
    answerWith(next) {
      answer = next;
    },
    async summarize(article, options) {
      calls.push({ article, options });
      if (!answer) throw new Error(`FakeSummarizer: no answer set up for "${article.title ?? article.text.slice(0, 40)}"`);
      return answer(article);
    },
  };
}

/** A valid LLM result whose title names the article, so tests can tell answers apart. */
export function summaryResultFor(article: Article, overrides: Partial<SummaryResult> = {}): SummaryResult {
  return {
    summary: {
      title: `Summary of ${article.title ?? 'untitled'}`,
      bullets: ['First point.', 'Second point.', 'Third point.'],
      gist: 'One line.',
      topics: ['world'],
      language: article.language ?? 'en',
    },
    kind: 'llm',
    model: 'fake-model',
    promptId: 'summary',
    promptVersion: 1,
    usage: { promptTokens: 100, completionTokens: 20 },
    llmCalls: 1,
    ...overrides,
  };
}
