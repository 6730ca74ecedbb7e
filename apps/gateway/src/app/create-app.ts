import { randomUUID } from 'node:crypto';
import { HeimdallError, ValidationException } from '@heimdall/eventstream';
import { operations } from '@heimdall/spec/zod';
import { OpenAPIHono } from '@hono/zod-openapi';
import { HTTPException } from 'hono/http-exception';
import { bodySizeLimit, readBodyWithinLimit } from './body-size-limit.js';
import { docsDirectory, registerDocumentationRoutes } from './documentation-routes.js';
import { errorResponse, toClientError } from './error-response.js';
import { Exchange } from './exchange.js';
import type { GatewayDependencies, GatewayEnv } from './gateway-context.js';
import { createConverseHandler } from './handlers/converse-handler.js';
import { createConverseStreamHandler } from './handlers/converse-stream-handler.js';
import { createHealthHandler, createReadyHandler } from './handlers/health-handlers.js';
import { createMetricsHandler } from './handlers/metrics-handler.js';
import { registerOperations } from './register-operations.js';
import { requestLimitsCheck } from './request-limits-check.js';

/** `/model/{modelId}/converse` → `/model/:modelId/converse`. */
const honoPath = (path: string) => path.replace(/\{(\w+)\}/g, ':$1');

/** Hono's own HTTP errors (a body that is not JSON, a wrong content type) as Bedrock's ValidationException. */
function fromHttpException(error: HTTPException): ValidationException {
  if (error.status === 415) {
    return new ValidationException({
      message: 'The request body must be JSON, sent with Content-Type: application/json',
    });
  }
  const detail = error.message || 'the request could not be read';
  return new ValidationException({
    message: /json/i.test(detail) ? `The request body is not valid JSON (${detail})` : detail,
  });
}

/**
 * The gateway as a Hono app: every operation of the spec, with request ids, one log line per request, gateway-key
 * checks, a body size limit, and Bedrock-shaped errors.
 */
export function createApp(dependencies: GatewayDependencies): OpenAPIHono<GatewayEnv> {
  const { config, logger, auth } = dependencies;
  const app = new OpenAPIHono<GatewayEnv>();

  app.use('*', async (context, next) => {
    const exchange = new Exchange({
      requestId: randomUUID(),
      method: context.req.method,
      signal: context.req.raw.signal,
      logger,
      observer: dependencies.metrics.observeRequest,
      hooks: dependencies.hooks,
    });
    context.set('exchange', exchange);
    const { record } = exchange;
    await next();
    context.res.headers.set('x-amzn-requestid', exchange.requestId);
    // 499, as nginx logs it: the client closed the connection before its reply, which no one received.
    if (!record.deferred) record.finish({ status: record.fields.clientClosed ? 499 : context.res.status });
  });

  for (const [operationId, operation] of Object.entries(operations)) {
    const path = honoPath(operation.path);
    app.use(path, async (context, next) => {
      const { fields } = context.get('exchange').record;
      fields.operationId = operationId;
      fields.route = operation.path;
      await next();
    });
    // The key is checked before the body is read: a stranger's upload is refused, not buffered. Only a SigV4
    // signature needs the body, and then no more of it than the limit is read.
    if (operation.security.length > 0) {
      app.use(path, async (context, next) => {
        context.get('exchange').principal = await auth.authenticate({
          method: context.req.method,
          url: new URL(context.req.url),
          headers: context.req.raw.headers,
          body: () => readBodyWithinLimit(context, config.server.bodyLimitBytes),
        });
        await next();
      });
    }
    if (operation.body) app.use(path, bodySizeLimit(config.server.bodyLimitBytes));
    if (operation.body) app.use(path, requestLimitsCheck());
  }

  registerOperations(app, {
    converseStream: createConverseStreamHandler(dependencies),
    converse: createConverseHandler(dependencies),
    health: createHealthHandler(),
    ready: createReadyHandler(dependencies),
    metrics: createMetricsHandler(dependencies),
  });

  registerDocumentationRoutes(app, docsDirectory(dependencies.config.docsDirectory));

  app.notFound((context) => {
    const message = `No operation at ${context.req.method} ${new URL(context.req.url).pathname}: Converse requests go to /model/{modelId}/converse-stream, optionally under /bedrock, /pydanticai/bedrock, /pydanticai, /langchain or /litellm`;
    // The type AWS services answer unknown paths with.
    return errorResponse(
      new HeimdallError({ type: 'UnknownOperationException', status: 404, message }),
      context.get('exchange').requestId,
    );
  });

  app.onError((error, context) => {
    const { requestId, record } = context.get('exchange');
    const clientError = toClientError(error instanceof HTTPException ? fromHttpException(error) : error, requestId);
    if (context.req.raw.signal.aborted) {
      // The client went away: whatever failed after that (the upstream call its leaving aborted, a body cut short)
      // is neither the upstream's failure nor the gateway's. Nobody reads this reply.
      record.fields.clientClosed = true;
      return errorResponse(clientError, requestId);
    }
    record.fields.error = { type: clientError.type, message: clientError.message };
    if (clientError !== error && !(error instanceof HTTPException))
      logger.error({ requestId, err: error }, 'unhandled error');
    return errorResponse(clientError, requestId);
  });

  return app;
}
