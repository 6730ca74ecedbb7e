import { ValidationException } from '@heimdall/eventstream';
import type { MiddlewareHandler } from 'hono';
import { modelIdProblem } from '../validation/model-id.js';
import { requestLimitProblem } from '../validation/request-limits.js';
import type { GatewayEnv } from './gateway-context.js';

/**
 * Refuses, with a ValidationException naming the problem, a model id no header can carry and a body past the
 * gateway's request limits, before the schema validation and before any upstream call. The parsed body is cached by
 * Hono, so the schema validation that follows reads it without parsing it again.
 */
export function requestLimitsCheck(): MiddlewareHandler<GatewayEnv> {
  return async (context, next) => {
    const modelId = context.req.param('modelId');
    const modelProblem = modelId === undefined ? undefined : modelIdProblem(modelId);
    if (modelProblem) throw new ValidationException({ message: `modelId: ${modelProblem}` });
    if (/json/i.test(context.req.header('content-type') ?? '')) {
      // A body that is not JSON is left to the schema validation, which says so in its own words.
      const body: unknown = await context.req.json().catch(() => undefined);
      const problem = requestLimitProblem(body);
      if (problem) throw new ValidationException({ message: problem });
    }
    await next();
  };
}
