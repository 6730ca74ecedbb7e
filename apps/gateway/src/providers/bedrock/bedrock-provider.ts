import { defineProvider } from '../provider-descriptor.js';
import { createBedrockAdapter } from './bedrock-adapter.js';
import { bedrockSettingsSchema } from './bedrock-settings.js';

/** Static credentials are taken only as a pair: one half alone is left to the AWS SDK's chain, as before. */
const accessKeyPair = ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY'];

/**
 * Amazon Bedrock, the default provider, configured with the variables every AWS SDK reads. Without static
 * credentials in the environment, the adapter asks the AWS SDK's default chain, which also reads `AWS_PROFILE`.
 */
export const bedrockProvider = defineProvider({
  type: 'bedrock',
  settingsSchema: bedrockSettingsSchema,
  environment: {
    providerName: 'bedrock',
    variables: [
      { name: 'AWS_REGION', path: ['region'] },
      { name: 'AWS_DEFAULT_REGION', path: ['region'] },
      { name: 'AWS_ACCESS_KEY_ID', path: ['credentials', 'accessKeyId'], onlyWith: accessKeyPair },
      {
        name: 'AWS_SECRET_ACCESS_KEY',
        path: ['credentials', 'secretAccessKey'],
        onlyWith: accessKeyPair,
        declaresProvider: false,
      },
      {
        name: 'AWS_SESSION_TOKEN',
        path: ['credentials', 'sessionToken'],
        onlyWith: accessKeyPair,
        declaresProvider: false,
      },
      { name: 'AWS_PROFILE' },
      { name: 'AWS_BEARER_TOKEN_BEDROCK', path: ['bearerToken'] },
      { name: 'BEDROCK_BASE_URL', path: ['baseUrl'] },
    ],
  },
  notConfiguredHint:
    'set AWS_REGION (credentials then come from the AWS chain: keys, a profile, or a container or instance role), or AWS_BEARER_TOKEN_BEDROCK',
  genAiSystem: 'aws.bedrock',
  priceTableProvider: 'aws',
  createAdapter: createBedrockAdapter,
});
