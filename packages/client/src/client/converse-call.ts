import type { BedrockConverseRequest, paths } from '@heimdall/spec';
import type { Client } from 'openapi-fetch';
import type { ConverseOptions } from './client-options.js';
import { encodeModelId } from './encode-model-id.js';
import { type ConverseRoutePrefix, checkRoutePrefix } from './route-prefix.js';

/** One call of a Converse operation, as the client's methods receive it. */
export interface ConverseCall {
  api: Client<paths>;
  modelId: string;
  request: BedrockConverseRequest;
  options: ConverseOptions;
  defaultPrefix: ConverseRoutePrefix;
}

/** Checks the arguments of a call before anything is sent, so that a mistake fails where it was made. */
export function checkConverseCall({ modelId, request, options, defaultPrefix }: ConverseCall): {
  prefix: ConverseRoutePrefix;
  headers: Record<string, string>;
} {
  encodeModelId(modelId);
  if (typeof request !== 'object' || request === null || Array.isArray(request)) {
    throw new TypeError('The Converse request must be an object such as { messages: [...] }');
  }
  const prefix = options.prefix === undefined ? defaultPrefix : checkRoutePrefix(options.prefix);
  return { prefix, headers: Object.fromEntries(new Headers(options.headers)) };
}
