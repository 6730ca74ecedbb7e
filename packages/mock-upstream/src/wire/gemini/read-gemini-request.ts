import { readJsonObject } from '../read-json-body.js';
import type { HttpReply, IncomingRequestView, ParsedRequest } from '../wire-format.js';
import { type GeminiErrorObject, geminiErrorReply } from './gemini-errors.js';
import { parseGeminiRoute } from './gemini-route.js';

type ReadResult = { ok: true; request: ParsedRequest } | { ok: false; reply: HttpReply };

/**
 * Checks a `generateContent` request the way the Gemini API does: the key (`x-goog-api-key`, or the `key` query
 * parameter), a JSON body with a non-empty `contents`. A missing key is Google's 403 for an unidentified caller; a
 * wrong one is its 400 with the reason `API_KEY_INVALID`. The mock streams only as server-sent events, so a
 * stream request must ask for `alt=sse`.
 * @see https://ai.google.dev/api/generate-content#request-body
 */
export function readGeminiRequest({
  request,
  apiKey,
}: {
  request: IncomingRequestView;
  apiKey: string | undefined;
}): ReadResult {
  const route = parseGeminiRoute(request.path);
  if (route === undefined) return invalid(404, 'NOT_FOUND', `Invalid path ${request.path}`);
  const query = new URL(request.url, 'http://mock').searchParams;
  if (apiKey !== undefined) {
    const header = request.headers['x-goog-api-key'];
    const given = (Array.isArray(header) ? header[0] : header) ?? query.get('key') ?? undefined;
    if (given === undefined) {
      return invalid(
        403,
        'PERMISSION_DENIED',
        "Method doesn't allow unregistered callers (callers without established identity). Please use API Key or other form of API consumer identity to call this API.",
      );
    }
    if (given !== apiKey) return rejectedKey();
  }
  if (route.stream && query.get('alt') !== 'sse') {
    return invalid(
      400,
      'INVALID_ARGUMENT',
      'The mock upstream streams Gemini replies only as server-sent events: add ?alt=sse',
    );
  }
  const body = readJsonObject(request.rawBody);
  if (body === undefined) return invalid(400, 'INVALID_ARGUMENT', 'Invalid JSON payload received.');
  if (!Array.isArray(body.contents) || body.contents.length === 0) {
    return invalid(400, 'INVALID_ARGUMENT', '* GenerateContentRequest.contents: contents is not specified\n');
  }
  return {
    ok: true,
    request: {
      model: route.model,
      stream: route.stream,
      streamUsage: true,
      lastUserText: lastUserText(body.contents),
      body,
    },
  };
}

/** The text parts of the last `user` content, joined. */
function lastUserText(contents: unknown[]): string {
  for (let index = contents.length - 1; index >= 0; index -= 1) {
    const content = contents[index] as { role?: unknown; parts?: unknown } | null;
    if (content?.role !== 'user' || !Array.isArray(content.parts)) continue;
    const texts = content.parts.flatMap((part: { text?: unknown } | null) =>
      typeof part?.text === 'string' ? [part.text] : [],
    );
    if (texts.length > 0) return texts.join(' ');
  }
  return '';
}

function invalid(code: number, status: string, message: string): ReadResult {
  return { ok: false, reply: geminiErrorReply({ code, status, message }) };
}

function rejectedKey(): ReadResult {
  const error: GeminiErrorObject = {
    code: 400,
    status: 'INVALID_ARGUMENT',
    message: 'API key not valid. Please pass a valid API key.',
    details: [
      {
        '@type': 'type.googleapis.com/google.rpc.ErrorInfo',
        reason: 'API_KEY_INVALID',
        domain: 'googleapis.com',
        metadata: { service: 'generativelanguage.googleapis.com' },
      },
    ],
  };
  return { ok: false, reply: geminiErrorReply(error) };
}
