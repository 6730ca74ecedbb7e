import type { FinishReason, Usage } from '../../script/script.js';

/**
 * Neutral finish reasons as Gemini's `finishReason`. Gemini says `STOP` for a stop sequence and after function
 * calls too; it has no value of its own for either.
 * @see https://ai.google.dev/api/generate-content#FinishReason
 */
export const geminiFinishReasons: Record<FinishReason, string> = {
  stop: 'STOP',
  length: 'MAX_TOKENS',
  'tool-calls': 'STOP',
  'content-filter': 'SAFETY',
  'stop-sequence': 'STOP',
};

/**
 * Gemini's `usageMetadata`. It counts cached tokens inside `promptTokenCount` and reports them again as
 * `cachedContentTokenCount`; thinking tokens are apart from `candidatesTokenCount`, in `thoughtsTokenCount`, and
 * the total adds everything up.
 * @see https://ai.google.dev/api/generate-content#UsageMetadata
 */
export function toGeminiUsage(usage: Usage): Record<string, number> {
  const cached = usage.cacheReadTokens ?? 0;
  const prompt = usage.inputTokens + cached + (usage.cacheWriteTokens ?? 0);
  const thoughts = usage.reasoningTokens ?? 0;
  const candidates = usage.outputTokens - thoughts;
  return {
    promptTokenCount: prompt,
    candidatesTokenCount: candidates,
    totalTokenCount: prompt + candidates + thoughts,
    ...(cached > 0 ? { cachedContentTokenCount: cached } : {}),
    ...(thoughts > 0 ? { thoughtsTokenCount: thoughts } : {}),
  };
}
