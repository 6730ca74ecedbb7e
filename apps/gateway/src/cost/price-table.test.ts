import { calcPrice } from '@pydantic/genai-prices';
import { describe, expect, it } from 'vitest';
import { tablePrice } from './price-table.js';

const models: [providerId: string, model: string][] = [
  ['openai', 'gpt-4o'],
  ['openai', 'gpt-4o-mini'],
  ['openai', 'gpt-4o-2024-08-06'],
  ['anthropic', 'claude-sonnet-4-5'],
  ['anthropic', 'claude-3-5-haiku-latest'],
  ['google', 'gemini-2.5-flash'],
  ['aws', 'anthropic.claude-3-5-sonnet-20240620-v1:0'],
  ['openai', 'a-model-no-table-has'],
];
const usages = [
  { input_tokens: 1_000, output_tokens: 200 },
  { input_tokens: 500_000, output_tokens: 10, cache_read_tokens: 400_000, cache_write_tokens: 50_000 },
  { input_tokens: 0, output_tokens: 0 },
];

describe('prices from the bundled table', () => {
  it('come out as the table itself prices them, on the first request for a model and on every later one', () => {
    for (const [providerId, model] of models) {
      for (let round = 0; round < 2; round++) {
        for (const usage of usages) {
          const expected = calcPrice(usage, model, { providerId });
          const priced = tablePrice(usage, model, providerId);
          expect(priced?.total_price, `${providerId}/${model}`).toBe(expected?.total_price);
          expect(priced?.model.id).toBe(expected?.model.id);
        }
      }
    }
  });
});
