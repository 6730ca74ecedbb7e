import type { HeimdallError } from '@heimdall/spec/errors';
import { ModelStreamErrorException } from '@heimdall/spec/errors';
import { streamExceptionMemberName } from '../errors/stream-exceptions.js';
import { encodeJsonFrame } from './frame-encoder.js';
import { frameHeaders } from './frame-headers.js';

/**
 * A Bedrock error as the exception frame that ends a ConverseStream: string headers `:exception-type` (the camelCase
 * member name, e.g. `throttlingException`), `:content-type: application/json`, `:message-type: exception`; payload
 * `{ message }`, plus `originalMessage` and `originalStatusCode` for a `ModelStreamErrorException`. Only the stream
 * exception types of the spec may be sent; turn anything else into one with `toConverseStreamException` first.
 *
 * @see https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_ConverseStreamOutput.html
 */
export function encodeConverseException(error: HeimdallError): Uint8Array {
  const memberName = streamExceptionMemberName(error.type);
  if (!memberName) {
    throw new TypeError(
      `${error.type} cannot be sent inside a ConverseStream; pass the error through toConverseStreamException first`,
    );
  }
  // Keys in sorted order, as Bedrock writes every payload.
  const payload: Record<string, unknown> = { message: error.message };
  if (error instanceof ModelStreamErrorException) {
    if (error.originalMessage !== undefined) payload.originalMessage = error.originalMessage;
    if (error.originalStatusCode !== undefined) payload.originalStatusCode = error.originalStatusCode;
  }
  return encodeJsonFrame(frameHeaders('exception', memberName), JSON.stringify(payload));
}
