import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import type { VirtualKeyQuota } from '@heimdall/spec';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FailMode } from '../config/counters-schema.js';
import type { LimitScope } from '../config/limits-schema.js';
import { createFailModeCounterStore } from '../limits/fail-mode-counter-store.js';
import { createMemoryCounterStore } from '../limits/memory-counter-store.js';
import { createRedisCounterStore } from '../limits/redis-counter-store.js';
import { claimsOf, tagOf } from '../limits/scope-claims.js';
import { createLogger } from '../logging/create-logger.js';
import { type RedisServer, redisServerAvailable, startRedisServer } from '../test-support/redis-server.js';
import { quotaWithUsage } from './quota-usage.js';

const clock = Date.parse('2026-06-15T12:00:10Z');
const key: LimitScope = {
  kind: 'key',
  id: 'k1',
  name: 'notebook',
  limits: { requests: { max: 4, resetPeriod: '1m' }, budget: { maxUsd: 2, resetPeriod: '1d' } },
};
const quota: VirtualKeyQuota = {
  virtual_key_id: 'k1',
  virtual_key_name: 'notebook',
  is_active: true,
  budgets: [{ scope: 'virtual_key', id: 'k1', name: 'notebook', max_limit: 2, reset_duration: '1d' }],
  rate_limits: [
    { scope: 'virtual_key', id: 'k1', name: 'notebook', request_max_limit: 4, request_reset_duration: '1m' },
  ],
};
/** One request, as the limit hook reserves it: a request and $0.75. */
const request = { inputTokens: 0, outputTokens: 0, costMicroUsd: 750_000 };

describe('the quota with use', () => {
  it('shows what a live reservation holds, what remains, never below 0, and when each window resets', async () => {
    const store = createMemoryCounterStore({ now: () => clock });
    for (let taken = 0; taken < 2; taken++) {
      await store.reserve({
        id: randomUUID(),
        tag: tagOf([key]),
        claims: claimsOf([key], { ...request, costMicroUsd: 1_000_000 }),
        leaseMs: 60_000,
      });
    }
    const shown = await quotaWithUsage(quota, [key], store);
    expect(shown.budgets).toEqual([
      { ...quota.budgets[0], current_usage: 2, remaining: 0, resets_at: '2026-06-16T00:00:00.000Z' },
    ]);
    expect(shown.rate_limits).toEqual([
      {
        ...quota.rate_limits[0],
        request_current_usage: 2,
        request_remaining: 2,
        request_resets_at: '2026-06-15T12:01:00.000Z',
      },
    ]);
  });
});

describe.runIf(redisServerAvailable())('the quota with use while Redis is down', () => {
  let server: RedisServer;
  beforeAll(async () => {
    server = await startRedisServer();
  });
  afterAll(() => server.close());

  const failModeStore = async (mode: FailMode) => {
    const shared = createRedisCounterStore({ url: server.url, now: () => clock, commandTimeoutMs: 300 });
    if (shared.redis.status !== 'ready') await once(shared.redis, 'ready');
    const store = createFailModeCounterStore({
      shared,
      local: createMemoryCounterStore({ now: () => clock }),
      mode,
      replicas: 2,
      logger: createLogger({ LOG_LEVEL: 'silent' }),
    });
    return store;
  };

  it('shows the limits without figures under fail mode closed, and this replica’s share under split', async () => {
    const closed = await failModeStore('closed');
    const split = await failModeStore('split');
    await server.kill();
    try {
      expect(await quotaWithUsage(quota, [key], closed)).toEqual(quota);
      await split.reserve({ id: randomUUID(), tag: tagOf([key]), claims: claimsOf([key], request), leaseMs: 60_000 });
      // Against this replica's share, half of each limit: $1 and 2 requests.
      const shown = await quotaWithUsage(quota, [key], split);
      expect(shown.budgets[0]).toMatchObject({ current_usage: 0.75, remaining: 0.25 });
      expect(shown.rate_limits[0]).toMatchObject({ request_current_usage: 1, request_remaining: 1 });
    } finally {
      await server.start();
      await closed.close?.();
      await split.close?.();
    }
  });
});
