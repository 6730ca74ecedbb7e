import type { Logger } from '../../logging/create-logger.js';
import type { RequestLogMetrics } from '../../metrics/request-log-metrics.js';
import type { Database } from '../database.js';
import { createDayTable, dayOf } from './day-tables.js';
import type { RequestLogRowTable } from './request-log-tables.js';

export interface RequestLogWriterOptions {
  database: Database;
  logger: Logger;
  metrics: RequestLogMetrics;
  /** Rows waiting at most; a row beyond it is dropped and counted. */
  queueLimit: number;
  /** Rows per insert at most. */
  batchSize: number;
  /** How long a row waits for others before a write starts. */
  flushIntervalMs: number;
  /** The longest wait between tries while the store is down. */
  maxRetryDelayMs?: number;
  /** How long shutdown waits for a write in flight to a store that does not answer. */
  closeTimeoutMs?: number;
}

/** Takes finished requests' rows and writes them in batches, never on the request's path. */
export interface RequestLogWriter {
  /** Queues a row; returns at once, whatever the store is doing. */
  add(row: RequestLogRowTable): void;
  /** Resolves once every row queued so far is written (or a write of them failed). */
  flush(): Promise<void>;
  /** Stops the timer and writes what is queued, trying once; rows still unwritten are counted as dropped. */
  close(): Promise<void>;
}

/**
 * One write in flight at a time, from a bounded queue. A store that fails keeps its rows queued and is tried again
 * with a growing delay; one that is slow lets the queue grow. Either way, once the queue is full new rows are dropped
 * and counted: requests never wait for the store, and memory stays bounded.
 */
export function createRequestLogWriter(options: RequestLogWriterOptions): RequestLogWriter {
  const { database, logger, metrics, queueLimit, batchSize, flushIntervalMs } = options;
  const maxRetryDelayMs = options.maxRetryDelayMs ?? 10_000;
  const closeTimeoutMs = options.closeTimeoutMs ?? 5_000;
  const queue: RequestLogRowTable[] = [];
  const knownDays = new Set<number>();
  let writing: Promise<void> | undefined;
  let timer: NodeJS.Timeout | undefined;
  let failing = false;
  let retryDelayMs = flushIntervalMs;
  let droppedSinceLastWarning = 0;
  let closed = false;

  function schedule(delayMs: number): void {
    if (timer || closed) return;
    timer = setTimeout(() => {
      timer = undefined;
      void drain();
    }, delayMs);
    // Queued rows alone never keep the process alive; shutdown flushes them.
    timer.unref();
  }

  /** The next rows to write together: one day's, as many as a batch holds, from the front of the queue. */
  function nextBatch(): { day: number; rows: RequestLogRowTable[] } {
    const day = dayOf((queue[0] as RequestLogRowTable).time_ms);
    let end = 1;
    while (end < queue.length && end < batchSize && dayOf((queue[end] as RequestLogRowTable).time_ms) === day) end += 1;
    return { day, rows: queue.slice(0, end) };
  }

  /** One statement per batch, so that a batch is written whole or not at all and a retry never doubles a row. */
  async function writeBatch({ day, rows }: { day: number; rows: RequestLogRowTable[] }): Promise<void> {
    if (!knownDays.has(day)) {
      await createDayTable(database.kysely, day);
      knownDays.add(day);
    }
    await database.kysely.insertInto(`request_log_${day}`).values(rows).execute();
  }

  /** Writes batches until the queue is empty or a write fails. */
  function drain(): Promise<void> {
    if (queue.length === 0 && !writing) return Promise.resolve();
    writing ??= (async () => {
      try {
        while (queue.length > 0) {
          const batch = nextBatch();
          try {
            await writeBatch(batch);
          } catch (error) {
            metrics.writeFailed();
            if (!failing)
              logger.warn(
                { err: error, queued: queue.length },
                'request log: the database refused a write; rows are kept and tried again',
              );
            failing = true;
            // A day table that failed half-way is made again next time.
            knownDays.clear();
            retryDelayMs = Math.min(retryDelayMs * 2, maxRetryDelayMs);
            schedule(retryDelayMs);
            return;
          }
          queue.splice(0, batch.rows.length);
          metrics.rowsWritten(batch.rows.length);
          metrics.queueLength(queue.length);
          if (failing || (droppedSinceLastWarning > 0 && queue.length === 0)) {
            // The next overflow, if any, warns again.
            logger.info({ dropped: droppedSinceLastWarning }, 'request log: the database takes writes again');
            failing = false;
            droppedSinceLastWarning = 0;
          }
          retryDelayMs = flushIntervalMs;
        }
      } finally {
        writing = undefined;
      }
    })();
    return writing;
  }

  return {
    add(row) {
      if (queue.length >= queueLimit) {
        metrics.rowsDropped('queue_full', 1);
        if (droppedSinceLastWarning === 0) {
          logger.warn(
            { queueLimit },
            'request log: the queue is full (the database is slow or down); rows are dropped',
          );
        }
        droppedSinceLastWarning += 1;
        return;
      }
      queue.push(row);
      metrics.queueLength(queue.length);
      if (failing) return;
      // A full batch goes at once; a lone row waits a little for company.
      if (queue.length >= batchSize && !writing) void drain();
      else schedule(flushIntervalMs);
    },
    async flush() {
      while (writing) await writing;
      if (queue.length > 0) await drain();
    },
    async close() {
      closed = true;
      if (timer) clearTimeout(timer);
      timer = undefined;
      // A store that does not answer must not hold shutdown up: past the time limit, what is queued is given up.
      let timeLimit: NodeJS.Timeout | undefined;
      const timedOut = new Promise<void>((resolve) => {
        timeLimit = setTimeout(resolve, closeTimeoutMs);
      });
      await Promise.race([
        (async () => {
          while (writing) await writing;
          if (queue.length > 0) await drain();
        })(),
        timedOut,
      ]);
      clearTimeout(timeLimit);
      if (queue.length > 0) {
        metrics.rowsDropped('shutdown', queue.length);
        logger.error({ rows: queue.length }, 'request log: rows not written at shutdown (the database is down)');
        queue.length = 0;
        metrics.queueLength(0);
      }
    },
  };
}
