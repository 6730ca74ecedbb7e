import type { Context } from 'hono';
import type { GatewayAuth } from '../auth/gateway-auth.js';
import type { GatewayConfig } from '../config/config-schema.js';
import type { Logger } from '../logging/create-logger.js';
import type { RequestRecord } from '../logging/request-record.js';
import type { GatewayMetrics } from '../metrics/gateway-metrics.js';
import type { AdapterRegistry } from '../providers/adapter-registry.js';
import type { Sleep } from '../streaming/retry-policy.js';

/** What the app is built from: everything a test may want to replace is here. */
export interface GatewayDependencies {
  config: GatewayConfig;
  adapters: AdapterRegistry;
  auth: GatewayAuth;
  logger: Logger;
  metrics: GatewayMetrics;
  sleep: Sleep;
  random: () => number;
  /** Aborted when the shutdown grace period runs out: streams still in flight end with an exception frame. */
  shutdownSignal: AbortSignal;
  /** Counts the streams in flight, so shutdown can wait for them. */
  streams: { opened(): void; closed(): void };
}

/** Hono's environment for the gateway's handlers. */
export interface GatewayEnv {
  Variables: {
    requestId: string;
    /** `performance.now()` when the request arrived. */
    startedAt: number;
    record: RequestRecord;
  };
}

export type GatewayContext = Context<GatewayEnv>;
