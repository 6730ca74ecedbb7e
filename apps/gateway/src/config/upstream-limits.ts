import { z } from 'zod';
import { milliseconds, positiveMilliseconds, wholeNumber } from './numbers.js';

/** More retries than this only delay the fallback, or the error, that the client is waiting for. */
export const maxRetriesLimit = 10;

const retryCount = () =>
  wholeNumber()
    .min(0, { error: 'must be zero or more' })
    .max(maxRetriesLimit, { error: `must be at most ${maxRetriesLimit}` });

/**
 * Time limits of an upstream, in milliseconds. Generous by default: reasoning models may think for minutes before
 * their first token.
 */
export const timeoutsSchema = z.strictObject({
  /** From sending the request to the first byte of the reply body. */
  firstByteMs: positiveMilliseconds().default(120_000),
  /** Between two chunks of the reply body. */
  idleMs: positiveMilliseconds().default(60_000),
});

/** Retries of 429, 5xx and network errors, before any fallback. */
export const retriesSchema = z.strictObject({
  /** Retries after the first attempt. */
  max: retryCount().default(2),
  /** The first backoff; each retry doubles it, with full jitter, up to `maxDelayMs`. */
  baseDelayMs: milliseconds().default(250),
  maxDelayMs: milliseconds().default(8_000),
});

/** A provider's own time limits: what it leaves out comes from the gateway-wide `timeouts`. */
export const providerTimeoutsSchema = z.strictObject({
  firstByteMs: positiveMilliseconds().optional(),
  idleMs: positiveMilliseconds().optional(),
});

/** A provider's own retries: what it leaves out comes from the gateway-wide `retries`. */
export const providerRetriesSchema = z.strictObject({
  max: retryCount().optional(),
  baseDelayMs: milliseconds().optional(),
  maxDelayMs: milliseconds().optional(),
});

export type TimeoutSettings = z.output<typeof timeoutsSchema>;
export type RetrySettings = z.output<typeof retriesSchema>;
