import { Counter, Gauge, type Registry } from 'prom-client';

/** What the request log's writer tells Prometheus: a slow or down store shows here, never as a failed request. */
export interface RequestLogMetrics {
  rowsWritten(count: number): void;
  /** Rows given up on: the queue was full, or the store stayed down until shutdown. */
  rowsDropped(reason: 'queue_full' | 'shutdown', count: number): void;
  writeFailed(): void;
  queueLength(rows: number): void;
}

export function createRequestLogMetrics(registry: Registry): RequestLogMetrics {
  const written = new Counter({
    name: 'heimdall_request_log_rows_written_total',
    help: 'Request log rows written to the database.',
    registers: [registry],
  });
  const dropped = new Counter({
    name: 'heimdall_request_log_rows_dropped_total',
    help: 'Request log rows never written: the queue was full (the store too slow or down), or it was at shutdown.',
    labelNames: ['reason'] as const,
    registers: [registry],
  });
  const failures = new Counter({
    name: 'heimdall_request_log_write_errors_total',
    help: 'Batches of request log rows the database refused or did not answer; the rows are tried again.',
    registers: [registry],
  });
  const queued = new Gauge({
    name: 'heimdall_request_log_queue_rows',
    help: 'Request log rows waiting to be written.',
    registers: [registry],
  });
  // Present from the start at 0, so an alert on them has a series to watch.
  dropped.inc({ reason: 'queue_full' }, 0);
  dropped.inc({ reason: 'shutdown' }, 0);
  return {
    rowsWritten: (count) => written.inc(count),
    rowsDropped: (reason, count) => dropped.inc({ reason }, count),
    writeFailed: () => failures.inc(),
    queueLength: (rows) => queued.set(rows),
  };
}
