import type { Registry } from 'prom-client';
import type { ExchangeHooks } from '../../app/exchange-hooks.js';
import type { RequestLogSettings } from '../../config/database-schema.js';
import type { Logger } from '../../logging/create-logger.js';
import { createRequestLogMetrics } from '../../metrics/request-log-metrics.js';
import type { Database } from '../database.js';
import { createRequestLogHook } from './request-log-hook.js';
import { startRetention } from './request-log-retention.js';
import { createRequestLogWriter, type RequestLogWriter } from './request-log-writer.js';

/** The request log as the gateway runs it: the hook that queues rows, the writer, and retention. */
export interface RequestLog {
  readonly hook: ExchangeHooks;
  readonly writer: RequestLogWriter;
  /** Stops retention and writes what is queued. */
  close(): Promise<void>;
}

export function startRequestLog(options: {
  database: Database;
  settings: RequestLogSettings;
  logger: Logger;
  registry: Registry;
}): RequestLog {
  const { database, settings, logger, registry } = options;
  const writer = createRequestLogWriter({
    database,
    logger,
    metrics: createRequestLogMetrics(registry),
    queueLimit: settings.queueLimit,
    batchSize: settings.batchSize,
    flushIntervalMs: settings.flushIntervalMs,
  });
  const retention = startRetention({ database, retentionDays: settings.retentionDays, logger });
  return {
    hook: createRequestLogHook(writer),
    writer,
    async close() {
      retention.stop();
      await writer.close();
    },
  };
}
