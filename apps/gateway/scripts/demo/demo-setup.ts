/**
 * What `pnpm demo` configures: every provider the README names, each pointed at the bundled mock upstream, plus the
 * README's example routes. The same setup answers the extracted-examples test, so every model a README or guide
 * example names must be served here.
 */

/** Where the mock upstream listens, as the demo sees it. */
export interface MockAddress {
  openaiBaseUrl: string;
  anthropicBaseUrl: string;
  geminiBaseUrl: string;
  bedrockBaseUrl: string;
}

/** The mock checks no key; the providers still send one, as they would to a real upstream. */
const mockKey = 'demo-key-for-the-mock';

/**
 * The gateway's own variables a user may set for the demo (where it listens, gateway keys, limits, log level). The
 * provider variables and `HEIMDALL_CONFIG` are left out: the demo's providers are the mock's.
 */
export function passedThroughEnvironment(environment: NodeJS.ProcessEnv): Record<string, string> {
  const passed = Object.entries(environment).filter(
    ([name, value]) =>
      value !== undefined &&
      (name === 'HOST' || name === 'PORT' || name === 'LOG_LEVEL' || name.startsWith('HEIMDALL_')) &&
      name !== 'HEIMDALL_CONFIG',
  );
  return Object.fromEntries(passed) as Record<string, string>;
}

/** The demo's config file: the four built-in providers, two OpenAI-compatible ones and the README's routes. */
export function demoConfigFile(mock: MockAddress): Record<string, unknown> {
  return {
    providers: {
      openai: { type: 'openai', baseUrl: mock.openaiBaseUrl, apiKey: mockKey },
      anthropic: { type: 'anthropic', baseUrl: mock.anthropicBaseUrl, apiKey: mockKey },
      gemini: { type: 'gemini', baseUrl: mock.geminiBaseUrl, apiKey: mockKey },
      bedrock: {
        type: 'bedrock',
        baseUrl: mock.bedrockBaseUrl,
        // The mock accepts any signature; explicit credentials keep the AWS chain (and this machine's) out of it.
        credentials: { accessKeyId: 'AKIADEMOFORTHEMOCK01', secretAccessKey: mockKey },
      },
      groq: { type: 'openai', baseUrl: mock.openaiBaseUrl, apiKey: mockKey },
      ollama: { type: 'openai', baseUrl: mock.openaiBaseUrl },
    },
    defaultProvider: 'bedrock',
    routes: {
      'chat-default': { targets: ['openai/gpt-4o', 'anthropic/claude-sonnet-4-5'] },
      'anthropic.claude-sonnet-4-5': {
        targets: [
          { model: 'anthropic/claude-sonnet-4-5', weight: 3 },
          { model: 'bedrock/eu.anthropic.claude-sonnet-4-5-20250929-v1:0', weight: 1 },
        ],
        strategy: 'weighted',
      },
    },
  };
}
