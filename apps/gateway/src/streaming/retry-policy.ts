import type { RetrySettings } from '../config/upstream-limits.js';
import { UpstreamFailure } from '../providers/shared/upstream-failure.js';

/** Waits, or rejects as soon as `signal` aborts. */
export type Sleep = (milliseconds: number, signal: AbortSignal) => Promise<void>;

export const realSleep: Sleep = (milliseconds, signal) =>
  new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, milliseconds);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });

export interface RetryContext {
  settings: RetrySettings;
  signal: AbortSignal;
  sleep: Sleep;
  random: () => number;
  /** Whether a retry after `delayMs` of backoff may still begin (the request's attempt budget); yes when absent. */
  mayRetryAfter?: (delayMs: number) => boolean;
  /** Told about each failed attempt that will be retried, for the log. */
  onRetry?: (failure: UpstreamFailure, delayMs: number) => void;
}

/**
 * Runs `attempt`, retrying retryable upstream failures up to `settings.max` times with exponential backoff and full
 * jitter. A `retry-after` from the upstream is honoured; one longer than `maxDelayMs` ends the retries, since the
 * client would rather get a fallback's answer (or the error) than wait.
 * @see https://aws.amazon.com/blogs/architecture/exponential-backoff-and-jitter/
 */
export async function withRetries<T>(attempt: () => Promise<T>, context: RetryContext): Promise<T> {
  const { settings, signal, sleep, random } = context;
  for (let retry = 0; ; retry++) {
    try {
      return await attempt();
    } catch (error) {
      if (!(error instanceof UpstreamFailure) || !error.retryable || retry >= settings.max || signal.aborted)
        throw error;
      const backoff = random() * Math.min(settings.maxDelayMs, settings.baseDelayMs * 2 ** retry);
      const delay = error.retryAfterMs ?? backoff;
      if (delay > settings.maxDelayMs) throw error;
      if (context.mayRetryAfter && !context.mayRetryAfter(delay)) throw error;
      context.onRetry?.(error, delay);
      await sleep(delay, signal);
    }
  }
}
