import { type ConverseEventBatch, ServiceUnavailableException } from '@heimdall/eventstream';
import type { StreamOutcome } from '../app/handlers/stream-hold.js';

/** How an ingress writes a stream: its content type, a batch as bytes, and the frame a failure ends it with. */
export interface StreamEncoding {
  contentType: string;
  /** The bytes of one batch, written in one go; `undefined` when it has nothing to write. */
  encodeBatch(batch: ConverseEventBatch): Uint8Array | undefined;
  /** The last bytes of a stream that failed: what the client is told went wrong. */
  encodeFailure(error: unknown): Uint8Array;
}

export interface EventStreamBodyOptions {
  batches: AsyncIterable<ConverseEventBatch>;
  encoding: StreamEncoding;
  /** Aborted when the gateway's shutdown grace period runs out. */
  shutdownSignal: AbortSignal;
  /** Told of each batch before it is written. */
  onBatch(batch: ConverseEventBatch): void;
  /**
   * Told once how the stream ended: read to its end, failed (`error`: the source's failure, an encoding failure,
   * or shutdown), or cancelled by its reader. Told before the failure's frame is written, so that a batch that
   * could not be encoded counts as a failure, not as a client that left.
   */
  onEnd(outcome: StreamOutcome): void;
}

/**
 * A reply body that reads the upstream's batches and writes each as one chunk: the only layer between the
 * upstream's reader and the HTTP layer, with no async step of its own per chunk. It is pull-based
 * (`highWaterMark: 0`): the next batch is read only when the HTTP layer asks for more, so a slow client slows the
 * upstream read instead of filling memory. A reader that cancels stops the source.
 *
 * Shutdown is one listener per stream, not a promise per read: when the grace period runs out, the stream ends at
 * once with a `serviceUnavailableException` frame, so clients see why their reply stopped (an HTTP/2 client would
 * otherwise take a closed connection for a complete reply) and know a retry may succeed elsewhere; `onEnd` aborts
 * the upstream request, so a read stuck waiting on it lets go.
 */
export function createEventStreamBody(options: EventStreamBodyOptions): ReadableStream<Uint8Array> {
  const { encoding, shutdownSignal } = options;
  const iterator = options.batches[Symbol.asyncIterator]();
  let controller: ReadableStreamDefaultController<Uint8Array>;
  let over = false;

  const end = (outcome: StreamOutcome) => {
    over = true;
    // The shutdown signal outlives every stream: what a stream hangs on it must go with the stream.
    shutdownSignal.removeEventListener('abort', onShutdown);
    options.onEnd(outcome);
  };
  // Not awaited: a source stuck in a read only returns once its aborted request lets go of it.
  const stopSource = () => void Promise.resolve(iterator.return?.()).catch(() => undefined);
  const fail = (error: unknown, sourceIsOpen: boolean) => {
    try {
      end({ error });
    } catch {
      // A failing end (a log hook) must not cost the client its exception frame.
    }
    controller.enqueue(encoding.encodeFailure(error));
    controller.close();
    if (sourceIsOpen) stopSource();
  };
  function onShutdown() {
    if (over) return;
    over = true;
    shutdownSignal.removeEventListener('abort', onShutdown);
    const error = new ServiceUnavailableException({ message: 'The gateway is shutting down: retry the request' });
    controller.enqueue(encoding.encodeFailure(error));
    controller.close();
    stopSource();
    // Told once the HTTP layer has taken the last frame (its pending read resolves in this turn's promise jobs):
    // the stream stops counting as open then, and the server, which waits for open streams, does not close the
    // connection before the frame is on it.
    setImmediate(() => {
      try {
        options.onEnd({ error });
      } catch {
        // Nobody is left to tell; the stream has ended for its client already.
      }
    });
  }

  return new ReadableStream<Uint8Array>(
    {
      start(streamController) {
        controller = streamController;
        if (shutdownSignal.aborted) onShutdown();
        else shutdownSignal.addEventListener('abort', onShutdown, { once: true });
      },
      async pull() {
        // A pull must enqueue or end the stream: the stream does not pull again on its own after an empty one.
        while (!over) {
          let result: IteratorResult<ConverseEventBatch>;
          try {
            result = await iterator.next();
          } catch (error) {
            if (!over) fail(error, false);
            return;
          }
          // Shutdown or a cancel may have ended the stream while the read was waiting.
          if (over) return;
          if (result.done) {
            end({});
            controller.close();
            return;
          }
          let bytes: Uint8Array | undefined;
          try {
            options.onBatch(result.value);
            bytes = encoding.encodeBatch(result.value);
          } catch (error) {
            fail(error, true);
            return;
          }
          if (bytes) {
            controller.enqueue(bytes);
            return;
          }
        }
      },
      cancel() {
        if (over) return;
        end({ cancelled: true });
        stopSource();
      },
    },
    { highWaterMark: 0 },
  );
}
