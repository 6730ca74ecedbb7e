import { ConverseProtocolError } from '@heimdall/eventstream';
import type { ConverseStreamSource } from '../stream/converse-stream.js';
import type { ConverseReply } from '../stream/read-converse-reply.js';
import { type ConverseCall, checkConverseCall } from './converse-call.js';
import { createLinkedAbortController } from './link-abort-signal.js';
import { createResponseError } from './response-error.js';
import type { ConverseStreamPath } from './route-prefix.js';

const eventStreamType = 'application/vnd.amazon.eventstream';

/** Sends a ConverseStream request at once; the reply is read by the `ConverseStream` built on what this returns. */
export function sendConverseStream(call: ConverseCall): ConverseStreamSource {
  const { prefix, headers } = checkConverseCall(call);
  const abortController = createLinkedAbortController(call.options.signal);
  const path: ConverseStreamPath = `${prefix}/model/{modelId}/converse-stream`;
  const reply = call.api
    .POST(path, {
      params: { path: { modelId: call.modelId } },
      body: call.request,
      parseAs: 'stream',
      signal: abortController.signal,
      headers,
    })
    .then(({ data, error, response }) => checkStreamReply(response, data, error));
  // Nothing is left to abort once the request has failed; the failure itself reaches whoever reads the stream.
  reply.catch(() => abortController.unlink());
  return { reply, abort: abortController.abort, release: abortController.unlink };
}

async function checkStreamReply(
  response: Response,
  body: ReadableStream<Uint8Array> | null | undefined,
  errorBody: unknown,
): Promise<ConverseReply> {
  const requestId = response.headers.get('x-amzn-requestid') ?? undefined;
  if (!response.ok) throw createResponseError(response, errorBody);
  const contentType = response.headers.get('content-type');
  if (contentType !== null && !contentType.toLowerCase().startsWith(eventStreamType)) {
    await body?.cancel().catch(() => undefined);
    throw new ConverseProtocolError({
      message: `The reply is ${contentType}, not an ${eventStreamType} stream (HTTP ${response.status})`,
      status: response.status,
      requestId,
    });
  }
  if (!body) {
    throw new ConverseProtocolError({
      message: `The reply has no body (HTTP ${response.status})`,
      status: response.status,
      requestId,
    });
  }
  return { body, status: response.status, requestId };
}
