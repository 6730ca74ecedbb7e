import { z } from 'zod';
import {
  type ConfiguredProvider,
  commonProviderFields,
  httpUrlSchema,
  upstreamKeyFields,
  upstreamKeys,
} from '../../config/provider-fields.js';

/** `providers.<name>` with `type: openai`: OpenAI, or any server that speaks its Chat Completions API. */
export const openAiSettingsSchema = z
  .strictObject({
    type: z.literal('openai'),
    /** Includes the version segment, e.g. `https://api.openai.com/v1`. */
    baseUrl: httpUrlSchema.default('https://api.openai.com/v1'),
    ...upstreamKeyFields,
    ...commonProviderFields,
  })
  .transform(({ apiKey, keys, ...settings }) => ({ ...settings, keys: upstreamKeys({ apiKey, keys }) }));

export type OpenAiProviderSettings = ConfiguredProvider<z.output<typeof openAiSettingsSchema>>;
