import { describe, expect, it } from 'vitest';
import { limitsSchema } from '../config/limits-schema.js';
import { checkLimitFields, hasLimits, limitsOf } from './limits-mapping.js';

describe("Bifrost's budget and rate_limit as the gateway's limits", () => {
  it('become a budget in dollars and token and request windows the limits schema accepts', () => {
    const limits = limitsOf({
      budget: { max_limit: 10.5, reset_duration: '1M' },
      rateLimit: {
        token_max_limit: 1000,
        token_reset_duration: '1h',
        request_max_limit: 60,
        request_reset_duration: '1m',
      },
    });
    expect(limits).toEqual({
      budget: { maxUsd: 10.5, resetPeriod: '1M' },
      tokens: { max: 1000, resetPeriod: '1h' },
      requests: { max: 60, resetPeriod: '1m' },
    });
    expect(limitsSchema.parse(limits)).toEqual(limits);
    expect(hasLimits(limits)).toBe(true);
    expect(hasLimits(limitsOf({}))).toBe(false);
  });

  it('refuse a cap without its period, a period without its cap, and a budget of nothing, naming the field', () => {
    expect(() => checkLimitFields({ rateLimit: { token_max_limit: 5 } })).toThrow(
      'rate_limit.token_reset_duration: is required with token_max_limit',
    );
    expect(() => checkLimitFields({ rateLimit: { request_reset_duration: '1m' } }, 'provider_configs[0].')).toThrow(
      'provider_configs[0].rate_limit.request_max_limit: is required with request_reset_duration',
    );
    expect(() => checkLimitFields({ budget: { max_limit: 0, reset_duration: '1d' } })).toThrow(
      'budget.max_limit: must be more than 0',
    );
    expect(() => checkLimitFields({ budget: { max_limit: 1, reset_duration: '1d' } })).not.toThrow();
  });
});
