import { ValidationException } from '@heimdall/eventstream';
import type { Limits } from '../config/limits-schema.js';
import type { LimitFields } from './governance-records.js';

/**
 * Refuses limits the schema lets through but that mean nothing: a cap without the period it resets after, the
 * other way round, or a budget of nothing. `where` names the field in the message, e.g. `rate_limit`.
 */
export function checkLimitFields({ budget, rateLimit }: LimitFields, where = ''): void {
  const field = (name: string) => `${where}${name}`;
  if (budget && !(budget.max_limit > 0)) {
    throw new ValidationException({ message: `${field('budget.max_limit')}: must be more than 0` });
  }
  if (!rateLimit) return;
  for (const kind of ['token', 'request'] as const) {
    const max = rateLimit[`${kind}_max_limit`];
    const period = rateLimit[`${kind}_reset_duration`];
    if ((max === undefined) !== (period === undefined)) {
      const [present, missing] =
        max === undefined
          ? [`${kind}_reset_duration`, `${kind}_max_limit`]
          : [`${kind}_max_limit`, `${kind}_reset_duration`];
      throw new ValidationException({
        message: `${field(`rate_limit.${missing}`)}: is required with ${present}`,
      });
    }
  }
}

/**
 * A scope's limits as the limits engine reads them ({@link Limits}), from the management API's Bifrost-shaped
 * `budget` and `rate_limit`. Tokens are input and output together, as Bifrost counts them.
 */
export function limitsOf({ budget, rateLimit }: LimitFields): Limits {
  const limits: Limits = {};
  if (budget) limits.budget = { maxUsd: budget.max_limit, resetPeriod: budget.reset_duration };
  if (rateLimit?.token_max_limit !== undefined && rateLimit.token_reset_duration !== undefined) {
    limits.tokens = { max: rateLimit.token_max_limit, resetPeriod: rateLimit.token_reset_duration };
  }
  if (rateLimit?.request_max_limit !== undefined && rateLimit.request_reset_duration !== undefined) {
    limits.requests = { max: rateLimit.request_max_limit, resetPeriod: rateLimit.request_reset_duration };
  }
  return limits;
}

/** Whether a scope has any limit at all, so that unlimited scopes are left out of a principal's list. */
export const hasLimits = (limits: Limits) => Object.values(limits).some((limit) => limit !== undefined);
