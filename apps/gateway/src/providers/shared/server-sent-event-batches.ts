import type { ConverseEventBatch } from '@heimdall/eventstream';
import type { ConverseStreamEvent } from '@heimdall/spec';
import type { Redact } from './redact-secrets.js';
import { ServerSentEventReader } from './server-sent-events.js';
import { toStreamFailure } from './stream-failure.js';

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
  body: AsyncIterable<Uint8Array>;
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
 * out together. Events already translated reach the client before a failure does, and a failure is always thrown,
 * never turned into a quiet end.
 */
export async function* serverSentEventBatches(stream: ServerSentEventStream): AsyncGenerator<ConverseEventBatch> {
  const { translator, provider, redact, idleMs } = stream;
  const reader = new ServerSentEventReader();
  let events: ConverseStreamEvent[] = translator.start();
  // The body is read here, chunk by chunk, with the events translated in the same step: one async step per
  // network read between the socket and the client.
  const translate = (messages: readonly { data: string }[]) => {
    for (const message of messages) {
      for (const event of translator.onMessage(message.data)) events.push(event);
    }
  };
  try {
    for await (const chunk of stream.body) {
      translate(reader.read(chunk));
      if (events.length > 0) {
        yield { events };
        events = [];
      }
    }
    translate(reader.end());
    for (const event of translator.finish(performance.now() - stream.startedAt)) events.push(event);
  } catch (error) {
    if (events.length > 0) yield { events };
    throw toStreamFailure(error, provider, redact, idleMs);
  }
  yield { events };
}
