import { setMaxListeners } from 'node:events';
import type { AddressInfo } from 'node:net';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createApp } from './app/create-app.js';
import type { ExchangeHooks } from './app/exchange-hooks.js';
import type { GatewayDependencies, GatewayEnv } from './app/gateway-context.js';
import { createAdminAuth } from './auth/admin-auth.js';
import { createGatewayAuth } from './auth/gateway-auth.js';
import { keyPolicyHook } from './auth/key-policy-hook.js';
import type { GatewayConfig } from './config/config-schema.js';
import { GovernanceService } from './governance/governance-service.js';
import { GovernanceStore } from './governance/governance-store.js';
import { createCounterPersistence } from './limits/counter-persistence.js';
import type { CounterStore } from './limits/counter-store.js';
import { createCounterStore } from './limits/create-counter-store.js';
import { createLimitHook } from './limits/limit-hook.js';
import { createMemoryCounterStore } from './limits/memory-counter-store.js';
import { createLogger, type Logger } from './logging/create-logger.js';
import { createCooldownMetrics } from './metrics/cooldown-metrics.js';
import { createGatewayMetrics } from './metrics/gateway-metrics.js';
import { createLimitMetrics } from './metrics/limit-metrics.js';
import { createMetricsServer } from './metrics/metrics-server.js';
import { createAdapterRegistry } from './providers/adapter-registry.js';
import { secretsOfConfig } from './providers/shared/gateway-secrets.js';
import { SecretRedactor } from './providers/shared/redact-secrets.js';
import type { CooldownStore } from './routing/cooldown-store.js';
import { createCooldownStore } from './routing/create-cooldown-store.js';
import { createRedisTargetLoad } from './routing/redis-target-load.js';
import { createTargetCooldowns } from './routing/target-cooldowns.js';
import { createMemoryTargetLoad } from './routing/target-load.js';
import type { Database } from './store/database.js';
import { type RequestLog, startRequestLog } from './store/request-log/start-request-log.js';
import { realSleep } from './streaming/retry-policy.js';
import { createGatewayServer } from './transport/create-gateway-server.js';

export interface Gateway {
  app: OpenAPIHono<GatewayEnv>;
  dependencies: GatewayDependencies;
  /**
   * Listens on the configured host and port; resolves with the base URL, e.g. `http://127.0.0.1:8080`, and, with a
   * metrics port configured, the URL of `/metrics` on it.
   */
  start(): Promise<{ url: string; address: AddressInfo; metricsUrl?: string }>;
  /** Graceful stop: no new connections, streams in flight get the configured grace period to finish. */
  stop(options?: { graceMs?: number }): Promise<void>;
  /** The request log's writer, when a database is given and the log is on; {@link stop} flushes it. */
  requestLog: RequestLog | undefined;
}

export interface CreateGatewayOptions {
  config: GatewayConfig;
  /** The redactor the logger was created with, if any: the configuration's secrets are added to it. */
  redactor?: SecretRedactor;
  logger?: Logger;
  /** The randomness of retry jitter and of picking among weighted upstream keys; tests make it predictable. */
  random?: () => number;
  /** Where budget and rate-limit counters live; unless given, what `config.counters` says (memory, or Redis). */
  counterStore?: CounterStore;
  /**
   * Which targets are cooling down; unless given (e.g. a store on a fixed clock), Redis shared by every replica when
   * `config.counters.redisUrl` is set, else this process's memory.
   */
  cooldownStore?: CooldownStore;
  /** Hooks to run on every request after the gateway's own (key policy, rate limits), e.g. a meter. */
  hooks?: readonly ExchangeHooks[];
  /**
   * The opened database; its opener closes it, after {@link Gateway.stop}. Without one nothing is stored (the request
   * log lines still go to the logger).
   */
  database?: Database;
  /** Replaces parts of the wiring, e.g. an instant `sleep` for retry tests. */
  overrides?: Partial<GatewayDependencies>;
}

const hostOf = (address: AddressInfo) => (address.family === 'IPv6' ? `[${address.address}]` : address.address);

