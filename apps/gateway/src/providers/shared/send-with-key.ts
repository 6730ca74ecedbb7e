import { AccessDeniedException, ThrottlingException } from '@heimdall/eventstream';
import type { TimeoutSettings } from '../../config/upstream-limits.js';
import { httpFailure, type UpstreamErrorDetails } from './http-failure.js';
import type { KeyPool } from './key-pool.js';
import type { Redact } from './redact-secrets.js';
import { sendUpstream, type UpstreamResponse } from './upstream-http.js';

/** How long a key the upstream refused (401/403) is left out of the rotation. */
const refusedKeyPauseMs = 5 * 60 * 1000;

export interface KeyedRequest {
  provider: string;
  url: string;
  keys: KeyPool;
  /** Takes every secret out of the upstream's error messages. */
  redact: Redact;
  /** The request headers for the key picked (none when the provider has no key). */
  headers: (key: string | undefined) => Record<string, string>;
  body: string;
  signal: AbortSignal;
  timeouts: TimeoutSettings;
  /** Reads the provider's error body format. */
  messageOf: (body: string, status: number) => string;
  /** Reads what else an error body says (a refused key, a retry delay), for providers that say it there. */
  detailsOf?: (body: string, status: number) => UpstreamErrorDetails;
}

/**
 * Sends a request with one of the provider's keys and returns the successful reply, its first bytes already in.
 * An error reply becomes an `UpstreamFailure`. A key that got a 429 is set aside for its retry-after, one that was
 * refused for a few minutes; when another key is free the retry goes out at once.
 */
export async function sendWithKey(request: KeyedRequest): Promise<UpstreamResponse> {
  const { provider, keys } = request;
  const key = keys.pick();
  const response = await sendUpstream({
    provider,
    url: request.url,
    headers: request.headers(key),
    body: request.body,
    signal: request.signal,
    timeouts: request.timeouts,
  });
  if (response.status < 400) return response;
  const failure = await httpFailure({
    provider,
    response,
    messageOf: request.messageOf,
    detailsOf: request.detailsOf,
    redact: request.redact,
  });
  // By the error type rather than the status, so a refused key that the upstream answers with a 400 counts too.
  if (key && failure.error instanceof ThrottlingException) {
    keys.setAside(key, failure.retryAfterMs ?? 1_000);
    // The retry-after binds only the key that got it.
    if (keys.hasAvailable()) throw failure.retryNow();
  }
  if (key && failure.error instanceof AccessDeniedException) {
    // A revoked or mistyped key stays refused for a while; the provider's other keys can answer meanwhile.
    keys.setAside(key, refusedKeyPauseMs);
    if (keys.hasAvailable()) throw failure.retryNow();
  }
  throw failure;
}
