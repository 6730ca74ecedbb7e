import { z } from 'zod';

const dollarsPerMillion = z.number({ error: 'must be a number of US dollars per million tokens' }).nonnegative({
  error: 'must not be negative',
});

/**
 * An operator's own price for a model, in US dollars per million tokens, which wins over the bundled price table:
 * for a negotiated rate, a self-hosted model, or a model the table does not know. Cache reads and writes default to
 * the input price.
 */
export const modelPriceSchema = z.strictObject({
  input: dollarsPerMillion,
  output: dollarsPerMillion,
  cacheRead: dollarsPerMillion.optional(),
  cacheWrite: dollarsPerMillion.optional(),
});

/** Prices by model id as clients name it (`openai/gpt-4o`, a Bedrock id) or as `provider/model`. */
export const pricesSchema = z.record(z.string().min(1, { error: 'must not be empty' }), modelPriceSchema).default({});

export type ModelPrice = z.output<typeof modelPriceSchema>;
