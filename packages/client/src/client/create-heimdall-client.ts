import type { paths } from '@heimdall/spec';
import createClient from 'openapi-fetch';
import { ConverseStream } from '../stream/converse-stream.js';
import type { HeimdallClient, HeimdallClientOptions } from './client-options.js';
import { serializeConversePath } from './encode-model-id.js';
import { createGovernanceClient } from './governance-client.js';
import { checkRoutePrefix } from './route-prefix.js';
import { sendConverse } from './send-converse.js';
import { sendConverseStream } from './send-converse-stream.js';

/**
 * A client of a Heimdall gateway, or of Amazon Bedrock itself with a Bedrock API key, for any JavaScript runtime
 * with `fetch` and web streams. Paths, parameters and bodies are typed by the spec's `paths`.
 *
 * @example
 * const client = createHeimdallClient({ baseUrl: 'https://gateway.example.com', apiKey });
 * for await (const text of client.converseStream('openai/gpt-4o', { messages }).textStream()) write(text);
 */
export function createHeimdallClient(options: HeimdallClientOptions): HeimdallClient {
  if (typeof options?.baseUrl !== 'string') {
    throw new TypeError('createHeimdallClient needs a baseUrl, e.g. https://gateway.example.com');
  }
  const { baseUrl, apiKey, virtualKey, adminKey, fetch, headers } = options;
  const defaultPrefix = checkRoutePrefix(options.prefix ?? '');
  const commonHeaders = Object.fromEntries(new Headers(headers));
  if (apiKey !== undefined) commonHeaders.authorization = `Bearer ${nonEmpty(apiKey, 'apiKey')}`;
  if (virtualKey !== undefined) commonHeaders['x-bf-vk'] = nonEmpty(virtualKey, 'virtualKey');
  const api = createClient<paths>({
    baseUrl,
    headers: commonHeaders,
    pathSerializer: serializeConversePath,
    ...(fetch ? { fetch } : {}),
  });
  return {
    converseStream: (modelId, request, callOptions = {}) =>
      new ConverseStream(sendConverseStream({ api, modelId, request, options: callOptions, defaultPrefix })),
    converse: (modelId, request, callOptions = {}) =>
      sendConverse({ api, modelId, request, options: callOptions, defaultPrefix }),
    governance: createGovernanceClient(api, adminKey === undefined ? undefined : nonEmpty(adminKey, 'adminKey')),
  };
}

// The key itself never appears in the message.
function nonEmpty(key: unknown, name: string): string {
  if (typeof key !== 'string' || key.trim() === '') throw new TypeError(`${name} must be a non-empty string`);
  return key;
}
