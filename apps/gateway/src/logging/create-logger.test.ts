import { describe, expect, it } from 'vitest';
import { SecretRedactor } from '../providers/shared/redact-secrets.js';
import { createMemoryLog } from '../test-support/memory-log.js';
import { createLogger } from './create-logger.js';

const upstreamKey = 'sk-logged-upstream-key-0123456789';
const configuredSecret = 'configured-secret-value';

function loggerWithMemory() {
  const log = createMemoryLog();
  const logger = createLogger({ LOG_LEVEL: 'debug' }, log.destination, new SecretRedactor([configuredSecret]));
  return { log, logger };
}

describe('the log', () => {
  it('never shows a key an error object carries, in its properties, message, stack or cause', () => {
    const { log, logger } = loggerWithMemory();
    const cause = new Error(`refused ${configuredSecret}`);
    const error = Object.assign(new Error(`upstream said Bearer ${upstreamKey}`, { cause }), { key: upstreamKey });
    logger.error({ requestId: 'r-1', err: error }, 'unhandled error');
    logger.error(error);
    const everything = log.raw.join('\n');
    expect(log.lines).toHaveLength(2);
    expect(everything).not.toContain(upstreamKey);
    expect(everything).not.toContain(configuredSecret);
    expect(log.lines[0]).toMatchObject({ requestId: 'r-1', msg: 'unhandled error', err: { type: 'Error' } });
    expect(log.lines[1]).toMatchObject({ msg: expect.stringMatching(/^upstream said \[redacted\]/) });
  });

  it('redacts secrets in any field and in the message itself', () => {
    const { log, logger } = loggerWithMemory();
    logger.warn({ error: { message: `echo ${configuredSecret}` }, list: [upstreamKey] }, `bad key ${upstreamKey}`);
    expect(log.raw.join('\n')).not.toMatch(/configured-secret-value|sk-logged/);
    expect(log.lines[0]).toMatchObject({ msg: 'bad key [redacted]', error: { message: 'echo [redacted]' } });
  });

  it('still writes a line for an object that refers to itself', () => {
    const { log, logger } = loggerWithMemory();
    const looped: Record<string, unknown> = { name: 'loop' };
    looped.self = looped;
    logger.info({ looped }, 'looped');
    expect(log.lines[0]).toMatchObject({ looped: { name: 'loop', self: '[Circular]' } });
  });
});
