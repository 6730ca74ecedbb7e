import type { ConverseStreamEvent } from '@heimdall/spec';

/** An async iterable over events held in memory, as a decoded stream would yield them. */
export async function* eventsOf(events: readonly ConverseStreamEvent[]): AsyncGenerator<ConverseStreamEvent> {
  yield* events;
}
