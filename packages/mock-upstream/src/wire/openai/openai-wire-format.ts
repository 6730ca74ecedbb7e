import type { WireFormat } from '../wire-format.js';
import { renderOpenAiCompletion } from './openai-completion.js';
import { renderOpenAiError } from './openai-errors.js';
import { createOpenAiStreamRenderer } from './openai-stream-renderer.js';
import { readOpenAiRequest } from './read-openai-request.js';

/**
 * OpenAI Chat Completions, `POST /v1/chat/completions`, as the OpenAI API and OpenAI-compatible servers speak it.
 * @see https://platform.openai.com/docs/api-reference/chat
 */
export function createOpenAiWireFormat({ apiKey }: { apiKey?: string } = {}): WireFormat {
  return {
    name: 'openai',
    interleavesToolCalls: true,
    matches: ({ method, path }) => method === 'POST' && path === '/v1/chat/completions',
    readRequest: (request) => readOpenAiRequest({ request, apiKey }),
    renderError: renderOpenAiError,
    createStreamRenderer: createOpenAiStreamRenderer,
    renderResponse: renderOpenAiCompletion,
  };
}
