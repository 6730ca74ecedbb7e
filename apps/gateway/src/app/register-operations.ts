import type { HeimdallError } from '@heimdall/eventstream';
import { type OperationId, operations } from '@heimdall/spec/zod';
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
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
      responses: operation.responses,
    });
    // The table is a union of routes; each handler reads its own validated input, so the route's precise type
    // would add nothing but a cast per operation.
    const schemas: Partial<Record<string, z.ZodType>> = {
      json: operation.body,
      param: operation.params,
      query: operation.query,
    };
    app.openapi(
      route as never,
      handlers[operation.handler] as never,
      ((result: ValidationResult) => {
        if (result.success) return;
        // Parsed again with the input kept, so the message can tell a missing field from a wrong one.
        const schema = schemas[result.target];
        const detailed = schema?.safeParse(result.data, { reportInput: true }).error ?? result.error;
        throw invalidRequest(detailed);
      }) as never,
    );
  }
}

type ValidationResult = { success: true } | { success: false; target: string; data: unknown; error: z.ZodError };
