import type { GatewayConfig } from '../config/config-schema.js';
import type { ProviderAdapter } from './provider-adapter.js';
import { descriptorOf } from './provider-registry.js';
import type { AdapterContext } from './shared/adapter-context.js';

/** One adapter per configured provider, by provider name. */
export type AdapterRegistry = ReadonlyMap<string, ProviderAdapter>;

/**
 * Makes each configured provider's adapter with its descriptor's factory, all sharing the gateway's redaction step
 * (every secret out of what upstreams say, before a client or the log sees it) and randomness.
 */
export function createAdapterRegistry(config: GatewayConfig, context: AdapterContext): AdapterRegistry {
  return new Map(
    Object.entries(config.providers).map(([name, settings]) => [
      name,
      // The schema chose these settings by the same `type`, so they are the ones this factory takes.
      descriptorOf(settings.type).createAdapter(settings as never, context),
    ]),
  );
}
