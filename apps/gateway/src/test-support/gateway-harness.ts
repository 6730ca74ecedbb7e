import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMockUpstream, type MockUpstream } from '@heimdall/mock-upstream';
import type { ExchangeHooks } from '../app/exchange-hooks.js';
import type { GatewayDependencies } from '../app/gateway-context.js';
import { createGatewayAuth, type GatewayAuth } from '../auth/gateway-auth.js';
import { loadConfig } from '../config/load-config.js';
import { createGateway, type Gateway } from '../create-gateway.js';
import type { CounterStore } from '../limits/counter-store.js';
import { createLogger } from '../logging/create-logger.js';
import { type AdapterRegistry, createAdapterRegistry } from '../providers/adapter-registry.js';
import { SecretRedactor } from '../providers/shared/redact-secrets.js';
import type { CooldownStore } from '../routing/cooldown-store.js';
import type { Database } from '../store/database.js';
import { createGatewayServer } from '../transport/create-gateway-server.js';
import { createContractCheckingFetch } from './contract-checking-fetch.js';
import { createMemoryLog } from './memory-log.js';

/** The upstream key the harness configures; tests check it never leaks to clients or logs. */
export const upstreamKey = 'sk-upstream-secret-0123456789';

/** The AWS credentials the gateway signs its Bedrock requests with; the mock checks every signature. */
export const upstreamAwsCredentials = {
  accessKeyId: 'AKIAUPSTREAMTEST0001',
  secretAccessKey: 'upstream-aws-secret-key',
};

export interface GatewayHarness {
  mock: MockUpstream;
  gateway: Gateway;
  /** The gateway's base URL on loopback: `https://` when the config file gives the server a certificate. */
  url: string;
  /** Every JSON line the gateway logged, parsed, and as written. */
  log: ReturnType<typeof createMemoryLog>;
  /** Every backoff the gateway waited for between retries; the harness does not really wait. */
  retryDelays: number[];
  /** Stops everything, and fails if any response the gateway produced broke the spec. */
  close(): Promise<void>;
}

export interface HarnessOptions {
  /** Extra environment for the gateway's configuration. */
  environment?: Record<string, string>;
  /** A config file; `{{mock}}` in strings is replaced by the mock upstream's URL. */
  configFile?: Record<string, unknown>;
  overrides?: Partial<GatewayDependencies>;
  /** Where rate-limit counters live (e.g. a store on a fixed clock). */
  counterStore?: CounterStore;
  /** Which targets are cooling down (e.g. a store on a fixed clock). */
  cooldownStore?: CooldownStore;
  /** Hooks run on every request after the gateway's own. */
  hooks?: readonly ExchangeHooks[];
  /** The gateway's randomness (retry jitter, which weighted upstream key goes first). */
  random?: () => number;
  /** Wraps the adapters the configuration makes, e.g. to inject faults around the real ones. */
  wrapAdapters?: (adapters: AdapterRegistry) => AdapterRegistry;
  /** Wraps the authentication the configuration makes, e.g. to give its principals a team. */
  wrapAuth?: (auth: GatewayAuth) => GatewayAuth;
  /** An opened database: the gateway stores its request log there, and {@link GatewayHarness.close} flushes it. */
  database?: Database;
}

/**
 * A real gateway on loopback in front of a real mock upstream: the providers `openai`, `anthropic` and `gemini` point
 * at the mock with {@link upstreamKey}, and `bedrock` (the default provider) signs with {@link upstreamAwsCredentials}.
 * Nothing is mocked in between.
 */
export async function startGatewayHarness(options: HarnessOptions = {}): Promise<GatewayHarness> {
  const mock = await createMockUpstream({
    apiKeys: { openai: upstreamKey, anthropic: upstreamKey, gemini: upstreamKey, bedrock: upstreamAwsCredentials },
  });
  const directory = mkdtempSync(join(tmpdir(), 'heimdall-harness-'));
  const environment: Record<string, string> = {
    HOST: '127.0.0.1',
    PORT: '0',
    OPENAI_BASE_URL: mock.openaiBaseUrl,
    OPENAI_API_KEY: upstreamKey,
    ANTHROPIC_BASE_URL: mock.anthropicBaseUrl,
    ANTHROPIC_API_KEY: upstreamKey,
    GEMINI_BASE_URL: mock.geminiBaseUrl,
    GEMINI_API_KEY: upstreamKey,
    BEDROCK_BASE_URL: mock.bedrockBaseUrl,
    AWS_REGION: 'us-east-1',
    AWS_ACCESS_KEY_ID: upstreamAwsCredentials.accessKeyId,
    AWS_SECRET_ACCESS_KEY: upstreamAwsCredentials.secretAccessKey,
    ...options.environment,
  };
  if (options.configFile) {
    const text = JSON.stringify(options.configFile).replaceAll('{{mock}}', mock.url);
    writeFileSync(join(directory, 'heimdall.config.json'), text);
  }
  const log = createMemoryLog();
  const redactor = new SecretRedactor();
  const logger = createLogger({ LOG_LEVEL: 'debug' }, log.destination, redactor);
  const retryDelays: number[] = [];
  const overrides: Partial<GatewayDependencies> = {
    sleep: async (milliseconds) => void retryDelays.push(milliseconds),
    ...options.overrides,
  };
  const config = loadConfig(environment, directory);
  const random = options.random ?? Math.random;
  if (options.wrapAdapters)
    overrides.adapters = options.wrapAdapters(createAdapterRegistry(config, { redactor, random }));
  if (options.wrapAuth) {
    overrides.auth = options.wrapAuth(createGatewayAuth({ keys: config.gatewayKeys, sigv4: config.sigv4 }));
  }
  const gateway = createGateway({
    config,
    logger,
    redactor,
    random,
    hooks: options.hooks ?? [],
    overrides,
    ...(options.counterStore ? { counterStore: options.counterStore } : {}),
    ...(options.database ? { database: options.database } : {}),
    ...(options.cooldownStore ? { cooldownStore: options.cooldownStore } : {}),
  });
  // The harness serves the app itself, through a fetch wrapper that checks every response against the spec.
  const contract = createContractCheckingFetch(gateway.app.fetch);
  const server = createGatewayServer(contract.fetch, config.server);
  const address = await server.listen();
  const url = `${config.server.tls ? 'https' : 'http'}://127.0.0.1:${address.port}`;
  return {
    mock,
    gateway,
    url,
    log,
    retryDelays,
    async close() {
      await server.close({ graceMs: 0, isIdle: () => true });
      await gateway.requestLog?.close();
      await mock.close();
      const violations = await contract.violations();
      if (violations.length > 0) throw new Error(`Responses that break the spec:\n${violations.join('\n')}`);
    },
  };
}
