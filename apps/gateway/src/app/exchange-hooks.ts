import type { HeimdallError } from '@heimdall/eventstream';
import type { RequestFields } from '../logging/request-record.js';
import type { Exchange } from './exchange.js';

/** One upstream attempt about to go out: the first, a retry, or a fallback. */
export interface AttemptPlan {
  /** The model id as the client (or its fallback list) named it, e.g. `openai/gpt-4o`. */
  modelId: string;
  /** The configured provider that would be called, its type (`openai`, `bedrock`, …), and the model it is asked for. */
  provider: string;
  providerType: string;
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
  /** What the usage cost in US dollars, when a price is known. */
  costUsd?: number | undefined;
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
  /** After each upstream attempt that went out: answered (the reply begins), or failed with `error`. */
  afterAttempt?(exchange: Exchange, attempt: AttemptPlan, outcome: { error?: HeimdallError }): void;
  /**
   * Once per request that reached an upstream, when its usage is known or can no longer be. What it returns is added
   * to the request's log line (e.g. what a limit reservation was settled to).
   */
  // biome-ignore lint/suspicious/noConfusingVoidType: a hook that adds nothing to the log line returns nothing.
  afterUsage?(exchange: Exchange, report: UsageReport): Partial<RequestFields> | void;
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
