import { lastUserText, readJsonObject } from '../read-json-body.js';
import type { HttpReply, IncomingRequestView, ParsedRequest } from '../wire-format.js';
import { anthropicErrorReply } from './anthropic-errors.js';

type ReadResult = { ok: true; request: ParsedRequest } | { ok: false; reply: HttpReply };

/**
 * Checks a Messages request the way the API does: the key (in `x-api-key`, or as `Authorization: Bearer`, which
 * the 1.x SDKs send), the required `anthropic-version` header, a JSON body with `model`, `max_tokens` and
 * `messages`.
 * @see https://docs.anthropic.com/en/api/messages
 */
export function readAnthropicRequest({
  request,
  apiKey,
}: {
  request: IncomingRequestView;
  apiKey: string | undefined;
}): ReadResult {
  if (apiKey !== undefined) {
    const given = request.headers['x-api-key'] ?? bearerToken(request.headers.authorization);
    if (given === undefined) return invalid(401, 'authentication_error', 'x-api-key header is required');
    if (given !== apiKey) return invalid(401, 'authentication_error', 'invalid x-api-key');
  }
  if (request.headers['anthropic-version'] === undefined) {
    return invalid(400, 'invalid_request_error', 'anthropic-version: header is required');
  }
  const body = readJsonObject(request.rawBody);
  if (body === undefined) return invalid(400, 'invalid_request_error', 'The request body is not a valid JSON object.');
  if (typeof body.model !== 'string' || body.model === '') {
    return invalid(400, 'invalid_request_error', 'model: Field required');
  }
  if (typeof body.max_tokens !== 'number') return invalid(400, 'invalid_request_error', 'max_tokens: Field required');
  if (!Array.isArray(body.messages)) return invalid(400, 'invalid_request_error', 'messages: Field required');
  const stream = body.stream === true;
  return {
    ok: true,
    request: { model: body.model, stream, streamUsage: true, lastUserText: lastUserText(body.messages), body },
  };
}

function bearerToken(authorization: string | undefined): string | undefined {
  return authorization?.startsWith('Bearer ') ? authorization.slice('Bearer '.length) : undefined;
}

function invalid(status: number, type: string, message: string): ReadResult {
  return { ok: false, reply: anthropicErrorReply(status, { type, message }) };
}
