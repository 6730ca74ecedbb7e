import type { HealthStatus, ReadyStatus } from '@heimdall/spec';
import { createOperatorAccess } from '../../auth/operator-access.js';
import { howToConfigureAnyProvider } from '../../providers/provider-registry.js';
import type { GatewayContext, GatewayDependencies } from '../gateway-context.js';

/** Liveness: the process serves requests. */
export function createHealthHandler() {
  return (context: GatewayContext): Response => context.json({ status: 'ok' } satisfies HealthStatus);
}

/**
 * Readiness: the configuration is loaded and at least one provider can take requests. A probe needs only the
 * status; which providers there are, and why the gateway is not ready, go to a caller with a key and to the log.
 */
export function createReadyHandler(dependencies: GatewayDependencies) {
  const access = createOperatorAccess({ metricsKey: dependencies.config.metrics.key, auth: dependencies.auth });
  return async (context: GatewayContext): Promise<Response> => {
    const providers = [...dependencies.adapters.keys()];
    const ready = providers.length > 0;
    const details = await access.maySeeDetails({ url: new URL(context.req.url), headers: context.req.raw.headers });
    if (!details) {
      return context.json(
        { status: ready ? 'ready' : 'not_ready', providers: [] } satisfies ReadyStatus,
        ready ? 200 : 503,
      );
    }
    if (!ready) {
      const body: ReadyStatus = {
        status: 'not_ready',
        providers,
        reason: howToConfigureAnyProvider,
      };
      return context.json(body, 503);
    }
    // Whom traffic avoids right now; a store that cannot say leaves it out rather than failing the probe.
    const cooldowns = await dependencies.cooldowns.list().catch(() => []);
    const coolingDown = cooldowns.map(({ target, reason, retryInMs }) => ({ target, reason, retryInMs }));
    return context.json({
      status: 'ready',
      providers,
      ...(coolingDown.length > 0 ? { coolingDown } : {}),
    } satisfies ReadyStatus);
  };
}
