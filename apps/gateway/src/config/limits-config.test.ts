import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { limitScopesOfKey } from '../auth/key-limit-scopes.js';
import { ConfigError } from './config-error.js';
import { loadConfig } from './load-config.js';

const openAi = { OPENAI_API_KEY: 'sk-test' };

function load(content: unknown, environment: NodeJS.ProcessEnv = {}) {
  const directory = mkdtempSync(join(tmpdir(), 'heimdall-limits-config-'));
  writeFileSync(join(directory, 'heimdall.config.json'), JSON.stringify(content));
  return loadConfig({ ...openAi, ...environment }, directory);
}

function problemsOf(content: unknown, environment: NodeJS.ProcessEnv = {}): string {
  try {
    load(content, environment);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).message;
  }
  throw new Error('The configuration was accepted');
}

describe('limits in the configuration', () => {
  it('refuse a reset period, a limit or a fail mode that makes no sense, naming each', () => {
    const message = problemsOf(
      {
        gatewayKeys: [
          {
            secret: 's',
            limits: { requests: { max: 0, resetPeriod: '1 minute' }, budget: { maxUsd: -1, resetPeriod: '1M' } },
          },
        ],
      },
      { HEIMDALL_LIMITS_FAIL_MODE: 'sometimes', HEIMDALL_REDIS_URL: 'http://redis:6379' },
    );
    expect(message).toContain('gatewayKeys[0].limits.requests.max: must be a positive whole number');
    expect(message).toContain(
      'gatewayKeys[0].limits.requests.resetPeriod: must be a period such as 1m, 1h, 1d, 1w, 1M or 1Y',
    );
    expect(message).toContain('gatewayKeys[0].limits.budget.maxUsd: must be more than 0');
    expect(message).toContain('HEIMDALL_LIMITS_FAIL_MODE: must be one of closed, open, split');
    expect(message).toContain('HEIMDALL_REDIS_URL: must be a redis:// or rediss:// URL');
  });

  it('read the older rateLimits as requests and tokens per minute, under limits of the same kind', () => {
    const config = load({
      gatewayKeys: [
        {
          id: 'old',
          secret: 's',
          rateLimits: { requestsPerMinute: 5, tokensPerMinute: 100 },
          limits: { tokens: { max: 50, resetPeriod: '1h' } },
          providerLimits: { openai: { budget: { maxUsd: 2, resetPeriod: '1d' } } },
        },
      ],
    });
    const [key] = config.gatewayKeys;
    expect(limitScopesOfKey(key as (typeof config.gatewayKeys)[number], 'old')).toEqual([
      {
        kind: 'key',
        id: 'old',
        name: undefined,
        limits: { requests: { max: 5, resetPeriod: '1m' }, tokens: { max: 50, resetPeriod: '1h' } },
      },
      { kind: 'provider-config', id: 'old/openai', limits: { budget: { maxUsd: 2, resetPeriod: '1d' } } },
    ]);
  });

  it('meter a key without limits against nothing', () => {
    const config = load({ gatewayKeys: [{ id: 'free', secret: 's' }] });
    expect(limitScopesOfKey(config.gatewayKeys[0] as (typeof config.gatewayKeys)[number], 'free')).toEqual([]);
  });

  it('keep the Redis password out of logs and errors, as a secret', async () => {
    const { secretsOfConfig } = await import('../providers/shared/gateway-secrets.js');
    const config = load({}, { HEIMDALL_REDIS_URL: 'redis://user:p%40ssw0rd@redis:6379' });
    expect(secretsOfConfig(config)).toContain('p@ssw0rd');
  });
});
