import type { Context } from 'hono';
import type { AdminAuth } from '../auth/admin-auth.js';
import type { GatewayAuth } from '../auth/gateway-auth.js';
import type { GatewayConfig } from '../config/config-schema.js';
import type { GovernanceService } from '../governance/governance-service.js';
import type { CounterStore } from '../limits/counter-store.js';
import type { Logger } from '../logging/create-logger.js';
import type { GatewayMetrics } from '../metrics/gateway-metrics.js';
import type { AdapterRegistry } from '../providers/adapter-registry.js';
import type { TargetCooldowns } from '../routing/target-cooldowns.js';
import type { TargetLoad } from '../routing/target-load.js';
import type { Database } from '../store/database.js';
import type { Sleep } from '../streaming/retry-policy.js';
import type { Exchange } from './exchange.js';
import type { ExchangeHooks } from './exchange-hooks.js';

/** What the app is built from: everything a test may want to replace is here. */
export interface GatewayDependencies {
  config: GatewayConfig;
  adapters: AdapterRegistry;
  auth: GatewayAuth;
  /** The management API's check: admin keys, apart from gateway keys. */
  adminAuth: AdminAuth;
  /** Virtual keys, teams and customers; without it the management API answers that it has no database. */
  governance?: GovernanceService | undefined;
  logger: Logger;
  metrics: GatewayMetrics;
  sleep: Sleep;
  random: () => number;
  /** Aborted when the shutdown grace period runs out: streams still in flight end with an exception frame. */
  shutdownSignal: AbortSignal;
  /** Counts the streams in flight, so shutdown can wait for them. */
  streams: { opened(): void; closed(): void };
  /** Which targets are set aside after failing, and the order that puts candidates in. */
  cooldowns: TargetCooldowns;
  /** Attempts in flight and time to an answer per target, for least-busy and lowest-latency routes. */
  load: TargetLoad;
  /** What later features plug into every request through: before an attempt, after usage, on finish. */
  hooks: readonly ExchangeHooks[];
  /** The gateway's database (request log, governance), opened and migrated before the gateway is made. */
  database?: Database | undefined;
  /** The counters limits are metered on, read by the quota endpoint; without them it shows limits without use. */
  counters?: CounterStore | undefined;
}

/** Hono's environment for the gateway's handlers. */
export interface GatewayEnv {
  Variables: {
    /** The request's one state object: id, start time, principal, signal, record, hooks. */
    exchange: Exchange;
  };
}

export type GatewayContext = Context<GatewayEnv>;
