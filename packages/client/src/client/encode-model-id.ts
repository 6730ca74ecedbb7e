/**
 * A model id as one path segment, percent-encoded as the AWS SDKs encode a URI label: every byte but the unreserved
 * `A–Z a–z 0–9 - _ . ~`, so `openai/gpt-4o` → `openai%2Fgpt-4o` and `amazon.nova-micro-v1:0` →
 * `amazon.nova-micro-v1%3A0`. `encodeURIComponent` alone leaves `! ' ( ) *` as they are.
 *
 * @see https://smithy.io/2.0/spec/http-bindings.html#httplabel-trait
 */
export function encodeModelId(modelId: unknown): string {
  if (typeof modelId !== 'string' || modelId === '') {
    throw new TypeError(`The model id must be a non-empty string, not ${JSON.stringify(modelId)}`);
  }
  // A URL parser would resolve these as `.`/`..` segments, whether percent-encoded or not, and call another path.
  if (modelId === '.' || modelId === '..') throw new TypeError(`The model id cannot be ${JSON.stringify(modelId)}`);
  return encodeURIComponent(modelId).replace(
    /[!'()*]/g,
    (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/**
 * The path serializer given to openapi-fetch: it fills `{modelId}` with {@link encodeModelId}, the one path
 * parameter of the Converse operations, and any other parameter (the management API's ids) as one path segment.
 */
export function serializeConversePath(url: string, pathParameters: Record<string, unknown>): string {
  return url.replace(/\{(\w+)\}/g, (_, name: string) =>
    name === 'modelId' ? encodeModelId(pathParameters.modelId) : encodeURIComponent(String(pathParameters[name])),
  );
}
