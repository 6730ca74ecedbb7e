import type { RequestLogTables } from './request-log/request-log-tables.js';

/** Every table of the gateway's database, as the one typed query layer sees them. */
export interface DatabaseTables extends RequestLogTables {}
