#!/usr/bin/env node
import { ConfigError } from './config/config-error.js';
import { loadConfig } from './config/load-config.js';
import { createGateway } from './create-gateway.js';
import { createLogger } from './logging/create-logger.js';

const logger = createLogger();

try {
  const config = loadConfig();
  const gateway = createGateway({ config, logger });
  const { url, metricsUrl } = await gateway.start();
  const providers = Object.values(config.providers).map((provider) => `${provider.name} (${provider.type})`);
  logger.info({ url, providers, defaultProvider: config.defaultProvider }, `Heimdall listening on ${url}`);
  if (metricsUrl) logger.info({ metricsUrl }, `Metrics served on ${metricsUrl}`);
  if (config.gatewayKeys.length === 0) {
    logger.warn('No gateway keys are configured (HEIMDALL_API_KEYS): every client may use this gateway');
  }
  if (providers.length === 0) {
    logger.warn(
      'No provider is configured: set OPENAI_API_KEY, ANTHROPIC_API_KEY or AWS credentials, or write heimdall.config.json',
    );
  }

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal, graceMs: config.server.shutdownGraceMs }, 'shutting down: waiting for streams in flight');
    await gateway.stop();
    logger.info('stopped');
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
} catch (error) {
  if (error instanceof ConfigError) {
    logger.fatal(error.message);
  } else {
    logger.fatal({ err: error }, 'failed to start');
  }
  process.exit(1);
}
