import { type Logger, pino } from 'pino';
import { SecretRedactor } from '../providers/shared/redact-secrets.js';
import { redactLogValue } from './redact-log-value.js';

export type { Logger };

/**
 * The gateway's JSON logger: one line per request, plus start-up and shutdown. Silent under `NODE_ENV=test` unless
 * `LOG_LEVEL` asks otherwise. Everything logged, messages and error objects included, passes through `redactor`
 * first, so no secret it knows of, and nothing shaped like a credential, reaches a line. Header values are never
 * logged; these paths are redacted as a second line of defence.
 */
export function createLogger(
  environment: NodeJS.ProcessEnv = process.env,
  destination?: pino.DestinationStream,
  redactor: SecretRedactor = new SecretRedactor(),
): Logger {
  const level = environment.LOG_LEVEL ?? (environment.NODE_ENV === 'test' ? 'silent' : 'info');
  return pino(
    {
      level,
      base: { service: 'heimdall' },
      timestamp: pino.stdTimeFunctions.isoTime,
      // Errors are serialized (and redacted) by the hook below; one that reaches here another way is too.
      serializers: {
        err: (value: unknown) => (value instanceof Error ? redactLogValue(value, redactor.redact) : value),
      },
      hooks: {
        logMethod(inputs, method) {
          const [first, ...rest] = inputs as unknown[];
          // An error logged on its own is logged as pino would (under `err`, its message as the line's), redacted.
          if (first instanceof Error) {
            const err = redactLogValue(first, redactor.redact) as { message?: unknown };
            const messageArguments = rest.length > 0 ? rest : [typeof err.message === 'string' ? err.message : ''];
            return (method as (...values: unknown[]) => void).apply(this, [
              { err },
              ...messageArguments.map((value) => redactLogValue(value, redactor.redact)),
            ]);
          }
          const redacted = (inputs as unknown[]).map((value) => redactLogValue(value, redactor.redact));
          return (method as (...values: unknown[]) => void).apply(this, redacted);
        },
      },
      redact: {
        paths: [
          '*.authorization',
          '*.headers.authorization',
          '*.headers["x-api-key"]',
          '*.headers["x-bf-vk"]',
          '*.apiKey',
          '*.secret',
          '*.key',
        ],
        censor: '[redacted]',
      },
      formatters: { level: (label) => ({ level: label }) },
    },
    destination,
  );
}
