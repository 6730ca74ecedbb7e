import { createHeimdallError } from '@heimdall/eventstream';
import type { Redact } from '../shared/redact-secrets.js';
import { parseRetryAfter } from '../shared/retry-after.js';
import { UpstreamFailure } from '../shared/upstream-failure.js';
import type { UpstreamResponse } from '../shared/upstream-http.js';
import { preStreamErrorType } from './bedrock-error-types.js';
import { isRetryableBedrockError } from './bedrock-retry-policy.js';

type Headers = UpstreamResponse['headers'];

/** A header's first value; `undefined` when it is missing or blank. */
export function headerValue(headers: Headers, name: string): string | undefined {
  const value = headers[name];
  const first = Array.isArray(value) ? value[0] : value;
  return first?.trim() ? first : undefined;
}

/**
 * A Bedrock error reply as the same Bedrock error and message, so a client of the gateway sees what it would have
 * seen from Bedrock. The type comes from `x-amzn-errortype` (`ThrottlingException:http://…`), else the body's
 * `__type` or `code`, else the status, and is always one the spec lists (see {@link preStreamErrorType}), sent with
 * that type's status; the message comes from the body's `message` or `Message`, else its text, redacted. Extra body
 * fields (`originalStatusCode`, `resourceName`) are kept.
 * @see https://smithy.io/2.0/aws/protocols/aws-restjson1-protocol.html#operation-error-serialization
 */
export async function bedrockHttpFailure({
  response,
  redact,
}: {
  response: UpstreamResponse;
  redact: Redact;
}): Promise<UpstreamFailure> {
  const { status, headers } = response;
  const text = await response.text().catch(() => '');
  const body = parseObject(text);
  const rawMessage = stringField(body, 'message') ?? stringField(body, 'Message') ?? text.trim().slice(0, 500);
  const message = redact(rawMessage || `HTTP ${status}`);
  const upstreamType =
    headerValue(headers, 'x-amzn-errortype') ?? stringField(body, '__type') ?? stringField(body, 'code');
  const error = createHeimdallError({
    type: preStreamErrorType(upstreamType, status),
    message,
    requestId: headerValue(headers, 'x-amzn-requestid'),
    fields: {
      originalStatusCode: body.originalStatusCode,
      resourceName: typeof body.resourceName === 'string' ? redact(body.resourceName) : undefined,
    },
  });
  return new UpstreamFailure({
    error,
    retryable: isRetryableBedrockError(error.type, status),
    retryAfterMs: parseRetryAfter(headers),
  });
}

function parseObject(text: string): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : {};
  } catch {
    // Not JSON: a proxy's HTML page or plain text, used as the message.
    return {};
  }
}

function stringField(body: Record<string, unknown>, name: string): string | undefined {
  const value = body[name];
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}
