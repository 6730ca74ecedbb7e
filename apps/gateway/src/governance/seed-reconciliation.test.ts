import { describe, expect, it } from 'vitest';
import { governanceSchema } from '../config/governance-schema.js';
import type { GovernanceState } from './governance-records.js';
import { seedWrites } from './seed-reconciliation.js';
import { newVirtualKey } from './virtual-key-changes.js';

const now = '2026-12-02T00:00:00.000Z';
const seeds = (value: unknown) => governanceSchema.parse(value);
const empty: GovernanceState = { customers: [], teams: [], virtualKeys: [] };

describe('what the config file seeds, against what the store holds', () => {
  it('writes every seeded entity, owned by the file, keeping the time it was first created', () => {
    const before = newVirtualKey({ name: 'old' }, { id: 'checkout', secretHash: 'x', now: '2026-01-01T00:00:00.000Z' });
    const writes = seedWrites(
      { ...empty, virtualKeys: [before] },
      seeds({ virtualKeys: [{ id: 'checkout', name: 'checkout', secret: 'a-secret-of-16-chars' }] }),
      now,
    );
    expect(writes).toEqual([
      {
        put: 'virtualKey',
        record: expect.objectContaining({
          id: 'checkout',
          name: 'checkout',
          source: 'config',
          createdAt: before.createdAt,
        }),
      },
    ]);
  });

  it('deletes what the file seeded before and no longer lists, keys before teams before customers, and leaves the API’s alone', () => {
    const fromFile = { source: 'config' as const, createdAt: now, updatedAt: now };
    const state: GovernanceState = {
      customers: [{ id: 'gone-customer', name: 'c', ...fromFile }],
      teams: [{ id: 'gone-team', name: 't', ...fromFile }],
      virtualKeys: [
        { ...newVirtualKey({ name: 'k' }, { id: 'gone-key', secretHash: 'h1', now }), source: 'config' },
        newVirtualKey({ name: 'api' }, { id: 'made-by-api', secretHash: 'h2', now }),
      ],
    };
    expect(seedWrites(state, seeds({}), now)).toEqual([
      { delete: 'virtualKey', id: 'gone-key' },
      { delete: 'team', id: 'gone-team' },
      { delete: 'customer', id: 'gone-customer' },
    ]);
  });

  it('refuses a seed that breaks the API’s rules, saying where it is', () => {
    expect(() =>
      seedWrites(
        empty,
        seeds({
          customers: [{ id: 'acme', name: 'Acme' }],
          teams: [{ id: 'shop', name: 'Shop' }],
          virtualKeys: [{ id: 'k', name: 'k', secret: 'a-secret-of-16-chars', team_id: 'shop', customer_id: 'acme' }],
        }),
        now,
      ),
    ).toThrow(
      'governance.virtualKeys[0]: team_id and customer_id: a virtual key belongs to a team or to a customer, not both',
    );
    expect(() =>
      seedWrites(
        empty,
        seeds({ teams: [{ id: 'shop', name: 'Shop', budget: { max_limit: 0, reset_duration: '1d' } }] }),
        now,
      ),
    ).toThrow('governance.teams[0]: budget.max_limit: must be more than 0');
  });
});
