import { z } from 'zod';
import { wholeNumber } from './numbers.js';

/** How virtual keys, teams and customers (stored in the database) reach every replica. */
export const governanceSchema = z.strictObject({
  /**
   * How often each replica asks the database whether governance changed (one row read), and reloads when it did:
   * a write through another replica takes effect here within this time. A write through this replica takes effect
   * on the next request.
   */
  pollIntervalMs: wholeNumber()
    .min(100, { error: 'must be at least 100 (ms)' })
    .max(600_000, { error: 'must be at most 600000 (ms)' })
    .default(1000),
});

export type GovernanceSettings = z.output<typeof governanceSchema>;
