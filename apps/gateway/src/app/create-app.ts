import { randomUUID } from 'node:crypto';
import { operations } from '@heimdall/spec/zod';
import { OpenAPIHono } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { costOfRequest } from '../cost/cost-of-request.js';
import { createGovernanceHandlers } from '../governance/governance-handlers.js';
import { bedrockIngress } from '../ingress/bedrock/bedrock-ingress.js';
import { bodySizeLimit, readBodyWithinLimit } from './body-size-limit.js';
import { docsDirectory, registerDocumentationRoutes } from './documentation-routes.js';
import { Exchange } from './exchange.js';
import type { GatewayDependencies, GatewayEnv } from './gateway-context.js';
import { createHealthHandler, createReadyHandler } from './handlers/health-handlers.js';
import { createLogHandlers } from './handlers/log-handlers.js';
import { createMetricsHandler } from './handlers/metrics-handler.js';
import type { Ingress } from './ingress.js';
import { operationScope } from './operation-scope.js';
import { registerOperations } from './register-operations.js';
import { exchangeReplyHeaders } from './reply-headers.js';
import { requestLimitsCheck } from './request-limits-check.js';

/** The operations that probes and scrapers call every few seconds. */
const probeHandlers: ReadonlySet<string> = new Set(['health', 'ready', 'metrics']);

/** The security schemes of the management API: an admin key, never a gateway key. */
const adminSchemes = new Set(['AdminAuth', 'AdminBasicAuth']);

/** `/model/{modelId}/converse` → `/model/:modelId/converse`. */
const honoPath = (path: string) => path.replace(/\{(\w+)\}/g, ':$1');

/**
 * The gateway as a Hono app: every operation of the spec, with one exchange per request, one log line per request,
 * gateway-key checks before the body is read, the request limits, and the ingress's own handlers and error shapes
 * (Bedrock's, by default).
 */
export function createApp(
  dependencies: GatewayDependencies,
  ingress: Ingress = bedrockIngress,
): OpenAPIHono<GatewayEnv> {
  const { config, logger, auth, adminAuth } = dependencies;
  const app = new OpenAPIHono<GatewayEnv>();

  app.use('*', async (context, next) => {
    const exchange = new Exchange({
      requestId: randomUUID(),
      method: context.req.method,
      signal: context.req.raw.signal,
      traceparent: context.req.header('traceparent'),
      logger,
      observer: dependencies.metrics.observeRequest,
      hooks: dependencies.hooks,
      complete: (fields) => costOfRequest(fields, config),
    });
    context.set('exchange', exchange);
    const { record } = exchange;
    await next();
    // A stream written straight to Node's response sent these with its first bytes (see respond()).
    if (exchange.replySent) return;
    context.res.headers.set(ingress.requestIdHeader, exchange.requestId);
    // Set here rather than by each handler, so that an error reply names its attempts as a success does.
    for (const [name, value] of Object.entries(exchangeReplyHeaders(exchange))) context.res.headers.set(name, value);
    // 499, as nginx logs it: the client closed the connection before its reply, which no one received.
    if (!record.deferred) record.finish({ status: record.fields.clientClosed ? 499 : context.res.status });
  });

  const places = Object.values(operations);
  for (const [operationId, operation] of Object.entries(operations)) {
    const path = honoPath(operation.path);
    const inScope = operationScope(operation, places);
    /** Middleware on the operation's path that runs for its own requests only. */
    const use = (middleware: MiddlewareHandler<GatewayEnv>) =>
      app.use(path, (context, next) =>
        inScope(context.req.method, new URL(context.req.url).pathname) ? middleware(context, next) : next(),
      );
    use(async (context, next) => {
      const { record } = context.get('exchange');
      record.fields.operationId = operationId;
      record.fields.route = operation.path;
      record.quiet = probeHandlers.has(operation.handler);
      await next();
    });
    // The key is checked before the body is read: a stranger's upload is refused, not buffered. Only a SigV4
    // signature needs the body, and then no more of it than the limit is read.
    if (operation.security.some((requirement) => Object.keys(requirement).some((scheme) => adminSchemes.has(scheme)))) {
      use(async (context, next) => {
        adminAuth.check(context.req.raw.headers);
        await next();
      });
    } else if (operation.security.length > 0) {
      use(async (context, next) => {
        context.get('exchange').principal = await auth.authenticate({
          method: context.req.method,
          url: new URL(context.req.url),
          headers: context.req.raw.headers,
          body: () => readBodyWithinLimit(context, config.server.bodyLimitBytes),
        });
        await next();
      });
    }
    if (operation.body) use(bodySizeLimit(config.server.bodyLimitBytes));
    if (operation.body) use(requestLimitsCheck());
  }

  registerOperations(app, ingress.invalidRequest, {
    ...ingress.createHandlers(dependencies),
    health: createHealthHandler(),
    ready: createReadyHandler(dependencies),
    metrics: createMetricsHandler(dependencies, ingress.unknownOperation),
    ...createGovernanceHandlers(dependencies.governance, dependencies.counters),
    ...createLogHandlers(dependencies.database),
  });

  registerDocumentationRoutes(app, docsDirectory(dependencies.config.docsDirectory));

  app.notFound((context) =>
    ingress.errorResponse(
      ingress.unknownOperation(context.req.method, new URL(context.req.url).pathname),
      context.get('exchange').requestId,
    ),
  );

  app.onError((error, context) => {
    const { requestId, record } = context.get('exchange');
    const clientError = ingress.clientError(error, requestId);
    if (context.req.raw.signal.aborted) {
      // The client went away: whatever failed after that (the upstream call its leaving aborted, a body cut short)
      // is neither the upstream's failure nor the gateway's. Nobody reads this reply.
      record.fields.clientClosed = true;
      return ingress.errorResponse(clientError, requestId);
    }
    record.fields.error = { type: clientError.type, message: clientError.message };
    if (clientError !== error && !(error instanceof HTTPException))
      logger.error({ requestId, err: error }, 'unhandled error');
    return ingress.errorResponse(clientError, requestId);
  });

  return app;
}
