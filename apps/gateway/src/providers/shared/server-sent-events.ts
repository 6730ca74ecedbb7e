import { createParser, type EventSourceMessage } from 'eventsource-parser';
import { maxUpstreamMessageBytes } from './upstream-limits.js';
import { UpstreamMessageTooLarge } from './upstream-message-too-large.js';

/**
 * Server-sent events from a byte stream: the events each network chunk completes, together, so that what arrived
 * together is handled (and written on) together. A chunk may hold many events, or only part of one.
 *
 * The parser holds an event until its end arrives, so an upstream that never ends its line or event would fill
 * memory: once more than `maxEventBytes` arrived since the last complete event, reading stops with
 * {@link UpstreamMessageTooLarge}. Comments count too; they are far too small to matter between real events.
 * @see https://html.spec.whatwg.org/multipage/server-sent-events.html#event-stream-interpretation
 */
export async function* readServerSentEvents(
  body: AsyncIterable<Uint8Array>,
  maxEventBytes = maxUpstreamMessageBytes,
): AsyncGenerator<EventSourceMessage[]> {
  let pending: EventSourceMessage[] = [];
  // Bytes that may belong to an event not yet complete: an upper bound of what the parser holds.
  let heldBytes = 0;
  const parser = createParser({ onEvent: (event) => pending.push(event) });
  const decoder = new TextDecoder();
  for await (const chunk of body) {
    // Checked before the chunk is parsed, so the parser never holds more than the limit.
    if (heldBytes + chunk.byteLength > maxEventBytes) {
      throw new UpstreamMessageTooLarge('a server-sent event', maxEventBytes);
    }
    parser.feed(decoder.decode(chunk, { stream: true }));
    // A chunk that completed an event may have begun the next one anywhere in it: counting all of it overcounts
    // by less than a chunk, and never undercounts.
    heldBytes = pending.length > 0 ? chunk.byteLength : heldBytes + chunk.byteLength;
    if (pending.length > 0) {
      const complete = pending;
      pending = [];
      yield complete;
    }
  }
  parser.feed(decoder.decode());
  if (pending.length > 0) yield pending;
}
