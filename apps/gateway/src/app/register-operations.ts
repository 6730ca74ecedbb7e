import type { HeimdallError } from '@heimdall/eventstream';
import { type OperationId, operations } from '@heimdall/spec/zod';
import { createRoute, type OpenAPIHono, type RouteConfig } from '@hono/zod-openapi';
import type { z } from 'zod';
import type { GatewayContext, GatewayEnv } from './gateway-context.js';

type HandlerName = (typeof operations)[OperationId]['handler'];

/** The handler for each `x-heimdall-handler` of the spec; a new kind of operation fails to compile until it has one. */
export type OperationHandlers = Record<HandlerName, (context: GatewayContext) => Response | Promise<Response>>;

/**
 * Registers every operation of the spec, from the generated table: the same paths, operationIds, parameters,
 * request schema and responses as `openapi/bifrost.yaml`, with nothing restated by hand.
 */
export function registerOperations(
  app: OpenAPIHono<GatewayEnv>,
  invalidRequest: (issues: z.ZodError) => HeimdallError,
  handlers: OperationHandlers,
): void {
  for (const [operationId, operation] of Object.entries(operations)) {
    // Handlers answer with a plain Response (an event stream, or a body the ingress encodes), not one of Hono's
    // typed JSON responses; the responses stay in the route as the spec has them, for the document and the checks.
    const responses: RouteConfig['responses'] = operation.responses;
    const route = createRoute({
      method: operation.method,
      path: operation.path,
      operationId,
      summary: operation.summary,
      description: operation.description,
      tags: [...operation.tags],
      security: operation.security.map((requirement) =>
        Object.fromEntries(Object.entries(requirement).map(([scheme, scopes]) => [scheme, [...scopes]])),
      ),
      request: {
        ...(operation.params ? { params: operation.params } : {}),
        ...(operation.query ? { query: operation.query } : {}),
        ...(operation.body
          ? { body: { required: true, content: { 'application/json': { schema: operation.body } } } }
          : {}),
      },
      responses,
    });
    const schemas: Partial<Record<string, z.ZodType>> = {
      json: operation.body,
      param: operation.params,
      query: operation.query,
    };
    app.openapi(route, handlers[operation.handler], (result: ValidationResult): undefined => {
      if (result.success) return undefined;
      // Parsed again with the input kept, so the message can tell a missing field from a wrong one. The validator
      // hands the hook the input it read, though Hono's type of the hook's argument does not say so.
      const schema = schemas[result.target];
      const input = 'data' in result ? result.data : undefined;
      const detailed = schema?.safeParse(input, { reportInput: true }).error ?? result.error;
      throw invalidRequest(detailed);
    });
  }
}

/** What the validator of a route tells its hook, as far as the hook needs it and Hono's types say. */
type ValidationResult = { target: string } & ({ success: true } | { success: false; error: z.ZodError });
