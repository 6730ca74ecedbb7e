import type { TargetRequest } from '../load/load-job.js';

/** The model every request names; the mock answers any model with the benchmark's reply. */
export const benchmarkModel = 'bench';

const userText = 'Tell me about the quick brown fox.';

/**
 * A streamed OpenAI chat completion with usage at the end, as the direct client, the raw proxy and Portkey send it.
 * @see https://platform.openai.com/docs/api-reference/chat/create
 */
export function openAiChatStreamRequest({
  url,
  headers = {},
}: {
  url: string;
  headers?: Record<string, string>;
}): TargetRequest {
  return {
    url,
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({
      model: benchmarkModel,
      stream: true,
      stream_options: { include_usage: true },
      messages: [{ role: 'user', content: userText }],
    }),
    completionMarker: 'data: [DONE]',
  };
}

/**
 * A ConverseStream request, as a Bedrock client sends it to Heimdall or to Bedrock: the reply ends with the
 * `metadata` event. `url` is the whole operation URL, `…/model/{modelId}/converse-stream`.
 * @see https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_ConverseStream.html
 */
export function converseStreamRequest({ url }: { url: string }): TargetRequest {
  return {
    url,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ messages: [{ role: 'user', content: [{ text: userText }] }] }),
    completionMarker: 'metadata',
  };
}

/** Heimdall's ConverseStream URL for a model id (`openai/bench`): the id is one percent-encoded path segment. */
export function gatewayConverseStreamUrl({ gatewayUrl, modelId }: { gatewayUrl: string; modelId: string }): string {
  return `${gatewayUrl}/bedrock/model/${encodeURIComponent(modelId)}/converse-stream`;
}
