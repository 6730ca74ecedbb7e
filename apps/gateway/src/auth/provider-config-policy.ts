import { matchesAny, type PolicyTarget } from './key-policy.js';
import type { PrincipalProviderConfig } from './principal.js';

/**
 * Whether a provider config lets its key call this model of its provider: a config without allowed models allows
 * every model. A glob is matched against the provider's own model name and against `provider/model`.
 */
export function configAllows(config: PrincipalProviderConfig, model: string): boolean {
  if (config.allowedModels.length === 0) return true;
  return matchesAny(config.allowedModels, [model, `${config.provider}/${model}`]);
}

/**
 * Why a key's provider configs refuse this target, for the client's error message; undefined when they allow it,
 * and always when the key has none (its policy alone decides then).
 */
export function providerConfigRefusal(
  configs: readonly PrincipalProviderConfig[],
  target: PolicyTarget,
): string | undefined {
  if (configs.length === 0) return undefined;
  const ofProvider = configs.filter((config) => config.provider === target.provider);
  if (ofProvider.length === 0) {
    const providers = [...new Set(configs.map((config) => config.provider))].join(', ');
    return `the provider "${target.provider}" is not among its provider configs (${providers})`;
  }
  if (!ofProvider.some((config) => configAllows(config, target.model))) {
    return `the model "${target.model}" is not among the allowed models of its provider config for "${target.provider}"`;
  }
  return undefined;
}
