import type { ScopedBudget, ScopedRateLimit, VirtualKeyQuota } from '@heimdall/spec';
import type { LimitScope } from '../config/limits-schema.js';
import { type CounterState, type CounterStore, CounterStoreUnavailable } from '../limits/counter-store.js';
import { claimsOf, microUsdPerUsd, noUsage, type ScopedClaim, tagOfScope } from '../limits/scope-claims.js';
import { quotaScopeOf } from './configured-key-quota.js';

const isoOf = (time: number | undefined) => (time === undefined ? undefined : new Date(time).toISOString());

/**
 * The quota with each limit's use in its current window, read from the counters the limit hook reserves on: the same
 * claims (`claimsOf`) under the same tag, so the figures are the ones the next request is checked against. A store
 * that cannot be read leaves the quota as configured, without figures, rather than failing the call.
 */
export async function quotaWithUsage(
  quota: VirtualKeyQuota,
  scopes: readonly LimitScope[],
  store: CounterStore,
): Promise<VirtualKeyQuota> {
  const read: { claim: ScopedClaim; state: CounterState }[] = [];
  try {
    for (const scope of scopes) {
      const claims = claimsOf([scope], noUsage);
      const states = await store.usage({ tag: tagOfScope(scopes, scope), claims });
      claims.forEach((claim, index) => {
        const state = states[index];
        if (state) read.push({ claim, state });
      });
    }
  } catch (error) {
    if (error instanceof CounterStoreUnavailable) return quota;
    throw error;
  }
  const find = (entry: ScopedBudget | ScopedRateLimit, measure: ScopedClaim['measure']) =>
    read.find(
      ({ claim }) =>
        claim.measure === measure && quotaScopeOf[claim.scope.kind] === entry.scope && claim.scope.id === entry.id,
    )?.state;
  const budgets = quota.budgets.map((budget): ScopedBudget => {
    const state = find(budget, 'budget');
    if (!state) return budget;
    return {
      ...budget,
      current_usage: state.used / microUsdPerUsd,
      remaining: Math.max(0, state.limit - state.used) / microUsdPerUsd,
      ...(state.resetsAt !== undefined && { resets_at: isoOf(state.resetsAt) }),
    };
  });
  const rateLimits = quota.rate_limits.map((limit): ScopedRateLimit => {
    const tokens = find(limit, 'tokens');
    const requests = find(limit, 'requests');
    return {
      ...limit,
      ...(tokens && {
        token_current_usage: tokens.used,
        token_remaining: Math.max(0, tokens.limit - tokens.used),
        ...(tokens.resetsAt !== undefined && { token_resets_at: isoOf(tokens.resetsAt) }),
      }),
      ...(requests && {
        request_current_usage: requests.used,
        request_remaining: Math.max(0, requests.limit - requests.used),
        ...(requests.resetsAt !== undefined && { request_resets_at: isoOf(requests.resetsAt) }),
      }),
    };
  });
  return { ...quota, budgets, rate_limits: rateLimits };
}
