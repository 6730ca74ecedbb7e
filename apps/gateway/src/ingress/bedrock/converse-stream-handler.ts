import type { GatewayContext, GatewayDependencies } from '../../app/gateway-context.js';
import type { EventsReply } from '../../app/handler-reply.js';
import { answerRequest } from '../../app/handlers/answer-request.js';

/**
 * ConverseStream: the upstream's reply as its batches of events, for `respond()` to write as Bedrock event-stream
 * frames as soon as each exists.
 */
export function createConverseStreamHandler(dependencies: GatewayDependencies) {
  return async (context: GatewayContext): Promise<EventsReply> => {
    const { requestId } = context.get('exchange');
    const answered = await answerRequest(context, dependencies, (adapter, call) => adapter.converseStream(call));
    return {
      kind: 'events',
      events: answered.reply,
      upstream: answered.upstream,
      headers: { 'x-amzn-requestid': requestId, 'x-heimdall-model': answered.modelId },
    };
  };
}
