import type { ModelPrice } from '../config/prices-schema.js';
import type { RequestFields } from '../logging/request-record.js';
import { findDescriptor } from '../providers/provider-registry.js';
import { tablePrice } from './price-table.js';

/** The bundled price table, named on every priced request so that a cost can be traced to the prices behind it. */
export const priceTableVersion = '@pydantic/genai-prices@0.1.8';

export interface PricedUsage {
  /** What the request cost, in US dollars. */
  usd: number;
  /** Where the price came from: the operator's `prices`, or the bundled table and its version. */
  source: string;
}

export interface PricingTarget {
  /** The model id the client's request was answered by, e.g. `openai/gpt-4o`. */
  modelId: string;
  providerType: string;
  /** The model as the provider knows it. */
  model: string;
}

type Usage = NonNullable<RequestFields['usage']>;

/**
 * What a request's usage cost, or `undefined` when no price is known (never a guessed zero). Bedrock's and Anthropic's
 * usage counts cache reads and writes apart from `inputTokens`, as the gateway reports usage for every provider; each
 * is priced at its own rate, so a cache read is not charged as a full input token.
 */
export function priceUsage(
  usage: Usage,
  target: PricingTarget,
  overrides: Readonly<Record<string, ModelPrice>>,
): PricedUsage | undefined {
  const cacheRead = usage.cacheReadInputTokens ?? 0;
  const cacheWrite = usage.cacheWriteInputTokens ?? 0;
  const override = overrides[target.modelId] ?? overrides[`${target.providerType}/${target.model}`];
  if (override) {
    const perToken = (dollars: number) => dollars / 1_000_000;
    const usd =
      usage.inputTokens * perToken(override.input) +
      usage.outputTokens * perToken(override.output) +
      cacheRead * perToken(override.cacheRead ?? override.input) +
      cacheWrite * perToken(override.cacheWrite ?? override.input);
    return { usd, source: 'prices' };
  }
  const providerId = findDescriptor(target.providerType)?.priceTableProvider;
  if (!providerId) return undefined;
  // The table counts cache reads and writes inside the input tokens, as parts of it.
  const result = tablePrice(
    {
      input_tokens: usage.inputTokens + cacheRead + cacheWrite,
      output_tokens: usage.outputTokens,
      cache_read_tokens: cacheRead,
      cache_write_tokens: cacheWrite,
    },
    target.model,
    providerId,
  );
  return result ? { usd: result.total_price, source: priceTableVersion } : undefined;
}
