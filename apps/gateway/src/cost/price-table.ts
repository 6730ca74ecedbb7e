import { calcPrice, type PriceCalculationResult, type Provider, type Usage } from '@pydantic/genai-prices';

// Models seen are few; the bound only guards against a client that names endless distinct ones.
const maxRemembered = 1_024;

/** Per provider and model, the table's provider cut down to the one model that matched, or `null` for no price. */
const matches = new Map<string, Provider | null>();

/**
 * The bundled price table's price for `usage` of `model`. Finding a model means matching its name against every
 * model of the provider (and its fallback providers), which cost more than anything else in a request's bookkeeping,
 * so the match is made once per provider and model: later requests are priced against a provider holding only the
 * model that matched, which the same matching finds again at once.
 */
export function tablePrice(usage: Usage, model: string, providerId: string): PriceCalculationResult {
  const key = `${providerId}\u0000${model}`;
  const known = matches.get(key);
  if (known === null) return null;
  if (known) return calcPrice(usage, model, { provider: known });
  const result = calcPrice(usage, model, { providerId });
  if (matches.size < maxRemembered) {
    matches.set(key, result ? { ...result.provider, models: [result.model] } : null);
  }
  return result;
}
