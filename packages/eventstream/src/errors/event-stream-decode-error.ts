import { HeimdallError } from '@heimdall/spec/errors';

/** What an {@link EventStreamDecodeError} is built from. */
export interface EventStreamDecodeErrorOptions {
  message: string;
  /** The byte offset in the stream of the frame (or byte) where the problem is. */
  offset: number;
  requestId?: string | undefined;
  cause?: unknown;
}

/**
 * A ConverseStream body that is not a valid `application/vnd.amazon.eventstream`: a bad CRC, a declared length that
 * is too small or too large, a frame cut off by the end of the stream, headers or a payload that cannot be read.
 *
 * @see https://docs.aws.amazon.com/transcribe/latest/dg/streaming-setting-up.html#streaming-event-stream
 */
export class EventStreamDecodeError extends HeimdallError {
  /** The byte offset in the stream of the frame (or byte) where the problem is. */
  readonly offset: number;

  constructor({ message, offset, requestId, cause }: EventStreamDecodeErrorOptions) {
    super({ type: 'EventStreamDecodeError', message: `${message} (at byte ${offset})`, requestId, cause });
    this.offset = offset;
  }
}
