import type { WireFormat } from '../wire-format.js';
import { authenticateBedrockRequest, type BedrockCredentials } from './authenticate-bedrock-request.js';
import { renderBedrockConverseResponse } from './bedrock-converse-response.js';
import { renderBedrockError } from './bedrock-errors.js';
import { parseBedrockRoute } from './bedrock-route.js';
import { createBedrockStreamRenderer } from './bedrock-stream-renderer.js';
import { readBedrockRequest } from './read-bedrock-request.js';
import { findRecordingReplay, type RecordingReplayOptions } from './recording-replay.js';

/**
 * Amazon Bedrock Runtime, `POST /model/{modelId}/converse-stream` (an `application/vnd.amazon.eventstream` reply)
 * and `POST /model/{modelId}/converse` (one JSON reply). Content blocks come one at a time, so parallel tool calls
 * are sent one after another even when a script interleaves them. A model id naming a recording replays Bedrock's
 * recorded bytes instead of a script.
 * @see https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_ConverseStream.html
 */
export function createBedrockWireFormat({
  credentials = {},
  replays,
}: {
  credentials?: BedrockCredentials;
  /** Recordings set per model with `replayFor`; read at each request, so later changes count. */
  replays: ReadonlyMap<string, RecordingReplayOptions>;
}): WireFormat {
  return {
    name: 'bedrock',
    interleavesToolCalls: false,
    matches: ({ method, path }) => method === 'POST' && parseBedrockRoute(path) !== undefined,
    authenticate: (request) => authenticateBedrockRequest({ request, credentials }),
    readRequest: readBedrockRequest,
    findReplay: (request) => findRecordingReplay({ request, replays }),
    renderError: renderBedrockError,
    createStreamRenderer: createBedrockStreamRenderer,
    renderResponse: renderBedrockConverseResponse,
  };
}
