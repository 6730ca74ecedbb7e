import { accumulateConverseStream, ModelErrorException, ModelStreamErrorException } from '@heimdall/eventstream';
import type { ConverseResponse } from '@heimdall/spec';
import type { GatewayContext, GatewayDependencies } from '../../app/gateway-context.js';
import type { BodyReply } from '../../app/handler-reply.js';
import { answerRequest } from '../../app/handlers/answer-request.js';
import type { ConverseCall, ProviderAdapter } from '../../providers/provider-adapter.js';
import { eventsOfBatches } from '../../streaming/observe-events.js';

/**
 * The whole reply from one upstream: the provider's own non-streaming call where it has one worth using (Bedrock,
 * whose reply then passes through unchanged), else its stream collected into Bedrock's shape, so both operations
 * translate a provider the same way. Collecting happens inside the attempt, so a stream that fails mid-way can
 * still be retried or answered by a fallback: no byte has reached the client yet.
 */
async function wholeReply(adapter: ProviderAdapter, call: ConverseCall): Promise<ConverseResponse> {
  if (adapter.converse) return adapter.converse(call);
  try {
    return await accumulateConverseStream(eventsOfBatches(await adapter.converseStream(call)));
  } catch (error) {
    // Converse has no stream to fail: a model failing mid-reply is Converse's ModelErrorException.
    if (error instanceof ModelStreamErrorException) {
      throw new ModelErrorException({
        message: error.message,
        originalStatusCode: error.originalStatusCode,
        cause: error,
      });
    }
    throw error;
  }
}

/** Converse: the whole reply as one JSON body. */
export function createConverseHandler(dependencies: GatewayDependencies) {
  return async (context: GatewayContext): Promise<BodyReply> => {
    const exchange = context.get('exchange');
    const answered = await answerRequest(context, dependencies, wholeReply);
    exchange.reply = answered.reply;
    return {
      kind: 'body',
      status: 200,
      headers: {
        'content-type': 'application/json',
        'x-amzn-requestid': exchange.requestId,
        'x-heimdall-model': answered.modelId,
      },
      body: JSON.stringify(answered.reply),
      upstream: answered.upstream,
      usage: answered.reply.usage,
      stopReason: answered.reply.stopReason,
    };
  };
}
