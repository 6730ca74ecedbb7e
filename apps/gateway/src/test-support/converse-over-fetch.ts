import { type DecodedFrame, decodeFrames } from '@heimdall/testing';

/** A Converse request body asking one question, with optional extra fields such as `fallbacks`. */
export function converseBody(extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ messages: [{ role: 'user', content: [{ text: 'hello' }] }], ...extra });
}

/**
 * Posts a Converse or ConverseStream request with plain `fetch` (HTTP/1.1), as a client without an SDK would, so a
 * test sees the status, the headers and the raw body exactly as the gateway sent them.
 */
export function postConverse(options: {
  baseUrl: string;
  modelId: string;
  operation?: 'converse' | 'converse-stream';
  body?: string;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}): Promise<Response> {
  const { baseUrl, modelId, operation = 'converse-stream', body = converseBody() } = options;
  return fetch(`${baseUrl}/bedrock/model/${encodeURIComponent(modelId)}/${operation}`, {
    method: 'POST',
    body,
    headers: { 'content-type': 'application/json', ...options.headers },
    ...(options.signal ? { signal: options.signal } : {}),
  });
}

/** Reads a whole event-stream body and splits it into frames with the AWS SDK's codec. */
export async function readFrames(response: Response): Promise<DecodedFrame[]> {
  return decodeFrames(new Uint8Array(await response.arrayBuffer()));
}

/** The text of every text delta among the frames, joined. */
export function textOf(frames: readonly DecodedFrame[]): string {
  return frames
    .map((frame) => (frame.eventType === 'contentBlockDelta' ? (frame.payload.delta as { text?: string }).text : ''))
    .join('');
}
