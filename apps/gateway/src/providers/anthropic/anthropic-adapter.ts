import type { AnthropicProviderSettings } from '../../providers/anthropic/anthropic-settings.js';
import type { ProviderAdapter } from '../provider-adapter.js';
import { secretsOfProvider } from '../shared/gateway-secrets.js';
import { createKeyPool } from '../shared/key-pool.js';
import { SecretRedactor } from '../shared/redact-secrets.js';
import { sendWithKey } from '../shared/send-with-key.js';
import { serverSentEventBatches } from '../shared/server-sent-event-batches.js';
import { anthropicErrorMessage } from './anthropic-error-message.js';
import { buildMessagesRequest } from './build-messages-request.js';
import { MessagesStreamState } from './messages-stream-state.js';

/** Beta features asked for by the request, after those the provider's configured headers already name. */
function betaHeader(configured: string | undefined, betas: readonly string[]): Record<string, string> {
  const names = [...(configured ? configured.split(',').map((name) => name.trim()) : []), ...betas];
  const unique = [...new Set(names.filter((name) => name !== ''))];
  return unique.length > 0 ? { 'anthropic-beta': unique.join(',') } : {};
}

/**
 * Anthropic's Messages API, streamed (`POST {baseUrl}/v1/messages`), authenticated with `x-api-key` and versioned
 * with `anthropic-version`.
 * @see https://docs.anthropic.com/en/api/messages
 * @see https://docs.anthropic.com/en/api/versioning
 */
export function createAnthropicAdapter(
  settings: AnthropicProviderSettings,
  redactor: SecretRedactor = new SecretRedactor(secretsOfProvider(settings)),
): ProviderAdapter {
  const keys = createKeyPool(settings.keys);
  const { redact } = redactor;
  const url = `${settings.baseUrl.replace(/\/+$/, '')}/v1/messages`;
  const configuredHeaders = Object.fromEntries(
    Object.entries(settings.headers).map(([name, value]) => [name.toLowerCase(), value]),
  );
  return {
    settings,
    async converseStream(call) {
      const { body, betas } = buildMessagesRequest({
        request: call.request,
        model: call.model,
        defaultMaxTokens: settings.defaultMaxTokens,
      });
      const response = await sendWithKey({
        provider: settings.name,
        url,
        keys,
        redact,
        headers: (key) => ({
          'content-type': 'application/json',
          accept: 'text/event-stream',
          'anthropic-version': settings.version,
          ...configuredHeaders,
          ...betaHeader(configuredHeaders['anthropic-beta'], betas),
          ...(key ? { 'x-api-key': key } : {}),
        }),
        body: JSON.stringify(body),
        signal: call.signal,
        timeouts: settings.timeouts,
        messageOf: anthropicErrorMessage,
      });
      return serverSentEventBatches({
        body: response.body,
        translator: new MessagesStreamState({ redact }),
        provider: settings.name,
        redact,
        idleMs: settings.timeouts.idleMs,
        startedAt: call.startedAt,
      });
    },
  };
}
