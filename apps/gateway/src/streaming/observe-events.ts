import type { ConverseEventBatch } from '@heimdall/eventstream';
import type { ConverseStreamEvent } from '@heimdall/spec';

/** The events of a stream of batches, one by one. */
export async function* eventsOfBatches(
  batches: AsyncIterable<ConverseEventBatch>,
): AsyncGenerator<ConverseStreamEvent> {
  for await (const batch of batches) yield* batch.events;
}
