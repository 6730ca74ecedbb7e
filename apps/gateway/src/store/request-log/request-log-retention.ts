import type { Logger } from '../../logging/create-logger.js';
import type { Database } from '../database.js';
import { dayOf, dayTablesBetween, dropDayTable } from './day-tables.js';

const dayMs = 86_400_000;

/**
 * Drops the day tables older than the retention: `retentionDays` whole days are kept, today included. Whole tables
 * go, never rows one by one, so retention costs the same however busy a day was. Returns the days dropped.
 */
export async function dropExpiredDays(
  database: Database,
  retentionDays: number,
  nowMs = Date.now(),
): Promise<number[]> {
  const oldestKept = dayOf(nowMs - (retentionDays - 1) * dayMs);
  const expired = (await dayTablesBetween(database.kysely, {})).filter(({ day }) => day < oldestKept);
  for (const { day } of expired) await dropDayTable(database.kysely, day);
  return expired.map(({ day }) => day);
}

/** Runs {@link dropExpiredDays} now and then every `everyMs` (an hour by default) until stopped. */
export function startRetention(options: {
  database: Database;
  retentionDays: number;
  logger: Logger;
  everyMs?: number;
}): { stop(): void } {
  const { database, retentionDays, logger, everyMs = 3_600_000 } = options;
  const run = () =>
    dropExpiredDays(database, retentionDays).then(
      (dropped) => {
        if (dropped.length > 0) logger.info({ days: dropped, retentionDays }, 'request log: dropped expired days');
      },
      (error: unknown) => logger.warn({ err: error }, 'request log: dropping expired days failed; tried again later'),
    );
  void run();
  const timer = setInterval(() => void run(), everyMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
