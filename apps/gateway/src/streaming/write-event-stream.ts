import { type ConverseEventBatch, ServiceUnavailableException } from '@heimdall/eventstream';
import type { StreamOutcome } from '../app/handlers/stream-hold.js';
import type { ByteSink } from './byte-sink.js';
import { isCallbackReader } from './callback-reader.js';

/** How an ingress writes a stream: its content type, a batch as bytes, and the frame a failure ends it with. */
export interface StreamEncoding {
  contentType: string;
  /** The bytes of one batch, written in one go; `undefined` when it has nothing to write. */
  encodeBatch(batch: ConverseEventBatch): Uint8Array | undefined;
  /** The last bytes of a stream that failed: what the client is told went wrong. */
  encodeFailure(error: unknown): Uint8Array;
}

export interface EventStreamWriteOptions {
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
 * Writes the upstream's batches to `sink`, each as one write: the only layer between the upstream's reader and the
 * socket, with no async function of its own and no promise per batch from a source read through callbacks (an
 * upstream body; any other source costs one promise per batch). It is pull-based: the next batch
 * is read only once the sink has taken the last one (`write` returned true, or the sink drained), so a slow client
 * slows the upstream read instead of filling memory. A reader that leaves (`sink.onClose`) stops the source.
 *
 * Shutdown is one listener per stream, not a promise per read: when the grace period runs out, the stream ends at
 * once with a `serviceUnavailableException` frame, so clients see why their reply stopped (an HTTP/2 client would
 * otherwise take a closed connection for a complete reply) and know a retry may succeed elsewhere; `onEnd` aborts
 * the upstream request, so a read stuck waiting on it lets go.
 */
export function writeEventStream(sink: ByteSink, options: EventStreamWriteOptions): void {
  const { encoding, shutdownSignal } = options;
  const iterator = options.batches[Symbol.asyncIterator]();
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
    sink.write(encoding.encodeFailure(error));
    sink.end();
    if (sourceIsOpen) stopSource();
  };
  function onShutdown() {
    if (over) return;
    over = true;
    shutdownSignal.removeEventListener('abort', onShutdown);
    const error = new ServiceUnavailableException({ message: 'The gateway is shutting down: retry the request' });
    sink.write(encoding.encodeFailure(error));
    sink.end();
    stopSource();
    // Told once the sink has taken the last frame: the stream stops counting as open then, and the server, which
    // waits for open streams, does not close the connection before the frame is on it.
    setImmediate(() => {
      try {
        options.onEnd({ error });
      } catch {
        // Nobody is left to tell; the stream has ended for its client already.
      }
    });
  }
  const onBatch = (result: IteratorResult<ConverseEventBatch>) => {
    // Shutdown or a cancel may have ended the stream while the read was waiting.
    if (over) return;
    let complete = false;
    try {
      if (result.done) {
        complete = true;
        try {
          end({});
        } finally {
          sink.end();
        }
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
      if (bytes === undefined || sink.write(bytes)) readNext();
      else sink.onDrain(readNext);
    } catch (error) {
      // Only a failing end (a log hook) gets here. A complete reply stays complete for its client; one cut short
      // goes with its connection.
      if (!complete) sink.abort(error);
    }
  };
  const onReadFailure = (error: unknown) => {
    if (!over) fail(error, false);
  };
  // Through callbacks when the source allows it (an upstream body), so a batch is written from the socket's data
  // callback itself; else one promise per batch.
  const readNext = isCallbackReader(iterator)
    ? () => {
        if (!over) iterator.nextInto(onBatch, onReadFailure);
      }
    : () => {
        if (!over) iterator.next().then(onBatch, onReadFailure);
      };

  sink.onClose(() => {
    if (over) return;
    end({ cancelled: true });
    stopSource();
  });
  if (shutdownSignal.aborted) {
    onShutdown();
    return;
  }
  shutdownSignal.addEventListener('abort', onShutdown, { once: true });
  readNext();
}
