import { ServiceQuotaExceededException, ServiceUnavailableException } from '@heimdall/eventstream';
import type { Exchange } from '../app/exchange.js';
import type { ExchangeHooks } from '../app/exchange-hooks.js';
import type { ModelPrice } from '../config/prices-schema.js';
import { type PricingTarget, priceUsage } from '../cost/price-usage.js';
import type { Logger } from '../logging/create-logger.js';
import type { LimitMetrics } from '../metrics/limit-metrics.js';
import { type CounterState, type CounterStore, CounterStoreUnavailable } from './counter-store.js';
import { charactersPerToken, estimateTokens } from './estimate-tokens.js';
import { describeLimit, describeScope } from './limit-messages.js';
import { RateLimitExceeded } from './rate-limit-exceeded.js';
import { rateLimitHeaders } from './rate-limit-headers.js';
import { claimsOf, microUsdPerUsd, type ScopedClaim, tagOf, type UsageEstimate } from './scope-claims.js';

export interface LimitHookOptions {
  store: CounterStore;
  prices: Readonly<Record<string, ModelPrice>>;
  logger: Logger;
  /** How long a reservation may stay unsettled: longer than any request may take to finish streaming. */
  leaseMs: number;
  metrics?: LimitMetrics;
}

interface HeldReservation {
  id: string;
  tag: string;
  claims: readonly ScopedClaim[];
  estimate: UsageEstimate;
  target: PricingTarget;
}

/**
 * Budgets and rate limits of every scope a gateway key is metered against (its own, its team's, its customer's, a
 * provider config's), from `principal.limitScopes` only. Before the first upstream attempt one reservation takes the
 * request, its most tokens and their price from every counter at once, all or none; a request that would cross a
 * limit never reaches an upstream. When usage is known the reservation is settled to what the request really used.
 */
export function createLimitHook({ store, prices, logger, leaseMs, metrics }: LimitHookOptions): ExchangeHooks {
  const held = new WeakMap<Exchange, HeldReservation>();
  /** A model without a known price costs 0 against a budget: the log line says `priceSource: unknown`. */
  const microUsdOf = (inputTokens: number, outputTokens: number, target: PricingTarget) => {
    const price = priceUsage({ inputTokens, outputTokens, totalTokens: inputTokens + outputTokens }, target, prices);
    return price ? Math.ceil(price.usd * microUsdPerUsd) : 0;
  };
  return {
    async beforeAttempt(exchange, attempt) {
      const { principal } = exchange;
      if (held.has(exchange) || principal.kind !== 'gateway-key') return;
      const scopes = principal.limitScopes.filter(
        (scope) => scope.kind !== 'provider-config' || scope.id === `${principal.keyId}/${attempt.provider}`,
      );
      if (scopes.length === 0) return;
      const tokens = exchange.converseRequest ? estimateTokens(exchange.converseRequest) : { input: 0, output: 0 };
      const target = { modelId: attempt.modelId, providerType: attempt.providerType, model: attempt.model };
      const estimate: UsageEstimate = {
        inputTokens: tokens.input,
        outputTokens: tokens.output,
        costMicroUsd: microUsdOf(tokens.input, tokens.output, target),
      };
      const claims = claimsOf(scopes, estimate);
      const tag = tagOf(scopes);
      const id = exchange.requestId;
      let result: Awaited<ReturnType<CounterStore['reserve']>>;
      try {
        result = await store.reserve({ id, tag, claims, leaseMs });
      } catch (error) {
        if (!(error instanceof CounterStoreUnavailable)) throw error;
        throw new ServiceUnavailableException({
          message: 'The gateway cannot check its limits now (its counter store is unreachable); try again shortly',
        });
      }
      setHeaders(exchange, claims, result.counters);
      metrics?.observeCounters(claims, result.counters);
      if (!result.ok) {
        const refused = result.refused as ScopedClaim;
        metrics?.observeRefusal(refused);
        const resetsAt = result.counters.find((counter) => counter.counter === refused.counter)?.resetsAt;
        const when =
          resetsAt === undefined
            ? 'when a request in flight ends'
            : `at ${new Date(resetsAt).toISOString()} (in ${Math.max(1, Math.ceil(result.retryAfterMs / 1000))} s)`;
        const message = `${capitalise(describeScope(refused.scope))} would go over its ${describeLimit(refused)}; it resets ${when}`;
        if (refused.measure === 'budget')
          // Bedrock's own type (HTTP 400), which the SDKs raise as their class and do not retry: waiting does not refill a budget.
          throw new ServiceQuotaExceededException({ message });
        throw new RateLimitExceeded({ message, retryAfterMs: result.retryAfterMs });
      }
      held.set(exchange, { id, tag, claims, estimate, target });
      exchange.needsUsageAfterDisconnect = true;
      exchange.record.fields.limitReservation = Object.fromEntries(
        claims.map((claim) => [claim.counter, claim.amount]),
      );
    },
    afterUsage(exchange, report) {
      const reservation = held.get(exchange);
      if (!reservation) return;
      held.delete(exchange);
      const { usage } = report;
      // Without the upstream's own count (a failure or a disconnect before its usage event), the input estimate
      // stands: the upstream read the prompt; output is estimated from the text delivered (marked usageEstimated).
      const input = usage?.inputTokens ?? reservation.estimate.inputTokens;
      const output = usage?.outputTokens ?? Math.ceil(exchange.deliveredTextCharacters / charactersPerToken);
      const costMicroUsd =
        report.costUsd !== undefined
          ? Math.ceil(report.costUsd * microUsdPerUsd)
          : microUsdOf(input, output, reservation.target);
      const used: Record<string, number> = {};
      for (const claim of reservation.claims) {
        used[claim.counter] = {
          requests: 1,
          tokens: input + output,
          inputTokens: input,
          outputTokens: output,
          budget: costMicroUsd,
          concurrentStreams: 0,
        }[claim.measure];
      }
      store.settle({ id: reservation.id, tag: reservation.tag, used }).catch((error: unknown) => {
        // The lease gives the reservation back in the end; what it used goes unbilled, which is worth a line.
        logger.warn({ requestId: exchange.requestId, err: error }, 'a limit reservation could not be settled');
      });
      return { limitSettlement: used, ...(usage ? {} : { usageEstimated: true }) };
    },
  };
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function setHeaders(exchange: Exchange, claims: readonly ScopedClaim[], counters: readonly CounterState[]): void {
  const headers = rateLimitHeaders(claims, counters);
  for (const [name, value] of Object.entries(headers)) exchange.responseHeaders.set(name, value);
}
