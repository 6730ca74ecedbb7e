import { decodeConverseStream } from '@heimdall/eventstream';
import type { ConverseStreamEvent } from '@heimdall/spec';
import type { Recording } from '@heimdall/testing';

async function* bytesOf(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield bytes;
}

/** The events of a recorded stream, decoded in memory. */
export async function recordingEvents(recording: Recording): Promise<ConverseStreamEvent[]> {
  const events: ConverseStreamEvent[] = [];
  for await (const event of decodeConverseStream(bytesOf(recording.eventStream))) events.push(event);
  return events;
}

/** An async iterable over events held in memory. */
export async function* eventsOf(events: readonly ConverseStreamEvent[]): AsyncGenerator<ConverseStreamEvent> {
  yield* events;
}
