import type { GatewayKeyPolicy } from '../config/gateway-key-schema.js';
import type { LimitScope } from '../config/limits-schema.js';

/** A team or customer a key belongs to, as logs and errors name it. */
export interface PrincipalGroup {
  readonly id: string;
  readonly name: string;
}

/**
 * One provider a stored key's traffic may use: its share of the traffic, and the models of it the key may call (globs;
 * empty, any). Its upstream key names and its own budget and rate limit are not read on the request path.
 */
export interface PrincipalProviderConfig {
  readonly provider: string;
  readonly weight: number;
  readonly allowedModels: readonly string[];
}

/**
 * Who is calling. Authentication returns it and the request's exchange carries it, so that per-caller policy (which
 * models a key may use, its budget, its rate limits, its usage) has one value to read. It never holds a secret.
 */
export type Principal =
  | { readonly kind: 'anonymous' }
  | {
      readonly kind: 'gateway-key';
      /** The key's configured id, or `key-N` (its place in the configuration) for a key configured without one. */
      readonly keyId: string;
      /** How the client presented the key. */
      readonly presentedAs: KeyPresentation;
      /** The key's name for people, when it has one. */
      readonly keyName?: string | undefined;
      /** What the key may be used for. */
      readonly policy: GatewayKeyPolicy;
      /** The team or the customer the key belongs to (at most one of the two). */
      readonly team?: PrincipalGroup | undefined;
      readonly customer?: PrincipalGroup | undefined;
      /**
       * Every scope the key's requests are metered against, the key's own first, then its team, then the team's or
       * the key's customer. Empty when nothing limits the key.
       */
      readonly limitScopes: readonly LimitScope[];
      /** Whether the request log keeps this key's request and response bodies. */
      readonly logBodies: boolean;
      readonly tags: readonly string[];
      /**
       * The providers the key is limited to, with their weights (a virtual key's `provider_configs`). Empty, as for
       * every key of the configuration file: the key's policy alone decides.
       */
      readonly providerConfigs: readonly PrincipalProviderConfig[];
    };

/** The ways a client can present a gateway key. */
export type KeyPresentation = 'bearer' | 'basic' | 'x-api-key' | 'x-bf-vk' | 'sigv4';

/** The caller of a gateway with no keys configured. */
export const anonymousPrincipal: Principal = Object.freeze({ kind: 'anonymous' });

/** How logs and metrics name a principal: the key id, never its secret. */
export function principalLabel(principal: Principal): string {
  return principal.kind === 'anonymous' ? 'anonymous' : principal.keyId;
}
