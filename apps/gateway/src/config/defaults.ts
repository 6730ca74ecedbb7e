import type { RetrySettings, TimeoutSettings } from './gateway-config.js';

/** Generous by default: reasoning models may think for minutes before their first token. */
export const defaultTimeouts: TimeoutSettings = { firstByteMs: 120_000, idleMs: 60_000 };

export const defaultRetries: RetrySettings = { max: 2, baseDelayMs: 250, maxDelayMs: 8_000 };

/** Amazon Bedrock's own limit on a Converse request body. */
export const defaultBodyLimitBytes = 20 * 1024 * 1024;

export const defaultShutdownGraceMs = 25_000;

export const defaultOpenAiBaseUrl = 'https://api.openai.com/v1';

export const defaultAnthropicBaseUrl = 'https://api.anthropic.com';

/** @see https://docs.anthropic.com/en/api/versioning */
export const defaultAnthropicVersion = '2023-06-01';

export const defaultAnthropicMaxTokens = 4096;

/** @see https://ai.google.dev/api#endpoints */
export const defaultGeminiBaseUrl = 'https://generativelanguage.googleapis.com';

export const defaultBedrockRegion = 'us-east-1';
