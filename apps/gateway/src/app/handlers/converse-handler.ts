import { accumulateConverseStream } from '@heimdall/client';
import { observeEvents } from '../../streaming/observe-events.js';
import type { GatewayContext, GatewayDependencies } from '../gateway-context.js';
import { openReply } from './open-reply.js';

/**
 * Converse: the same upstream stream as ConverseStream, collected into Bedrock's whole-reply shape, so both
 * operations translate every provider in exactly the same way. A failure mid-way is an HTTP error here, since no
 * byte has been sent yet.
 */
export function createConverseHandler(dependencies: GatewayDependencies) {
  return async (context: GatewayContext): Promise<Response> => {
    const record = context.get('record');
    const startedAt = context.get('startedAt');
    const opened = await openReply(context, dependencies);
    const events = observeEvents(opened.events, {
      onFirstEvent: () => {
        record.fields.timeToFirstByteMs = Math.round(performance.now() - startedAt);
      },
      onEnd: () => {},
    });
    const response = await accumulateConverseStream(events);
    record.fields.usage = response.usage;
    record.fields.stopReason = response.stopReason;
    return new Response(JSON.stringify(response), {
      status: 200,
      headers: {
        'content-type': 'application/json',
        'x-amzn-requestid': context.get('requestId'),
        'x-heimdall-model': opened.modelId,
      },
    });
  };
}
