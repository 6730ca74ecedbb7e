import type { StopReason, TokenUsage } from '@heimdall/spec';
import type { FinishReason, Script, Usage } from '../../script/script.js';

/**
 * Neutral finish reasons as Bedrock's `stopReason`.
 * @see https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_MessageStopEvent.html
 */
export const bedrockStopReasons: Record<FinishReason, StopReason> = {
  stop: 'end_turn',
  length: 'max_tokens',
  'tool-calls': 'tool_use',
  'content-filter': 'content_filtered',
  'stop-sequence': 'stop_sequence',
};

/**
 * Bedrock's `TokenUsage`: `inputTokens` without the cache, the cache counts only when the reply used the cache, and
 * `totalTokens` adding everything up.
 * @see https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_TokenUsage.html
 */
export function toBedrockUsage(usage: Usage): TokenUsage {
  const cacheRead = usage.cacheReadTokens ?? 0;
  const cacheWrite = usage.cacheWriteTokens ?? 0;
  const bedrockUsage: TokenUsage = {
    inputTokens: usage.inputTokens,
    outputTokens: usage.outputTokens,
    totalTokens: usage.inputTokens + usage.outputTokens + cacheRead + cacheWrite,
  };
  if (usage.cacheReadTokens !== undefined) bedrockUsage.cacheReadInputTokens = cacheRead;
  if (usage.cacheWriteTokens !== undefined) bedrockUsage.cacheWriteInputTokens = cacheWrite;
  return bedrockUsage;
}

/** The fields a model adds beside the stop reason: Anthropic models on Bedrock name the stop sequence they matched. */
export function additionalResponseFields(
  script: Script,
  finishReason: FinishReason,
): { additionalModelResponseFields: { stop_sequence: string } } | Record<string, never> {
  if (finishReason !== 'stop-sequence' || script.stopSequence === undefined) return {};
  return { additionalModelResponseFields: { stop_sequence: script.stopSequence } };
}
