import { describe, expect, it } from 'vitest';
import { isReasoningModel, samplingFieldsFor } from '../../../src/summarize/request-parameters.js';

describe('isReasoningModel', () => {
  it.each([
    ['o1', true],
    ['o1-mini', true],
    ['o3', true],
    ['o4-mini', true],
    ['O3-Mini', true],
    ['gpt-5', true],
    ['gpt-5-nano', true],
    ['gpt-5.1', true],
    ['openai/o3-mini', true],
    ['gpt-4o', false],
    ['gpt-4.1-mini', false],
    ['gpt-50x', false],
    ['ollama', false],
    ['llama3.1:8b', false],
    ['o', false],
  ])('%s → %s', (model, reasoning) => {
    expect(isReasoningModel(model)).toBe(reasoning);
  });
});

describe('samplingFieldsFor', () => {
  const parameters = { temperature: 0.2, maxTokens: 1000, topP: 0.9 };

  it('sends a reasoning model max_completion_tokens and nothing it refuses', () => {
    expect([samplingFieldsFor('o4-mini', parameters), samplingFieldsFor('gpt-5', {})]).toEqual([{ max_completion_tokens: 1000 }, {}]);
  });

  it('sends any other model max_tokens and the sampling settings given', () => {
    expect([samplingFieldsFor('gpt-4o-mini', parameters), samplingFieldsFor('llama3', { temperature: 0 })]).toEqual([
      { temperature: 0.2, max_tokens: 1000, top_p: 0.9 },
      { temperature: 0 },
    ]);
  });
});
