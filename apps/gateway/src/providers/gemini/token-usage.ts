import type { TokenUsage } from '@heimdall/spec';
import type { GeminiUsageMetadata } from './generate-content-types.js';

/**
 * Gemini's usage as Bedrock reports it. Gemini counts cached tokens inside `promptTokenCount`; Bedrock counts them
 * apart, as `cacheReadInputTokens`, so they come out of `inputTokens`. Tokens of tool-use prompts (`toolUsePrompt…`,
 * Gemini's own tools) are input. Thinking tokens (`thoughtsTokenCount`) are output, as Bedrock counts a model's
 * reasoning. `totalTokens` is everything, cache reads included, as Bedrock totals it (and as Gemini's own
 * `totalTokenCount` does). Gemini has no cache writes: context caching is an API of its own.
 * @see https://ai.google.dev/api/generate-content#UsageMetadata
 * @see https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_TokenUsage.html
 */
export function toTokenUsage(usage: GeminiUsageMetadata): TokenUsage {
  const cached = usage.cachedContentTokenCount ?? 0;
  const inputTokens = Math.max(0, (usage.promptTokenCount ?? 0) - cached) + (usage.toolUsePromptTokenCount ?? 0);
  const outputTokens = (usage.candidatesTokenCount ?? 0) + (usage.thoughtsTokenCount ?? 0);
  return {
    inputTokens,
    outputTokens,
    totalTokens: inputTokens + outputTokens + cached,
    ...(cached > 0 ? { cacheReadInputTokens: cached } : {}),
  };
}
