import { type Logger, pino } from 'pino';

export type { Logger };

/**
 * The gateway's JSON logger: one line per request, plus start-up and shutdown. Silent under `NODE_ENV=test` unless
 * `LOG_LEVEL` asks otherwise. Header values are never logged; these paths are redacted as a second line of defence.
 */
export function createLogger(
  environment: NodeJS.ProcessEnv = process.env,
  destination?: pino.DestinationStream,
): Logger {
  const level = environment.LOG_LEVEL ?? (environment.NODE_ENV === 'test' ? 'silent' : 'info');
  return pino(
    {
      level,
      base: { service: 'heimdall' },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: {
        paths: [
          '*.authorization',
          '*.headers.authorization',
          '*.headers["x-api-key"]',
          '*.headers["x-bf-vk"]',
          '*.apiKey',
          '*.secret',
        ],
        censor: '[redacted]',
      },
      formatters: { level: (label) => ({ level: label }) },
    },
    destination,
  );
}
