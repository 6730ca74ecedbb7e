import type { GatewayKeyPolicy } from '../config/gateway-key-schema.js';

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
      /** What the key may be used for. */
      readonly policy: GatewayKeyPolicy;
    };

/** The ways a client can present a gateway key. */
export type KeyPresentation = 'bearer' | 'basic' | 'x-api-key' | 'x-bf-vk' | 'sigv4';

/** The caller of a gateway with no keys configured. */
export const anonymousPrincipal: Principal = Object.freeze({ kind: 'anonymous' });

/** How logs and metrics name a principal: the key id, never its secret. */
export function principalLabel(principal: Principal): string {
  return principal.kind === 'anonymous' ? 'anonymous' : principal.keyId;
}
