import type { FinishReason, Usage } from '../../script/script.js';

/**
 * Neutral finish reasons as Anthropic's `stop_reason`.
 * @see https://docs.anthropic.com/en/api/handling-stop-reasons
 */
export const anthropicStopReasons: Record<FinishReason, string> = {
  stop: 'end_turn',
  length: 'max_tokens',
  'tool-calls': 'tool_use',
  'content-filter': 'refusal',
  'stop-sequence': 'stop_sequence',
};

/** Anthropic counts cache reads and writes apart from `input_tokens`, like the neutral usage does. */
export function toAnthropicUsage(usage: Usage) {
  return {
    input_tokens: usage.inputTokens,
    cache_creation_input_tokens: usage.cacheWriteTokens ?? 0,
    cache_read_input_tokens: usage.cacheReadTokens ?? 0,
    output_tokens: usage.outputTokens,
  };
}
