import type { MessagesErrorObject } from './messages-api-types.js';

/**
 * The message of an Anthropic error body (`{"type": "error", "error": {"type": …, "message": …}}`), or the raw text
 * for a proxy that answers otherwise. @see https://docs.anthropic.com/en/api/errors
 */
export function anthropicErrorMessage(body: string, status: number): string {
  try {
    const parsed = JSON.parse(body) as { error?: MessagesErrorObject | string; message?: unknown };
    if (typeof parsed.error === 'string') return parsed.error;
    if (typeof parsed.error?.message === 'string') return parsed.error.message;
    if (typeof parsed.message === 'string') return parsed.message;
  } catch {
    // Not JSON: a proxy's HTML page or plain text.
  }
  const text = body.trim().slice(0, 500);
  return text || `HTTP ${status}`;
}

/**
 * The HTTP status Anthropic documents for each error type, for an `error` event that arrives mid-stream without one.
 * @see https://docs.anthropic.com/en/api/errors#http-errors
 */
const statusByErrorType: Record<string, number> = {
  invalid_request_error: 400,
  authentication_error: 401,
  billing_error: 402,
  permission_error: 403,
  not_found_error: 404,
  request_too_large: 413,
  rate_limit_error: 429,
  api_error: 500,
  timeout_error: 504,
  overloaded_error: 529,
};

export function statusOfErrorType(type: string | undefined): number | undefined {
  return type === undefined ? undefined : statusByErrorType[type];
}
