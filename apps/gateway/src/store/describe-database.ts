import type { DatabaseLocation } from '../config/database-schema.js';

/**
 * How logs and errors name a database: the SQLite file, or the PostgreSQL server and database with the user but
 * never the password (nor query parameters, which may carry one).
 */
export function describeDatabase(location: DatabaseLocation): string {
  if (location.dialect === 'sqlite') return `SQLite ${location.path}`;
  try {
    const url = new URL(location.connectionString);
    const user = url.username ? `${decodeURIComponent(url.username)}@` : '';
    const host = url.host || url.searchParams.get('host') || 'localhost';
    return `PostgreSQL ${user}${host}${url.pathname}`;
  } catch {
    return 'PostgreSQL';
  }
}

/** The password in a PostgreSQL URL (in its user part or a `password` parameter), which must never be shown. */
export function databasePassword(location: DatabaseLocation): string | undefined {
  if (location.dialect !== 'postgres') return undefined;
  try {
    const url = new URL(location.connectionString);
    return url.password ? decodeURIComponent(url.password) : (url.searchParams.get('password') ?? undefined);
  } catch {
    return undefined;
  }
}
