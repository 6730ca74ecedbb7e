import type { ConverseEventBatch } from '@heimdall/eventstream';
import { ConverseAccumulator, HeimdallError } from '@heimdall/eventstream';
import { RESPONSE_ALREADY_SENT } from '@hono/node-server/utils/response';
import { webStreamSink } from '../streaming/byte-sink.js';
import { deliveredTextLength } from '../streaming/delivered-text.js';
import { abortUpstreamAfterDrain, drainAfterCancel } from '../streaming/drain-after-cancel.js';
import { type StreamEncoding, writeEventStream } from '../streaming/write-event-stream.js';
import { directSink } from './direct-sink.js';
import type { GatewayContext, GatewayDependencies } from './gateway-context.js';
import type { HandlerReply } from './handler-reply.js';
import { holdStream } from './handlers/stream-hold.js';
import { exchangeReplyHeaders } from './reply-headers.js';

export type Respond = (context: GatewayContext, reply: HandlerReply) => Response;

/**
 * The one place a handler's reply becomes a response. A body is sent as it is, with what the log line records of
 * it. A stream is held (open-streams gauge, the watch on the client, the upstream request, the deferred log line)
 * until it ends however it ends; its batches are observed (first byte, usage, stop reason) and encoded as they are
 * written, and it ends with the encoding's failure frame on an upstream failure or at shutdown.
 */
export function createResponder(dependencies: GatewayDependencies, encoding: StreamEncoding): Respond {
  const { logger, streams, shutdownSignal } = dependencies;
  return (context, reply) => {
    const exchange = context.get('exchange');
    const { record, requestId, startedAt } = exchange;
    if (reply.kind === 'body') {
      reply.upstream?.release();
      if (reply.usage) record.fields.usage = reply.usage;
      if (reply.stopReason) record.fields.stopReason = reply.stopReason;
      return new Response(reply.body, { status: reply.status, headers: reply.headers });
    }
    const { upstream } = reply;
    // A metered request (a limit reservation) must be billed what it really used, and usage comes last: when its
    // client leaves, the upstream is read on for a bounded time instead of being cut at once (drain-after-cancel).
    const drain = exchange.needsUsageAfterDisconnect;
    let events: AsyncIterable<ConverseEventBatch> = reply.events;
    let drained: Promise<void> = Promise.resolve();
    let stopDrainWatch = () => {};
    if (drain) {
      // The client's leaving no longer aborts the upstream directly; the drain's deadline does.
      upstream.release();
      stopDrainWatch = abortUpstreamAfterDrain(exchange.signal, (reason) => upstream.abort(reason));
      const draining = drainAfterCancel(reply.events, (batch) => {
        for (const event of batch.events) if ('metadata' in event) record.fields.usage = event.metadata.usage;
      });
      let drainOver: () => void = () => {};
      drained = new Promise((resolve) => {
        drainOver = resolve;
      });
      events = (async function* () {
        try {
          yield* draining;
        } finally {
          drainOver();
        }
      })();
    }
    const hold = holdStream({
      record,
      streams,
      clientSignal: exchange.signal,
      release: () => {
        stopDrainWatch();
        upstream.release();
      },
      abortUpstream: (reason) => upstream.abort(reason),
    });
    // Only a key whose bodies are logged pays for gathering the reply.
    const gathered = exchange.logsBodies ? new ConverseAccumulator() : undefined;
    try {
      let first = true;
      const headers: Record<string, string> = {
        'content-type': encoding.contentType,
        ...reply.headers,
        ...exchangeReplyHeaders(exchange),
      };
      // Node's own response when the app serves Node's server, else a web stream for the fetch caller.
      const direct = directSink(context, headers);
      const { sink, body } = direct ? { sink: direct, body: undefined } : webStreamSink();
      writeEventStream(sink, {
        batches: events,
        encoding,
        shutdownSignal,
        onBatch: (batch) => {
          if (first && batch.events.length > 0) {
            first = false;
            record.fields.timeToFirstByteMs = Math.round(performance.now() - startedAt);
          }
          for (const event of batch.events) {
            if ('metadata' in event) record.fields.usage = event.metadata.usage;
            else if ('messageStop' in event) record.fields.stopReason = event.messageStop.stopReason;
            gathered?.push(event);
            if (drain) exchange.deliveredTextCharacters += deliveredTextLength(event);
          }
          if (gathered?.complete) exchange.reply = gathered.response;
        },
        onEnd: (outcome) => {
          // A hook failing at the end of a stream (its log line, its usage) is the gateway's fault, told to the
          // operator; the client's reply is over by then.
          const endHold = () => {
            try {
              hold.end(outcome);
            } catch (error) {
              logger.error({ requestId, err: error }, 'ending a stream failed');
            }
          };
          // A cancelled metered stream ends (its log line, its usage hooks) once the drain has read what it could.
          if (drain && outcome.cancelled) {
            void drained.then(endHold);
            return;
          }
          endHold();
          const { error } = outcome;
          if (error !== undefined && !(error instanceof HeimdallError)) {
            logger.error({ requestId, err: error }, 'stream failed');
          }
        },
      });
      if (!body) {
        exchange.replySent = true;
        return RESPONSE_ALREADY_SENT;
      }
      return new Response(body, { status: 200, headers });
    } catch (error) {
      hold.end({ error });
      throw error;
    }
  };
}
