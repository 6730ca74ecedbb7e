import type { ProviderAdapter } from '../provider-adapter.js';
import { type AdapterContext, standaloneAdapterContext } from '../shared/adapter-context.js';
import { createServerSentEventAdapter } from '../shared/server-sent-event-adapter.js';
import { buildGenerateContentRequest } from './build-generate-content-request.js';
import { generatedToolUseIdPrefix } from './convert-contents.js';
import { geminiErrorDetails, geminiErrorMessage } from './gemini-error-message.js';
import type { GeminiProviderSettings } from './gemini-settings.js';
import { GenerateContentStreamState } from './generate-content-stream-state.js';

/**
 * Google's Gemini API, streamed as server-sent events (`POST {baseUrl}/v1beta/models/{model}:streamGenerateContent
 * ?alt=sse`), authenticated with `x-goog-api-key`.
 * @see https://ai.google.dev/api/generate-content#method:-models.streamgeneratecontent
 * @see https://ai.google.dev/gemini-api/docs/api-key
 */
export function createGeminiAdapter(
  settings: GeminiProviderSettings,
  context: AdapterContext = standaloneAdapterContext(settings),
): ProviderAdapter {
  const baseUrl = settings.baseUrl.replace(/\/+$/, '');
  return createServerSentEventAdapter(
    {
      settings,
      request: (call) => ({
        url: `${baseUrl}/v1beta/models/${encodeURIComponent(call.model)}:streamGenerateContent?alt=sse`,
        body: buildGenerateContentRequest(call.request),
        headers: (key) => ({ ...settings.headers, ...(key ? { 'x-goog-api-key': key } : {}) }),
      }),
      messageOf: geminiErrorMessage,
      detailsOf: geminiErrorDetails,
      translator: (call, redact) =>
        new GenerateContentStreamState({
          toolUseIdPrefix: `${generatedToolUseIdPrefix}${call.requestId.replaceAll('-', '').slice(0, 16)}_`,
          redact,
        }),
    },
    context,
  );
}
