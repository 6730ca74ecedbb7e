import type { GovernanceSeeds } from '../config/governance-schema.js';
import type { CustomerRecord, GovernanceState, TeamRecord, VirtualKeyRecord } from './governance-records.js';
import type { GovernanceWrite } from './governance-store.js';
import { checkLimitFields } from './limits-mapping.js';
import { newVirtualKey } from './virtual-key-changes.js';
import { hashVirtualKeySecret } from './virtual-key-secret.js';

/** A seed the store cannot take, named by where it is in the config file. */
export class SeedProblem extends Error {
  constructor(where: string, problem: string) {
    super(`governance.${where}: ${problem}`);
    this.name = 'SeedProblem';
  }
}

/** The store's creation time of an entity, kept across starts; now for a new one. */
const createdAt = (existing: { createdAt: string } | undefined, now: string) => existing?.createdAt ?? now;

/**
 * The writes that make the store match the config file: every seeded entity written (the file wins over an entity
 * the API made under the same id), and every entity the file seeded before but lists no more deleted. Entities the
 * API made are left alone. References are checked against the file and the store together.
 */
export function seedWrites(state: GovernanceState, seeds: GovernanceSeeds, now: string): GovernanceWrite[] {
  const byId = <T extends { id: string }>(list: readonly T[]) => new Map(list.map((entry) => [entry.id, entry]));
  const [customers, teams, keys] = [byId(state.customers), byId(state.teams), byId(state.virtualKeys)];
  const customerIds = new Set([...customers.keys(), ...seeds.customers.map((seed) => seed.id)]);
  const teamIds = new Set([...teams.keys(), ...seeds.teams.map((seed) => seed.id)]);
  const writes: GovernanceWrite[] = [];

  for (const [index, { id, name, budget, rate_limit }] of seeds.customers.entries()) {
    const record: CustomerRecord = {
      id,
      name,
      budget,
      rateLimit: rate_limit,
      source: 'config',
      createdAt: createdAt(customers.get(id), now),
      updatedAt: now,
    };
    checkSeed(`customers[${index}]`, () => checkLimitFields(record));
    writes.push({ put: 'customer', record });
  }
  for (const [index, { id, name, customer_id, budget, rate_limit }] of seeds.teams.entries()) {
    if (customer_id !== undefined && !customerIds.has(customer_id)) {
      throw new SeedProblem(`teams[${index}].customer_id`, `no customer has the id ${customer_id}`);
    }
    const record: TeamRecord = {
      id,
      name,
      customerId: customer_id,
      budget,
      rateLimit: rate_limit,
      source: 'config',
      createdAt: createdAt(teams.get(id), now),
      updatedAt: now,
    };
    checkSeed(`teams[${index}]`, () => checkLimitFields(record));
    writes.push({ put: 'team', record });
  }
  for (const [index, { id, secret, ...body }] of seeds.virtualKeys.entries()) {
    if (body.team_id !== undefined && !teamIds.has(body.team_id)) {
      throw new SeedProblem(`virtualKeys[${index}].team_id`, `no team has the id ${body.team_id}`);
    }
    if (body.customer_id !== undefined && !customerIds.has(body.customer_id)) {
      throw new SeedProblem(`virtualKeys[${index}].customer_id`, `no customer has the id ${body.customer_id}`);
    }
    const record: VirtualKeyRecord = checkSeed(`virtualKeys[${index}]`, () =>
      newVirtualKey(body, { id, secretHash: hashVirtualKeySecret(secret), now, source: 'config' }),
    );
    writes.push({ put: 'virtualKey', record: { ...record, createdAt: createdAt(keys.get(id), now) } });
  }

  const idsOf = (list: readonly { id: string }[]) => new Set(list.map((seed) => seed.id));
  const stale = [
    ...dropped('customer', state.customers, idsOf(seeds.customers)),
    ...dropped('team', state.teams, idsOf(seeds.teams)),
    ...dropped('virtualKey', state.virtualKeys, idsOf(seeds.virtualKeys)),
  ];
  // Keys first, then teams, then customers: nothing is left pointing at a deleted entity along the way.
  return [...writes, ...stale.reverse()];
}

function dropped(
  kind: 'customer' | 'team' | 'virtualKey',
  stored: readonly { id: string; source: string }[],
  seeded: ReadonlySet<string>,
): GovernanceWrite[] {
  return stored
    .filter((entry) => entry.source === 'config' && !seeded.has(entry.id))
    .map((entry) => ({ delete: kind, id: entry.id }));
}

/** Runs a check of the management API on a seed, its message prefixed with where the seed is. */
function checkSeed<T>(where: string, check: () => T): T {
  try {
    return check();
  } catch (error) {
    throw new SeedProblem(where, (error as Error).message);
  }
}
