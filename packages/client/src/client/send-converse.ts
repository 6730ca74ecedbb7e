import { ConverseProtocolError } from '@heimdall/eventstream';
import type { ConverseResponse } from '@heimdall/spec';
import { type ConverseCall, checkConverseCall } from './converse-call.js';
import { createResponseError } from './response-error.js';
import type { ConversePath } from './route-prefix.js';

/** Sends a Converse request and resolves to its reply, or fails with the typed error of an error reply. */
export async function sendConverse(call: ConverseCall): Promise<ConverseResponse> {
  const { prefix, headers } = checkConverseCall(call);
  const path: ConversePath = `${prefix}/model/{modelId}/converse`;
  // Read as text so that a body that is not JSON fails with the status and request id of its reply.
  const { data, error, response } = await call.api.POST(path, {
    params: { path: { modelId: call.modelId } },
    body: call.request,
    parseAs: 'text',
    ...(call.options.signal ? { signal: call.options.signal } : {}),
    headers,
  });
  if (!response.ok) throw createResponseError(response, error);
  const requestId = response.headers.get('x-amzn-requestid') ?? undefined;
  try {
    return JSON.parse(data ?? '') as ConverseResponse;
  } catch (cause) {
    throw new ConverseProtocolError({
      message: `The Converse reply is not JSON (HTTP ${response.status}, ${response.headers.get('content-type') ?? 'no content type'})`,
      status: response.status,
      requestId,
      cause,
    });
  }
}
