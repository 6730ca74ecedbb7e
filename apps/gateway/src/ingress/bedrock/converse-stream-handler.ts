import { encodeConverseStream, HeimdallError } from '@heimdall/eventstream';
import type { ConverseStreamEvent } from '@heimdall/spec';
import type { GatewayContext, GatewayDependencies } from '../../app/gateway-context.js';
import { answerRequest } from '../../app/handlers/answer-request.js';
import { holdStream } from '../../app/handlers/stream-hold.js';
import { abortUpstreamAfterDrain, drainAfterCancel } from '../../streaming/drain-after-cancel.js';
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

    // For a metered request, a client that leaves aborts the upstream only after a bounded drain for its usage;
    // otherwise at once.
    const drain = exchange.needsUsageAfterDisconnect;
    if (drain) answered.release();
    const stream = holdStream({
      record,
      streams: dependencies.streams,
      clientSignal: exchange.signal,
      release: drain ? abortUpstreamAfterDrain(exchange.signal, answered.abortUpstream) : answered.release,
      abortUpstream: answered.abortUpstream,
    });
    try {
      const noteUsage = (event: ConverseStreamEvent) => {
        if ('metadata' in event) record.fields.usage = event.metadata.usage;
        else if ('messageStop' in event) record.fields.stopReason = event.messageStop.stopReason;
        else if ('contentBlockDelta' in event) exchange.deliveredTextCharacters += textLength(event);
      };
      // A client that leaves mid-stream is still billed what the upstream says it used, read for a bounded time.
      const replyUntilShutdown = endOnShutdown(answered.reply, dependencies.shutdownSignal, answered.abortUpstream);
      const upstream = drain
        ? drainAfterCancel(replyUntilShutdown, (batch) => {
            for (const event of batch.events) if ('metadata' in event) record.fields.usage = event.metadata.usage;
          })
        : replyUntilShutdown;
      const events = observeEvents(upstream, {
        onFirstEvent: () => {
          record.fields.timeToFirstByteMs = Math.round(performance.now() - startedAt);
        },
        onEvent: noteUsage,
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

/** The characters of text (or tool input) a delta carries, for estimating output the upstream never counted. */
function textLength(event: Extract<ConverseStreamEvent, { contentBlockDelta: unknown }>): number {
  const { delta } = event.contentBlockDelta;
  if ('text' in delta) return delta.text.length;
  if ('toolUse' in delta) return delta.toolUse.input.length;
  if ('reasoningContent' in delta && 'text' in delta.reasoningContent) return delta.reasoningContent.text.length;
  return 0;
}
