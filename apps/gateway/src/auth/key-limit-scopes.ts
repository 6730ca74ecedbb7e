import type { GatewayKey } from '../config/config-schema.js';
import type { LimitScope, Limits } from '../config/limits-schema.js';

/** The key's `rateLimits` (the older form) as `limits`, under the key's own `limits` of the same kinds. */
function keyLimitsOf(key: GatewayKey): Limits {
  const { requestsPerMinute, tokensPerMinute } = key.rateLimits;
  return {
    ...(requestsPerMinute ? { requests: { max: requestsPerMinute, resetPeriod: '1m' } } : {}),
    ...(tokensPerMinute ? { tokens: { max: tokensPerMinute, resetPeriod: '1m' } } : {}),
    ...key.limits,
  };
}

const limitsSomething = (limits: Limits) => Object.values(limits).some((value) => value !== undefined);

/** The scopes a configured key is metered against: its own limits, then each of its provider configs' limits. */
export function limitScopesOfKey(key: GatewayKey, keyId: string): LimitScope[] {
  const scopes: LimitScope[] = [];
  const own = keyLimitsOf(key);
  if (limitsSomething(own)) scopes.push({ kind: 'key', id: keyId, name: key.name, limits: own });
  for (const [provider, limits] of Object.entries(key.providerLimits ?? {})) {
    if (limitsSomething(limits)) scopes.push({ kind: 'provider-config', id: `${keyId}/${provider}`, limits });
  }
  return scopes;
}
