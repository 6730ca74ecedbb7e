import type { ConverseStreamEvent } from '@heimdall/spec';
import { type ConverseEventBatch, isConverseEventBatch } from '../converse-event-batch.js';
import { toConverseStreamException } from '../errors/stream-exceptions.js';
import { encodeConverseEvent } from './encode-converse-event.js';
import { encodeConverseEventBatch } from './encode-converse-event-batch.js';
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
 * A ConverseStream reply body from events, or from batches of events: each event becomes one frame, and each item
 * of the source one chunk, sent at once (a batch's frames in one chunk, so one write carries them all; a batch
 * with its original `frames` is forwarded byte for byte). The stream is pull-based (`highWaterMark: 0`): the next
 * item is read from the source only when the reader asks for more, so a slow client slows the upstream instead of
 * filling memory. Cancelling the stream calls the source's `return()`.
 *
 * When the source fails, a {@link HeimdallError} of a stream exception type is sent as that exception frame; any
 * other error as an `internalServerException` with a generic message. Then the stream closes: after a failure it
 * never ends as if it were complete.
 *
 * @see https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_ConverseStream.html
 */
export function encodeConverseStream(
  events: AsyncIterable<ConverseStreamEvent | ConverseEventBatch>,
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
        // A pull must enqueue or end the stream: the stream does not pull again on its own after an empty one.
        for (;;) {
          let result: IteratorResult<ConverseStreamEvent | ConverseEventBatch>;
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
          let chunk: Uint8Array | undefined;
          try {
            chunk = isConverseEventBatch(result.value)
              ? encodeConverseEventBatch(result.value)
              : encodeConverseEvent(result.value);
          } catch (error) {
            await endWithException(controller, error, true);
            return;
          }
          if (chunk) {
            controller.enqueue(chunk);
            return;
          }
        }
      },
      async cancel(reason) {
        await iterator.return?.(reason);
      },
    },
    { highWaterMark: 0 },
  );
}
