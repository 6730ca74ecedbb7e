import type { OpenAiProviderSettings } from '../../providers/openai/openai-settings.js';
import type { ProviderAdapter } from '../provider-adapter.js';
import { type AdapterContext, standaloneAdapterContext } from '../shared/adapter-context.js';
import { createServerSentEventAdapter } from '../shared/server-sent-event-adapter.js';
import { buildChatRequest } from './build-chat-request.js';
import { ChatStreamState } from './chat-stream-state.js';
import { openAiErrorMessage } from './openai-error-message.js';

/**
 * OpenAI and every server that speaks its Chat Completions API (vLLM, Ollama, Groq, Together, DeepSeek, …), streamed
 * (`POST {baseUrl}/chat/completions`) with a bearer key.
 * @see https://platform.openai.com/docs/api-reference/chat/create
 */
export function createOpenAiAdapter(
  settings: OpenAiProviderSettings,
  context: AdapterContext = standaloneAdapterContext(settings),
): ProviderAdapter {
  const url = `${settings.baseUrl.replace(/\/+$/, '')}/chat/completions`;
  return createServerSentEventAdapter(
    {
      settings,
      request: (call) => ({
        url,
        body: buildChatRequest(call.request, call.model, true),
        headers: (key) => ({ ...settings.headers, ...(key ? { authorization: `Bearer ${key}` } : {}) }),
      }),
      messageOf: openAiErrorMessage,
      translator: (call, redact) =>
        new ChatStreamState({ toolUseIdPrefix: `tooluse_${call.requestId.replaceAll('-', '').slice(0, 16)}`, redact }),
    },
    context,
  );
}
