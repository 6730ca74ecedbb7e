import type { RetrySettings, SigV4Settings, TimeoutSettings } from './gateway-config.js';

/** Generous by default: reasoning models may think for minutes before their first token. */
export const defaultTimeouts: TimeoutSettings = { firstByteMs: 120_000, idleMs: 60_000 };

export const defaultRetries: RetrySettings = { max: 2, baseDelayMs: 250, maxDelayMs: 8_000 };

/** Amazon Bedrock's own limit on a Converse request body. */
export const defaultBodyLimitBytes = 20 * 1024 * 1024;

export const defaultShutdownGraceMs = 25_000;

/**
 * Room for one full first-byte wait and the retries and fallbacks after it, while a dead upstream can no longer hold
 * a request for the many minutes its retries and fallbacks would add up to.
 */
export const defaultRequestTimeBudgetMs = 300_000;

export const defaultOpenAiBaseUrl = 'https://api.openai.com/v1';

export const defaultAnthropicBaseUrl = 'https://api.anthropic.com';

/** @see https://docs.anthropic.com/en/api/versioning */
export const defaultAnthropicVersion = '2023-06-01';

export const defaultAnthropicMaxTokens = 4096;

/** @see https://ai.google.dev/api#endpoints */
export const defaultGeminiBaseUrl = 'https://generativelanguage.googleapis.com';

export const defaultBedrockRegion = 'us-east-1';

/** What SigV4 clients sign for unless configured otherwise: Bedrock Runtime in the region most clients name. */
export const defaultSigV4: SigV4Settings = { region: 'us-east-1', service: 'bedrock', allowUnsignedPayload: false };
