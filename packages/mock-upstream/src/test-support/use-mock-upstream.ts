import Anthropic from '@anthropic-ai/sdk';
import OpenAI from 'openai';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { createMockUpstream, type MockUpstream, type MockUpstreamOptions } from '../server/create-mock-upstream.js';

export const testApiKeys = { openai: 'sk-test-openai', anthropic: 'sk-ant-test' } as const;

/** Starts one mock upstream for a test file, resets it before each test and closes it after the file. */
export function useMockUpstream(options: MockUpstreamOptions = {}): () => MockUpstream {
  let mock: MockUpstream | undefined;
  beforeAll(async () => {
    mock = await createMockUpstream(options);
  });
  afterAll(async () => {
    await mock?.close();
  });
  beforeEach(() => {
    mock?.reset();
  });
  return () => {
    if (mock === undefined) throw new Error('The mock upstream has not started');
    return mock;
  };
}

/** The official OpenAI client pointed at the mock, without retries so each test sees one exchange. */
export function createOpenAiClient(mock: MockUpstream, options: { timeout?: number; apiKey?: string } = {}): OpenAI {
  return new OpenAI({
    baseURL: mock.openaiBaseUrl,
    apiKey: options.apiKey ?? testApiKeys.openai,
    maxRetries: 0,
    timeout: options.timeout,
  });
}

/** The official Anthropic client pointed at the mock, without retries so each test sees one exchange. */
export function createAnthropicClient(
  mock: MockUpstream,
  options: { timeout?: number; apiKey?: string } = {},
): Anthropic {
  return new Anthropic({
    baseURL: mock.anthropicBaseUrl,
    apiKey: options.apiKey ?? testApiKeys.anthropic,
    maxRetries: 0,
    timeout: options.timeout,
  });
}
