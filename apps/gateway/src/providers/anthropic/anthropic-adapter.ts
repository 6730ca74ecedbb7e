import type { AnthropicProviderSettings } from '../../providers/anthropic/anthropic-settings.js';
import type { ProviderAdapter } from '../provider-adapter.js';
import { type AdapterContext, standaloneAdapterContext } from '../shared/adapter-context.js';
import { createServerSentEventAdapter } from '../shared/server-sent-event-adapter.js';
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
  context: AdapterContext = standaloneAdapterContext(settings),
): ProviderAdapter {
  const url = `${settings.baseUrl.replace(/\/+$/, '')}/v1/messages`;
  const configuredHeaders = Object.fromEntries(
    Object.entries(settings.headers).map(([name, value]) => [name.toLowerCase(), value]),
  );
  return createServerSentEventAdapter(
    {
      settings,
      request: (call) => {
        const { body, betas } = buildMessagesRequest({
          request: call.request,
          model: call.model,
          defaultMaxTokens: settings.defaultMaxTokens,
        });
        return {
          url,
          body,
          headers: (key) => ({
            'anthropic-version': settings.version,
            ...configuredHeaders,
            ...betaHeader(configuredHeaders['anthropic-beta'], betas),
            ...(key ? { 'x-api-key': key } : {}),
          }),
        };
      },
      messageOf: anthropicErrorMessage,
      translator: (_call, redact) => new MessagesStreamState({ redact }),
    },
    context,
  );
}
