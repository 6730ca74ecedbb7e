import type { HealthStatus, ReadyStatus } from '@heimdall/spec';
import { howToConfigureAnyProvider } from '../../providers/provider-registry.js';
import type { GatewayContext, GatewayDependencies } from '../gateway-context.js';

/** Liveness: the process serves requests. */
export function createHealthHandler() {
  return (context: GatewayContext): Response => context.json({ status: 'ok' } satisfies HealthStatus);
}

/** Readiness: the configuration is loaded and at least one provider can take requests. */
export function createReadyHandler(dependencies: GatewayDependencies) {
  return (context: GatewayContext): Response => {
    const providers = [...dependencies.adapters.keys()];
    if (providers.length === 0) {
      const body: ReadyStatus = {
        status: 'not_ready',
        providers,
        reason: howToConfigureAnyProvider,
      };
      return context.json(body, 503);
    }
    return context.json({ status: 'ready', providers } satisfies ReadyStatus);
  };
}
