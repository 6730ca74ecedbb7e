import { AccessDeniedException } from '@heimdall/eventstream';
import { secretsEqual } from './constant-time.js';
import type { GatewayAuth } from './gateway-auth.js';

/** Who may read what the gateway reveals about itself: its metrics, and the providers behind `/ready`. */
export interface OperatorAccess {
  /** Resolves when the request may read `/metrics`; throws {@link AccessDeniedException} otherwise. */
  checkMetrics(request: { url: URL; headers: Headers }): Promise<void>;
  /** Whether the request may see the details of `/ready`; strangers see only the status. */
  maySeeDetails(request: { url: URL; headers: Headers }): Promise<boolean>;
}

const bearerOf = (headers: Headers) => /^bearer\s+(\S+)\s*$/i.exec(headers.get('authorization') ?? '')?.[1];

/**
 * With a metrics key, `/metrics` takes that key (as `Authorization: Bearer`, as Prometheus sends it) and nothing
 * else; without one, it takes a gateway key, and is open only when the gateway itself is. The details of `/ready`
 * go to whoever holds either kind of key.
 */
export function createOperatorAccess(options: { metricsKey?: string | undefined; auth: GatewayAuth }): OperatorAccess {
  const { metricsKey, auth } = options;
  const holdsMetricsKey = (headers: Headers) => {
    const token = bearerOf(headers);
    return metricsKey !== undefined && token !== undefined && secretsEqual(token, metricsKey);
  };
  const holdsGatewayKey = async ({ url, headers }: { url: URL; headers: Headers }) => {
    try {
      await auth.authenticate({ method: 'GET', url, headers, body: async () => new Uint8Array(0) });
      return true;
    } catch {
      return false;
    }
  };
  return {
    async checkMetrics(request) {
      if (metricsKey !== undefined) {
        if (holdsMetricsKey(request.headers)) return;
        throw new AccessDeniedException({ message: 'Metrics need the metrics key, as `Authorization: Bearer <key>`' });
      }
      await auth.authenticate({ method: 'GET', ...request, body: async () => new Uint8Array(0) });
    },
    async maySeeDetails(request) {
      return holdsMetricsKey(request.headers) || (await holdsGatewayKey(request));
    },
  };
}
