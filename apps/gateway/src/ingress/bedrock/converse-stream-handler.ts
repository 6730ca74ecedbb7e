import { ConverseAccumulator } from '@heimdall/client';
import { encodeConverseStream, HeimdallError } from '@heimdall/eventstream';
import type { GatewayContext, GatewayDependencies } from '../../app/gateway-context.js';
import { answerRequest } from '../../app/handlers/answer-request.js';
import { holdStream } from '../../app/handlers/stream-hold.js';
import { endOnShutdown } from '../../streaming/end-on-shutdown.js';
import { observeEvents } from '../../streaming/observe-events.js';

/**
 * ConverseStream: the upstream's reply as Bedrock event-stream frames, each written as soon as it exists. The body
 * is pulled by the HTTP layer, so a slow client slows the upstream read instead of filling memory; a client that
 * goes away cancels the body, which aborts the upstream request.
 */
export function createConverseStreamHandler(dependencies: GatewayDependencies) {
  return async (context: GatewayContext): Promise<Response> => {
    const exchange = context.get('exchange');
    const { record, requestId, startedAt } = exchange;
    const answered = await answerRequest(context, dependencies, (adapter, call) => adapter.converseStream(call));

    const stream = holdStream({
      record,
      streams: dependencies.streams,
      clientSignal: exchange.signal,
      release: answered.release,
      abortUpstream: answered.abortUpstream,
    });
    // Only a key whose bodies are logged pays for gathering the reply.
    const reply = exchange.logsBodies ? new ConverseAccumulator() : undefined;
    try {
      const events = observeEvents(endOnShutdown(answered.reply, dependencies.shutdownSignal, answered.abortUpstream), {
        onFirstEvent: () => {
          record.fields.timeToFirstByteMs = Math.round(performance.now() - startedAt);
        },
        onEvent: (event) => {
          if ('metadata' in event) record.fields.usage = event.metadata.usage;
          else if ('messageStop' in event) record.fields.stopReason = event.messageStop.stopReason;
          if (reply) {
            reply.push(event);
            if (reply.complete) exchange.reply = reply.response;
          }
        },
        onEnd: stream.end,
      });
      const body = encodeConverseStream(events, {
        onError: (error) => {
          // Told before the encoder stops its source, so a batch it could not encode counts as a failure, not as
          // a client that left.
          stream.end({ error });
          if (!(error instanceof HeimdallError)) dependencies.logger.error({ requestId, err: error }, 'stream failed');
        },
      });
      return new Response(body, {
        status: 200,
        headers: {
          'content-type': 'application/vnd.amazon.eventstream',
          'x-amzn-requestid': requestId,
          'x-heimdall-model': answered.modelId,
        },
      });
    } catch (error) {
      stream.end({ error });
      throw error;
    }
  };
}
