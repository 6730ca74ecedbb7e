import { lastUserText, readJsonObject } from '../read-json-body.js';
import type { HttpReply, IncomingRequestView, ParsedRequest } from '../wire-format.js';
import { openAiErrorReply } from './openai-errors.js';

type ReadResult = { ok: true; request: ParsedRequest } | { ok: false; reply: HttpReply };

/**
 * Checks a chat completions request the way the API does: Bearer key, JSON body, `model` and `messages`,
 * and `stream_options` only with `stream`.
 * @see https://platform.openai.com/docs/api-reference/chat/create
 */
export function readOpenAiRequest({
  request,
  apiKey,
}: {
  request: IncomingRequestView;
  apiKey: string | undefined;
}): ReadResult {
  if (apiKey !== undefined) {
    const authorization = request.headers.authorization;
    if (authorization === undefined || !authorization.startsWith('Bearer ')) {
      return invalid(
        401,
        "You didn't provide an API key. Send it in an Authorization header using Bearer auth (Authorization: Bearer YOUR_KEY).",
        null,
        null,
      );
    }
    if (authorization.slice('Bearer '.length) !== apiKey) {
      return invalid(401, 'Incorrect API key provided.', null, 'invalid_api_key');
    }
  }
  const body = readJsonObject(request.rawBody);
  if (body === undefined) {
    return invalid(400, 'We could not parse the JSON body of your request: it must be a JSON object.', null, null);
  }
  if (typeof body.model !== 'string' || body.model === '') {
    return invalid(400, 'you must provide a model parameter', null, null);
  }
  if (!Array.isArray(body.messages)) {
    return invalid(400, "Missing required parameter: 'messages'.", 'messages', 'missing_required_parameter');
  }
  const stream = body.stream === true;
  if (body.stream_options != null && !stream) {
    return invalid(
      400,
      "The 'stream_options' parameter is only allowed when 'stream' is enabled.",
      'stream_options',
      null,
    );
  }
  const streamOptions = body.stream_options as { include_usage?: unknown } | null | undefined;
  return {
    ok: true,
    request: {
      model: body.model,
      stream,
      streamUsage: streamOptions?.include_usage === true,
      lastUserText: lastUserText(body.messages),
      body,
    },
  };
}

function invalid(status: number, message: string, param: string | null, code: string | null): ReadResult {
  return { ok: false, reply: openAiErrorReply(status, { message, type: 'invalid_request_error', param, code }) };
}
