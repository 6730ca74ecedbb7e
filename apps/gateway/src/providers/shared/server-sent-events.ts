import { createParser, type EventSourceMessage } from 'eventsource-parser';

/**
 * Server-sent events from a byte stream: the events each network chunk completes, together, so that what arrived
 * together is handled (and written on) together. A chunk may hold many events, or only part of one.
 * @see https://html.spec.whatwg.org/multipage/server-sent-events.html#event-stream-interpretation
 */
export async function* readServerSentEvents(body: AsyncIterable<Uint8Array>): AsyncGenerator<EventSourceMessage[]> {
  let pending: EventSourceMessage[] = [];
  const parser = createParser({ onEvent: (event) => pending.push(event) });
  const decoder = new TextDecoder();
  for await (const chunk of body) {
    parser.feed(decoder.decode(chunk, { stream: true }));
    if (pending.length > 0) {
      const complete = pending;
      pending = [];
      yield complete;
    }
  }
  parser.feed(decoder.decode());
  if (pending.length > 0) yield pending;
}
