import type { ConverseEventBatch } from '@heimdall/eventstream';
import type { ConverseStreamEvent } from '@heimdall/spec';

export interface StreamObserver {
  /** The first event: the reply has begun. */
  onFirstEvent?(): void;
  onEvent?(event: ConverseStreamEvent): void;
  /** The stream is over: completed, failed (`error`), or stopped by the client (`cancelled`). */
  onEnd(outcome: { error?: unknown; cancelled?: boolean }): void;
}

/** Passes batches through unchanged, telling the observer of each event, and exactly once of the end. */
export async function* observeEvents(
  batches: AsyncIterable<ConverseEventBatch>,
  observer: StreamObserver,
): AsyncGenerator<ConverseEventBatch> {
  let first = true;
  let ended = false;
  try {
    for await (const batch of batches) {
      if (first && batch.events.length > 0) {
        first = false;
        observer.onFirstEvent?.();
      }
      if (observer.onEvent) for (const event of batch.events) observer.onEvent(event);
      yield batch;
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

/** The events of a stream of batches, one by one. */
export async function* eventsOfBatches(
  batches: AsyncIterable<ConverseEventBatch>,
): AsyncGenerator<ConverseStreamEvent> {
  for await (const batch of batches) yield* batch.events;
}
