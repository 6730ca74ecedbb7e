import type { QuotaScope, ScopedBudget, ScopedRateLimit, VirtualKeyQuota } from '@heimdall/spec';
import type { LimitScope } from '../config/limits-schema.js';

/** The quota's name for each kind of limit scope. */
export const quotaScopeOf: Readonly<Record<LimitScope['kind'], QuotaScope>> = {
  key: 'virtual_key',
  team: 'team',
  customer: 'customer',
  'provider-config': 'provider_config',
};

/**
 * The quota of a key from the configuration file, which the governance store does not hold: its budgets and its
 * request and token limits, from the scopes it is metered against.
 */
export function configuredKeyQuota(
  key: { id: string; name: string; active: boolean },
  scopes: readonly LimitScope[],
): VirtualKeyQuota {
  const budgets: ScopedBudget[] = [];
  const rateLimits: ScopedRateLimit[] = [];
  for (const scope of scopes) {
    const named = {
      scope: quotaScopeOf[scope.kind],
      id: scope.id,
      ...(scope.name !== undefined && { name: scope.name }),
    };
    const { budget, requests, tokens } = scope.limits;
    if (budget) budgets.push({ ...named, max_limit: budget.maxUsd, reset_duration: budget.resetPeriod });
    if (requests || tokens) {
      rateLimits.push({
        ...named,
        ...(tokens && { token_max_limit: tokens.max, token_reset_duration: tokens.resetPeriod }),
        ...(requests && { request_max_limit: requests.max, request_reset_duration: requests.resetPeriod }),
      });
    }
  }
  return {
    virtual_key_id: key.id,
    virtual_key_name: key.name,
    is_active: key.active,
    budgets,
    rate_limits: rateLimits,
  };
}
