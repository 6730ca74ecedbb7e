import { defineProvider } from '../provider-descriptor.js';
import { createOpenAiAdapter } from './openai-adapter.js';
import { openAiSettingsSchema } from './openai-settings.js';

/** OpenAI and every OpenAI-compatible server, configured as the OpenAI SDK is. */
export const openAiProvider = defineProvider({
  type: 'openai',
  settingsSchema: openAiSettingsSchema,
  environment: {
    providerName: 'openai',
    variables: [
      { name: 'OPENAI_API_KEY', path: ['apiKey'] },
      { name: 'OPENAI_BASE_URL', path: ['baseUrl'] },
    ],
  },
  notConfiguredHint: 'set OPENAI_API_KEY (and OPENAI_BASE_URL for an OpenAI-compatible server)',
  createAdapter: createOpenAiAdapter,
});
