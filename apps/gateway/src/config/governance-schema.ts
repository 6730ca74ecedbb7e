import {
  CreateCustomerRequestSchema,
  CreateTeamRequestSchema,
  CreateVirtualKeyRequestSchema,
} from '@heimdall/spec/zod';
import { z } from 'zod';
import { wholeNumber } from './numbers.js';
import { secretSchema } from './provider-fields.js';

/** A seeded entity's id: fixed in the file, so that references between entities and across starts hold. */
const seedIdSchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/, {
  error: 'must be 1 to 200 letters, digits, ., _ or -, starting with a letter or digit',
});

/**
 * Virtual keys, teams and customers the config file owns, in the management API's own fields plus an `id` (and a
 * key's `secret`, best written `env.NAME`). At every start the store is made to match: the file's entities are
 * written over whatever the store has under their ids, and entities the file once seeded but no longer lists are
 * deleted. The management API cannot change or delete them.
 */
const seedsFields = {
  customers: z.array(CreateCustomerRequestSchema.extend({ id: seedIdSchema })).default([]),
  teams: z.array(CreateTeamRequestSchema.extend({ id: seedIdSchema })).default([]),
  virtualKeys: z
    .array(
      CreateVirtualKeyRequestSchema.extend({
        id: seedIdSchema,
        // Long enough not to be guessed; generated keys have 46 characters.
        secret: secretSchema.min(16, { error: 'must be at least 16 characters' }),
      }),
    )
    .default([]),
};

/** How virtual keys, teams and customers (stored in the database) reach every replica, and those the file seeds. */
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
  ...seedsFields,
});

export type GovernanceSettings = z.output<typeof governanceSchema>;
export type GovernanceSeeds = Pick<GovernanceSettings, 'customers' | 'teams' | 'virtualKeys'>;
