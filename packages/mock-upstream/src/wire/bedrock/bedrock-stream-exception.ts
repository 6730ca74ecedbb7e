import {
  createHeimdallError,
  encodeConverseException,
  normalizeErrorType,
  streamExceptionMemberName,
} from '@heimdall/eventstream';
import { converseStreamExceptionTypes } from '@heimdall/spec';
import type { Script } from '../../script/script.js';
import type { ProviderError } from '../../script/stream-part.js';

const defaultStreamExceptionType = 'ModelStreamErrorException';
const defaultStreamErrorMessage = 'The model failed while streaming its reply.';

/**
 * Fails early, before any byte is sent, when a script's stream error names a type that Bedrock never sends inside a
 * ConverseStream, so the mistake shows as the mock's own 500 instead of a cut connection.
 */
export function checkStreamErrorTypes(script: Script): void {
  for (const step of script.steps) {
    if (step.type !== 'stream-error' || step.errorType === undefined) continue;
    if (streamExceptionMemberName(step.errorType) === undefined) {
      throw new TypeError(
        `A Bedrock stream cannot end with ${step.errorType}: use one of ${converseStreamExceptionTypes.join(', ')}`,
      );
    }
  }
}

/**
 * A script's stream error as the exception frame that ends a ConverseStream: `modelStreamErrorException` (carrying
 * the script's status and message as `originalStatusCode` and `originalMessage`) unless the script names another
 * stream exception type.
 * @see https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_ConverseStreamOutput.html
 */
export function encodeStreamError(error: ProviderError): Uint8Array {
  const type = normalizeErrorType(error.errorType ?? defaultStreamExceptionType);
  const message = error.message ?? defaultStreamErrorMessage;
  const fields =
    type === defaultStreamExceptionType ? { originalStatusCode: error.status, originalMessage: message } : {};
  return encodeConverseException(createHeimdallError({ type, message, fields }));
}
