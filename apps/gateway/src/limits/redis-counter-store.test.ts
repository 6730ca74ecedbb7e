import { once } from 'node:events';
import { afterAll, beforeAll, describe } from 'vitest';
import { type RedisServer, redisServerAvailable, startRedisServer } from '../test-support/redis-server.js';
import type { CounterStore } from './counter-store.js';
import { counterStoreContract } from './counter-store-contract.js';
import { createRedisCounterStore } from './redis-counter-store.js';

describe.runIf(redisServerAvailable())('the Redis counter store, against a real redis-server', () => {
  let server: RedisServer;
  const stores: CounterStore[] = [];
  beforeAll(async () => {
    server = await startRedisServer();
  });
  afterAll(async () => {
    await Promise.all(stores.map((store) => store.close?.()));
    await server.close();
  });
  counterStoreContract(async (now) => {
    const store = createRedisCounterStore({ url: server.url, now });
    if (store.redis.status !== 'ready') await once(store.redis, 'ready');
    stores.push(store);
    return store;
  });
});
