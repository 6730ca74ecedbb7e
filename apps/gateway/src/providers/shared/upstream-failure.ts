import type { HeimdallError } from '@heimdall/eventstream';

/**
 * An upstream failed before its reply began. Carries the Bedrock error the client would see, and what the gateway
 * needs to decide on a retry or a fallback. It never holds the upstream key that was used: errors end up in logs.
 */
export class UpstreamFailure extends Error {
  override readonly name = 'UpstreamFailure';
  readonly error: HeimdallError;
  /** A retry of the same upstream may succeed: rate limits, overload, 5xx, network errors. */
  readonly retryable: boolean;
  /** What the upstream asked for in `retry-after`, when it did. */
  readonly retryAfterMs: number | undefined;

  constructor(options: { error: HeimdallError; retryable: boolean; retryAfterMs?: number | undefined }) {
    super(options.error.message);
    this.error = options.error;
    this.retryable = options.retryable;
    this.retryAfterMs = options.retryAfterMs;
  }

  /** The same failure, to be retried at once, with no backoff: another key is free to take the retry. */
  retryNow(): UpstreamFailure {
    return new UpstreamFailure({ error: this.error, retryable: true, retryAfterMs: 0 });
  }
}
