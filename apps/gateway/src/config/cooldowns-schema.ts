import { z } from 'zod';
import { positiveMilliseconds, wholeNumber } from './numbers.js';

/**
 * When a target (a provider and model) is set aside: after `failures` upstream failures within `windowMs`, for
 * `cooldownMs`; or at once for the `retry-after` of a 429, up to `maxRetryAfterMs`. Its first attempt after a
 * cool-down is a probe: a failure sets it aside again at once, a success clears it.
 */
export const cooldownsSchema = z.strictObject({
  /** `false` turns cool-downs off: every target is always tried in its route's order. */
  enabled: z.boolean({ error: 'must be true or false' }).default(true),
  failures: wholeNumber().positive({ error: 'must be a positive whole number' }).default(3),
  windowMs: positiveMilliseconds().default(30_000),
  cooldownMs: positiveMilliseconds().default(30_000),
  maxRetryAfterMs: positiveMilliseconds().default(300_000),
});

export type CooldownSettings = z.output<typeof cooldownsSchema>;
