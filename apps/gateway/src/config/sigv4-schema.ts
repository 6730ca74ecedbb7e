import { z } from 'zod';
import { awsRegionSchema } from './aws-region.js';

/**
 * How the gateway checks requests that clients sign with AWS SigV4 using a gateway key: the credential scope must
 * name this region and service, as AWS requires of its own endpoints. The defaults are what a Bedrock Runtime SDK
 * signs for in the region most clients name.
 */
export const sigV4Schema = z.strictObject({
  /** The region clients must sign for (their SDK's `region`). */
  region: awsRegionSchema.default('us-east-1'),
  /** The service clients must sign for: `bedrock`, as the Bedrock Runtime SDKs do. */
  service: z
    .string()
    .regex(/^[a-z0-9-]+$/, { error: 'must be an AWS service name as clients sign it, e.g. bedrock' })
    .default('bedrock'),
  /** Accept `x-amz-content-sha256: UNSIGNED-PAYLOAD`, a body no signature covers. */
  allowUnsignedPayload: z.boolean().default(false),
});

export type SigV4Settings = z.output<typeof sigV4Schema>;
