import { z } from 'zod';
import { wholeNumber } from './numbers.js';

/** What the gateway does with a request when Redis, holding the counters, cannot be reached. */
export const failModes = ['closed', 'open', 'split'] as const;
export type FailMode = (typeof failModes)[number];

/**
 * Where budget and rate-limit counters live and how their windows run. Without `redisUrl` this process keeps them in
 * memory (exact for one replica); with it every replica shares them in Redis.
 */
export const countersSchema = z.strictObject({
  /**
   * `redis://[user:password@]host:port[/db]` or `rediss://…`: counters shared by every replica, and with them routing's
   * cool-downs and least-busy in-flight counts.
   */
  redisUrl: z
    .url({ protocol: /^rediss?$/, error: 'must be a redis:// or rediss:// URL, e.g. redis://127.0.0.1:6379' })
    .optional(),
  /**
   * With Redis unreachable: `closed` refuses metered requests with a 503, `open` lets them through unmetered, `split`
   * has each replica enforce its share of every limit (limit ÷ `replicas`) in its own memory until Redis is back.
   */
  failMode: z.enum(failModes, { error: `must be one of ${failModes.join(', ')}` }).default('closed'),
  /** How many replicas share the limits, for the `split` fail mode. */
  replicas: wholeNumber().positive({ error: 'must be a positive whole number' }).default(1),
  /** `calendar`: windows aligned to the UTC clock and calendar; `rolling`: a window starts with its first request. */
  windows: z.enum(['calendar', 'rolling'], { error: 'must be calendar or rolling' }).default('calendar'),
  /** How long a reservation holds its counters unless settled; longer than any request may stream. */
  leaseMs: wholeNumber().positive({ error: 'must be a positive whole number of milliseconds' }).default(900_000),
});

export type CounterSettings = z.output<typeof countersSchema>;
