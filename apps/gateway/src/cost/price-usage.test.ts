import { describe, expect, it } from 'vitest';
import { modelPriceSchema } from '../config/prices-schema.js';
import { priceTableVersion, priceUsage } from './price-usage.js';

const openAi = { modelId: 'openai/gpt-4o', providerType: 'openai', model: 'gpt-4o' };

describe('what a request cost', () => {
  it('prices usage from the bundled table, naming the table', () => {
    const priced = priceUsage({ inputTokens: 1_000, outputTokens: 1_000, totalTokens: 2_000 }, openAi, {});
    // gpt-4o: $2.50 per million input tokens, $10 per million output tokens.
    expect(priced?.usd).toBeCloseTo(0.0125, 6);
    expect(priced?.source).toBe(priceTableVersion);
  });

  it('charges cache reads at their own rate, not as input tokens', () => {
    const anthropic = { modelId: 'anthropic/claude-sonnet-4-5', providerType: 'anthropic', model: 'claude-sonnet-4-5' };
    const uncached = priceUsage({ inputTokens: 10_000, outputTokens: 0, totalTokens: 10_000 }, anthropic, {});
    const cached = priceUsage(
      { inputTokens: 0, outputTokens: 0, totalTokens: 10_000, cacheReadInputTokens: 10_000 },
      anthropic,
      {},
    );
    expect(uncached?.usd).toBeCloseTo(0.03, 6);
    // A tenth of the input price.
    expect(cached?.usd).toBeCloseTo(0.003, 6);
  });

  it("uses the operator's price for a model over the table's", () => {
    const overrides = { 'openai/gpt-4o': modelPriceSchema.parse({ input: 1, output: 2, cacheRead: 0.5 }) };
    const priced = priceUsage(
      { inputTokens: 1_000_000, outputTokens: 1_000_000, totalTokens: 2_000_000, cacheReadInputTokens: 1_000_000 },
      openAi,
      overrides,
    );
    expect(priced).toEqual({ usd: 3.5, source: 'prices' });
  });

  it('says nothing, never zero, for a model without a price', () => {
    const unknown = { modelId: 'ollama/llama3.2', providerType: 'openai', model: 'llama3.2-private-build' };
    expect(priceUsage({ inputTokens: 10, outputTokens: 10, totalTokens: 20 }, unknown, {})).toBeUndefined();
  });
});
