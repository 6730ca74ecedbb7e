import type { GovernanceTables } from '../governance/governance-tables.js';
import type { LimitCounterTables } from '../limits/limit-counters-migration.js';
import type { RequestLogTables } from './request-log/request-log-tables.js';

/** Every table of the gateway's database, as the one typed query layer sees them. */
export interface DatabaseTables extends RequestLogTables, GovernanceTables, LimitCounterTables {}
