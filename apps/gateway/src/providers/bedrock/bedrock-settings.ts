import { z } from 'zod';
import { awsRegionSchema } from '../../config/aws-region.js';
import {
  type ConfiguredProvider,
  commonProviderFields,
  httpUrlSchema,
  secretSchema,
} from '../../config/provider-fields.js';

const defaultRegion = 'us-east-1';

/** `providers.<name>` with `type: bedrock`: Amazon Bedrock's Converse API, signed with SigV4 or a bearer token. */
export const bedrockSettingsSchema = z
  .strictObject({
    type: z.literal('bedrock'),
    region: awsRegionSchema.default(defaultRegion),
    /** Absent: Bedrock Runtime's endpoint in `region`. */
    baseUrl: httpUrlSchema.optional(),
    /** A Bedrock API key, sent as a bearer token instead of a SigV4 signature. */
    bearerToken: secretSchema.optional(),
    /** Absent: the AWS SDK's default credential chain (profiles, SSO, container and instance roles). */
    credentials: z
      .strictObject({ accessKeyId: secretSchema, secretAccessKey: secretSchema, sessionToken: secretSchema.optional() })
      .optional(),
    ...commonProviderFields,
  })
  .transform(({ baseUrl, ...settings }) => ({
    ...settings,
    baseUrl: baseUrl ?? `https://bedrock-runtime.${settings.region}.amazonaws.com`,
  }));

export type BedrockProviderSettings = ConfiguredProvider<z.output<typeof bedrockSettingsSchema>>;