/** Wires configuration, providers, authentication, the app and the server together. */
export function createGateway({
  config,
  redactor = new SecretRedactor(),
  logger = createLogger(process.env, undefined, redactor),
  random = Math.random,
  hooks = [],
  database,
  cooldownStore: givenCooldownStore,
  counterStore,
  overrides = {},
}: CreateGatewayOptions): Gateway {
  redactor.add(secretsOfConfig(config));
  // Virtual keys, teams and customers live in the database; without one the management API says it has none.
  const governance =
    database &&
    new GovernanceService(new GovernanceStore(database.kysely), {
      // Requests go on with the last copy: a database that is down must not lock every key out.
      onPollError: (error) => logger.warn({ err: error }, 'could not read governance changes; serving the last copy'),
    });
  let openStreams = 0;
  const metrics = createGatewayMetrics();
  const ownCooldownStore = givenCooldownStore
    ? undefined
    : createCooldownStore({ settings: config.cooldowns, redisUrl: config.counters.redisUrl, logger });
  const cooldownStore = givenCooldownStore ?? (ownCooldownStore as CooldownStore);
  // In-flight counts for least-busy routes: shared by every replica through the same Redis, when there is one.
  const sharedLoad = config.counters.redisUrl
    ? createRedisTargetLoad({ url: config.counters.redisUrl, logger })
    : undefined;
  const cooldowns = createTargetCooldowns({
    settings: config.cooldowns,
    store: cooldownStore,
    metrics: createCooldownMetrics(metrics.registry, () => cooldownStore.list()),
    logger,
  });
  const limitMetrics = createLimitMetrics(metrics.registry);
  const localCounters = createMemoryCounterStore({ windows: config.counters.windows });
  const counters =
    counterStore ??
    createCounterStore({
      settings: config.counters,
      logger,
      onDegraded: (degraded) => limitMetrics.storeDegraded(degraded),
      local: localCounters,
    });
  // Without Redis, this process's counters are the only ones: kept in the database, a restart does not reset them.
  const counterPersistence =
    !counterStore && !config.counters.redisUrl && database
      ? createCounterPersistence({ database, store: localCounters, logger })
      : undefined;
  const limitHook = createLimitHook({
    store: counters,
    prices: config.prices,
    logger,
    leaseMs: config.counters.leaseMs,
    metrics: limitMetrics,
  });
  const shutdown = new AbortController();
  // Every stream in flight listens for shutdown; hundreds at once are normal, not a leak.
  setMaxListeners(0, shutdown.signal);
  const requestLog =
    database && config.requestLog.enabled
      ? startRequestLog({ database, settings: config.requestLog, logger, registry: metrics.registry })
      : undefined;
  const dependencies: GatewayDependencies = {
    config,
    logger,
    adapters: createAdapterRegistry(config, { redactor, random }),
    auth: createGatewayAuth({
      keys: config.gatewayKeys,
      sigv4: config.sigv4,
      ...(governance && { storedKeys: () => governance.snapshot }),
      // A gateway with a management API hands out keys: it is never open, even before the first one.
      governed: config.admin.keys.length > 0,
    }),
    adminAuth: createAdminAuth({ keys: config.admin.keys }),
    governance,
    sleep: realSleep,
    random,
    metrics,
    cooldowns,
    load: sharedLoad ?? createMemoryTargetLoad(),
    shutdownSignal: shutdown.signal,
    hooks: [keyPolicyHook, limitHook, ...hooks, ...(requestLog ? [requestLog.hook] : [])],
    database,
    counters,
    streams: {
      opened: () => {
        openStreams += 1;
        metrics.streamOpened();
      },
      closed: () => {
        openStreams -= 1;
        metrics.streamClosed();
      },
    },
    ...overrides,
  };
  const app = createApp(dependencies);
  const server = createGatewayServer(app.fetch, config.server);
  const metricsServer =
    config.metrics.port === undefined
      ? undefined
      : createMetricsServer({ metrics, host: config.server.host, port: config.metrics.port, key: config.metrics.key });
  return {
    app,
    dependencies,
    requestLog,
    async start() {
      // Loaded before the first request, so that a stored key works from the start; then polled for other replicas.
      await governance?.start(config.governance.pollIntervalMs, config.governance);
      await counterPersistence?.start();
      const address = await server.listen();
      const scheme = config.server.tls ? 'https' : 'http';
      const url = `${scheme}://${hostOf(address)}:${address.port}`;
      if (!metricsServer) return { url, address };
      const metricsAddress = await metricsServer.listen();
      return { url, address, metricsUrl: `http://${hostOf(metricsAddress)}:${metricsAddress.port}/metrics` };
    },
    async stop({ graceMs = config.server.shutdownGraceMs } = {}) {
      await server.close({
        graceMs,
        isIdle: () => openStreams === 0,
        onGraceExpired: () => shutdown.abort(),
      });
      await metricsServer?.close();
      governance?.stop();
      // After the last stream: its row is in the queue by now.
      await requestLog?.close();
      await counterPersistence?.close();
      await counters.close?.();
      await ownCooldownStore?.close?.();
      await sharedLoad?.close();
    },
  };
}
