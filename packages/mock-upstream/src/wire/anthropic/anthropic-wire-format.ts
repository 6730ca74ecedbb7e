import type { WireFormat } from '../wire-format.js';
import { renderAnthropicError } from './anthropic-errors.js';
import { renderAnthropicMessage } from './anthropic-message.js';
import { createAnthropicStreamRenderer } from './anthropic-stream-renderer.js';
import { readAnthropicRequest } from './read-anthropic-request.js';

/**
 * Anthropic Messages, `POST /v1/messages`. Content blocks come one at a time, so parallel tool calls are sent one
 * after another even when a script interleaves them.
 * @see https://docs.anthropic.com/en/api/messages
 */
export function createAnthropicWireFormat({ apiKey }: { apiKey?: string } = {}): WireFormat {
  return {
    name: 'anthropic',
    interleavesToolCalls: false,
    matches: ({ method, path }) => method === 'POST' && path === '/v1/messages',
    readRequest: (request) => readAnthropicRequest({ request, apiKey }),
    renderError: renderAnthropicError,
    createStreamRenderer: createAnthropicStreamRenderer,
    renderResponse: renderAnthropicMessage,
  };
}
