import { Redis } from 'ioredis';
import type { Logger } from '../logging/create-logger.js';
import { createMemoryTargetLoad, type LoadSample, type TargetLoad } from './target-load.js';

export interface RedisTargetLoadOptions {
  /** `redis://` or `rediss://` URL of a Redis or Valkey server. */
  url: string;
  logger: Logger;
  /** Prefixes every key, so several gateways (or tests) can share one server. */
  keyPrefix?: string;
  commandTimeoutMs?: number;
  /**
   * How long a count lives after its last change. A replica that dies mid-stream never gives its counts back: once
   * nothing changes them for this long they are dropped. Longer than any reply may stream.
   */
  countTtlMs?: number;
}

/** Lowers a count, never below zero: an increment lost while Redis was down must not leave it negative. */
const decrementScript = `
local left = redis.call('DECR', KEYS[1])
if left < 0 then redis.call('SET', KEYS[1], 0) left = 0 end
redis.call('PEXPIRE', KEYS[1], ARGV[1])
return left
`;

/**
 * In-flight counts shared by every replica (one Redis counter per target, INCR as an attempt goes out, DECR when its
 * reply is over), so least-busy routing sees the whole fleet's load. Reply times stay this process's moving average.
 * This process also keeps its own counts, and reads them whenever Redis does not answer, with one warning.
 */
export function createRedisTargetLoad({
  url,
  logger,
  keyPrefix = 'heimdall:',
  commandTimeoutMs = 500,
  countTtlMs = 900_000,
}: RedisTargetLoadOptions): TargetLoad & { redis: Redis; close(): Promise<void> } {
  const redis = new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    commandTimeout: commandTimeoutMs,
    retryStrategy: (times) => Math.min(times * 100, 500),
  });
  redis.on('error', () => {});
  redis.defineCommand('heimdallDecrementLoad', { numberOfKeys: 1, lua: decrementScript });
  // Until the first connection (within the command time-out) calls wait instead of failing: a gateway that just
  // started is not a Redis outage. Waiters resume in the order they came, so an increment still precedes its decrement.
  const firstConnection = new Promise<void>((resolve) => {
    redis.once('ready', () => resolve());
    setTimeout(resolve, commandTimeoutMs).unref();
  });
  const local = createMemoryTargetLoad();
  const keyOf = (modelId: string) => `${keyPrefix}{load}:in-flight:${modelId}`;
  let degraded = false;
  const failed = (error: unknown) => {
    if (degraded) return;
    degraded = true;
    logger.warn(
      { err: error },
      'the shared load store is unreachable: this replica routes on its own in-flight counts',
    );
  };
  const recovered = () => {
    if (!degraded) return;
    degraded = false;
    logger.warn('the shared load store answers again: in-flight counts are shared across replicas again');
  };
  return {
    redis,
    opened(modelId) {
      local.opened(modelId);
      firstConnection
        .then(() => redis.multi().incr(keyOf(modelId)).pexpire(keyOf(modelId), countTtlMs).exec())
        .catch(failed);
    },
    closed(modelId) {
      local.closed(modelId);
      const decrement = (redis as Redis & { heimdallDecrementLoad(key: string, ttl: number): Promise<number> })
        .heimdallDecrementLoad;
      firstConnection.then(() => decrement.call(redis, keyOf(modelId), countTtlMs)).catch(failed);
    },
    answered: (modelId, latencyMs) => local.answered(modelId, latencyMs),
    async read(modelIds) {
      const own = await local.read(modelIds);
      if (modelIds.length === 0) return own;
      let counts: (string | null)[];
      await firstConnection;
      try {
        counts = await redis.mget(modelIds.map(keyOf));
        recovered();
      } catch (error) {
        failed(error);
        return own;
      }
      return new Map(
        modelIds.map((modelId, index): [string, LoadSample] => {
          const sample = own.get(modelId) ?? { inFlight: 0 };
          return [modelId, { ...sample, inFlight: Math.max(0, Number(counts[index] ?? 0)) }];
        }),
      );
    },
    async close() {
      redis.disconnect();
    },
  };
}
