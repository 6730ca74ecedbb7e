import type { HeimdallError } from '@heimdall/eventstream';
import type { RequestFields } from '../logging/request-record.js';
import type { Exchange } from './exchange.js';

/** One upstream attempt about to go out: the first, a retry, or a fallback. */
export interface AttemptPlan {
  /** The model id as the client (or its fallback list) named it, e.g. `openai/gpt-4o`. */
  modelId: string;
  /** The configured provider that would be called, and the model it would be asked for. */
  provider: string;
  model: string;
  /** 0 for a model's first try, then 1, 2, … for its retries. */
  retry: number;
}

/** How a request that reached an upstream ended, for whatever meters it. */
export interface UsageReport {
  outcome: 'completed' | 'failed' | 'cancelled';
  /** The tokens the upstream reported; absent when it never said (a failure before its usage event, say). */
  usage?: RequestFields['usage'];
  /** The model and provider that answered, or the last one tried when none did. */
  modelId?: string;
  provider?: string;
}

/**
 * Where features that act on every request plug in — policy, budgets, rate limits, usage and cost — without touching
 * the handlers. Each hook gets the request's exchange, and so its principal.
 */
export interface ExchangeHooks {
  /**
   * Before each upstream attempt, retries and fallbacks included. Throwing a {@link HeimdallError} refuses the
   * request with that error: no upstream is called, no fallback is tried, nothing is counted as an upstream error.
   */
  beforeAttempt?(exchange: Exchange, attempt: AttemptPlan): void | Promise<void>;
  /** Once per request that reached an upstream, when its usage is known or can no longer be. */
  afterUsage?(exchange: Exchange, report: UsageReport): void;
  /** Once per request, with the fields of its log line. */
  onFinish?(exchange: Exchange, fields: RequestFields & { durationMs: number }): void;
}

/** A hook's refusal, carried past the retry and fallback logic to the client unchanged. */
export class AttemptRefused extends Error {
  constructor(readonly error: HeimdallError) {
    super(error.message, { cause: error });
    this.name = 'AttemptRefused';
  }
}
