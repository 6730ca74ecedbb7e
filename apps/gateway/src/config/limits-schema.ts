import { z } from 'zod';
import { wholeNumber } from './numbers.js';

/**
 * A period a counter resets after: a whole number and a unit — `s`, `m` (minutes), `h`, `d`, `w`, `M` (months),
 * `Y` (years), e.g. `1m`, `1h`, `1d`, `1M`.
 */
export const resetPeriodSchema = z
  .string()
  .regex(/^[1-9]\d*(s|m|h|d|w|M|Y)$/, { error: 'must be a period such as 1m, 1h, 1d, 1w, 1M or 1Y' });

export type ResetPeriod = z.output<typeof resetPeriodSchema>;

const positiveWhole = () => wholeNumber().positive({ error: 'must be a positive whole number' });

/** A cap on a count within a period. */
const windowLimitSchema = z.strictObject({ max: positiveWhole(), resetPeriod: resetPeriodSchema });

/**
 * What one scope may use — a key, its team or customer, or one of the key's provider configs. Every limit is
 * optional; a request is checked against the limits of every scope it belongs to at once.
 */
export const limitsSchema = z.strictObject({
  /** A spending cap in US dollars, from each request's cost. */
  budget: z
    .strictObject({
      maxUsd: z.number({ error: 'must be a number of US dollars' }).positive({ error: 'must be more than 0' }),
      resetPeriod: resetPeriodSchema,
    })
    .optional(),
  requests: windowLimitSchema.optional(),
  /** Input and output tokens together. */
  tokens: windowLimitSchema.optional(),
  inputTokens: windowLimitSchema.optional(),
  outputTokens: windowLimitSchema.optional(),
  /** Streams (and non-streaming requests) in flight at once. */
  concurrentStreams: positiveWhole().optional(),
});

export type Limits = z.output<typeof limitsSchema>;
export type WindowLimit = z.output<typeof windowLimitSchema>;

/** One level of the hierarchy a request is metered against. */
export interface LimitScope {
  readonly kind: 'key' | 'team' | 'customer' | 'provider-config';
  /** The scope's id: a key id, team id, customer id, or `<key id>/<provider config name>`. */
  readonly id: string;
  readonly name?: string | undefined;
  readonly limits: Limits;
}
