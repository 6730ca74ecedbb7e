import { redactSecrets } from './redact-secrets.js';
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
  /** Every secret of the provider, kept out of the message. */
  secrets: readonly string[];
  key?: string | undefined;
}

/** An upstream HTTP error as the Bedrock error a client sees, with the upstream's own message, minus any secret. */
export async function httpFailure({
  provider,
  response,
  messageOf,
  secrets,
  key,
}: HttpFailureInput): Promise<UpstreamFailure> {
  const body = await response.text().catch(() => '');
  const message = redactSecrets(messageOf(body, response.status), secrets);
  return new UpstreamFailure({
    error: errorForStatus(response.status, `${provider}: ${message}`),
    retryable: isRetryableStatus(response.status),
    retryAfterMs: parseRetryAfter(response.headers),
    key,
  });
}
