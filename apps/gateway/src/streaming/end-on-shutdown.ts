import { ServiceUnavailableException } from '@heimdall/eventstream';

/**
 * Passes events through until the gateway's shutdown grace period runs out; then ends the stream with a
 * `serviceUnavailableException`, so that clients see why their reply stopped (an HTTP/2 client would otherwise take
 * a closed connection for a complete reply) and know a retry may succeed elsewhere. `abortUpstream` stops the
 * upstream request, so a read stuck waiting on it lets go.
 */
export async function* endOnShutdown<T>(
  events: AsyncIterable<T>,
  shutdown: AbortSignal,
  abortUpstream: (reason: unknown) => void,
): AsyncGenerator<T> {
  const iterator = events[Symbol.asyncIterator]();
  let stoppedBy: ServiceUnavailableException | undefined;
  let rejectRead: ((error: unknown) => void) | undefined;
  const onShutdown = () => {
    stoppedBy = new ServiceUnavailableException({ message: 'The gateway is shutting down: retry the request' });
    abortUpstream(stoppedBy);
    rejectRead?.(stoppedBy);
  };
  if (shutdown.aborted) onShutdown();
  else shutdown.addEventListener('abort', onShutdown, { once: true });
  // Each read gets a promise of its own that shutdown can reject. Racing every read against one shared promise that
  // never settles would leave a reaction on it per read, holding every event of the stream until the stream ends.
  const read = () =>
    new Promise<IteratorResult<T>>((resolve, reject) => {
      rejectRead = reject;
      iterator.next().then(resolve, reject);
    });
  let finished = false;
  try {
    while (true) {
      if (stoppedBy) throw stoppedBy;
      const result = await read();
      rejectRead = undefined;
      if (result.done) {
        finished = true;
        return;
      }
      yield result.value;
    }
  } finally {
    // The shutdown signal outlives every stream: what a stream hangs on it must go with the stream.
    shutdown.removeEventListener('abort', onShutdown);
    // Not awaited: a source stuck in a read only returns once its aborted request lets go of it.
    if (!finished) iterator.return?.()?.catch(() => undefined);
  }
}
