import type { Redact } from './redact-secrets.js';
import { parseRetryAfter } from './retry-after.js';
import { errorForStatus, isRetryableStatus } from './status-error-types.js';
import { UpstreamFailure } from './upstream-failure.js';
import type { UpstreamResponse } from './upstream-http.js';

/** What an adapter knows about an upstream's error reply. */
export interface HttpFailureInput {
  provider: string;
  response: UpstreamResponse;
  /** Reads the provider's error body format. */
  messageOf: (body: string, status: number) => string;
  /** Takes every secret out of the upstream's message. */
  redact: Redact;
}

/** An upstream HTTP error as the Bedrock error a client sees, with the upstream's own message, minus any secret. */
export async function httpFailure({
  provider,
  response,
  messageOf,
  redact,
}: HttpFailureInput): Promise<UpstreamFailure> {
  const body = await response.text().catch(() => '');
  const message = redact(messageOf(body, response.status));
  return new UpstreamFailure({
    error: errorForStatus(response.status, `${provider}: ${message}`),
    retryable: isRetryableStatus(response.status),
    retryAfterMs: parseRetryAfter(response.headers),
  });
}
