/** The gateway as a library: build it from a configuration and run it, e.g. in tests or an embedding server. */
export { ConfigError } from './config/config-error.js';
export type { GatewayConfig, ProviderSettings } from './config/config-schema.js';
export { loadConfig } from './config/load-config.js';
export { type CreateGatewayOptions, createGateway, type Gateway } from './create-gateway.js';
export { createLogger } from './logging/create-logger.js';
