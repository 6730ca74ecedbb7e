import type { ProviderError } from '../../script/stream-part.js';
import { createId } from '../create-id.js';
import type { HttpReply } from '../wire-format.js';

/**
 * Anthropic's error object, the `error` of `{ "type": "error", "error": { type, message }, "request_id" }`.
 * @see https://docs.anthropic.com/en/api/errors
 */
export interface AnthropicErrorObject {
  type: string;
  message: string;
}

/** Error type and message Anthropic sends for each status, when a script does not name its own. */
const defaultsByStatus: Record<number, AnthropicErrorObject> = {
  400: { type: 'invalid_request_error', message: 'Invalid request.' },
  401: { type: 'authentication_error', message: 'invalid x-api-key' },
  402: { type: 'billing_error', message: 'Your credit balance is too low.' },
  403: { type: 'permission_error', message: 'Your API key does not have permission to use this resource.' },
  404: { type: 'not_found_error', message: 'Not found.' },
  413: { type: 'request_too_large', message: 'Request exceeds the maximum allowed number of bytes.' },
  429: { type: 'rate_limit_error', message: 'Your organization has hit a rate limit.' },
  500: { type: 'api_error', message: 'Internal server error' },
  504: { type: 'timeout_error', message: 'Request timed out.' },
  529: { type: 'overloaded_error', message: 'Overloaded' },
};

/** Anthropic's error object for an error the script or the mock raises. */
export function anthropicErrorObject(error: ProviderError): AnthropicErrorObject {
  const defaults = defaultsByStatus[error.status] ?? {
    type: error.status >= 500 ? 'api_error' : 'invalid_request_error',
    message: error.status >= 500 ? 'Internal server error' : 'Invalid request.',
  };
  return { type: error.errorType ?? defaults.type, message: error.message ?? defaults.message };
}

/** An HTTP reply carrying Anthropic's error body, with the request id in the body and the `request-id` header. */
export function anthropicErrorReply(
  status: number,
  error: AnthropicErrorObject,
  retryAfterSeconds?: number,
): HttpReply {
  const requestId = createId('req_', 24);
  const headers: Record<string, string> = { 'content-type': 'application/json', 'request-id': requestId };
  if (retryAfterSeconds !== undefined) headers['retry-after'] = String(retryAfterSeconds);
  return { status, headers, body: JSON.stringify({ type: 'error', error, request_id: requestId }) };
}

/** The reply for a provider error raised by a script. */
export function renderAnthropicError(error: ProviderError): HttpReply {
  return anthropicErrorReply(error.status, anthropicErrorObject(error), error.retryAfterSeconds);
}
