import { ServiceUnavailableException } from '@heimdall/eventstream';
import type { ConverseStreamEvent } from '@heimdall/spec';

/**
 * Passes events through until the gateway's shutdown grace period runs out; then ends the stream with a
 * `serviceUnavailableException`, so that clients see why their reply stopped (an HTTP/2 client would otherwise take
 * a closed connection for a complete reply) and know a retry may succeed elsewhere. The upstream request itself is
 * aborted by the same signal, which is part of its call's signal.
 */
export async function* endOnShutdown(
  events: AsyncIterable<ConverseStreamEvent>,
  shutdown: AbortSignal,
): AsyncGenerator<ConverseStreamEvent> {
  const iterator = events[Symbol.asyncIterator]();
  const stopped = new Promise<never>((_, reject) => {
    const fail = () =>
      reject(new ServiceUnavailableException({ message: 'The gateway is shutting down: retry the request' }));
    if (shutdown.aborted) fail();
    else shutdown.addEventListener('abort', fail, { once: true });
  });
  // Only a shutdown rejects it; that rejection is handled by the race below.
  stopped.catch(() => undefined);
  let finished = false;
  try {
    while (true) {
      const result = await Promise.race([iterator.next(), stopped]);
      if (result.done) {
        finished = true;
        return;
      }
      yield result.value;
    }
  } finally {
    // Not awaited: a source stuck in a read only returns once its aborted request lets go of it.
    if (!finished) iterator.return?.()?.catch(() => undefined);
  }
}
