import { HeimdallError, InternalServerException, ModelErrorException } from '@heimdall/eventstream';
import type { BedrockError } from '@heimdall/spec';
import { UpstreamFailure } from '../providers/shared/upstream-failure.js';

/**
 * The reply for an error before any stream began, as Bedrock sends it: the status of the error type, the type in
 * `x-amzn-errortype` (where the AWS SDKs look to choose the exception class), and the spec's error body.
 * @see https://smithy.io/2.0/aws/protocols/aws-restjson1-protocol.html#operation-error-serialization
 */
export function errorResponse(error: HeimdallError, requestId: string): Response {
  const body: BedrockError = { message: error.message, type: error.type };
  if (error instanceof ModelErrorException) {
    if (error.originalStatusCode !== undefined) body.originalStatusCode = error.originalStatusCode;
    if (error.resourceName !== undefined) body.resourceName = error.resourceName;
  }
  return new Response(JSON.stringify(body), {
    status: error.status ?? 500,
    headers: {
      'content-type': 'application/json',
      'x-amzn-errortype': error.type,
      'x-amzn-requestid': requestId,
    },
  });
}

/**
 * Any failure as the Bedrock error a client may see: Bedrock errors as they are, an upstream's failure as its
 * Bedrock error (one can reach here when the client left mid-attempt), anything else as an opaque 500.
 */
export function toClientError(error: unknown, requestId: string): HeimdallError {
  if (error instanceof HeimdallError) return error;
  if (error instanceof UpstreamFailure) return error.error;
  return new InternalServerException({
    message: `The gateway failed to handle the request (request id ${requestId})`,
    requestId,
    cause: error,
  });
}
