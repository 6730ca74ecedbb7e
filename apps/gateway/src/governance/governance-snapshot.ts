import type { KeyPresentation, Principal, PrincipalGroup } from '../auth/principal.js';
import type { LimitScope } from '../config/limits-schema.js';
import type { CustomerRecord, GovernanceState, TeamRecord, VirtualKeyRecord } from './governance-records.js';
import { hasLimits, limitsOf } from './limits-mapping.js';
import { hashVirtualKeySecret } from './virtual-key-secret.js';

/** The levels a stored key is metered against, with their records: the key, then its team, then the customer. */
export interface KeyHierarchy {
  key: VirtualKeyRecord;
  team?: TeamRecord | undefined;
  /** The key's own customer, or its team's. */
  customer?: CustomerRecord | undefined;
}

const groupOf = (record: { id: string; name: string } | undefined): PrincipalGroup | undefined =>
  record && { id: record.id, name: record.name };

/**
 * The governance state held in memory, indexed for the request path: a presented secret is hashed once and looked
 * up, never compared against every key. Immutable; a change in the store builds a new one.
 */
export class GovernanceSnapshot {
  readonly #keysByHash: ReadonlyMap<string, VirtualKeyRecord>;
  readonly #teams: ReadonlyMap<string, TeamRecord>;
  readonly #customers: ReadonlyMap<string, CustomerRecord>;

  constructor(readonly state: GovernanceState) {
    this.#keysByHash = new Map(state.virtualKeys.map((key) => [key.secretHash, key]));
    this.#teams = new Map(state.teams.map((team) => [team.id, team]));
    this.#customers = new Map(state.customers.map((customer) => [customer.id, customer]));
  }

  /** Whether any virtual key is stored: from the first one on, the gateway is no longer open to anyone. */
  get hasKeys(): boolean {
    return this.#keysByHash.size > 0;
  }

  /** The stored key whose secret this is, with its team and customer. */
  findBySecret(secret: string): KeyHierarchy | undefined {
    const key = this.#keysByHash.get(hashVirtualKeySecret(secret));
    return key && this.hierarchyOf(key);
  }

  hierarchyOf(key: VirtualKeyRecord): KeyHierarchy {
    const team = key.teamId === undefined ? undefined : this.#teams.get(key.teamId);
    const customerId = key.customerId ?? team?.customerId;
    const customer = customerId === undefined ? undefined : this.#customers.get(customerId);
    return { key, team, customer };
  }
}

/** Every scope with a limit, the key's own first: what the limits engine meters the key's requests against. */
export function limitScopesOf({ key, team, customer }: KeyHierarchy): LimitScope[] {
  const scopes: LimitScope[] = [
    { kind: 'key', id: key.id, name: key.name, limits: limitsOf(key) },
    ...(team ? [{ kind: 'team' as const, id: team.id, name: team.name, limits: limitsOf(team) }] : []),
    ...(customer
      ? [{ kind: 'customer' as const, id: customer.id, name: customer.name, limits: limitsOf(customer) }]
      : []),
  ];
  return scopes.filter((scope) => hasLimits(scope.limits));
}

/** The principal of a stored key: its id and name, policy, team, customer, limits, tags and body logging. */
export function principalOfStoredKey(hierarchy: KeyHierarchy, presentedAs: KeyPresentation): Principal {
  const { key, team, customer } = hierarchy;
  return {
    kind: 'gateway-key',
    keyId: key.id,
    keyName: key.name,
    presentedAs,
    policy: {
      active: key.isActive,
      expiresAt: key.expiresAt,
      providers: { allow: key.allowedProviders, deny: key.deniedProviders },
      models: { allow: key.allowedModels, deny: key.deniedModels },
      // Stored keys are limited through their scopes, not the per-minute limits of configured keys.
      rateLimits: {},
    },
    team: groupOf(team),
    customer: groupOf(customer),
    limitScopes: limitScopesOf(hierarchy),
    logBodies: key.logBodies,
    tags: key.tags,
    providerConfigs: key.providerConfigs.map((config) => ({
      provider: config.provider,
      weight: config.weight ?? 1,
      allowedModels: config.allowed_models ?? [],
    })),
  };
}
