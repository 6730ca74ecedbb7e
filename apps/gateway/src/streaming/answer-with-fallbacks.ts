import { AccessDeniedException, HeimdallError, InternalServerException } from '@heimdall/eventstream';
import type { BedrockConverseRequest } from '@heimdall/spec';
import type { AttemptPlan } from '../app/exchange-hooks.js';
import type { PrincipalProviderConfig } from '../auth/principal.js';
import type { GatewayConfig } from '../config/config-schema.js';
import type { AdapterRegistry } from '../providers/adapter-registry.js';
import type { ConverseCall, ProviderAdapter } from '../providers/provider-adapter.js';
import { UpstreamFailure } from '../providers/shared/upstream-failure.js';
import { defaultFallbackTriggers, triggersFallback } from '../routing/fallback-triggers.js';
import { providerConfigChoice } from '../routing/provider-config-choice.js';
import { type ResolvedModel, resolveModel } from '../routing/resolve-model.js';
import { type Candidate, routeCandidates, targetsNeedingLoad } from '../routing/route-candidates.js';
import type { AttemptOutcome, TargetCooldowns } from '../routing/target-cooldowns.js';
import type { TargetLoad } from '../routing/target-load.js';
import { type Sleep, withRetries } from './retry-policy.js';

export interface OpenConverseInput {
  request: BedrockConverseRequest;
  /** The percent-decoded model id of the path. */
  modelId: string;
  /** Fallbacks from the `x-heimdall-fallbacks` header, tried after the body's. */
  headerFallbacks?: readonly string[];
  signal: AbortSignal;
  requestId: string;
  startedAt: number;
  config: GatewayConfig;
  adapters: AdapterRegistry;
  sleep: Sleep;
  random: () => number;
  /** The calling key's provider configs: a bare model name goes to one of them by weight, the others its fallbacks. */
  providerConfigs?: readonly PrincipalProviderConfig[];
  /**
   * Runs before every upstream attempt. It refuses the request by throwing an `AttemptRefused`, which is not an
   * upstream failure, so it is neither retried nor answered by a fallback.
   */
  beforeAttempt?: (plan: AttemptPlan) => Promise<void>;
  /**
   * Whether another attempt may still begin after `delayMs` (the request's attempt budget), and the error the client
   * gets instead when it may not. Without it, every retry and fallback is tried.
   */
  attemptBudget?: {
    allowsAttemptAfter(delayMs: number): boolean;
    spent(lastError: HeimdallError): HeimdallError;
  };
  /** Told how each attempt that went out ended: answered, or failed with its error (and the wait it asked for). */
  afterAttempt?: (plan: AttemptPlan, outcome: AttemptOutcome) => void;
  /** The targets' load, read for least-busy and lowest-latency routes. */
  load?: Pick<TargetLoad, 'read'>;
  /** Puts the targets cooling down after the others. */
  cooldowns?: Pick<TargetCooldowns, 'arrange'>;
  /** Told about every attempt that failed, whether retried or followed by a fallback. */
  onAttemptFailed?: (details: { modelId: string; provider: string; error: HeimdallError; willRetry: boolean }) => void;
}

export interface Answered<T> {
  reply: T;
  /** The model id that answered: the requested one, or the fallback that took over. */
  modelId: string;
  provider: string;
}

/** One try of one upstream: what the gateway wants from it (a stream, a whole reply). */
export type Attempt<T> = (adapter: ProviderAdapter, call: ConverseCall) => Promise<T>;

/** A failure that is not a Bedrock error (a bug, a broken socket) as what a client would be told. */
const internalError = (error: unknown) =>
  new InternalServerException({ message: error instanceof Error ? error.message : String(error) });

/**
 * The error a client sees for a failed attempt. An upstream refusing the gateway's own credentials is not the
 * client's fault, whatever the upstream called it: the client's key was fine, so it must not read as
 * `AccessDeniedException`, which clients take to mean their own key.
 */
function asHeimdallError(error: unknown, provider: string): HeimdallError | undefined {
  if (error instanceof UpstreamFailure) {
    if (!(error.error instanceof AccessDeniedException)) return error.error;
    return new InternalServerException({
      message: `${error.error.message} (the upstream refused the gateway's own credentials for the provider "${provider}": the gateway's operator must fix them; the key you sent was accepted)`,
      cause: error.error,
    });
  }
  return error instanceof HeimdallError ? error : undefined;
}

/**
 * Gets a Converse reply: the requested model first, each with its retries, then the request's `fallbacks` in
 * order, until one upstream answers. Everything here happens before the first byte reaches the client, so every
 * failure can still be answered by another attempt. When all fail, the client gets the primary's error; when the
 * attempt budget stops them first, the last attempt's error, saying so.
 */
