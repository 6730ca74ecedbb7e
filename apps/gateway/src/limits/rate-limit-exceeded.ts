import { ThrottlingException } from '@heimdall/eventstream';

/** A rate limit the request would cross: Bedrock's ThrottlingException, with when to try again. */
export class RateLimitExceeded extends ThrottlingException {
  /** Whole seconds until the limit's window starts again, for `Retry-After`. */
  readonly retryAfterSeconds: number;

  constructor(options: { message: string; retryAfterMs: number }) {
    super({ message: options.message });
    this.retryAfterSeconds = Math.max(1, Math.ceil(options.retryAfterMs / 1000));
  }
}
