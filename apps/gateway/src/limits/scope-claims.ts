import type { LimitScope } from '../config/limits-schema.js';
import type { CounterClaim } from './counter-store.js';

/** What a request is expected to use, before it is sent. */
export interface UsageEstimate {
  inputTokens: number;
  outputTokens: number;
  /** Micro-dollars (whole numbers, so counters add exactly); 0 when the model has no known price. */
  costMicroUsd: number;
}

/** What one claim stands for, to name it in errors, headers and the request record. */
export interface ScopedClaim extends CounterClaim {
  scope: LimitScope;
  measure: 'requests' | 'tokens' | 'inputTokens' | 'outputTokens' | 'budget' | 'concurrentStreams';
}

export const microUsdPerUsd = 1_000_000;

/**
 * The claims of one request on every limit of every scope it is metered against. Counter names carry the scope and
 * the period, so a changed period starts a counter of its own instead of mixing two windows.
 */
export function claimsOf(scopes: readonly LimitScope[], estimate: UsageEstimate): ScopedClaim[] {
  const claims: ScopedClaim[] = [];
  for (const scope of scopes) {
    const { limits } = scope;
    const name = (measure: string, period?: string) =>
      `${scope.kind}:${scope.id}:${measure}${period ? `:${period}` : ''}`;
    const windowed = [
      ['requests', limits.requests, 1],
      ['tokens', limits.tokens, estimate.inputTokens + estimate.outputTokens],
      ['inputTokens', limits.inputTokens, estimate.inputTokens],
      ['outputTokens', limits.outputTokens, estimate.outputTokens],
    ] as const;
    for (const [measure, limit, amount] of windowed) {
      if (!limit) continue;
      claims.push({
        scope,
        measure,
        counter: name(measure, limit.resetPeriod),
        amount,
        limit: limit.max,
        period: limit.resetPeriod,
      });
    }
    if (limits.budget) {
      claims.push({
        scope,
        measure: 'budget',
        counter: name('budget', limits.budget.resetPeriod),
        amount: estimate.costMicroUsd,
        limit: Math.round(limits.budget.maxUsd * microUsdPerUsd),
        period: limits.budget.resetPeriod,
      });
    }
    if (limits.concurrentStreams) {
      claims.push({
        scope,
        measure: 'concurrentStreams',
        counter: name('concurrentStreams'),
        amount: 1,
        limit: limits.concurrentStreams,
      });
    }
  }
  return claims;
}

/**
 * The hash tag all of a request's counters live under: the outermost scope (customer, else team, else the key). Every
 * key of a team then shares the team's slot, so one script can update the key's and the team's counters at once in a
 * Redis Cluster; the price is that a big team's traffic all lands on one shard.
 */
export function tagOf(scopes: readonly LimitScope[]): string {
  const outer =
    scopes.find((scope) => scope.kind === 'customer') ??
    scopes.find((scope) => scope.kind === 'team') ??
    scopes.find((scope) => scope.kind === 'key') ??
    scopes[0];
  return outer ? `${outer.kind}:${outer.id}` : 'none';
}

/**
 * The tag the limit hook reserves one scope's counters under: a request meters at most the provider config it goes
 * to, beside every scope that is not a provider config, so those decide the tag whenever there are any.
 */
export function tagOfScope(scopes: readonly LimitScope[], scope: LimitScope): string {
  return tagOf(scopes.filter((other) => other.kind !== 'provider-config' || other === scope));
}

/** No use at all: reading counters takes nothing, so only their names, limits and periods matter. */
export const noUsage: UsageEstimate = { inputTokens: 0, outputTokens: 0, costMicroUsd: 0 };
