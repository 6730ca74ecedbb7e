/** The gateway as a library: build it from a configuration and run it, e.g. in tests or an embedding server. */
export { ConfigError } from './config/config-error.js';
export type { GatewayConfig, ProviderSettings } from './config/config-schema.js';
export { loadConfig } from './config/load-config.js';
export { type CreateGatewayOptions, createGateway, type Gateway } from './create-gateway.js';
export { createLogger } from './logging/create-logger.js';
export { type Database, type OpenDatabaseOptions, openDatabase } from './store/database.js';
export type * from './store/request-log/log-query.js';
export { logStats } from './store/request-log/log-stats.js';
export { searchLogs } from './store/request-log/search-logs.js';
