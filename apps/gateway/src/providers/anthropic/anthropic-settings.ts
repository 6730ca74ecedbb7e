import { z } from 'zod';
import { wholeNumber } from '../../config/numbers.js';
import {
  type ConfiguredProvider,
  commonProviderFields,
  httpUrlSchema,
  upstreamKeyFields,
  upstreamKeys,
} from '../../config/provider-fields.js';

/** `providers.<name>` with `type: anthropic`: Anthropic's Messages API. */
export const anthropicSettingsSchema = z
  .strictObject({
    type: z.literal('anthropic'),
    baseUrl: httpUrlSchema.default('https://api.anthropic.com'),
    /** @see https://docs.anthropic.com/en/api/versioning */
    version: z.string().min(1, { error: 'must not be empty' }).default('2023-06-01'),
    /** Anthropic requires `max_tokens`; this is sent when the request has no `inferenceConfig.maxTokens`. */
    defaultMaxTokens: wholeNumber().positive({ error: 'must be more than 0' }).default(4096),
    ...upstreamKeyFields,
    ...commonProviderFields,
  })
  .transform(({ apiKey, keys, ...settings }) => ({ ...settings, keys: upstreamKeys({ apiKey, keys }) }));

export type AnthropicProviderSettings = ConfiguredProvider<z.output<typeof anthropicSettingsSchema>>;
