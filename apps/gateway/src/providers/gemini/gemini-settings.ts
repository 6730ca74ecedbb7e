import { z } from 'zod';
import {
  type ConfiguredProvider,
  commonProviderFields,
  httpUrlSchema,
  upstreamKeyFields,
  upstreamKeys,
} from '../../config/provider-fields.js';

/** `providers.<name>` with `type: gemini`: Google's Gemini API (`generativelanguage.googleapis.com`). */
export const geminiSettingsSchema = z
  .strictObject({
    type: z.literal('gemini'),
    /**
     * The origin, without the version segment: the adapter adds `/v1beta/models/…`.
     * @see https://ai.google.dev/api#endpoints
     */
    baseUrl: httpUrlSchema.default('https://generativelanguage.googleapis.com'),
    ...upstreamKeyFields,
    ...commonProviderFields,
  })
  .transform(({ apiKey, keys, ...settings }) => ({ ...settings, keys: upstreamKeys({ apiKey, keys }) }));

export type GeminiProviderSettings = ConfiguredProvider<z.output<typeof geminiSettingsSchema>>;
