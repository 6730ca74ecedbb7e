import type { ProviderAdapter } from '../provider-adapter.js';
import { secretsOfProvider } from '../shared/gateway-secrets.js';
import { createKeyPool } from '../shared/key-pool.js';
import { SecretRedactor } from '../shared/redact-secrets.js';
import { sendWithKey } from '../shared/send-with-key.js';
import { serverSentEventBatches } from '../shared/server-sent-event-batches.js';
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
  redactor: SecretRedactor = new SecretRedactor(secretsOfProvider(settings)),
): ProviderAdapter {
  const keys = createKeyPool(settings.keys);
  const { redact } = redactor;
  const baseUrl = settings.baseUrl.replace(/\/+$/, '');
  return {
    settings,
    async converseStream(call) {
      const body = buildGenerateContentRequest(call.request);
      const response = await sendWithKey({
        provider: settings.name,
        url: `${baseUrl}/v1beta/models/${encodeURIComponent(call.model)}:streamGenerateContent?alt=sse`,
        keys,
        redact,
        headers: (key) => ({
          'content-type': 'application/json',
          accept: 'text/event-stream',
          ...settings.headers,
          ...(key ? { 'x-goog-api-key': key } : {}),
        }),
        body: JSON.stringify(body),
        signal: call.signal,
        timeouts: settings.timeouts,
        messageOf: geminiErrorMessage,
        detailsOf: geminiErrorDetails,
      });
      const translator = new GenerateContentStreamState({
        toolUseIdPrefix: `${generatedToolUseIdPrefix}${call.requestId.replaceAll('-', '').slice(0, 16)}_`,
        redact,
      });
      return serverSentEventBatches({
        body: response.body,
        translator,
        provider: settings.name,
        redact,
        idleMs: settings.timeouts.idleMs,
        startedAt: call.startedAt,
      });
    },
  };
}
