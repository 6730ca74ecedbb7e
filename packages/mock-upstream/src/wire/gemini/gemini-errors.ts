import type { ProviderError } from '../../script/stream-part.js';
import type { HttpReply } from '../wire-format.js';

/**
 * Google's error object, the `error` of `{ "error": { code, message, status, details } }`: the HTTP status as a
 * number, and the canonical gRPC status name.
 * @see https://ai.google.dev/gemini-api/docs/troubleshooting#error-codes
 * @see https://cloud.google.com/apis/design/errors#http_mapping
 */
export interface GeminiErrorObject {
  code: number;
  message: string;
  status: string;
  details?: Record<string, unknown>[];
}

/** Status name and message Google sends for each HTTP status, when a script does not name its own. */
const defaultsByStatus: Record<number, { status: string; message: string }> = {
  400: { status: 'INVALID_ARGUMENT', message: 'Request contains an invalid argument.' },
  403: { status: 'PERMISSION_DENIED', message: 'The caller does not have permission' },
  404: { status: 'NOT_FOUND', message: 'Requested entity was not found.' },
  429: {
    status: 'RESOURCE_EXHAUSTED',
    message: 'You exceeded your current quota, please check your plan and billing details.',
  },
  500: {
    status: 'INTERNAL',
    message:
      'An internal error has occurred. Please retry or report in https://developers.generativeai.google/guide/troubleshooting',
  },
  503: { status: 'UNAVAILABLE', message: 'The model is overloaded. Please try again later.' },
  504: { status: 'DEADLINE_EXCEEDED', message: 'Deadline expired before operation could complete.' },
};

/** Google's error object for an error the script or the mock raises. */
export function geminiErrorObject(error: ProviderError): GeminiErrorObject {
  const defaults = defaultsByStatus[error.status] ?? {
    status: error.status >= 500 ? 'INTERNAL' : 'INVALID_ARGUMENT',
    message: error.status >= 500 ? 'An internal error has occurred.' : 'Request contains an invalid argument.',
  };
  // Google says how long to wait in the body (`RetryInfo`), not in a `retry-after` header.
  const details =
    error.retryAfterSeconds === undefined
      ? undefined
      : [{ '@type': 'type.googleapis.com/google.rpc.RetryInfo', retryDelay: `${error.retryAfterSeconds}s` }];
  return {
    code: error.status,
    message: error.message ?? defaults.message,
    status: error.errorType ?? defaults.status,
    ...(details ? { details } : {}),
  };
}

/** An HTTP reply carrying Google's error body. */
export function geminiErrorReply(error: GeminiErrorObject): HttpReply {
  return {
    status: error.code,
    headers: { 'content-type': 'application/json; charset=UTF-8' },
    body: JSON.stringify({ error }),
  };
}

/** The reply for a provider error raised by a script. */
export function renderGeminiError(error: ProviderError): HttpReply {
  return geminiErrorReply(geminiErrorObject(error));
}
