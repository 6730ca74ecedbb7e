import type { PrincipalProviderConfig } from '../auth/principal.js';
import { configAllows } from '../auth/provider-config-policy.js';

/**
 * The model ids a key's provider configs send a bare model name to, in the order to try them: the first drawn by
 * weight among the configs that allow the model, the others after it by weight (heaviest first, then as listed).
 * Undefined when the configs have no say in the order: the key has none, the id names its provider or a route
 * (a `/` or a route's id), or no config of a configured provider allows the model; the key's policy check then
 * refuses what the configs do not allow.
 */
export function providerConfigChoice(options: {
  modelId: string;
  configs: readonly PrincipalProviderConfig[];
  /** The configured providers' names. */
  providers: ReadonlySet<string>;
  routes: Readonly<Record<string, unknown>>;
  random: () => number;
}): string[] | undefined {
  const { modelId, configs, random } = options;
  if (configs.length === 0 || modelId.includes('/') || Object.hasOwn(options.routes, modelId)) return undefined;
  const seen = new Set<string>();
  const eligible = configs.filter((config) => {
    if (seen.has(config.provider) || !options.providers.has(config.provider) || !configAllows(config, modelId)) {
      return false;
    }
    seen.add(config.provider);
    return true;
  });
  if (eligible.length === 0) return undefined;
  const total = eligible.reduce((sum, config) => sum + config.weight, 0);
  let chosen = 0;
  // All weights zero: none is preferred, so the first listed goes first.
  if (total > 0) {
    let point = random() * total;
    const drawn = eligible.findIndex((config) => {
      point -= config.weight;
      return point < 0 && config.weight > 0;
    });
    chosen = drawn >= 0 ? drawn : eligible.findLastIndex((config) => config.weight > 0);
  }
  const rest = eligible
    .map((config, index) => ({ config, index }))
    .filter(({ index }) => index !== chosen)
    .sort((a, b) => b.config.weight - a.config.weight || a.index - b.index);
  const first = eligible[chosen] as PrincipalProviderConfig;
  return [first, ...rest.map(({ config }) => config)].map((config) => `${config.provider}/${modelId}`);
}
