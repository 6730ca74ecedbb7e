import { createHeimdallError, type HeimdallError } from '@heimdall/eventstream';
import { bedrockErrorTypeByStatus } from '@heimdall/spec';

const typeOfStatus: Readonly<Record<number, string>> = bedrockErrorTypeByStatus;

const longestQuotedBody = 200;

const stringMember = (fields: Readonly<Record<string, unknown>>, ...names: string[]): string | undefined => {
  for (const name of names) {
    const value = fields[name];
    if (typeof value === 'string' && value.trim() !== '') return value;
  }
  return undefined;
};

/**
 * The typed error of an error reply sent before any stream. The type comes from the `x-amzn-errortype` header (where
 * the AWS SDKs look), else the body's `type`, `__type` or `code`, else the status; AWS's `:namespace` suffix and
 * `namespace#` prefix are stripped. The message is the body's `message` (or `Message`); a body that is not JSON is
 * quoted, shortened, after the status.
 *
 * @see https://smithy.io/2.0/aws/protocols/aws-restjson1-protocol.html#operation-error-serialization
 */
export function createResponseError(response: Response, body: unknown): HeimdallError {
  const { status, statusText, headers } = response;
  const fields = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const type =
    headers.get('x-amzn-errortype')?.trim() ||
    stringMember(fields, 'type', '__type', 'code') ||
    typeOfStatus[status] ||
    'UnknownError';
  const statusLine = `HTTP ${status}${statusText ? ` ${statusText}` : ''}`;
  let message = stringMember(fields, 'message', 'Message');
  if (message === undefined) {
    const text = typeof body === 'string' ? body.trim() : '';
    const quoted = text.length > longestQuotedBody ? `${text.slice(0, longestQuotedBody)}…` : text;
    message = quoted === '' ? `The server answered ${statusLine} with no error message` : `${statusLine}: ${quoted}`;
  }
  return createHeimdallError({
    type,
    message,
    status,
    requestId: headers.get('x-amzn-requestid') ?? undefined,
    fields,
  });
}
