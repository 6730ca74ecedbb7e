import type { ConverseStreamEvent } from '@heimdall/spec';
import { toConverseStreamException } from '../errors/stream-exceptions.js';
import { encodeConverseEvent } from './encode-converse-event.js';
import { encodeConverseException } from './encode-converse-exception.js';

/** Options of {@link encodeConverseStream}. */
export interface EncodeConverseStreamOptions {
  /**
   * Hears every failure of the source (or of encoding one of its events) before the stream ends with an exception
   * frame: the place to log the original error, which the client never sees unless it is a stream exception type.
   * It should not throw; if it does, that is ignored so the client still gets its exception frame.
   */
  onError?: (error: unknown) => void;
}

/**
 * A ConverseStream reply body from events: each event becomes one frame, sent as its own chunk at once. The stream
 * is pull-based (`highWaterMark: 0`): the next event is read from the source only when the reader asks for more, so
 * a slow client slows the upstream instead of filling memory. Cancelling the stream calls the source's `return()`.
 *
 * When the source fails, a {@link HeimdallError} of a stream exception type is sent as that exception frame; any
 * other error as an `internalServerException` with a generic message. Then the stream closes: after a failure it
 * never ends as if it were complete.
 *
 * @see https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_ConverseStream.html
 */
export function encodeConverseStream(
  events: AsyncIterable<ConverseStreamEvent>,
  options: EncodeConverseStreamOptions = {},
): ReadableStream<Uint8Array> {
  const iterator = events[Symbol.asyncIterator]();
  const report = (error: unknown) => {
    try {
      options.onError?.(error);
    } catch {
      // A failing log hook must not cost the client its exception frame.
    }
  };
  const endWithException = async (
    controller: ReadableStreamDefaultController<Uint8Array>,
    error: unknown,
    sourceIsOpen: boolean,
  ) => {
    report(error);
    controller.enqueue(encodeConverseException(toConverseStreamException(error)));
    controller.close();
    // The source failed to give a usable event but has not ended on its own, so it is told to stop.
    if (sourceIsOpen) await Promise.resolve(iterator.return?.()).catch(report);
  };
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        let result: IteratorResult<ConverseStreamEvent>;
        try {
          result = await iterator.next();
        } catch (error) {
          await endWithException(controller, error, false);
          return;
        }
        if (result.done) {
          controller.close();
          return;
        }
        let frame: Uint8Array;
        try {
          frame = encodeConverseEvent(result.value);
        } catch (error) {
          await endWithException(controller, error, true);
          return;
        }
        controller.enqueue(frame);
      },
      async cancel(reason) {
        await iterator.return?.(reason);
      },
    },
    { highWaterMark: 0 },
  );
}
