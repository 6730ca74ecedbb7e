import { createHeimdallError, type HeimdallError, ModelTimeoutException } from '@heimdall/eventstream';

export interface RequestTimeBudget {
  /** Whether the budget ran out, and so caused the abort. */
  readonly exhausted: boolean;
  /** The error the client gets when it did. */
  readonly error: ModelTimeoutException;
  /**
   * Whether another attempt (a retry after `delayMs` of backoff, or a fallback at once) may still begin: not once
   * the attempt budget is spent, nor when it would begin after the whole budget ran out.
   */
  allowsAttemptAfter(delayMs: number): boolean;
  /** The last attempt's error, as the client gets it when no further attempt was allowed. */
  spent(lastError: HeimdallError): HeimdallError;
  /** Stops the clock: an answer has begun, or the request is over. */
  stop(): void;
}

/**
 * Gives a request two limits from its arrival (`startedAt`, on `now`'s clock, `performance.now()` by default):
 * `attemptBudgetMs`, after which no retry or fallback begins (the client gets the last attempt's error at once,
 * rather than after every backoff and fallback a dead upstream would add up to), and `budgetMs`, after which
 * `abort` stops whatever attempt or backoff is still under way.
 */
export function startRequestTimeBudget(options: {
  budgetMs: number;
  attemptBudgetMs: number;
  startedAt: number;
  abort: (reason: ModelTimeoutException) => void;
  now?: () => number;
}): RequestTimeBudget {
  const { budgetMs, attemptBudgetMs, startedAt } = options;
  const now = options.now ?? (() => performance.now());
  // Made only when the budget runs out: an error captures a stack trace, which most requests never need.
  let error: ModelTimeoutException | undefined;
  const errorOf = () => {
    error ??= new ModelTimeoutException({
      message: `No upstream answered within the gateway's time budget of ${budgetMs} ms for one request, retries and fallbacks included`,
    });
    return error;
  };
  let exhausted = false;
  const remainingMs = Math.max(0, budgetMs - (now() - startedAt));
  const timer = setTimeout(() => {
    exhausted = true;
    options.abort(errorOf());
  }, remainingMs);
  const lastStartMs = Math.min(attemptBudgetMs, budgetMs);
  return {
    get exhausted() {
      return exhausted;
    },
    get error() {
      return errorOf();
    },
    allowsAttemptAfter: (delayMs) => now() - startedAt + delayMs < lastStartMs,
    spent: (lastError) =>
      createHeimdallError({
        type: lastError.type,
        message: `${lastError.message} (the gateway's attempt budget of ${lastStartMs} ms for one request was spent, so no further retry or fallback was tried)`,
        status: lastError.status,
        // The members a type carries beyond its message, such as a model error's original status.
        fields: { ...lastError },
        cause: lastError,
      }),
    stop: () => clearTimeout(timer),
  };
}
