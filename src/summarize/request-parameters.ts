import type { ModelParameters } from './prompt-library.js';

/**
 * OpenAI's reasoning models: o1, o3, o4-mini… and the gpt-5 family, also behind
 * a provider prefix ("openai/o3-mini" on a router). Matched by name because the
 * API offers no way to ask a model what it accepts.
 */
const REASONING_MODEL = /^(?:o\d+(?:-|$)|gpt-5(?:[.-]|$))/;

export function isReasoningModel(model: string): boolean {
  return REASONING_MODEL.test(model.trim().toLowerCase().split('/').at(-1) ?? '');
}

/** The sampling fields of a chat completion request, as the API names them. */
export interface SamplingFields {
  temperature?: number;
  top_p?: number;
  max_tokens?: number;
  max_completion_tokens?: number;
}

/**
 * The one place that decides how a prompt's model parameters are sent.
 * Reasoning models refuse `max_tokens` (they take `max_completion_tokens`,
 * which also bounds their hidden reasoning) and refuse any temperature or
 * top_p but the default, so those are left out for them. Every other model
 * gets `max_tokens`: OpenAI-compatible local servers (Ollama, LM Studio)
 * know only that one.
 */
export function samplingFieldsFor(model: string, parameters: ModelParameters): SamplingFields {
  const { temperature, maxTokens, topP } = parameters;
  if (isReasoningModel(model)) return maxTokens === undefined ? {} : { max_completion_tokens: maxTokens };
  return {
    ...(temperature !== undefined && { temperature }),
    ...(maxTokens !== undefined && { max_tokens: maxTokens }),
    ...(topP !== undefined && { top_p: topP }),
  };
}
