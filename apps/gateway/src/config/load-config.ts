import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { ConfigError } from './config-error.js';
import { type ConfigFile, configFileSchema, type ProviderConfigEntry } from './config-schema.js';
import {
  defaultAnthropicBaseUrl,
  defaultAnthropicMaxTokens,
  defaultAnthropicVersion,
  defaultBedrockRegion,
  defaultBodyLimitBytes,
  defaultConnectionLimits,
  defaultRetries,
  defaultShutdownGraceMs,
  defaultTimeouts,
} from './defaults.js';
import {
  connectionLimitsFromEnvironment,
  gatewayKeysFromEnvironment,
  metricsFromEnvironment,
  providersFromEnvironment,
  retriesFromEnvironment,
  serverFromEnvironment,
  timeoutsFromEnvironment,
} from './environment-config.js';
import type { GatewayConfig, ProviderSettings, RetrySettings, TimeoutSettings } from './gateway-config.js';

const conventionalFileNames = ['heimdall.config.json', 'heimdall.config.yaml', 'heimdall.config.yml'];

function findConfigFile(environment: NodeJS.ProcessEnv, directory: string): string | undefined {
  if (environment.HEIMDALL_CONFIG) {
    const path = resolve(directory, environment.HEIMDALL_CONFIG);
    if (!existsSync(path)) throw new ConfigError(`HEIMDALL_CONFIG points to ${path}, which does not exist`);
    return path;
  }
  return conventionalFileNames.map((name) => resolve(directory, name)).find((path) => existsSync(path));
}

function readConfigFile(path: string, environment: NodeJS.ProcessEnv): ConfigFile {
  let raw: unknown;
  try {
    const text = readFileSync(path, 'utf8');
    // The YAML parser is loaded only for a YAML file.
    raw = path.endsWith('.json') ? JSON.parse(text) : createRequire(import.meta.url)('yaml').parse(text);
  } catch (error) {
    throw new ConfigError(`Cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const result = configFileSchema(environment).safeParse(raw ?? {});
  if (!result.success) throw ConfigError.fromZod(path, result.error);
  return result.data;
}

function fromEntry(name: string, entry: ProviderConfigEntry, timeouts: TimeoutSettings, retries: RetrySettings) {
  const keys = entry.type === 'bedrock' ? [] : (entry.keys ?? (entry.apiKey ? [{ key: entry.apiKey, weight: 1 }] : []));
  const common = {
    name,
    keys,
    headers: entry.headers ?? {},
    timeouts: { ...timeouts, ...entry.timeouts },
    retries: { ...retries, ...entry.retries },
  };
  switch (entry.type) {
    case 'openai':
      return { ...common, type: 'openai', baseUrl: entry.baseUrl } satisfies ProviderSettings;
    case 'anthropic':
      return {
        ...common,
        type: 'anthropic',
        baseUrl: entry.baseUrl ?? defaultAnthropicBaseUrl,
        version: entry.version ?? defaultAnthropicVersion,
        defaultMaxTokens: entry.defaultMaxTokens ?? defaultAnthropicMaxTokens,
      } satisfies ProviderSettings;
    case 'bedrock': {
      const region = entry.region ?? defaultBedrockRegion;
      return {
        ...common,
        type: 'bedrock',
        region,
        baseUrl: entry.baseUrl ?? `https://bedrock-runtime.${region}.amazonaws.com`,
        bearerToken: entry.bearerToken,
        credentials: entry.credentials,
      } satisfies ProviderSettings;
    }
  }
}

/**
 * Reads the configuration: the environment first (zero-config, with the variables the official SDKs use), then the
 * config file (`HEIMDALL_CONFIG`, or `heimdall.config.{json,yaml,yml}` in the working directory), whose providers
 * replace those of the same name. Throws a {@link ConfigError} naming every bad setting.
 */
export function loadConfig(environment: NodeJS.ProcessEnv = process.env, directory = process.cwd()): GatewayConfig {
  const path = findConfigFile(environment, directory);
  const file: ConfigFile = path ? readConfigFile(path, environment) : {};
  const timeouts = { ...defaultTimeouts, ...definedOnly(timeoutsFromEnvironment(environment)), ...file.timeouts };
  const retries = { ...defaultRetries, ...definedOnly(retriesFromEnvironment(environment)), ...file.retries };
  const server = definedOnly(serverFromEnvironment(environment));
  const connections = {
    ...defaultConnectionLimits,
    ...definedOnly(connectionLimitsFromEnvironment(environment)),
    ...file.server?.connections,
  };
  if (connections.headersTimeoutMs > connections.requestTimeoutMs) {
    throw new ConfigError(
      `The headers time-out (${connections.headersTimeoutMs} ms) cannot be longer than the request time-out (${connections.requestTimeoutMs} ms), which includes it`,
    );
  }
  const metrics = { ...definedOnly(metricsFromEnvironment(environment)), ...file.metrics };

  const providers: Record<string, ProviderSettings> = {};
  for (const [name, draft] of Object.entries(providersFromEnvironment(environment))) {
    providers[name] = { ...draft, timeouts, retries } as ProviderSettings;
  }
  for (const [name, entry] of Object.entries(file.providers ?? {})) {
    providers[name] = fromEntry(name, entry, timeouts, retries);
  }

  return {
    server: {
      host: file.server?.host ?? server.host ?? '127.0.0.1',
      port: file.server?.port ?? server.port ?? 8080,
      bodyLimitBytes: file.server?.bodyLimitBytes ?? server.bodyLimitBytes ?? defaultBodyLimitBytes,
      shutdownGraceMs: file.server?.shutdownGraceMs ?? server.shutdownGraceMs ?? defaultShutdownGraceMs,
      tls: file.server?.tls ?? server.tls,
      connections,
    },
    metrics,
    gatewayKeys: [...gatewayKeysFromEnvironment(environment), ...(file.gatewayKeys ?? [])],
    defaultProvider: file.defaultProvider ?? 'bedrock',
    providers,
  };
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as Partial<T>;
}
