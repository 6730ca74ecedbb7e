import type { GatewayConfig, ProviderSettings } from '../config/gateway-config.js';
import { createAnthropicAdapter } from './anthropic/anthropic-adapter.js';
import { createBedrockAdapter } from './bedrock/bedrock-adapter.js';
import { createGeminiAdapter } from './gemini/gemini-adapter.js';
import { createOpenAiAdapter } from './openai/openai-adapter.js';
import type { ProviderAdapter } from './provider-adapter.js';
import type { SecretRedactor } from './shared/redact-secrets.js';

function createAdapter(settings: ProviderSettings, redactor: SecretRedactor): ProviderAdapter {
  switch (settings.type) {
    case 'openai':
      return createOpenAiAdapter(settings, redactor);
    case 'anthropic':
      return createAnthropicAdapter(settings, redactor);
    case 'gemini':
      return createGeminiAdapter(settings, redactor);
    case 'bedrock':
      return createBedrockAdapter(settings, redactor);
  }
}

/** One adapter per configured provider, by provider name. */
export type AdapterRegistry = ReadonlyMap<string, ProviderAdapter>;

/** `redactor` takes every secret out of what upstreams say, before it reaches a client or the log. */
export function createAdapterRegistry(config: GatewayConfig, redactor: SecretRedactor): AdapterRegistry {
  return new Map(Object.entries(config.providers).map(([name, settings]) => [name, createAdapter(settings, redactor)]));
}
