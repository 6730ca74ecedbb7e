import type { Customer, ScopedBudget, ScopedRateLimit, Team, VirtualKey, VirtualKeyQuota } from '@heimdall/spec';
import type { CustomerRecord, LimitFields, TeamRecord, VirtualKeyRecord } from './governance-records.js';
import type { KeyHierarchy } from './governance-snapshot.js';

/** `budget` and `rate_limit`, each only when set. */
const limitsView = ({ budget, rateLimit }: LimitFields) => ({
  ...(budget && { budget }),
  ...(rateLimit && { rate_limit: rateLimit }),
});

/** A stored key as the management API shows it: everything but the secret, which it no longer has. */
export const virtualKeyView = (key: VirtualKeyRecord): VirtualKey => ({
  id: key.id,
  name: key.name,
  description: key.description,
  is_active: key.isActive,
  ...(key.expiresAt !== undefined && { expires_at: key.expiresAt }),
  ...(key.teamId !== undefined && { team_id: key.teamId }),
  ...(key.customerId !== undefined && { customer_id: key.customerId }),
  allowed_providers: key.allowedProviders,
  denied_providers: key.deniedProviders,
  allowed_models: key.allowedModels,
  denied_models: key.deniedModels,
  provider_configs: key.providerConfigs,
  tags: key.tags,
  log_bodies: key.logBodies,
  ...limitsView(key),
  source: key.source,
  created_at: key.createdAt,
  updated_at: key.updatedAt,
});

export const teamView = (team: TeamRecord): Team => ({
  id: team.id,
  name: team.name,
  ...(team.customerId !== undefined && { customer_id: team.customerId }),
  ...limitsView(team),
  source: team.source,
  created_at: team.createdAt,
  updated_at: team.updatedAt,
});

export const customerView = (customer: CustomerRecord): Customer => ({
  id: customer.id,
  name: customer.name,
  ...limitsView(customer),
  source: customer.source,
  created_at: customer.createdAt,
  updated_at: customer.updatedAt,
});

/** What limits a key, level by level: the key's own first, then its team's, then its customer's. */
export function quotaView({ key, team, customer }: KeyHierarchy): VirtualKeyQuota {
  const levels = [
    { scope: 'virtual_key' as const, record: key },
    ...(team ? [{ scope: 'team' as const, record: team }] : []),
    ...(customer ? [{ scope: 'customer' as const, record: customer }] : []),
  ];
  const budgets: ScopedBudget[] = levels.flatMap(({ scope, record }) =>
    record.budget ? [{ scope, id: record.id, name: record.name, ...record.budget }] : [],
  );
  const rateLimits: ScopedRateLimit[] = levels.flatMap(({ scope, record }) =>
    record.rateLimit ? [{ scope, id: record.id, name: record.name, ...record.rateLimit }] : [],
  );
  for (const [index, config] of key.providerConfigs.entries()) {
    const id = `${key.id}/${config.provider}`;
    if (config.budget)
      budgets.push({ scope: 'provider_config', id, name: `${config.provider} (#${index + 1})`, ...config.budget });
    if (config.rate_limit)
      rateLimits.push({
        scope: 'provider_config',
        id,
        name: `${config.provider} (#${index + 1})`,
        ...config.rate_limit,
      });
  }
  return {
    virtual_key_id: key.id,
    virtual_key_name: key.name,
    is_active: key.isActive,
    ...(key.expiresAt !== undefined && { expires_at: key.expiresAt }),
    budgets,
    rate_limits: rateLimits,
  };
}
