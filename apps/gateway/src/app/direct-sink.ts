import { ServerResponse } from 'node:http';
import { Http2ServerResponse } from 'node:http2';
import { type ByteSink, responseSink } from '../streaming/byte-sink.js';
import type { GatewayContext } from './gateway-context.js';

/**
 * The sink of a streamed reply written straight to Node's response, when the app is serving Node's server (which
 * hands the response to the app as `env.outgoing`); `undefined` for any other caller of the app's `fetch`. Writing
 * there spares each chunk a web stream and its reader, and sends the status and headers with the first frame.
 */
export function directSink(context: GatewayContext, headers: Record<string, string>): ByteSink | undefined {
  const outgoing = (context.env as { outgoing?: unknown } | undefined)?.outgoing;
  if (!(outgoing instanceof ServerResponse || outgoing instanceof Http2ServerResponse)) return undefined;
  return responseSink(outgoing, 200, headers);
}
