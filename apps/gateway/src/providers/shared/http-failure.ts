import type { Redact } from './redact-secrets.js';
import { parseRetryAfter } from './retry-after.js';
import { errorForStatus, isRetryableStatus } from './status-error-types.js';
import { UpstreamFailure } from './upstream-failure.js';
import type { UpstreamResponse } from './upstream-http.js';

/** What a provider's error body says beyond its message, for upstreams that put it there rather than in the status line. */
export interface UpstreamErrorDetails {
  /** The status whose Bedrock error type fits better (a refused key that the upstream answers with a 400). */
  status?: number | undefined;
  /** How long the upstream asked to wait, when it says so in the body rather than in `retry-after`. */
  retryAfterMs?: number | undefined;
}

/** What an adapter knows about an upstream's error reply. */
export interface HttpFailureInput {
  provider: string;
  response: UpstreamResponse;
  /** Reads the provider's error body format. */
  messageOf: (body: string, status: number) => string;
  /** Reads what else the error body says; absent for providers whose status line and headers say it all. */
  detailsOf?: ((body: string, status: number) => UpstreamErrorDetails) | undefined;
  /** Takes every secret out of the upstream's message. */
  redact: Redact;
}

/** An upstream HTTP error as the Bedrock error a client sees, with the upstream's own message, minus any secret. */
export async function httpFailure({
  provider,
  response,
  messageOf,
  detailsOf,
  redact,
}: HttpFailureInput): Promise<UpstreamFailure> {
  const body = await response.text().catch(() => '');
  const message = redact(messageOf(body, response.status));
  const details = detailsOf?.(body, response.status) ?? {};
  const status = details.status ?? response.status;
  return new UpstreamFailure({
    error: errorForStatus(status, `${provider}: ${message}`),
    retryable: isRetryableStatus(status),
    retryAfterMs: parseRetryAfter(response.headers) ?? details.retryAfterMs,
  });
}
