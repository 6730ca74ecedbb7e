import { readJsonObject } from '../read-json-body.js';
import type { HttpReply, IncomingRequestView, ParsedRequest } from '../wire-format.js';
import { bedrockErrorReply } from './bedrock-errors.js';
import { decodeModelId, parseBedrockRoute } from './bedrock-route.js';

type ReadResult = { ok: true; request: ParsedRequest } | { ok: false; reply: HttpReply };

/**
 * Reads a Converse or ConverseStream request: the model id from the path (percent-decoded, so scripts are set for
 * `openai/gpt-4o`, not `openai%2Fgpt-4o`), the operation from the path, and a JSON object body whose `messages`, when
 * present, is a list.
 * @see https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_Converse.html#API_runtime_Converse_RequestSyntax
 */
export function readBedrockRequest(request: IncomingRequestView): ReadResult {
  const route = parseBedrockRoute(request.path);
  const model = route === undefined ? undefined : decodeModelId(route.encodedModelId);
  if (route === undefined || model === undefined || model === '') {
    return invalid(`The model id in ${request.path} is not a valid percent-encoded path segment.`);
  }
  const body = readJsonObject(request.rawBody);
  if (body === undefined) return invalid('The request body is not a valid JSON object.');
  if (body.messages !== undefined && !Array.isArray(body.messages)) {
    return invalid(
      "1 validation error detected: Value at 'messages' failed to satisfy constraint: Member must be a list",
    );
  }
  const messages: unknown[] = Array.isArray(body.messages) ? body.messages : [];
  return {
    ok: true,
    request: {
      model,
      stream: route.operation === 'converse-stream',
      streamUsage: true,
      lastUserText: lastUserText(messages),
      body,
    },
  };
}

/** The text blocks of the last user message, joined; Bedrock content blocks are `{ "text": … }` without a type. */
function lastUserText(messages: unknown[]): string {
  for (let index = messages.length - 1; index >= 0; index -= 1) {
    const message = messages[index] as { role?: unknown; content?: unknown } | null;
    if (message?.role !== 'user' || !Array.isArray(message.content)) continue;
    return message.content
      .map((block: unknown) => (block as { text?: unknown } | null)?.text)
      .filter((text): text is string => typeof text === 'string' && text !== '')
      .join(' ');
  }
  return '';
}

function invalid(message: string): ReadResult {
  return { ok: false, reply: bedrockErrorReply({ status: 400, type: 'ValidationException', message }) };
}
