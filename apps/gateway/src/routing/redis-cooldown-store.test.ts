import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../logging/create-logger.js';
import { createMemoryLog } from '../test-support/memory-log.js';
import { type RedisServer, redisServerAvailable, startRedisServer } from '../test-support/redis-server.js';
import { cooldownStoreContract } from './cooldown-store-contract.js';
import { createFallbackCooldownStore } from './fallback-cooldown-store.js';
import { createMemoryCooldownStore } from './memory-cooldown-store.js';
import { createRedisCooldownStore } from './redis-cooldown-store.js';

describe.runIf(redisServerAvailable())('cool-downs in Redis, against a real redis-server', () => {
  let server: RedisServer;
  const stores: { close(): Promise<void> }[] = [];
  beforeAll(async () => {
    server = await startRedisServer();
  });
  afterAll(async () => {
    await Promise.all(stores.map((store) => store.close()));
    await server.close();
  });
  cooldownStoreContract(async (settings, now) => {
    // Each case gets its own prefix: the cases use the same target names on one server.
    const store = createRedisCooldownStore({ url: server.url, settings, now, keyPrefix: `test:${randomUUID()}:` });
    if (store.redis.status !== 'ready') await once(store.redis, 'ready');
    stores.push(store);
    return store;
  });

  const settings = { failures: 2, windowMs: 10_000, cooldownMs: 30_000, maxRetryAfterMs: 60_000 };
  const connected = async (keyPrefix: string) => {
    const store = createRedisCooldownStore({ url: server.url, settings, keyPrefix });
    if (store.redis.status !== 'ready') await once(store.redis, 'ready');
    stores.push(store);
    return store;
  };

  it('shares cool-downs between replicas: failures through both count together, and both set the target aside', async () => {
    const keyPrefix = `test:${randomUUID()}:`;
    const [one, two] = [await connected(keyPrefix), await connected(keyPrefix)];
    expect(await one.recordFailure('primary/x')).toBeUndefined();
    expect(await two.recordFailure('primary/x')).toMatchObject({ target: 'primary/x', reason: 'failures' });
    expect(await one.coolingDown(['primary/x', 'backup/y'])).toEqual(new Set(['primary/x']));
    expect((await one.list()).map((cooldown) => cooldown.target)).toEqual(['primary/x']);
  });

  it('lets the target state expire in Redis by itself', async () => {
    const keyPrefix = `test:${randomUUID()}:`;
    const store = await connected(keyPrefix);
    await store.recordFailure('primary/x', { retryAfterMs: 5_000 });
    await store.recordFailure('backup/y');
    // The cool-down, then probation for a further cool-down and window; a lone failure for its window.
    expect(await store.redis.pttl(`${keyPrefix}{cooldowns}:t:primary/x`)).toBeGreaterThan(30_000);
    expect(await store.redis.pttl(`${keyPrefix}{cooldowns}:t:primary/x`)).toBeLessThanOrEqual(45_000);
    expect(await store.redis.pttl(`${keyPrefix}{cooldowns}:t:backup/y`)).toBeGreaterThan(0);
    expect(await store.redis.pttl(`${keyPrefix}{cooldowns}:t:backup/y`)).toBeLessThanOrEqual(10_000);
  });

  it("falls back to this process's cool-downs, with one warning, while Redis is down, and shares again after", async () => {
    const log = createMemoryLog();
    const shared = await connected(`test:${randomUUID()}:`);
    const store = createFallbackCooldownStore({
      shared,
      local: createMemoryCooldownStore(settings),
      logger: createLogger({ LOG_LEVEL: 'warn' }, log.destination),
    });
    await server.kill();
    try {
      expect(await store.recordFailure('primary/x')).toBeUndefined();
      expect(await store.recordFailure('primary/x')).toMatchObject({ reason: 'failures' });
      expect(await store.coolingDown(['primary/x'])).toEqual(new Set(['primary/x']));
    } finally {
      await server.start();
    }
    expect(log.lines.map((line) => line.msg)).toEqual([
      'the shared cool-down store is unreachable: this replica keeps its own cool-downs until it answers again',
    ]);
    if (shared.redis.status !== 'ready') await once(shared.redis, 'ready');
    expect(await store.coolingDown(['primary/x'])).toEqual(new Set());
    expect(log.lines).toHaveLength(2);
  });
});
