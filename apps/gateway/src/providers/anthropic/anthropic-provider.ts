import { defineProvider } from '../provider-descriptor.js';
import { createAnthropicAdapter } from './anthropic-adapter.js';
import { anthropicSettingsSchema } from './anthropic-settings.js';

/** Anthropic, configured as the Anthropic SDK is. */
export const anthropicProvider = defineProvider({
  type: 'anthropic',
  settingsSchema: anthropicSettingsSchema,
  environment: {
    providerName: 'anthropic',
    variables: [
      { name: 'ANTHROPIC_API_KEY', path: ['apiKey'] },
      { name: 'ANTHROPIC_BASE_URL', path: ['baseUrl'] },
    ],
  },
  notConfiguredHint: 'set ANTHROPIC_API_KEY',
  createAdapter: createAnthropicAdapter,
});
