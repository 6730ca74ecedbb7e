import type { HeimdallError } from '@heimdall/eventstream';
import type { BedrockConverseRequest } from '@heimdall/spec';
import { createAttemptLog } from '../../routing/attempt-log.js';
import { type Answered, type Attempt, answerWithFallbacks } from '../../streaming/answer-with-fallbacks.js';
import { startRequestTimeBudget } from '../../streaming/request-time-budget.js';
import { UpstreamControl } from '../../streaming/upstream-control.js';
import { fallbacksHeader, parseFallbacksHeader } from '../../validation/fallbacks-header.js';
import { AttemptRefused } from '../exchange-hooks.js';
import type { GatewayContext, GatewayDependencies } from '../gateway-context.js';

/** Errors that say the request is at fault (Bedrock's 400), not the upstream. */
const isRequestFault = (error: HeimdallError) => error.type === 'ValidationException';

/**
 * Gets the upstream reply for a Converse request (a stream, or a whole reply) and records who answered.
 * Everything up to here happens before the client gets a byte, so failures become an HTTP error through the app's
 * error handler. The reply comes with its `upstream`, which `respond()` lets go of once the reply is over.
 */
export async function answerRequest<T>(
  context: GatewayContext,
  dependencies: GatewayDependencies,
  attempt: Attempt<T>,
): Promise<Answered<T> & { upstream: UpstreamControl }> {
  const exchange = context.get('exchange');
  const { record, requestId, startedAt } = exchange;
  // One controller per request, aborted when the client goes away, or by the caller (at shutdown).
  const upstream = new UpstreamControl(exchange.signal);
  // Hono decodes the path parameter once: `openai%2Fgpt-4o` arrives as `openai/gpt-4o`.
  const modelId = context.req.param('modelId') ?? '';
  const request = (context.req.valid as (target: 'json') => BedrockConverseRequest)('json');
  exchange.converseRequest = request;
  // Checked already (request-limits-check): a problem here cannot happen.
  const header = parseFallbacksHeader(context.req.header(fallbacksHeader));
  const headerFallbacks = 'fallbacks' in header ? header.fallbacks : [];
  record.fields.model = modelId;
  const budget = startRequestTimeBudget({
    budgetMs: dependencies.config.server.requestTimeBudgetMs,
    attemptBudgetMs: dependencies.config.server.attemptBudgetMs,
    startedAt,
    abort: (reason) => upstream.abort(reason),
  });
  const attempts = createAttemptLog();
  record.fields.attempts = attempts.entries;
  const { load } = dependencies;
  let failedAttempts = 0;
  let answered: Answered<T>;
  try {
    answered = await answerWithFallbacks(
      {
        request,
        modelId,
        headerFallbacks,
        signal: upstream.signal,
        requestId,
        startedAt,
        beforeAttempt: async (plan) => {
          await exchange.beforeAttempt(plan);
          attempts.started();
          load.opened(plan.modelId);
        },
        attemptBudget: budget,
        cooldowns: dependencies.cooldowns,
        load,
        afterAttempt: (plan, outcome) => {
          const entry = attempts.ended(plan, outcome);
          // An answer stays in flight until its reply is over (see `release` below).
          if (outcome.error) load.closed(plan.modelId);
          else load.answered(plan.modelId, entry.durationMs);
          // A client that went away ended the attempt, not the upstream.
          if (!exchange.signal.aborted) dependencies.cooldowns.observe(plan, outcome);
          exchange.afterAttempt(plan, outcome);
        },
        config: dependencies.config,
        adapters: dependencies.adapters,
        sleep: dependencies.sleep,
        random: dependencies.random,
        providerConfigs: exchange.principal.kind === 'gateway-key' ? exchange.principal.providerConfigs : [],
        onAttemptFailed: ({ modelId: failedModel, provider, error, willRetry }) => {
          failedAttempts += 1;
          record.fields.failedAttempts = failedAttempts;
          // Names the provider of a request that fails altogether; an answer names the one that answered.
          record.fields.provider ??= provider;
          const details = {
            requestId,
            model: failedModel,
            provider,
            error: { type: error.type, message: error.message },
            willRetry,
          };
          // An upstream that calls the request itself invalid is answering the client, not failing: no upstream
          // alert should fire for a client's bad request.
          if (isRequestFault(error)) {
            dependencies.logger.info(details, 'upstream refused the request as invalid');
            return;
          }
          dependencies.metrics.observeUpstreamError({ provider, type: error.type });
          dependencies.logger.warn(details, 'upstream attempt failed');
        },
      },
      attempt,
    );
  } catch (error) {
    upstream.release();
    // A hook's refusal reaches the client as the hook's own error.
    if (error instanceof AttemptRefused) throw error.error;
    // Whatever the aborted attempt failed with, the client is told why it was stopped.
    throw budget.exhausted ? budget.error : error;
  } finally {
    budget.stop();
  }
  record.fields.answeredBy = answered.modelId;
  record.fields.provider = answered.provider;
  // The answering target stays in flight, for least-busy routing, until its reply is over.
  upstream.whenReleased(() => load.closed(answered.modelId));
  return { ...answered, upstream };
}
