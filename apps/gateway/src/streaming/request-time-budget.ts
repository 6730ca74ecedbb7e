import { ModelTimeoutException } from '@heimdall/eventstream';

export interface RequestTimeBudget {
  /** Whether the budget ran out, and so caused the abort. */
  readonly exhausted: boolean;
  /** The error the client gets when it did. */
  readonly error: ModelTimeoutException;
  /** Stops the clock: an answer has begun, or the request is over. */
  stop(): void;
}

/**
 * Gives a request `budgetMs` from its arrival (`startedAt`, on `performance.now()`'s clock) to get an answer across
 * all its attempts; when the time is up, `abort` stops whatever attempt or backoff is under way.
 */
export function startRequestTimeBudget(options: {
  budgetMs: number;
  startedAt: number;
  abort: (reason: ModelTimeoutException) => void;
}): RequestTimeBudget {
  const { budgetMs } = options;
  // Made only when the budget runs out: an error captures a stack trace, which most requests never need.
  let error: ModelTimeoutException | undefined;
  const errorOf = () => {
    error ??= new ModelTimeoutException({
      message: `No upstream answered within the gateway's time budget of ${budgetMs} ms for one request, retries and fallbacks included`,
    });
    return error;
  };
  let exhausted = false;
  const remainingMs = Math.max(0, budgetMs - (performance.now() - options.startedAt));
  const timer = setTimeout(() => {
    exhausted = true;
    options.abort(errorOf());
  }, remainingMs);
  return {
    get exhausted() {
      return exhausted;
    },
    get error() {
      return errorOf();
    },
    stop: () => clearTimeout(timer),
  };
}
