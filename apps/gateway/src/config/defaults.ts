import type { ConnectionLimits, RetrySettings, TimeoutSettings } from './gateway-config.js';

/** Generous by default: reasoning models may think for minutes before their first token. */
export const defaultTimeouts: TimeoutSettings = { firstByteMs: 120_000, idleMs: 60_000 };

export const defaultRetries: RetrySettings = { max: 2, baseDelayMs: 250, maxDelayMs: 8_000 };

/** Amazon Bedrock's own limit on a Converse request body. */
export const defaultBodyLimitBytes = 20 * 1024 * 1024;

export const defaultShutdownGraceMs = 25_000;

/**
 * Limits for a gateway on the internet or behind a load balancer: a request gets 20 s for its headers and 60 s in
 * all (a 20 MiB body at 350 KB/s); connections idle 65 s, longer than the 60 s idle time-out of common load
 * balancers, so the gateway never closes one they are about to reuse; 100 streams per HTTP/2 connection, as most
 * servers allow. The per-address cap leaves room for a load balancer, whose connections all come from few addresses.
 */
export const defaultConnectionLimits: ConnectionLimits = {
  firstByteTimeoutMs: 10_000,
  headersTimeoutMs: 20_000,
  requestTimeoutMs: 60_000,
  keepAliveTimeoutMs: 65_000,
  maxConnections: 10_000,
  maxConnectionsPerAddress: 1_000,
  maxConcurrentStreams: 100,
  maxHeaderBytes: 32 * 1024,
};

export const defaultOpenAiBaseUrl = 'https://api.openai.com/v1';

export const defaultAnthropicBaseUrl = 'https://api.anthropic.com';

/** @see https://docs.anthropic.com/en/api/versioning */
export const defaultAnthropicVersion = '2023-06-01';

export const defaultAnthropicMaxTokens = 4096;

export const defaultBedrockRegion = 'us-east-1';
