import type { CounterState } from './counter-store.js';
import type { ScopedClaim } from './scope-claims.js';

/** The measures the `x-ratelimit-*` headers report, as OpenAI and most gateways name them. */
const headerMeasures = { requests: 'requests', tokens: 'tokens' } as const;

/**
 * `x-ratelimit-limit-*`, `x-ratelimit-remaining-*` and `x-ratelimit-reset-*` (seconds, e.g. `42s`) for requests and
 * tokens: of the scopes limiting a measure, the one with the least left, since that one refuses first.
 */
export function rateLimitHeaders(
  claims: readonly ScopedClaim[],
  counters: readonly CounterState[],
): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [measure, suffix] of Object.entries(headerMeasures)) {
    let tightest: CounterState | undefined;
    claims.forEach((claim, index) => {
      const counter = counters[index];
      if (claim.measure !== measure || !counter) return;
      if (!tightest || counter.limit - counter.used < tightest.limit - tightest.used) tightest = counter;
    });
    if (!tightest) continue;
    headers[`x-ratelimit-limit-${suffix}`] = String(tightest.limit);
    headers[`x-ratelimit-remaining-${suffix}`] = String(Math.max(0, tightest.limit - tightest.used));
    if (tightest.resetsInMs !== undefined) {
      headers[`x-ratelimit-reset-${suffix}`] = `${Math.max(0, Math.ceil(tightest.resetsInMs / 1000))}s`;
    }
  }
  return headers;
}
