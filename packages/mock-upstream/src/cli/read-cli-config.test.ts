import { describe, expect, it } from 'vitest';
import { readCliConfig } from './read-cli-config.js';

describe('mock upstream command-line settings', () => {
  it('listens on 127.0.0.1:8787 with 40 ms between words when nothing is set', () => {
    expect(readCliConfig({})).toEqual({ host: '127.0.0.1', port: 8787, delayMs: 40 });
  });

  it('takes host, port and delay from the environment', () => {
    const env = { MOCK_UPSTREAM_HOST: '0.0.0.0', MOCK_UPSTREAM_PORT: '9000', MOCK_UPSTREAM_DELAY_MS: '0' };
    expect(readCliConfig(env)).toEqual({ host: '0.0.0.0', port: 9000, delayMs: 0 });
  });

  it('refuses a port that is not a whole number in range, naming the variable', () => {
    expect(() => readCliConfig({ MOCK_UPSTREAM_PORT: 'eighty' })).toThrow(
      'MOCK_UPSTREAM_PORT must be a whole number from 0 to 65535, got "eighty"',
    );
    expect(() => readCliConfig({ MOCK_UPSTREAM_PORT: '70000' })).toThrow('MOCK_UPSTREAM_PORT');
    expect(() => readCliConfig({ MOCK_UPSTREAM_DELAY_MS: '-5' })).toThrow('MOCK_UPSTREAM_DELAY_MS');
  });
});
