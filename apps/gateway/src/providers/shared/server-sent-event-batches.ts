import type { ConverseEventBatch } from '@heimdall/eventstream';
import type { ConverseStreamEvent } from '@heimdall/spec';
import type { Redact } from './redact-secrets.js';
import { ServerSentEventReader } from './server-sent-events.js';
import { toStreamFailure } from './stream-failure.js';
import { translateBody } from './translate-body.js';
import type { BodyTranslation, UpstreamBody } from './upstream-body.js';

/** What turns one provider's server-sent events into Converse events: one typed state object per stream. */
export interface ServerSentEventTranslator {
  /** `messageStart`. */
  start(): ConverseStreamEvent[];
  /** The events for one server-sent event's data; throws a Bedrock error for a failure the upstream reports. */
  onMessage(data: string): ConverseStreamEvent[];
  /** The closing events; throws when the upstream ended without finishing the reply. */
  finish(latencyMs: number): ConverseStreamEvent[];
}

export interface ServerSentEventStream {
  body: AsyncIterable<Uint8Array> | UpstreamBody;
  translator: ServerSentEventTranslator;
  /** Names the provider in error messages. */
  provider: string;
  /** Takes every secret out of what the upstream says about a failure. */
  redact: Redact;
  idleMs: number;
  /** When the gateway received the request (`performance.now()`), for `metrics.latencyMs`. */
  startedAt: number;
}

/**
 * Converse events from an upstream's server-sent events, in batches: everything one network read completed goes
 * out together, translated as the chunk arrives. Events already translated reach the client before a failure does,
 * and a failure is always thrown, never turned into a quiet end.
 */
export function serverSentEventBatches(stream: ServerSentEventStream): AsyncIterable<ConverseEventBatch> {
  const { translator, provider, redact, idleMs } = stream;
  const reader = new ServerSentEventReader();
  const failure = (error: unknown) => toStreamFailure(error, provider, redact, idleMs);
  // `messageStart` goes out with the first chunk's events.
  let events: ConverseStreamEvent[] = translator.start();
  const startEvents = events.length;
  let firstWritten = false;
  const flush = (emit: (batch: ConverseEventBatch) => void) => {
    emit({ events });
    events = [];
  };
  const translateAll = (messages: readonly { data: string }[], emit: (batch: ConverseEventBatch) => void) => {
    for (const message of messages) {
      for (const event of translator.onMessage(message.data)) events.push(event);
      // The first content goes out on its own, before the rest of its read is translated: the client's first token
      // does not wait for a read that holds the whole reply.
      if (!firstWritten && events.length > startEvents) {
        firstWritten = true;
        flush(emit);
      }
    }
  };
  /** The events translated before a failure go out first; then the failure, as the client should see it. */
  const failAfterFlush = (error: unknown, emit: (batch: ConverseEventBatch) => void) => {
    if (events.length > 0) flush(emit);
    return failure(error);
  };
  const translation: BodyTranslation<ConverseEventBatch> = {
    chunk(bytes, emit) {
      try {
        translateAll(reader.read(bytes), emit);
      } catch (error) {
        throw failAfterFlush(error, emit);
      }
      if (events.length > 0) flush(emit);
    },
    end(emit) {
      try {
        translateAll(reader.end(), emit);
        for (const event of translator.finish(performance.now() - stream.startedAt)) events.push(event);
      } catch (error) {
        throw failAfterFlush(error, emit);
      }
      flush(emit);
    },
    failure,
  };
  return translateBody(stream.body, translation);
}
