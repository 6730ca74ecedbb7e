#!/usr/bin/env node
import { ConfigError } from './config/config-error.js';
import type { GatewayConfig } from './config/config-schema.js';
import { loadConfig } from './config/load-config.js';
import { createGateway } from './create-gateway.js';
import { createLogger } from './logging/create-logger.js';
import { startTracing } from './observability/start-tracing.js';
import { howToConfigureAnyProvider } from './providers/provider-registry.js';
import { secretsOfConfig } from './providers/shared/gateway-secrets.js';
import { SecretRedactor } from './providers/shared/redact-secrets.js';
import { DatabaseUnavailableError, openDatabase } from './store/database.js';
import { describeDatabase } from './store/describe-database.js';

/** The configuration, or `undefined` after saying on stderr, one line per problem, why there is none. */
function configOrExplain(): GatewayConfig | undefined {
  try {
    return loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    // Plain text for a person at a terminal or reading a container's log, not a JSON line with escaped newlines.
    process.stderr.write(`${error.message}\n`);
    process.exitCode = 1;
    return undefined;
  }
}

const config = configOrExplain();
if (config) {
  // Knows the configuration's secrets before anything is logged, so that not even a failure to start can show them.
  const redactor = new SecretRedactor(secretsOfConfig(config));
  const logger = createLogger({ LOG_LEVEL: config.logLevel }, undefined, redactor);
  try {
    const tracing = await startTracing();
    const database = await openDatabase({ location: config.database.url });
    logger.info({ database: describeDatabase(config.database.url) }, 'database opened and migrated');
    const gateway = createGateway({ config, logger, redactor, database, hooks: tracing ? [tracing.hooks] : [] });
    const { url, metricsUrl } = await gateway.start();
    const providers = Object.values(config.providers).map((provider) => `${provider.name} (${provider.type})`);
    logger.info(
      { url, providers, defaultProvider: config.defaultProvider, node: process.version },
      `Heimdall listening on ${url}`,
    );
    if (metricsUrl) logger.info({ metricsUrl }, `Metrics served on ${metricsUrl}`);
    if (config.gatewayKeys.length === 0) {
      logger.warn('No gateway keys are configured (HEIMDALL_API_KEYS): every client may use this gateway');
    }
    if (providers.length === 0) logger.warn(howToConfigureAnyProvider);

    let stopping = false;
    const stop = async (signal: string) => {
      if (stopping) return;
      stopping = true;
      logger.info({ signal, graceMs: config.server.shutdownGraceMs }, 'shutting down: waiting for streams in flight');
      await gateway.stop();
      await database.close();
      await tracing?.shutdown();
      logger.info('stopped');
      process.exit(0);
    };
    process.on('SIGTERM', () => void stop('SIGTERM'));
    process.on('SIGINT', () => void stop('SIGINT'));
  } catch (error) {
    // Like a configuration problem: one plain line for whoever reads the terminal or the container's log.
    if (error instanceof DatabaseUnavailableError) process.stderr.write(`Heimdall cannot start: ${error.message}\n`);
    else logger.fatal({ err: error }, 'failed to start');
    process.exit(1);
  }
}
