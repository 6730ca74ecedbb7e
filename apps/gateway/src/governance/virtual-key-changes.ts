import { ValidationException } from '@heimdall/eventstream';
import type { CreateVirtualKeyRequest, UpdateVirtualKeyRequest } from '@heimdall/spec';
import type { VirtualKeyRecord } from './governance-records.js';
import { checkLimitFields } from './limits-mapping.js';

/** Refuses a key that would belong to a team and a customer at once, or with meaningless limits. */
export function checkVirtualKey(key: VirtualKeyRecord): void {
  if (key.teamId !== undefined && key.customerId !== undefined) {
    throw new ValidationException({
      message:
        'team_id and customer_id: a virtual key belongs to a team or to a customer, not both (a team may itself belong to a customer)',
    });
  }
  checkLimitFields(key);
  for (const [index, config] of key.providerConfigs.entries()) {
    checkLimitFields({ budget: config.budget, rateLimit: config.rate_limit }, `provider_configs[${index}].`);
  }
}

/** A new key's record from the request that creates it. */
export function newVirtualKey(
  body: CreateVirtualKeyRequest,
  { id, secretHash, now, source = 'api' }: { id: string; secretHash: string; now: string; source?: 'api' | 'config' },
): VirtualKeyRecord {
  const key: VirtualKeyRecord = {
    id,
    name: body.name,
    description: body.description ?? '',
    secretHash,
    isActive: body.is_active ?? true,
    expiresAt: body.expires_at,
    teamId: body.team_id,
    customerId: body.customer_id,
    allowedProviders: body.allowed_providers ?? [],
    deniedProviders: body.denied_providers ?? [],
    allowedModels: body.allowed_models ?? [],
    deniedModels: body.denied_models ?? [],
    providerConfigs: body.provider_configs ?? [],
    tags: body.tags ?? [],
    logBodies: body.log_bodies ?? false,
    budget: body.budget,
    rateLimit: body.rate_limit,
    source,
    createdAt: now,
    updatedAt: now,
  };
  checkVirtualKey(key);
  return key;
}

const nullToUndefined = <T>(value: T | null | undefined, current: T | undefined) =>
  value === undefined ? current : (value ?? undefined);

/** The key with the fields the update names changed (`null` clearing one), and the others as they were. */
export function updatedVirtualKey(key: VirtualKeyRecord, body: UpdateVirtualKeyRequest, now: string): VirtualKeyRecord {
  const updated: VirtualKeyRecord = {
    ...key,
    name: body.name ?? key.name,
    description: body.description ?? key.description,
    isActive: body.is_active ?? key.isActive,
    expiresAt: nullToUndefined(body.expires_at, key.expiresAt),
    teamId: nullToUndefined(body.team_id, key.teamId),
    customerId: nullToUndefined(body.customer_id, key.customerId),
    allowedProviders: body.allowed_providers ?? key.allowedProviders,
    deniedProviders: body.denied_providers ?? key.deniedProviders,
    allowedModels: body.allowed_models ?? key.allowedModels,
    deniedModels: body.denied_models ?? key.deniedModels,
    providerConfigs: body.provider_configs ?? key.providerConfigs,
    tags: body.tags ?? key.tags,
    logBodies: body.log_bodies ?? key.logBodies,
    budget: nullToUndefined(body.budget, key.budget),
    rateLimit: nullToUndefined(body.rate_limit, key.rateLimit),
    updatedAt: now,
  };
  checkVirtualKey(updated);
  return updated;
}
