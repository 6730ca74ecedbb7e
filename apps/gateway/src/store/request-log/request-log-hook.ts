import type { ExchangeHooks } from '../../app/exchange-hooks.js';
import { requestLogRow } from './request-log-row.js';
import type { RequestLogWriter } from './request-log-writer.js';

/**
 * Whether a request is a call of a model (Converse or ConverseStream, under any of their routes): what the log is for.
 * Probes, the docs and the management API are counted in metrics, not stored, so they never drown the calls.
 */
function isModelCall(operationId: string | undefined): boolean {
  return operationId !== undefined && /converse/i.test(operationId);
}

/**
 * Adds every finished model call's row to the writer's queue. The row is built here, while the exchange is at hand; the
 * write happens later, off the request's path.
 */
export function createRequestLogHook(writer: RequestLogWriter, now: () => number = Date.now): ExchangeHooks {
  return {
    onFinish(exchange, fields) {
      if (!isModelCall(fields.operationId)) return;
      writer.add(requestLogRow(exchange, fields, now()));
    },
  };
}
