import { z } from 'zod';
import { wholeNumber } from './numbers.js';

/** Where the gateway's database is when nothing says otherwise: an SQLite file beside the working directory. */
export const defaultDatabaseUrl = 'sqlite:./data/heimdall.db';

/** Where the database is: a PostgreSQL server, or an SQLite file (`:memory:` for one that lives in the process). */
export type DatabaseLocation = { dialect: 'sqlite'; path: string } | { dialect: 'postgres'; connectionString: string };

const urlMessage =
  'must be postgres://user:password@host:port/database (or postgresql://…), or sqlite:<path> such as sqlite:./data/heimdall.db';

/**
 * Reads `sqlite:<path>` or a PostgreSQL URL. The value is never repeated in a message: a PostgreSQL URL carries the
 * database password.
 */
export function parseDatabaseUrl(text: string): DatabaseLocation | undefined {
  if (text.startsWith('sqlite:')) {
    // `sqlite://path` is accepted too, as some tools write it.
    const rest = text.slice('sqlite:'.length);
    const path = rest.startsWith('//') ? rest.slice(2) : rest;
    return path === '' ? undefined : { dialect: 'sqlite', path };
  }
  if (!/^postgres(ql)?:\/\//.test(text)) return undefined;
  try {
    const url = new URL(text);
    return url.hostname === '' && !url.searchParams.has('host')
      ? undefined
      : { dialect: 'postgres', connectionString: text };
  } catch {
    return undefined;
  }
}

/** The gateway's database: what the request log (and the governance data) is stored in. */
export const databaseSchema = z.strictObject({
  url: z
    .string({ error: urlMessage })
    .default(defaultDatabaseUrl)
    .transform((text, context) => {
      const location = parseDatabaseUrl(text);
      if (location) return location;
      context.addIssue({ code: 'custom', message: urlMessage });
      return z.NEVER;
    }),
});

/** The request log: one row per request in the database, written off the request's path. */
export const requestLogSchema = z.strictObject({
  /** Off: no rows are written (the log lines on stdout stay), e.g. to measure what writing them costs. */
  enabled: z.boolean({ error: 'must be true or false (or on / off)' }).default(true),
  /** Whole days of rows kept; older days are dropped a day at a time. */
  retentionDays: wholeNumber()
    .min(1, { error: 'must be at least 1 day' })
    .max(3650, { error: 'must be at most 3650 days' })
    .default(30),
  /** Rows waiting to be written at most; beyond it new rows are dropped (and counted), never the request slowed. */
  queueLimit: wholeNumber().min(1, { error: 'must be at least 1' }).default(10_000),
  /** Rows written in one statement at most. */
  batchSize: wholeNumber()
    .min(1, { error: 'must be at least 1' })
    .max(1000, { error: 'must be at most 1000' })
    .default(200),
  /** How long a row may wait for others to be written with it. */
  flushIntervalMs: wholeNumber().min(1, { error: 'must be a positive number of milliseconds' }).default(500),
});

export type DatabaseSettings = z.output<typeof databaseSchema>;
export type RequestLogSettings = z.output<typeof requestLogSchema>;
