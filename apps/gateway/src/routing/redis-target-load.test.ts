import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../logging/create-logger.js';
import { createMemoryLog } from '../test-support/memory-log.js';
import { type RedisServer, redisServerAvailable, startRedisServer } from '../test-support/redis-server.js';
import { createRedisTargetLoad } from './redis-target-load.js';

describe.runIf(redisServerAvailable())('in-flight counts in Redis, against a real redis-server', () => {
  let server: RedisServer;
  const loads: { close(): Promise<void> }[] = [];
  beforeAll(async () => {
    server = await startRedisServer();
  });
  afterAll(async () => {
    await Promise.all(loads.map((load) => load.close()));
    await server.close();
  });
  const log = createMemoryLog();
  const connected = async (keyPrefix: string) => {
    const load = createRedisTargetLoad({
      url: server.url,
      keyPrefix,
      logger: createLogger({ LOG_LEVEL: 'warn' }, log.destination),
    });
    if (load.redis.status !== 'ready') await once(load.redis, 'ready');
    loads.push(load);
    return load;
  };
  const inFlight = async (load: Awaited<ReturnType<typeof connected>>, modelId: string) =>
    (await load.read([modelId])).get(modelId)?.inFlight;

  it("counts every replica's attempts in flight; reply times stay each replica's own", async () => {
    const keyPrefix = `test:${randomUUID()}:`;
    const [one, two] = [await connected(keyPrefix), await connected(keyPrefix)];
    one.opened('primary/x');
    one.opened('primary/x');
    two.opened('primary/x');
    one.answered('primary/x', 120);
    // Each read goes after that replica's own writes on its connection: both replicas' counts have landed.
    expect(await inFlight(one, 'primary/x')).toBeGreaterThanOrEqual(2);
    expect(await inFlight(two, 'primary/x')).toBe(3);
    two.closed('primary/x');
    one.closed('primary/x');
    expect(await inFlight(one, 'primary/x')).toBe(1);
    expect((await two.read(['primary/x'])).get('primary/x')).toEqual({ inFlight: 1 });
    expect((await one.read(['primary/x'])).get('primary/x')).toEqual({ inFlight: 1, latencyMs: 120 });
  });

  it('never counts below zero, and gives a count a TTL', async () => {
    const keyPrefix = `test:${randomUUID()}:`;
    const load = await connected(keyPrefix);
    load.closed('backup/y');
    expect(await inFlight(load, 'backup/y')).toBe(0);
    load.opened('backup/y');
    expect(await inFlight(load, 'backup/y')).toBe(1);
    expect(await load.redis.pttl(`${keyPrefix}{load}:in-flight:backup/y`)).toBeGreaterThan(0);
  });

  it("routes on this replica's own counts, with one warning, while Redis is down", async () => {
    const load = await connected(`test:${randomUUID()}:`);
    const before = log.lines.length;
    await server.kill();
    try {
      load.opened('primary/z');
      expect(await inFlight(load, 'primary/z')).toBe(1);
      expect(await inFlight(load, 'primary/z')).toBe(1);
    } finally {
      await server.start();
    }
    expect(log.lines.slice(before).map((line) => line.msg)).toEqual([
      'the shared load store is unreachable: this replica routes on its own in-flight counts',
    ]);
  });
});
