import type { OpenAiProviderSettings } from '../../providers/openai/openai-settings.js';
import type { ProviderAdapter } from '../provider-adapter.js';
import { secretsOfProvider } from '../shared/gateway-secrets.js';
import { createKeyPool } from '../shared/key-pool.js';
import { SecretRedactor } from '../shared/redact-secrets.js';
import { sendWithKey } from '../shared/send-with-key.js';
import { serverSentEventBatches } from '../shared/server-sent-event-batches.js';
import { buildChatRequest } from './build-chat-request.js';
import { ChatStreamState } from './chat-stream-state.js';
import { openAiErrorMessage } from './openai-error-message.js';

/**
 * OpenAI and every server that speaks its Chat Completions API (vLLM, Ollama, Groq, Together, DeepSeek, …).
 * @see https://platform.openai.com/docs/api-reference/chat/create
 */
export function createOpenAiAdapter(
  settings: OpenAiProviderSettings,
  redactor: SecretRedactor = new SecretRedactor(secretsOfProvider(settings)),
): ProviderAdapter {
  const keys = createKeyPool(settings.keys);
  const { redact } = redactor;
  const url = `${settings.baseUrl.replace(/\/+$/, '')}/chat/completions`;
  return {
    settings,
    async converseStream(call) {
      const body = buildChatRequest(call.request, call.model, true);
      const response = await sendWithKey({
        provider: settings.name,
        url,
        keys,
        redact,
        headers: (key) => ({
          'content-type': 'application/json',
          accept: 'text/event-stream',
          ...settings.headers,
          ...(key ? { authorization: `Bearer ${key}` } : {}),
        }),
        body: JSON.stringify(body),
        signal: call.signal,
        timeouts: settings.timeouts,
        messageOf: openAiErrorMessage,
      });
      const translator = new ChatStreamState({
        toolUseIdPrefix: `tooluse_${call.requestId.replaceAll('-', '').slice(0, 16)}`,
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
