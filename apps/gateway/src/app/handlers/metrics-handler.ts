import { createOperatorAccess } from '../../auth/operator-access.js';
import type { GatewayMetrics } from '../../metrics/gateway-metrics.js';
import type { GatewayContext, GatewayDependencies } from '../gateway-context.js';
import type { Ingress } from '../ingress.js';

/** The Prometheus text exposition of the gateway's metrics. */
export async function metricsResponse(metrics: GatewayMetrics): Promise<Response> {
  const { registry } = metrics;
  return new Response(await registry.metrics(), { headers: { 'content-type': registry.contentType } });
}

/**
 * Prometheus scrapes this, with the metrics key or a gateway key (see `createOperatorAccess`). With a metrics port
 * configured the API port has no `/metrics` at all: the metrics are then only where the operator's network reaches,
 * and a request for them here is told so in the words of the ingress.
 */
export function createMetricsHandler(dependencies: GatewayDependencies, unknownOperation: Ingress['unknownOperation']) {
  const { config, auth, metrics } = dependencies;
  const access = createOperatorAccess({ metricsKey: config.metrics.key, auth });
  return async (context: GatewayContext): Promise<Response> => {
    if (config.metrics.port !== undefined) {
      throw unknownOperation('GET', '/metrics', 'metrics are served on the metrics port, not on this one');
    }
    await access.checkMetrics({ url: new URL(context.req.url), headers: context.req.raw.headers });
    return metricsResponse(metrics);
  };
}
