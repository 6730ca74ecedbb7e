/** The two Bedrock Runtime operations the mock answers. */
export type BedrockOperation = 'converse' | 'converse-stream';

/** A Bedrock Runtime path split into its parts, the model id still percent-encoded as it arrived. */
export interface BedrockRoute {
  encodedModelId: string;
  operation: BedrockOperation;
}

// The model id is one path segment: clients percent-encode the `/` and `:` of ids such as `openai/gpt-4o`.
const routePattern = /^\/model\/([^/]+)\/(converse|converse-stream)$/;

/**
 * Reads `/model/{modelId}/converse` and `/model/{modelId}/converse-stream`; `undefined` for any other path.
 * @see https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_ConverseStream.html#API_runtime_ConverseStream_RequestSyntax
 */
export function parseBedrockRoute(path: string): BedrockRoute | undefined {
  const match = routePattern.exec(path);
  if (match === null) return undefined;
  const [, encodedModelId = '', operation] = match;
  return { encodedModelId, operation: operation === 'converse' ? 'converse' : 'converse-stream' };
}

/** The model id of a path segment, percent-decoded; `undefined` when the encoding is broken (`%zz`). */
export function decodeModelId(encodedModelId: string): string | undefined {
  try {
    return decodeURIComponent(encodedModelId);
  } catch {
    return undefined;
  }
}
