import type { GatewayConfig } from '../config/config-schema.js';
import type { RequestFields } from '../logging/request-record.js';
import { resolveModel } from '../routing/resolve-model.js';
import { priceUsage } from './price-usage.js';

/**
 * The cost fields of a finished request's log line: what its usage cost and where the price came from, or
 * `priceSource: 'unknown'` when no price is known for the model that answered. Nothing for a request without usage.
 */
export function costOfRequest(
  fields: RequestFields,
  config: GatewayConfig,
): Pick<RequestFields, 'costUsd' | 'priceSource'> {
  if (!fields.usage || !fields.answeredBy) return {};
  let target: { modelId: string; providerType: string; model: string };
  try {
    const { provider, model } = resolveModel(fields.answeredBy, config);
    target = { modelId: fields.answeredBy, providerType: provider.type, model };
  } catch {
    return { priceSource: 'unknown' };
  }
  const priced = priceUsage(fields.usage, target, config.prices);
  return priced ? { costUsd: priced.usd, priceSource: priced.source } : { priceSource: 'unknown' };
}
