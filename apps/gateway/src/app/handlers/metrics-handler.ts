import type { GatewayContext, GatewayDependencies } from '../gateway-context.js';

/** Prometheus scrapes this. */
export function createMetricsHandler(dependencies: GatewayDependencies) {
  return async (_context: GatewayContext): Promise<Response> => {
    const { registry } = dependencies.metrics;
    return new Response(await registry.metrics(), { headers: { 'content-type': registry.contentType } });
  };
}
