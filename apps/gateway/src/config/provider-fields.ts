import { z } from 'zod';
import {
  providerRetriesSchema,
  providerTimeoutsSchema,
  type RetrySettings,
  type TimeoutSettings,
} from './upstream-limits.js';

/**
 * A secret (an upstream key, a token). In the config file it may be written `env.NAME` to come from the
 * environment; that is resolved before this schema sees it, and no error message ever repeats the value.
 */
export const secretSchema = z.string().min(1, { error: 'must not be empty' });

/** An upstream's base URL. */
export const httpUrlSchema = z.url({
  protocol: /^https?$/,
  error: 'must be an http:// or https:// URL, e.g. https://api.example.com/v1',
});

/** An upstream key and its share of the traffic. */
export const weightedKeySchema = z.strictObject({
  key: secretSchema,
  weight: z.number().positive({ error: 'must be more than 0' }).default(1),
});
export type WeightedKey = z.output<typeof weightedKeySchema>;

/**
 * The fields every provider has, spread into each provider's settings schema: its own time limits and retries
 * (the rest comes from the gateway-wide ones), and extra headers sent upstream with every request (e.g. an
 * organisation id).
 */
export const commonProviderFields = {
  timeouts: providerTimeoutsSchema.optional(),
  retries: providerRetriesSchema.optional(),
  headers: z.record(z.string(), z.string()).default({}),
};

/** For providers with API keys: one `apiKey`, or several `keys` that share the traffic by weight. */
export const upstreamKeyFields = {
  apiKey: secretSchema.optional(),
  keys: z.array(weightedKeySchema).min(1, { error: 'must list at least one key' }).optional(),
};

/** The keys a provider sends: `keys` as written, else `apiKey` alone, else none (a server without auth). */
export function upstreamKeys({ apiKey, keys }: { apiKey?: string | undefined; keys?: WeightedKey[] | undefined }) {
  return keys ?? (apiKey === undefined ? [] : [{ key: apiKey, weight: 1 }]);
}

/**
 * A provider's settings as its adapter receives them: what its schema produced, with the name clients use as the
 * model prefix (`groq` in `groq/llama-3.3-70b`) and complete time limits and retries. Distributes over a union, so
 * each provider type keeps its own fields.
 */
export type ConfiguredProvider<Parsed> = Parsed extends unknown
  ? Omit<Parsed, 'timeouts' | 'retries'> & { name: string; timeouts: TimeoutSettings; retries: RetrySettings }
  : never;
