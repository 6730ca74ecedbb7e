import type { WireFormat } from '../wire-format.js';
import { renderGeminiError } from './gemini-errors.js';
import { renderGeminiResponse } from './gemini-response.js';
import { parseGeminiRoute } from './gemini-route.js';
import { createGeminiStreamRenderer } from './gemini-stream-renderer.js';
import { readGeminiRequest } from './read-gemini-request.js';

/**
 * Google's Gemini API, `POST /v1beta/models/{model}:streamGenerateContent?alt=sse` and `:generateContent`. Gemini
 * sends each function call whole, so parallel calls are never interleaved.
 * @see https://ai.google.dev/api/generate-content
 */
export function createGeminiWireFormat({ apiKey }: { apiKey?: string } = {}): WireFormat {
  return {
    name: 'gemini',
    interleavesToolCalls: false,
    matches: ({ method, path }) => method === 'POST' && parseGeminiRoute(path) !== undefined,
    readRequest: (request) => readGeminiRequest({ request, apiKey }),
    renderError: renderGeminiError,
    createStreamRenderer: createGeminiStreamRenderer,
    renderResponse: renderGeminiResponse,
  };
}
