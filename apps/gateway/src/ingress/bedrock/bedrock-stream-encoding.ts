import { encodeConverseEventBatch, encodeConverseException, toConverseStreamException } from '@heimdall/eventstream';
import type { StreamEncoding } from '../../streaming/write-event-stream.js';

/**
 * ConverseStream's wire format: eventstream frames, a batch's original frames forwarded byte for byte. A failure
 * ends the stream with the exception frame of its type when it is a stream exception type, else with an
 * `internalServerException` with a generic message.
 * @see https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_ConverseStream.html
 */
export const bedrockStreamEncoding: StreamEncoding = {
  contentType: 'application/vnd.amazon.eventstream',
  encodeBatch: encodeConverseEventBatch,
  encodeFailure: (error) => encodeConverseException(toConverseStreamException(error)),
};
