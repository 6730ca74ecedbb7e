import type { ConverseStreamEvent } from '@heimdall/spec';

export interface StreamObserver {
  /** The first event: the reply has begun. */
  onFirstEvent?(): void;
  onEvent?(event: ConverseStreamEvent): void;
  /** The stream is over: completed, failed (`error`), or stopped by the client (`cancelled`). */
  onEnd(outcome: { error?: unknown; cancelled?: boolean }): void;
}

/** Passes events through unchanged, telling the observer what happens, exactly once at the end. */
export async function* observeEvents(
  events: AsyncIterable<ConverseStreamEvent>,
  observer: StreamObserver,
): AsyncGenerator<ConverseStreamEvent> {
  let first = true;
  let ended = false;
  try {
    for await (const event of events) {
      if (first) {
        first = false;
        observer.onFirstEvent?.();
      }
      observer.onEvent?.(event);
      yield event;
    }
    ended = true;
    observer.onEnd({});
  } catch (error) {
    ended = true;
    observer.onEnd({ error });
    throw error;
  } finally {
    // Reached without an outcome only when the consumer stopped early: the client went away.
    if (!ended) observer.onEnd({ cancelled: true });
  }
}
