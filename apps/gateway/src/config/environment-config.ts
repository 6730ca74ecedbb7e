import { ConfigError } from './config-error.js';
import {
  defaultAnthropicBaseUrl,
  defaultAnthropicMaxTokens,
  defaultAnthropicVersion,
  defaultBedrockRegion,
  defaultOpenAiBaseUrl,
} from './defaults.js';
import type {
  ConnectionLimits,
  GatewayKey,
  MetricsSettings,
  ProviderSettings,
  RetrySettings,
  TimeoutSettings,
} from './gateway-config.js';

/** Distributes over the union, so each provider type keeps its own fields. */
type WithoutLimits<T> = T extends ProviderSettings ? Omit<T, 'timeouts' | 'retries'> : never;
export type ProviderDraft = WithoutLimits<ProviderSettings>;

const keysFrom = (value: string | undefined) => (value ? [{ key: value, weight: 1 }] : []);

/**
 * Providers declared by the variables the official SDKs read: OPENAI_API_KEY / OPENAI_BASE_URL,
 * ANTHROPIC_API_KEY / ANTHROPIC_BASE_URL, and the AWS variables for Bedrock.
 */
export function providersFromEnvironment(environment: NodeJS.ProcessEnv): Record<string, ProviderDraft> {
  const providers: Record<string, ProviderDraft> = {};
  if (environment.OPENAI_API_KEY || environment.OPENAI_BASE_URL) {
    providers.openai = {
      type: 'openai',
      name: 'openai',
      baseUrl: environment.OPENAI_BASE_URL || defaultOpenAiBaseUrl,
      keys: keysFrom(environment.OPENAI_API_KEY),
      headers: {},
    };
  }
  if (environment.ANTHROPIC_API_KEY || environment.ANTHROPIC_BASE_URL) {
    providers.anthropic = {
      type: 'anthropic',
      name: 'anthropic',
      baseUrl: environment.ANTHROPIC_BASE_URL || defaultAnthropicBaseUrl,
      version: defaultAnthropicVersion,
      defaultMaxTokens: defaultAnthropicMaxTokens,
      keys: keysFrom(environment.ANTHROPIC_API_KEY),
      headers: {},
    };
  }
  const region = environment.AWS_REGION || environment.AWS_DEFAULT_REGION;
  const bedrockSignals = [
    region,
    environment.AWS_BEARER_TOKEN_BEDROCK,
    environment.AWS_ACCESS_KEY_ID,
    environment.AWS_PROFILE,
    environment.BEDROCK_BASE_URL,
  ];
  if (bedrockSignals.some(Boolean)) {
    const resolvedRegion = region || defaultBedrockRegion;
    providers.bedrock = {
      type: 'bedrock',
      name: 'bedrock',
      region: resolvedRegion,
      baseUrl: environment.BEDROCK_BASE_URL || `https://bedrock-runtime.${resolvedRegion}.amazonaws.com`,
      bearerToken: environment.AWS_BEARER_TOKEN_BEDROCK || undefined,
      credentials: credentialsFromEnvironment(environment),
      keys: [],
      headers: {},
    };
  }
  return providers;
}

/**
 * Static AWS credentials from the variables every AWS SDK reads. Without them the Bedrock adapter asks the AWS SDK's
 * default credential chain (profiles, SSO, container and instance roles), which refreshes what expires.
 */
function credentialsFromEnvironment(environment: NodeJS.ProcessEnv) {
  const {
    AWS_ACCESS_KEY_ID: accessKeyId,
    AWS_SECRET_ACCESS_KEY: secretAccessKey,
    AWS_SESSION_TOKEN: sessionToken,
  } = environment;
  if (!accessKeyId || !secretAccessKey) return undefined;
  return { accessKeyId, secretAccessKey, sessionToken: sessionToken || undefined };
}

/** `HEIMDALL_API_KEYS`: comma-separated keys, each `secret` or `id:secret` (the latter also for AWS SigV4 clients). */
export function gatewayKeysFromEnvironment(environment: NodeJS.ProcessEnv): GatewayKey[] {
  const raw = environment.HEIMDALL_API_KEYS;
  if (!raw) return [];
  return raw
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0)
    .map((entry) => {
      const separator = entry.indexOf(':');
      if (separator === -1) return { secret: entry };
      const id = entry.slice(0, separator);
      const secret = entry.slice(separator + 1);
      if (!id || !secret) throw new ConfigError('HEIMDALL_API_KEYS: each entry is `secret` or `id:secret`');
      return { id, secret };
    });
}

