import type { CacheDetail, TokenUsage } from '@heimdall/spec';
import type { MessagesUsage } from './messages-api-types.js';

/**
 * Anthropic's usage as Bedrock reports it for Claude models. Both count cache reads and writes apart from the input
 * tokens, so those map one to one. Bedrock's `totalTokens` for Claude adds the cache reads and writes to input and
 * output: a recorded Claude Sonnet 4.5 reply on Bedrock reports inputTokens 2, outputTokens 5,
 * cacheWriteInputTokens 1322 and totalTokens 1329, and the same call read from the cache again totals 1329.
 * The cache fields are left out when zero, as Bedrock's ConverseStream does for Claude without caching.
 * @see https://github.com/pydantic/pydantic-ai/blob/main/tests/models/cassettes/test_bedrock/test_bedrock_cache_write_and_read.yaml
 * @see https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_TokenUsage.html
 * @see https://docs.anthropic.com/en/docs/build-with-claude/prompt-caching#tracking-cache-performance
 */
export function toTokenUsage(usage: MessagesUsage): TokenUsage {
  const inputTokens = usage.input_tokens ?? 0;
  const outputTokens = usage.output_tokens ?? 0;
  const cacheRead = usage.cache_read_input_tokens ?? 0;
  const cacheWrite = usage.cache_creation_input_tokens ?? 0;
  const cacheDetails = cacheWriteDetails(usage);
  return {
    inputTokens,
    outputTokens,
    totalTokens: inputTokens + outputTokens + cacheRead + cacheWrite,
    ...(cacheRead > 0 ? { cacheReadInputTokens: cacheRead } : {}),
    ...(cacheWrite > 0 ? { cacheWriteInputTokens: cacheWrite } : {}),
    ...(cacheDetails.length > 0 ? { cacheDetails } : {}),
  };
}

/** Cache writes by lifetime, longest first as Bedrock sorts them. */
function cacheWriteDetails(usage: MessagesUsage): CacheDetail[] {
  const byLifetime = usage.cache_creation;
  if (!byLifetime) return [];
  const details: CacheDetail[] = [];
  const hour = byLifetime.ephemeral_1h_input_tokens ?? 0;
  const fiveMinutes = byLifetime.ephemeral_5m_input_tokens ?? 0;
  if (hour > 0) details.push({ ttl: '1h', inputTokens: hour });
  if (fiveMinutes > 0) details.push({ ttl: '5m', inputTokens: fiveMinutes });
  return details;
}

/** Later usage reports (`message_delta`) carry running totals of some fields only: they replace those fields. */
export function mergeUsage(previous: MessagesUsage, update: MessagesUsage): MessagesUsage {
  const merged: MessagesUsage = { ...previous };
  for (const [field, value] of Object.entries(update) as [keyof MessagesUsage, never][]) {
    if (value !== null && value !== undefined) merged[field] = value;
  }
  return merged;
}
