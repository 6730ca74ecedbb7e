import { ModelStreamErrorException } from '@heimdall/eventstream';
import type { ConverseStreamEvent } from '@heimdall/spec';
import type { OpenAiProviderSettings } from '../../config/gateway-config.js';
import type { ConverseCall, ProviderAdapter } from '../provider-adapter.js';

import { createKeyPool } from '../shared/key-pool.js';
import { redactSecrets } from '../shared/redact-secrets.js';
import { sendWithKey } from '../shared/send-with-key.js';
import { readServerSentEvents } from '../shared/server-sent-events.js';
import { toStreamFailure } from '../shared/stream-failure.js';
import { buildChatRequest } from './build-chat-request.js';
import type { ChatCompletionChunk } from './chat-completions-types.js';
import { ChatStreamState } from './chat-stream-state.js';
import { openAiErrorMessage } from './openai-error-message.js';

async function* chatStreamEvents(
  body: AsyncIterable<Uint8Array>,
  call: ConverseCall,
  settings: OpenAiProviderSettings,
  secrets: readonly string[],
): AsyncGenerator<ConverseStreamEvent> {
  const state = new ChatStreamState({
    toolUseIdPrefix: `tooluse_${call.requestId.replaceAll('-', '').slice(0, 16)}`,
    redact: (text) => redactSecrets(text, secrets),
  });
  yield* state.start();
  try {
    for await (const message of readServerSentEvents(body)) {
      if (message.data === '[DONE]') {
        state.done = true;
        break;
      }
      let chunk: ChatCompletionChunk;
      try {
        chunk = JSON.parse(message.data) as ChatCompletionChunk;
      } catch {
        throw new ModelStreamErrorException({
          message: `${settings.name}: the upstream sent a chunk that is not JSON`,
        });
      }
      yield* state.onChunk(chunk);
    }
    yield* state.finish(performance.now() - call.startedAt);
  } catch (error) {
    throw toStreamFailure(error, settings.name, secrets, settings.timeouts.idleMs);
  }
}

/**
 * OpenAI and every server that speaks its Chat Completions API (vLLM, Ollama, Groq, Together, DeepSeek, …).
 * @see https://platform.openai.com/docs/api-reference/chat/create
 */
export function createOpenAiAdapter(settings: OpenAiProviderSettings): ProviderAdapter {
  const keys = createKeyPool(settings.keys);
  const secrets = settings.keys.map((entry) => entry.key);
  const url = `${settings.baseUrl.replace(/\/+$/, '')}/chat/completions`;
  return {
    settings,
    async converseStream(call) {
      const body = buildChatRequest(call.request, call.model, true);
      const response = await sendWithKey({
        provider: settings.name,
        url,
        keys,
        secrets,
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
      return chatStreamEvents(response.body, call, settings, secrets);
    },
  };
}
