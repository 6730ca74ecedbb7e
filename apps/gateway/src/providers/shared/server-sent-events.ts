import { createParser, type EventSourceMessage, type EventSourceParser, type ParseError } from 'eventsource-parser';
import { maxUpstreamMessageBytes } from './upstream-limits.js';
import { UpstreamMessageTooLarge } from './upstream-message-too-large.js';

/**
 * Reads server-sent events from a byte stream, one network chunk at a time: `read` gives the events each chunk
 * completes, together, so that what arrived together is handled (and written on) together. A chunk may hold many
 * events, or only part of one. A plain object rather than a generator, so that reading a chunk is a call, not one
 * more async step per chunk.
 *
 * The parser holds a line, and an event's data, until their end arrives, so an upstream that never ends one would
 * fill memory: once it holds more than `maxEventLength` characters (never more than as many bytes of UTF-8),
 * reading fails with {@link UpstreamMessageTooLarge}.
 * @see https://html.spec.whatwg.org/multipage/server-sent-events.html#event-stream-interpretation
 */
export class ServerSentEventReader {
  private pending: EventSourceMessage[] = [];
  private overflow: ParseError | undefined;
  private readonly parser: EventSourceParser;
  private readonly decoder = new TextDecoder();

  constructor(private readonly maxEventLength = maxUpstreamMessageBytes) {
    this.parser = createParser({
      onEvent: (event) => this.pending.push(event),
      onError: (error) => {
        if (error.type === 'max-buffer-size-exceeded') this.overflow = error;
      },
      maxBufferSize: maxEventLength,
    });
  }

  /** The events completed by one chunk of the body (often none, when the chunk ends mid-event). */
  read(chunk: Uint8Array): readonly EventSourceMessage[] {
    return this.feed(this.decoder.decode(chunk, { stream: true }));
  }

  /** The events completed by the end of the body. */
  end(): readonly EventSourceMessage[] {
    return this.feed(this.decoder.decode());
  }

  private feed(text: string): readonly EventSourceMessage[] {
    this.parser.feed(text);
    if (this.overflow) throw new UpstreamMessageTooLarge('a server-sent event', this.maxEventLength);
    if (this.pending.length === 0) return noEvents;
    const complete = this.pending;
    this.pending = [];
    return complete;
  }
}

const noEvents: readonly EventSourceMessage[] = [];