function positiveInteger(environment: NodeJS.ProcessEnv, name: string): number | undefined {
  const raw = environment[name];
  if (raw === undefined || raw === '') return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) {
    throw new ConfigError(
      `${name} must be a whole number of ${name.endsWith('_MS') ? 'milliseconds' : 'units'}, not "${raw}"`,
    );
  }
  return value;
}

function tlsFromEnvironment(environment: NodeJS.ProcessEnv) {
  const certFile = environment.HEIMDALL_TLS_CERT_FILE;
  const keyFile = environment.HEIMDALL_TLS_KEY_FILE;
  if (!certFile && !keyFile) return undefined;
  if (!certFile || !keyFile) throw new ConfigError('HEIMDALL_TLS_CERT_FILE and HEIMDALL_TLS_KEY_FILE go together');
  return { certFile, keyFile };
}

/** Server and limit settings from the environment; absent ones stay undefined. */
export function serverFromEnvironment(environment: NodeJS.ProcessEnv) {
  return {
    host: environment.HOST || undefined,
    port: positiveInteger(environment, 'PORT'),
    bodyLimitBytes: positiveInteger(environment, 'HEIMDALL_BODY_LIMIT_BYTES'),
    shutdownGraceMs: positiveInteger(environment, 'HEIMDALL_SHUTDOWN_GRACE_MS'),
    tls: tlsFromEnvironment(environment),
  };
}

export function timeoutsFromEnvironment(environment: NodeJS.ProcessEnv): Partial<TimeoutSettings> {
  return {
    firstByteMs: positiveInteger(environment, 'HEIMDALL_FIRST_BYTE_TIMEOUT_MS'),
    idleMs: positiveInteger(environment, 'HEIMDALL_IDLE_TIMEOUT_MS'),
  };
}

export function retriesFromEnvironment(environment: NodeJS.ProcessEnv): Partial<RetrySettings> {
  return { max: positiveInteger(environment, 'HEIMDALL_MAX_RETRIES') };
}

/** A limit of 0 would refuse every connection or disable a time-out, neither of which a setting should do quietly. */
function nonZeroInteger(environment: NodeJS.ProcessEnv, name: string): number | undefined {
  const value = positiveInteger(environment, name);
  if (value === 0) throw new ConfigError(`${name} must be greater than 0`);
  return value;
}

/** Connection limits from the environment; absent ones stay undefined. */
export function connectionLimitsFromEnvironment(environment: NodeJS.ProcessEnv): Partial<ConnectionLimits> {
  return {
    firstByteTimeoutMs: nonZeroInteger(environment, 'HEIMDALL_CONNECTION_FIRST_BYTE_TIMEOUT_MS'),
    headersTimeoutMs: nonZeroInteger(environment, 'HEIMDALL_HEADERS_TIMEOUT_MS'),
    requestTimeoutMs: nonZeroInteger(environment, 'HEIMDALL_REQUEST_TIMEOUT_MS'),
    keepAliveTimeoutMs: nonZeroInteger(environment, 'HEIMDALL_KEEP_ALIVE_TIMEOUT_MS'),
    maxConnections: nonZeroInteger(environment, 'HEIMDALL_MAX_CONNECTIONS'),
    maxConnectionsPerAddress: nonZeroInteger(environment, 'HEIMDALL_MAX_CONNECTIONS_PER_ADDRESS'),
    maxConcurrentStreams: nonZeroInteger(environment, 'HEIMDALL_HTTP2_MAX_CONCURRENT_STREAMS'),
    maxHeaderBytes: nonZeroInteger(environment, 'HEIMDALL_MAX_HEADER_BYTES'),
  };
}

/** `HEIMDALL_METRICS_PORT` and `HEIMDALL_METRICS_KEY`. */
export function metricsFromEnvironment(environment: NodeJS.ProcessEnv): MetricsSettings {
  return {
    port: positiveInteger(environment, 'HEIMDALL_METRICS_PORT'),
    key: environment.HEIMDALL_METRICS_KEY || undefined,
  };
}