export async function answerWithFallbacks<T>(input: OpenConverseInput, attempt: Attempt<T>): Promise<Answered<T>> {
  const { request, config, adapters, signal } = input;
  const { fallbacks = [], ...upstreamRequest } = request;
  // Every candidate is resolved first: a fallback naming an unknown provider is a mistake in the request. A model
  // listed twice (or the primary listed again) is tried once: it would only fail the same way again.
  const requestFallbacks = [...fallbacks, ...(input.headerFallbacks ?? [])];
  const loadNeeded = targetsNeedingLoad({ modelIds: [input.modelId, ...requestFallbacks], routes: config.routes });
  // A key's provider configs are a fallback set of their own, as a route's targets are, for a request that lists none.
  const keyChoice =
    requestFallbacks.length === 0
      ? providerConfigChoice({
          modelId: input.modelId,
          configs: input.providerConfigs ?? [],
          providers: new Set(Object.keys(config.providers)),
          routes: config.routes,
          random: input.random,
        })
      : undefined;
  const chosen: Candidate[] = keyChoice
    ? keyChoice.map((modelId) => ({ modelId, fallbackOn: defaultFallbackTriggers }))
    : routeCandidates({
        modelId: input.modelId,
        fallbacks: requestFallbacks,
        routes: config.routes,
        random: input.random,
        // A store that cannot say leaves the route's targets ranked alike, drawn by weight.
        ...(input.load && loadNeeded.length > 0
          ? { load: await input.load.read(loadNeeded).catch(() => new Map()) }
          : {}),
      });
  const routed: (Candidate & { resolved: ResolvedModel })[] = chosen.map((candidate) => ({
    ...candidate,
    resolved: resolveModel(candidate.modelId, config),
  }));
  const candidates = input.cooldowns
    ? await input.cooldowns.arrange(routed, ({ resolved }) => ({
        provider: resolved.provider.name,
        model: resolved.model,
      }))
    : routed;

  const budget = input.attemptBudget;
  let budgetSpent = false;
  let primaryError: unknown;
  for (const [index, { modelId, resolved, fallbackOn }] of candidates.entries()) {
    const adapter = adapters.get(resolved.provider.name);
    if (!adapter) throw new Error(`No adapter for the configured provider ${resolved.provider.name}`);
    const call = {
      request: upstreamRequest,
      model: resolved.model,
      signal,
      requestId: input.requestId,
      startedAt: input.startedAt,
    };
    let retry = 0;
    budgetSpent = false;
    const plan = {
      modelId,
      provider: resolved.provider.name,
      providerType: resolved.provider.type,
      model: resolved.model,
    };
    try {
      const reply = await withRetries(
        async () => {
          const attemptPlan = { ...plan, retry: retry++ };
          await input.beforeAttempt?.(attemptPlan);
          try {
            const reply = await attempt(adapter, call);
            input.afterAttempt?.(attemptPlan, {});
            return reply;
          } catch (error) {
            input.afterAttempt?.(attemptPlan, {
              error: asHeimdallError(error, plan.provider) ?? internalError(error),
              retryAfterMs: error instanceof UpstreamFailure ? error.retryAfterMs : undefined,
            });
            throw error;
          }
        },
        {
          settings: resolved.provider.retries,
          signal,
          sleep: input.sleep,
          random: input.random,
          mayRetryAfter: (delayMs) => {
            budgetSpent = budget !== undefined && !budget.allowsAttemptAfter(delayMs);
            return !budgetSpent;
          },
          onRetry: (failure) =>
            input.onAttemptFailed?.({
              modelId,
              provider: resolved.provider.name,
              error: failure.error,
              willRetry: true,
            }),
        },
      );
      return { reply, modelId, provider: resolved.provider.name };
    } catch (error) {
      if (signal.aborted) throw error;
      const bedrockError = asHeimdallError(error, resolved.provider.name);
      if (!bedrockError) throw error;
      input.onAttemptFailed?.({ modelId, provider: resolved.provider.name, error: bedrockError, willRetry: false });
      primaryError ??= bedrockError;
      // A route falls back only on the kinds of failure it names; any other ends the request here.
      if (fallbackOn !== 'any' && !triggersFallback(bedrockError, fallbackOn)) throw primaryError;
      const fallbackLeft = index < candidates.length - 1;
      // A retry the budget had no room for still leaves room for a fallback, which begins at once.
      if (budget && (fallbackLeft ? !budget.allowsAttemptAfter(0) : budgetSpent)) throw budget.spent(bedrockError);
    }
  }
  throw primaryError;
}
