import { defineProvider } from '../provider-descriptor.js';
import { createGeminiAdapter } from './gemini-adapter.js';
import { geminiSettingsSchema } from './gemini-settings.js';

/**
 * Google Gemini, configured as Google's Gen AI SDKs are: they read both key variables and prefer `GOOGLE_API_KEY`
 * when both are set, so it comes first (the first variable set wins).
 * @see https://ai.google.dev/gemini-api/docs/api-key
 */
export const geminiProvider = defineProvider({
  type: 'gemini',
  settingsSchema: geminiSettingsSchema,
  environment: {
    providerName: 'gemini',
    variables: [
      { name: 'GOOGLE_API_KEY', path: ['apiKey'] },
      { name: 'GEMINI_API_KEY', path: ['apiKey'] },
      { name: 'GEMINI_BASE_URL', path: ['baseUrl'] },
    ],
  },
  notConfiguredHint: 'set GEMINI_API_KEY (or GOOGLE_API_KEY)',
  createAdapter: createGeminiAdapter,
});
