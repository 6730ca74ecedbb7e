import type { FinishReason, Usage } from '../../script/script.js';

/**
 * Neutral finish reasons as OpenAI's `finish_reason`; OpenAI has no separate value for a stop sequence.
 * @see https://platform.openai.com/docs/api-reference/chat/object#chat/object-choices
 */
export const openAiFinishReasons: Record<FinishReason, string> = {
  stop: 'stop',
  length: 'length',
  'tool-calls': 'tool_calls',
  'content-filter': 'content_filter',
  'stop-sequence': 'stop',
};

/** OpenAI's usage object, with the details the current API always includes. */
export interface OpenAiUsage {
  prompt_tokens: number;
  completion_tokens: number;
  total_tokens: number;
  prompt_tokens_details: { cached_tokens: number; audio_tokens: number };
  completion_tokens_details: {
    reasoning_tokens: number;
    audio_tokens: number;
    accepted_prediction_tokens: number;
    rejected_prediction_tokens: number;
  };
}

/**
 * OpenAI counts cached tokens inside `prompt_tokens` and reports them again as `cached_tokens`; it has no
 * cache-write count, so those tokens are simply part of the prompt.
 * @see https://platform.openai.com/docs/api-reference/chat/object#chat/object-usage
 */
export function toOpenAiUsage(usage: Usage): OpenAiUsage {
  const cacheRead = usage.cacheReadTokens ?? 0;
  const promptTokens = usage.inputTokens + cacheRead + (usage.cacheWriteTokens ?? 0);
  return {
    prompt_tokens: promptTokens,
    completion_tokens: usage.outputTokens,
    total_tokens: promptTokens + usage.outputTokens,
    prompt_tokens_details: { cached_tokens: cacheRead, audio_tokens: 0 },
    completion_tokens_details: {
      reasoning_tokens: usage.reasoningTokens ?? 0,
      audio_tokens: 0,
      accepted_prediction_tokens: 0,
      rejected_prediction_tokens: 0,
    },
  };
}

/** A fixed fingerprint: real replies carry one, and clients must accept it without caring about its value. */
export const openAiSystemFingerprint = 'fp_heimdall_mock';
