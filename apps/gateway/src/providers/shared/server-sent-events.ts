import { createParser, type EventSourceMessage, type ParseError } from 'eventsource-parser';
import { maxUpstreamMessageBytes } from './upstream-limits.js';
import { UpstreamMessageTooLarge } from './upstream-message-too-large.js';

/**
 * Server-sent events from a byte stream: the events each network chunk completes, together, so that what arrived
 * together is handled (and written on) together. A chunk may hold many events, or only part of one.
 *
 * The parser holds a line, and an event's data, until their end arrives, so an upstream that never ends one would
 * fill memory: once it holds more than `maxEventLength` characters (never more than as many bytes of UTF-8),
 * reading stops with {@link UpstreamMessageTooLarge}.
 * @see https://html.spec.whatwg.org/multipage/server-sent-events.html#event-stream-interpretation
 */
export async function* readServerSentEvents(
  body: AsyncIterable<Uint8Array>,
  maxEventLength = maxUpstreamMessageBytes,
): AsyncGenerator<EventSourceMessage[]> {
  let pending: EventSourceMessage[] = [];
  let overflow: ParseError | undefined;
  const parser = createParser({
    onEvent: (event) => pending.push(event),
    onError: (error) => {
      if (error.type === 'max-buffer-size-exceeded') overflow = error;
    },
    maxBufferSize: maxEventLength,
  });
  const decoder = new TextDecoder();
  const feed = (text: string) => {
    parser.feed(text);
    if (overflow) throw new UpstreamMessageTooLarge('a server-sent event', maxEventLength);
  };
  for await (const chunk of body) {
    feed(decoder.decode(chunk, { stream: true }));
    if (pending.length > 0) {
      const complete = pending;
      pending = [];
      yield complete;
    }
  }
  feed(decoder.decode());
  if (pending.length > 0) yield pending;
}
