import type { Budget, ProviderConfig, RateLimit } from '@heimdall/spec';
import type { Insertable, Selectable } from 'kysely';
import type { CustomerRecord, EntitySource, LimitFields, TeamRecord, VirtualKeyRecord } from './governance-records.js';
import type { GovernanceTables } from './governance-tables.js';

type Row<Table extends keyof GovernanceTables> = Selectable<GovernanceTables[Table]>;
type NewRow<Table extends keyof GovernanceTables> = Insertable<GovernanceTables[Table]>;

interface StoredLimits {
  budget?: Budget;
  rate_limit?: RateLimit;
}

interface StoredPolicy {
  allowed_providers: string[];
  denied_providers: string[];
  allowed_models: string[];
  denied_models: string[];
  provider_configs: ProviderConfig[];
  tags: string[];
}

const limitsText = ({ budget, rateLimit }: LimitFields) =>
  JSON.stringify({ ...(budget && { budget }), ...(rateLimit && { rate_limit: rateLimit }) } satisfies StoredLimits);

function limitsFrom(text: string): LimitFields {
  const stored = JSON.parse(text) as StoredLimits;
  return { budget: stored.budget, rateLimit: stored.rate_limit };
}

const orUndefined = <T>(value: T | null) => value ?? undefined;

export const customerRow = (record: CustomerRecord): NewRow<'governance_customers'> => ({
  id: record.id,
  name: record.name,
  limits: limitsText(record),
  source: record.source,
  created_at: record.createdAt,
  updated_at: record.updatedAt,
});

export const customerFromRow = (row: Row<'governance_customers'>): CustomerRecord => ({
  id: row.id,
  name: row.name,
  ...limitsFrom(row.limits),
  source: row.source as EntitySource,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

export const teamRow = (record: TeamRecord): NewRow<'governance_teams'> => ({
  id: record.id,
  name: record.name,
  customer_id: record.customerId ?? null,
  limits: limitsText(record),
  source: record.source,
  created_at: record.createdAt,
  updated_at: record.updatedAt,
});

export const teamFromRow = (row: Row<'governance_teams'>): TeamRecord => ({
  id: row.id,
  name: row.name,
  customerId: orUndefined(row.customer_id),
  ...limitsFrom(row.limits),
  source: row.source as EntitySource,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

export const virtualKeyRow = (record: VirtualKeyRecord): NewRow<'governance_virtual_keys'> => ({
  id: record.id,
  name: record.name,
  description: record.description,
  secret_hash: record.secretHash,
  is_active: record.isActive ? 1 : 0,
  expires_at: record.expiresAt ?? null,
  team_id: record.teamId ?? null,
  customer_id: record.customerId ?? null,
  policy: JSON.stringify({
    allowed_providers: record.allowedProviders,
    denied_providers: record.deniedProviders,
    allowed_models: record.allowedModels,
    denied_models: record.deniedModels,
    provider_configs: record.providerConfigs,
    tags: record.tags,
  } satisfies StoredPolicy),
  limits: limitsText(record),
  log_bodies: record.logBodies ? 1 : 0,
  source: record.source,
  created_at: record.createdAt,
  updated_at: record.updatedAt,
});

export function virtualKeyFromRow(row: Row<'governance_virtual_keys'>): VirtualKeyRecord {
  const policy = JSON.parse(row.policy) as StoredPolicy;
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    secretHash: row.secret_hash,
    // PostgreSQL and SQLite both hand integers back as numbers here; 1 is the only true.
    isActive: Number(row.is_active) === 1,
    expiresAt: orUndefined(row.expires_at),
    teamId: orUndefined(row.team_id),
    customerId: orUndefined(row.customer_id),
    allowedProviders: policy.allowed_providers,
    deniedProviders: policy.denied_providers,
    allowedModels: policy.allowed_models,
    deniedModels: policy.denied_models,
    providerConfigs: policy.provider_configs,
    tags: policy.tags,
    ...limitsFrom(row.limits),
    logBodies: Number(row.log_bodies) === 1,
    source: row.source as EntitySource,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
