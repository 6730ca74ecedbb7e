import { Counter, Gauge, type Registry } from 'prom-client';
import type { CounterState } from '../limits/counter-store.js';
import type { ScopedClaim } from '../limits/scope-claims.js';

export interface LimitMetrics {
  /** What a reservation saw of each counter: its use and what is left, by scope and measure. */
  observeCounters(claims: readonly ScopedClaim[], counters: readonly CounterState[]): void;
  /** The request was refused by a limit. */
  observeRefusal(claim: ScopedClaim): void;
  storeDegraded(degraded: boolean): void;
}

/**
 * Budgets and rate limits in `/metrics`: use and remaining per scope (as of this replica's last reservation on it;
 * the shared counters are in Redis), refusals, and whether the shared store is reachable.
 */
export function createLimitMetrics(registry: Registry): LimitMetrics {
  const labelNames = ['scope_kind', 'scope', 'measure', 'period'] as const;
  const used = new Gauge({
    name: 'heimdall_limit_used',
    help: 'Use of a limit in its current window (budgets in US dollars), reservations in flight included.',
    labelNames,
    registers: [registry],
  });
  const remaining = new Gauge({
    name: 'heimdall_limit_remaining',
    help: 'What a limit has left in its current window (budgets in US dollars).',
    labelNames,
    registers: [registry],
  });
  const refusals = new Counter({
    name: 'heimdall_limit_refusals_total',
    help: 'Requests refused by a budget or rate limit, by scope and measure.',
    labelNames: ['scope_kind', 'scope', 'measure'] as const,
    registers: [registry],
  });
  const degraded = new Gauge({
    name: 'heimdall_limit_store_degraded',
    help: '1 while the shared counter store (Redis) is unreachable and the fail mode applies, else 0.',
    registers: [registry],
  });
  degraded.set(0);
  const scale = (claim: ScopedClaim, value: number) => (claim.measure === 'budget' ? value / 1_000_000 : value);
  return {
    observeCounters(claims, counters) {
      claims.forEach((claim, index) => {
        const counter = counters[index];
        if (!counter) return;
        const labels = {
          scope_kind: claim.scope.kind,
          scope: claim.scope.id,
          measure: claim.measure,
          period: claim.period ?? 'in-flight',
        };
        used.set(labels, scale(claim, counter.used));
        remaining.set(labels, scale(claim, Math.max(0, counter.limit - counter.used)));
      });
    },
    observeRefusal(claim) {
      refusals.inc({ scope_kind: claim.scope.kind, scope: claim.scope.id, measure: claim.measure });
    },
    storeDegraded(isDegraded) {
      degraded.set(isDegraded ? 1 : 0);
    },
  };
}
