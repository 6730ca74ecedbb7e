import type { Migration } from 'kysely/migration';
import { governanceMigration } from '../../governance/governance-migration.js';
import { limitCountersMigration } from '../../limits/limit-counters-migration.js';
import { requestLogMigration } from './0001-request-log.js';

/**
 * Every change to the database's schema, applied in order at start-up and recorded in the database, so each runs
 * once. A migration, once released, is never edited: a later change is a new entry at the end.
 */
export const migrations: Record<string, Migration> = {
  '0001-request-log': requestLogMigration,
  '0002-governance': governanceMigration,
  '0003-limit-counters': limitCountersMigration,
};
