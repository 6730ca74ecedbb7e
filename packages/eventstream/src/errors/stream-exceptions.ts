import { type ConverseStreamExceptionType, converseStreamExceptionTypes } from '@heimdall/spec';
import { HeimdallError, InternalServerException } from '@heimdall/spec/errors';
import { normalizeErrorType } from './create-heimdall-error.js';
import { streamMemberName } from './error-type-name.js';

const streamExceptionTypes: ReadonlySet<string> = new Set(converseStreamExceptionTypes);

/** Whether `memberName` is one of the `:exception-type` values the spec allows in a ConverseStream, e.g. `throttlingException`. */
export function isConverseStreamExceptionType(memberName: string): memberName is ConverseStreamExceptionType {
  return streamExceptionTypes.has(memberName);
}

/**
 * The camelCase member name an error type has in the ConverseStream union (`ThrottlingException` →
 * `throttlingException`), or `undefined` when Bedrock never sends that type inside a stream.
 */
export function streamExceptionMemberName(type: string): ConverseStreamExceptionType | undefined {
  const memberName = streamMemberName(normalizeErrorType(type));
  return isConverseStreamExceptionType(memberName) ? memberName : undefined;
}

/** The camelCase member name of an error's type, e.g. `throttlingException` for a {@link ThrottlingException}. */
export function errorStreamMemberName(error: HeimdallError): string {
  return streamMemberName(error.type);
}

/**
 * The error to send inside a ConverseStream for anything that failed while streaming: a {@link HeimdallError} of a
 * stream exception type as it is; anything else as an {@link InternalServerException} with a generic message that
 * tells nothing of the original, which is kept as `cause` for logs.
 */
export function toConverseStreamException(error: unknown): HeimdallError {
  if (error instanceof HeimdallError && streamExceptionMemberName(error.type)) return error;
  const requestId = error instanceof HeimdallError ? error.requestId : undefined;
  return new InternalServerException({
    message: 'The server encountered an internal error while streaming the response.',
    requestId,
    cause: error,
  });
}
