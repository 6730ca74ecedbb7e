import type { GatewayConfig, ProviderSettings } from '../config/gateway-config.js';
import { createAnthropicAdapter } from './anthropic/anthropic-adapter.js';
import { createBedrockAdapter } from './bedrock/bedrock-adapter.js';
import { createGeminiAdapter } from './gemini/gemini-adapter.js';
import { createOpenAiAdapter } from './openai/openai-adapter.js';
import type { ProviderAdapter } from './provider-adapter.js';

function createAdapter(settings: ProviderSettings): ProviderAdapter {
  switch (settings.type) {
    case 'openai':
      return createOpenAiAdapter(settings);
    case 'anthropic':
      return createAnthropicAdapter(settings);
    case 'gemini':
      return createGeminiAdapter(settings);
    case 'bedrock':
      return createBedrockAdapter(settings);
  }
}

/** One adapter per configured provider, by provider name. */
export type AdapterRegistry = ReadonlyMap<string, ProviderAdapter>;

export function createAdapterRegistry(config: GatewayConfig): AdapterRegistry {
  return new Map(Object.entries(config.providers).map(([name, settings]) => [name, createAdapter(settings)]));
}
