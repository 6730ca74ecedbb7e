/** The two Bedrock Runtime operations the adapter calls. */
export type BedrockOperation = 'converse' | 'converse-stream';

/**
 * A model id as one path segment, encoded as the AWS SDKs encode path labels: `encodeURIComponent`, plus the
 * characters it leaves alone that RFC 3986 reserves (`!'()*`). `us.amazon.nova-micro-v1:0` →
 * `us.amazon.nova-micro-v1%3A0`, `openai/gpt-4o` → `openai%2Fgpt-4o`.
 * @see https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_ConverseStream.html#API_runtime_ConverseStream_RequestSyntax
 */
export function encodeModelId(model: string): string {
  return encodeURIComponent(model).replace(
    /[!'()*]/g,
    (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** `{baseUrl}/model/{modelId}/{operation}`, keeping any path the base URL has (a proxy's prefix). */
export function bedrockOperationUrl({
  baseUrl,
  model,
  operation,
}: {
  baseUrl: string;
  model: string;
  operation: BedrockOperation;
}): URL {
  return new URL(`${baseUrl.replace(/\/+$/, '')}/model/${encodeModelId(model)}/${operation}`);
}
