import type { UpstreamErrorDetails } from '../shared/http-failure.js';
import type { GeminiErrorObject } from './generate-content-types.js';

function errorObject(body: string): GeminiErrorObject | undefined {
  try {
    const parsed = JSON.parse(body) as { error?: GeminiErrorObject } | GeminiErrorObject[];
    // A stream request without `alt=sse` answers errors inside a JSON array.
    const error = Array.isArray(parsed)
      ? (parsed[0] as { error?: GeminiErrorObject } | undefined)?.error
      : parsed.error;
    return typeof error === 'object' && error !== null ? error : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The message of Google's error body (`{"error": {"code", "message", "status"}}`), or the raw text for a proxy that
 * answers otherwise. @see https://ai.google.dev/gemini-api/docs/troubleshooting#error-codes
 */
export function geminiErrorMessage(body: string, status: number): string {
  const message = errorObject(body)?.message;
  if (typeof message === 'string' && message.trim() !== '') return message.trim();
  const text = body.trim().slice(0, 500);
  return text || `HTTP ${status}`;
}

/**
 * What Google says in the error body rather than the status line: a key it does not know is a 400 with the reason
 * `API_KEY_INVALID`, which is a refused credential (Bedrock's AccessDeniedException, and a key to set aside); a 429
 * says how long to wait in a `RetryInfo` detail (`"retryDelay": "13s"`), not in a `retry-after` header.
 * @see https://cloud.google.com/apis/design/errors#error_details
 */
export function geminiErrorDetails(body: string): UpstreamErrorDetails {
  const details = errorObject(body)?.details ?? [];
  const refusedKey = details.some((detail) => detail.reason === 'API_KEY_INVALID');
  const delay = details.find((detail) => typeof detail.retryDelay === 'string')?.retryDelay;
  const seconds = delay ? Number(/^(\d+(?:\.\d+)?)s$/.exec(delay)?.[1]) : Number.NaN;
  return {
    ...(refusedKey ? { status: 401 } : {}),
    ...(Number.isFinite(seconds) ? { retryAfterMs: Math.round(seconds * 1000) } : {}),
  };
}
