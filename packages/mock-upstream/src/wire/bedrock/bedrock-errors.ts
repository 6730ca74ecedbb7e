import { normalizeErrorType } from '@heimdall/eventstream';
import { bedrockErrorTypeByStatus } from '@heimdall/spec';
import type { ProviderError } from '../../script/stream-part.js';
import type { HttpReply } from '../wire-format.js';
import { createRequestId } from './request-id.js';

// The type of each status is the spec's, which follows Bedrock's service model.
const typeByStatus: Readonly<Record<number, string>> = bedrockErrorTypeByStatus;

/** The message Bedrock sends with each status, when a script does not give its own. */
const messageByStatus: Readonly<Record<number, string>> = {
  400: 'The input fails to satisfy the constraints of the operation.',
  403: "You don't have access to the model with the specified model ID.",
  404: 'The specified model could not be found.',
  408: 'The model took too long to process the request.',
  424: 'The model returned an error while processing the request.',
  429: 'Too many requests, please wait before trying again.',
  500: 'The server encountered an internal error.',
  503: 'The service is unavailable. Try your request again later.',
};

/** Bedrock's error type and message for an error a script raises, in PascalCase (`ThrottlingException`). */
export function bedrockErrorOf(error: ProviderError): { type: string; message: string } {
  const serverFault = error.status >= 500;
  const type = typeByStatus[error.status] ?? (serverFault ? 'InternalServerException' : 'ValidationException');
  const message =
    messageByStatus[error.status] ??
    (serverFault ? 'The server encountered an internal error.' : 'The request is not valid.');
  return {
    type: error.errorType === undefined ? type : normalizeErrorType(error.errorType),
    message: error.message ?? message,
  };
}

/**
 * An error reply as Bedrock sends it before any stream: the JSON body `{"message": …}`, the type in
 * `x-amzn-errortype` with the service's namespace suffix (which the AWS SDKs strip), and `x-amzn-requestid`.
 * @see https://smithy.io/2.0/aws/protocols/aws-restjson1-protocol.html#operation-error-serialization
 */
export function bedrockErrorReply({
  status,
  type,
  message,
  retryAfterSeconds,
}: {
  status: number;
  type: string;
  message: string;
  retryAfterSeconds?: number | undefined;
}): HttpReply {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    'x-amzn-errortype': `${type}:http://internal.amazon.com/coral/com.amazon.bedrock/`,
    'x-amzn-requestid': createRequestId(),
  };
  if (retryAfterSeconds !== undefined) headers['retry-after'] = String(retryAfterSeconds);
  return { status, headers, body: JSON.stringify({ message }) };
}

/** The reply for a provider error raised by a script (a pre-stream failure, or a stream error of `/converse`). */
export function renderBedrockError(error: ProviderError): HttpReply {
  return bedrockErrorReply({
    status: error.status,
    ...bedrockErrorOf(error),
    retryAfterSeconds: error.retryAfterSeconds,
  });
}
