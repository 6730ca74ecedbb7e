import type { ExchangeHooks } from '../../app/exchange-hooks.js';
import { requestLogRow } from './request-log-row.js';
import type { RequestLogWriter } from './request-log-writer.js';

/**
 * Adds every finished request's row to the writer's queue. The row is built here, while the exchange is at hand; the
 * write happens later, off the request's path.
 */
export function createRequestLogHook(writer: RequestLogWriter, now: () => number = Date.now): ExchangeHooks {
  return {
    onFinish(exchange, fields) {
      // Probes (health, readiness, metrics) are counted in metrics, not stored: they would drown the log.
      if (exchange.record.quiet) return;
      writer.add(requestLogRow(exchange, fields, now()));
    },
  };
}
