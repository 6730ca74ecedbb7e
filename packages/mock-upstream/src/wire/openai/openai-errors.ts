import type { ProviderError } from '../../script/stream-part.js';
import { createId } from '../create-id.js';
import type { HttpReply } from '../wire-format.js';

/**
 * OpenAI's error object, `{ message, type, param, code }`, as the API and the official SDK's `APIError` read it.
 * @see https://platform.openai.com/docs/guides/error-codes
 */
export interface OpenAiErrorObject {
  message: string;
  type: string;
  param: string | null;
  code: string | null;
}

interface StatusDefaults {
  type: string;
  code: string | null;
  message: string;
}

/** Type, code and message OpenAI sends for each status, when a script does not name its own. */
const defaultsByStatus: Record<number, StatusDefaults> = {
  400: { type: 'invalid_request_error', code: null, message: 'Invalid request.' },
  401: { type: 'invalid_request_error', code: 'invalid_api_key', message: 'Incorrect API key provided.' },
  403: { type: 'invalid_request_error', code: null, message: 'You are not allowed to use this resource.' },
  404: { type: 'invalid_request_error', code: 'model_not_found', message: 'The model does not exist.' },
  429: { type: 'requests', code: 'rate_limit_exceeded', message: 'Rate limit reached for requests.' },
  500: { type: 'server_error', code: null, message: 'The server had an error while processing your request.' },
  503: { type: 'server_error', code: null, message: 'The server is overloaded or not ready yet.' },
};

/** OpenAI's error object for an error the script or the mock raises. */
export function openAiErrorObject(error: ProviderError): OpenAiErrorObject {
  const defaults = defaultsByStatus[error.status] ?? {
    type: error.status >= 500 ? 'server_error' : 'invalid_request_error',
    code: null,
    message: error.status >= 500 ? 'The server had an error.' : 'Invalid request.',
  };
  return {
    message: error.message ?? defaults.message,
    type: error.errorType ?? defaults.type,
    param: null,
    code: defaults.code,
  };
}

/** An HTTP reply carrying OpenAI's error body, `{ "error": { … } }`. */
export function openAiErrorReply(status: number, error: OpenAiErrorObject, retryAfterSeconds?: number): HttpReply {
  const headers: Record<string, string> = {
    'content-type': 'application/json; charset=utf-8',
    'x-request-id': createId('req_', 32),
  };
  if (retryAfterSeconds !== undefined) headers['retry-after'] = String(retryAfterSeconds);
  return { status, headers, body: JSON.stringify({ error }) };
}

/** The reply for a provider error raised by a script. */
export function renderOpenAiError(error: ProviderError): HttpReply {
  return openAiErrorReply(error.status, openAiErrorObject(error), error.retryAfterSeconds);
}
