import type { Logger } from '../logging/create-logger.js';
import type { Database } from '../store/database.js';
import type { MemoryCounterStore } from './memory-counter-store.js';

/** How often what the counters used is written to the database: at most this much spend is lost to a crash. */
export const counterPersistenceIntervalMs = 5_000;

export interface CounterPersistence {
  /** Gives the store what an earlier process used in windows still open, then keeps the database up to date. */
  start(): Promise<void>;
  /** Writes what is used now, and stops. */
  close(): Promise<void>;
}

/**
 * Keeps an in-memory counter store's windowed counters (budgets, requests and tokens per window) in the database,
 * so that a gateway without Redis that restarts does not hand out a budget twice. Written every few seconds and at
 * shutdown, off the request's path: a database that fails is a warning in the log, never a failed request. Live
 * reservations are not kept; their leases would have ended anyway.
 */
export function createCounterPersistence({
  database,
  store,
  logger,
  intervalMs = counterPersistenceIntervalMs,
  now = Date.now,
}: {
  database: Database;
  store: MemoryCounterStore;
  logger: Logger;
  intervalMs?: number;
  now?: () => number;
}): CounterPersistence {
  const { kysely } = database;
  let timer: NodeJS.Timeout | undefined;
  let writing: Promise<void> = Promise.resolve();

  const write = async () => {
    const counters = store.persisted();
    await kysely.transaction().execute(async (transaction) => {
      await transaction.deleteFrom('limit_counters').where('window_end', '<=', now()).execute();
      for (const counter of counters) {
        const values = {
          tag: counter.tag,
          counter: counter.counter,
          window_end: counter.windowEnd,
          used: counter.used,
        };
        await transaction
          .insertInto('limit_counters')
          .values(values)
          .onConflict((conflict) =>
            conflict.columns(['tag', 'counter']).doUpdateSet({ window_end: values.window_end, used: values.used }),
          )
          .execute();
      }
    });
  };
  /** One write at a time; a failed one is logged and the next tick tries again. */
  const writeNow = () => {
    writing = writing
      .then(write)
      .catch((error: unknown) => logger.warn({ err: error }, 'limit counters could not be written to the database'));
    return writing;
  };

  return {
    async start() {
      const rows = await kysely.selectFrom('limit_counters').selectAll().where('window_end', '>', now()).execute();
      store.restore(
        rows.map((row) => ({
          tag: row.tag,
          counter: row.counter,
          windowEnd: Number(row.window_end),
          used: Number(row.used),
        })),
      );
      timer = setInterval(() => void writeNow(), intervalMs);
      timer.unref();
    },
    async close() {
      clearInterval(timer);
      await writeNow();
    },
  };
}
