import type { HeimdallError } from '@heimdall/eventstream';
import type { AttemptPlan } from '../app/exchange-hooks.js';

/**
 * One upstream attempt as the request's log line keeps it: which target was tried, how it ended and how long it
 * took. Plain JSON (strings and numbers only), so a request-log store can keep the array as it is.
 */
export interface AttemptEntry {
  /** The model id as routed, e.g. `primary/gpt-4o` (a route's target, a fallback, or the requested id). */
  modelId: string;
  /** The configured provider called, and the model it was asked for. */
  provider: string;
  model: string;
  /** `ok` when the reply began, otherwise the Bedrock error type the attempt failed with. */
  outcome: 'ok' | (string & {});
  /** From the attempt going out to its reply beginning (or its failure), in whole milliseconds. */
  durationMs: number;
}

/** The attempts of one request, in the order they went out. */
export interface AttemptLog {
  readonly entries: AttemptEntry[];
  /** An attempt passed its checks and is going out now. */
  started(): void;
  /** The attempt that went out last ended: answered, or failed with `error`. */
  ended(plan: AttemptPlan, outcome: { error?: HeimdallError }): AttemptEntry;
}

/** An attempt log on `now` (`performance.now` unless a test gives its own clock). */
export function createAttemptLog(now: () => number = () => performance.now()): AttemptLog {
  const entries: AttemptEntry[] = [];
  // Attempts of one request run one after another, so one start time is enough.
  let startedAt = now();
  return {
    entries,
    started() {
      startedAt = now();
    },
    ended(plan, outcome) {
      const entry: AttemptEntry = {
        modelId: plan.modelId,
        provider: plan.provider,
        model: plan.model,
        outcome: outcome.error ? outcome.error.type : 'ok',
        durationMs: Math.round(now() - startedAt),
      };
      entries.push(entry);
      return entry;
    },
  };
}

/** The response header that says how many upstream attempts a request made, retries and fallbacks included. */
export const attemptsHeader = 'x-heimdall-attempts';
