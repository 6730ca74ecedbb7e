import type { Exchange } from '../app/exchange.js';
import type { ExchangeHooks } from '../app/exchange-hooks.js';
import type { CounterClaim, CounterStore } from './counter-store.js';
import { estimateTokens } from './estimate-tokens.js';
import { RateLimitExceeded } from './rate-limit-exceeded.js';

const minuteMs = 60_000;

/** How long a reservation may stay unsettled: longer than any request may take to finish streaming. */
const leaseMs = 15 * minuteMs;

const describeClaim = (claim: CounterClaim) =>
  claim.counter.endsWith(':tokens') ? `${claim.limit} tokens per minute` : `${claim.limit} requests per minute`;

/**
 * Each gateway key's rate limits: before a request's first upstream attempt, it reserves one request and the most
 * tokens the request may use on every counter of its key, all at once; a request that would cross a limit is refused
 * with a `ThrottlingException` saying which and when it resets (`Retry-After`), and never reaches an upstream. When
 * the usage is known the reservation is settled to the tokens really used, so an estimate holds a counter only while
 * its request runs.
 */
export function createRateLimitHook(store: CounterStore): ExchangeHooks {
  const reservations = new WeakMap<Exchange, { id: string; tokensCounter: string | undefined; estimate: number }>();
  return {
    beforeAttempt(exchange) {
      const { principal } = exchange;
      if (reservations.has(exchange) || principal.kind !== 'gateway-key') return;
      const { requestsPerMinute, tokensPerMinute } = principal.policy.rateLimits;
      if (requestsPerMinute === undefined && tokensPerMinute === undefined) return;
      const estimate = exchange.converseRequest ? estimateTokens(exchange.converseRequest) : { input: 0, output: 0 };
      const claims: CounterClaim[] = [];
      if (requestsPerMinute !== undefined) {
        claims.push({
          counter: `key:${principal.keyId}:requests`,
          amount: 1,
          limit: requestsPerMinute,
          windowMs: minuteMs,
        });
      }
      const tokensCounter = tokensPerMinute === undefined ? undefined : `key:${principal.keyId}:tokens`;
      if (tokensCounter !== undefined && tokensPerMinute !== undefined) {
        claims.push({
          counter: tokensCounter,
          amount: estimate.input + estimate.output,
          limit: tokensPerMinute,
          windowMs: minuteMs,
        });
      }
      const result = store.reserve(claims, leaseMs);
      if (!result.ok) {
        throw new RateLimitExceeded({
          message: `The gateway key ${principal.keyId} would go over its ${describeClaim(result.refused)}; the limit resets in ${Math.ceil(result.retryAfterMs / 1000)} s`,
          retryAfterMs: result.retryAfterMs,
        });
      }
      reservations.set(exchange, { id: result.reservationId, tokensCounter, estimate: estimate.input });
    },
    afterUsage(exchange, report) {
      const reservation = reservations.get(exchange);
      if (!reservation) return;
      reservations.delete(exchange);
      const { usage } = report;
      // Without the upstream's own count (a failure before its usage event), the input estimate stands: the upstream
      // read the prompt, and may have written little or nothing.
      const tokens = usage ? usage.inputTokens + usage.outputTokens : reservation.estimate;
      store.settle(reservation.id, reservation.tokensCounter ? { [reservation.tokensCounter]: tokens } : {});
    },
  };
}
