import { z } from 'zod';

/** An AWS region name, e.g. `us-east-1`; a typo here would only show as every signature failing. */
export const awsRegionSchema = z
  .string()
  .regex(/^[a-z]{2}(-[a-z]+)+-\d+$/, { error: 'must be an AWS region, e.g. us-east-1 or eu-west-1' });
